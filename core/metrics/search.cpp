#include "core/metrics/search.h"

#include "core/common/logging.h"

#include "core/providers/weblinks.h"

#include "core/metrics/metricssql.h"
#include "core/storage/boundquery.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqldialect.h"

#include <QCoreApplication>
#include <QLocale>

using namespace BoundQuery;

namespace Search {

Result<QList<SearchHit>> find(QSqlDatabase &db, const QString &text, const MetricsFilter &filter,
                              const QStringList &kinds, int limit, int offset)
{
    // Bounded work: every word is a prefix the index expands and intersects (20,000 words ran
    // for ten minutes and took 550 MB); nobody searches for more than a sentence.
    const qsizetype words = SqlDialect::searchWords(text).size();
    if (words > MaxWords || text.size() > MaxCharacters) {
        return Error{
            QCoreApplication::translate("Search",
                                        "Search for at most %1 words and %2 characters at a time "
                                        "(this search has %3 words and %4 characters). Leave some "
                                        "out and search again.")
                .arg(QLocale().toString(MaxWords), QLocale().toString(MaxCharacters),
                     QLocale().toString(words), QLocale().toString(text.size())),
            QStringLiteral("search of %1 words, %2 characters refused").arg(words).arg(text.size()),
            ErrorKind::InvalidInput};
    }
    // Items written since the last sync ended (or by one still running) wait in search_pending.
    if (const Result<void> indexed = SearchIndex::indexPending(db); !indexed)
        qCWarning(lcStorage).noquote()
            << "Search index not brought up to date:" << indexed.error().toLogString();
    const SqlDialect::TextSearch search = SqlDialect::textSearch(SqlDialect::of(db), text);
    if (search.match.isEmpty())
        return QList<SearchHit>{};
    const QStringList wanted = kinds.isEmpty()
                                   ? QStringList{QStringLiteral("commit"), QStringLiteral("pull"),
                                                 QStringLiteral("issue")}
                                   : kinds;
    // One SELECT per kind, each with the dashboard's filter, merged by rank.
    QStringList parts;
    QVariantList values;
    for (const QString &kind : wanted) {
        QVariantList partValues = search.rankValues + search.matchValues;
        partValues << kind;
        if (kind == QLatin1String("commit")) {
            const QString where = MetricsSql::commitConditions(filter, partValues);
            parts << QStringLiteral(
                         "SELECT 'commit', r.full_name, substr(c.sha, 1, 7), c.message, "
                         "c.authored_at, %1, c.sha, a.provider, a.base_url "
                         "FROM search_index s JOIN commits c ON c.id = s.item_id "
                         "JOIN repos r ON r.id = c.repo_id JOIN accounts a ON a.id = r.account_id "
                         "WHERE %2 AND s.kind = ? AND %3")
                         .arg(search.rank, search.match, where);
        } else if (kind == QLatin1String("pull") || kind == QLatin1String("issue")) {
            const QString table = kind == QLatin1String("pull") ? QStringLiteral("pull_requests")
                                                                : QStringLiteral("issues");
            const QString where = MetricsSql::authoredConditions(
                filter, QStringLiteral("p"), QStringLiteral("created_at"), partValues);
            parts << QStringLiteral(
                         "SELECT s.kind, r.full_name, '#' || p.number, p.title, p.created_at, "
                         "%1, CAST(p.number AS TEXT), a.provider, a.base_url FROM search_index s "
                         "JOIN %2 p ON p.id = s.item_id JOIN repos r ON r.id = p.repo_id "
                         "JOIN accounts a ON a.id = r.account_id "
                         "WHERE %3 AND s.kind = ? AND %4")
                         .arg(search.rank, table, search.match, where);
        } else {
            continue;
        }
        values << partValues;
    }
    if (parts.isEmpty())
        return QList<SearchHit>{};
    values << limit << offset;
    const QString sql = parts.join(QStringLiteral(" UNION ALL "))
                        + QStringLiteral(" ORDER BY 6, 5 DESC LIMIT ? OFFSET ?");
    Result<QSqlQuery> result = exec(db, sql, values, QStringLiteral("searching"));
    if (!result && SqlDialect::of(db) == SqlDialect::Backend::SQLite) {
        // A first sync drops and builds indexes (BulkLoad): an FTS5 table opened while another
        // connection changes the schema can fail once ("vtable constructor failed"); the
        // schema is read again by the next statement.
        result = exec(db, sql, values, QStringLiteral("searching"));
    }
    if (!result)
        return result.error();
    QList<SearchHit> hits;
    QSqlQuery &query = result.value();
    while (query.next()) {
        SearchHit hit{
            query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString().section(QLatin1Char('\n'), 0, 0),
            timeFrom(query.value(4)),  QUrl()};
        hit.url = WebLinks::itemUrl(query.value(7).toString(), query.value(8).toString(), hit.repo,
                                    hit.kind, query.value(6).toString());
        hits << hit;
    }
    return hits;
}

} // namespace Search
