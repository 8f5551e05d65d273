#include "core/metrics/commitsnapshot.h"

#include "core/common/workkind.h"
#include "core/metrics/daycounters.h"
#include "core/metrics/metricssql.h"
#include "core/people/identities.h"
#include "core/storage/boundquery.h"
#include "core/storage/cacheoverview.h"
#include "core/storage/rowreader.h"
#include "core/storage/sqlerrors.h"
#include "core/storage/sqliterows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace {

constexpr qint64 SecondsPerDay = 86400;

struct HourCounter
{
    int commits = 0;
    qint64 additions = 0;
    qint64 deletions = 0;
};

struct DayCounter
{
    int commits = 0;
};

} // namespace

namespace {

// The load query's columns.
enum LoadColumn {
    CommitId,
    AuthoredAt,
    OffsetMinutes,
    RepoId,
    AliasKind,
    AliasValue,
    Additions,
    Deletions,
    AuthorName,
    Kind
};

// Hashes std::string and std::string_view alike, so a known alias is found without copying.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

/// A stored kind of work (WorkKinds::id, as UTF-8) as its WorkKind number; anything else is
/// other, as SQL's COALESCE(work_kind, 'other') has it.
qint8 kindOf(std::string_view id)
{
    static const std::vector<std::pair<std::string, qint8>> known = [] {
        std::vector<std::pair<std::string, qint8>> ids;
        for (const WorkKind kind : WorkKinds::all())
            ids.emplace_back(WorkKinds::id(kind).toStdString(), qint8(kind));
        return ids;
    }();
    for (const auto &[text, kind] : known) {
        if (text == id)
            return kind;
    }
    return qint8(WorkKind::Other);
}

} // namespace

QString CommitSnapshot::loadSql()
{
    // The alias's kind as a number: one text value a row less to convert. The kind of work
    // comes as its text and is matched as bytes in read() (a CASE of twelve text comparisons in
    // SQL made reading 1M commits 30 % slower).
    return QStringLiteral("SELECT c.id, c.authored_at, c.authored_offset_minutes, c.repo_id, "
                          "CASE %1 WHEN 'login' THEN 0 WHEN 'email' THEN 1 ELSE 2 END, %2, "
                          "COALESCE(c.additions, 0), COALESCE(c.deletions, 0), c.author_name, "
                          "c.work_kind FROM commits c")
        .arg(Identities::commitAliasKindSql(QStringLiteral("c")),
             Identities::commitAliasValueSql(QStringLiteral("c")));
}

Result<CommitSnapshot> CommitSnapshot::loadSince(QSqlDatabase &db, qint64 sinceSeconds)
{
    const QString sql = loadSql() + QStringLiteral(" WHERE c.authored_at >= ?");
    Result<CommitSnapshot> recent = [&]() -> Result<CommitSnapshot> {
        if (!readsInTwo(db))
            return loadPart(db, sql, {sinceSeconds});
        // Rows found by the index are read one page at a time: two halves of the time span
        // at once, as load() reads two halves by id.
        Result<QSqlQuery> newest
            = BoundQuery::exec(db, QStringLiteral("SELECT max(authored_at) FROM commits"), {},
                               QStringLiteral("reading the commits for the dashboard"));
        if (!newest)
            return newest.error();
        const qint64 middle
            = newest.value().next()
                  ? sinceSeconds + (newest.value().value(0).toLongLong() - sinceSeconds) / 2
                  : sinceSeconds;
        newest.value().finish();
        return loadBothAtOnce(
            db, {sql + QStringLiteral(" AND c.authored_at < ?"), {sinceSeconds, middle}},
            {loadSql() + QStringLiteral(" WHERE c.authored_at >= ?"), {middle}});
    }();
    if (recent)
        recent.value().m_readSince = sinceSeconds;
    return recent;
}

Result<CommitSnapshot> CommitSnapshot::loadBefore(QSqlDatabase &db, qint64 beforeSeconds)
{
    return loadPart(db, loadSql() + QStringLiteral(" WHERE c.authored_at < ?"), {beforeSeconds});
}

bool CommitSnapshot::covers(const MetricsFilter &filter) const
{
    if (isComplete())
        return true;
    constexpr qint64 Margin = 2 * SecondsPerDay;
    return filter.timeZone == TimeZoneMode::Local && filter.from.isValid()
           && MetricsSql::dayNumber(filter.from) * SecondsPerDay - Margin >= m_readSince;
}

void CommitSnapshot::completeWith(CommitSnapshot &&older)
{
    older.append(std::move(*this));
    *this = std::move(older);
    m_readSince = std::numeric_limits<qint64>::min();
}

Result<CommitSnapshot> CommitSnapshot::load(QSqlDatabase &db, qsizetype readInTwoFrom)
{
    const QString sql = loadSql();
    if (!readsInTwo(db))
        return loadPart(db, sql, {});
    Result<QSqlQuery> bounds
        = BoundQuery::exec(db, QStringLiteral("SELECT count(*), min(id), max(id) FROM commits"), {},
                           QStringLiteral("reading the commits for the dashboard"));
    if (!bounds)
        return bounds.error();
    if (!bounds.value().next() || bounds.value().value(0).toLongLong() < readInTwoFrom
        || readInTwoFrom <= 0)
        return loadPart(db, sql, {});
    const qint64 firstId = bounds.value().value(1).toLongLong();
    const qint64 middleId = firstId + (bounds.value().value(2).toLongLong() - firstId) / 2;
    bounds.value().finish();
    // Rowid ranges: the same rows in the same order as one scan.
    return loadBothAtOnce(db, {sql + QStringLiteral(" WHERE c.id <= ?"), {middleId}},
                          {sql + QStringLiteral(" WHERE c.id > ?"), {middleId}});
}

bool CommitSnapshot::readsInTwo(const QSqlDatabase &db)
{
    return SqliteRows::supports(db) && !db.databaseName().isEmpty()
           && db.databaseName() != QLatin1String(":memory:");
}

Result<CommitSnapshot> CommitSnapshot::loadBothAtOnce(QSqlDatabase &db, const LoadQuery &first,
                                                      const LoadQuery &second)
{
    // The second part on a thread of its own, through a read-only connection of its own (a
    // connection belongs to one thread); the first here.
    std::optional<Result<CommitSnapshot>> later;
    const QString file = db.databaseName();
    std::thread reader([&later, &second, file] {
        const QString name
            = QStringLiteral("devpulse-snapshot-%1").arg(quintptr(QThread::currentThreadId()));
        {
            QSqlDatabase part = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            part.setDatabaseName(file);
            part.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!part.open())
                later = sqlError(part.lastError(),
                                 QStringLiteral("reading the commits for the dashboard"));
            else
                later = loadPart(part, second.sql, second.values);
        }
        QSqlDatabase::removeDatabase(name);
    });
    Result<CommitSnapshot> earlier = loadPart(db, first.sql, first.values);
    reader.join();
    if (!earlier)
        return earlier;
    if (!later || !*later)
        return later ? later->error() : Error{QStringLiteral("no snapshot"), QString()};
    earlier.value().append(std::move(later->value()));
    return earlier;
}

Result<CommitSnapshot> CommitSnapshot::loadPart(QSqlDatabase &db, const QString &sql,
                                                const QVariantList &values)
{
    const QString during = QStringLiteral("reading the commits for the dashboard");
    if (SqliteRows::supports(db)) {
        SqliteRows rows(db, sql, values, during);
        return read(rows);
    }
    QueryRows rows(db, sql, values, during);
    return read(rows);
}

void CommitSnapshot::append(CommitSnapshot &&later)
{
    if (later.m_authoredAt.empty())
        return;
    std::vector<qint32> repoOf(size_t(later.m_repoIds.size()));
    for (qsizetype repo = 0; repo < later.m_repoIds.size(); ++repo) {
        qsizetype known = m_repoIds.indexOf(later.m_repoIds.at(repo));
        if (known < 0) {
            known = m_repoIds.size();
            m_repoIds << later.m_repoIds.at(repo);
        }
        repoOf[size_t(repo)] = qint32(known);
    }
    QHash<QPair<QString, QString>, qint32> aliasIndex;
    for (qsizetype alias = 0; alias < m_aliases.size(); ++alias)
        aliasIndex.insert(m_aliases.at(alias), qint32(alias));
    std::vector<qint32> aliasOf(size_t(later.m_aliases.size()));
    for (qsizetype alias = 0; alias < later.m_aliases.size(); ++alias) {
        const QString &name = later.m_aliasNames.at(alias);
        auto known = aliasIndex.constFind(later.m_aliases.at(alias));
        if (known == aliasIndex.cend()) {
            known = aliasIndex.insert(later.m_aliases.at(alias), qint32(m_aliases.size()));
            m_aliases << later.m_aliases.at(alias);
            m_aliasNames << name;
        } else if (m_aliasNames.at(*known).toUtf8() < name.toUtf8()) {
            m_aliasNames[*known] = name; // SQL's max() of the names, as UTF-8 bytes
        }
        aliasOf[size_t(alias)] = *known;
    }
    const bool wasEmpty = m_authoredAt.empty();
    auto extend
        = [](auto &into, const auto &from) { into.insert(into.end(), from.begin(), from.end()); };
    extend(m_commitId, later.m_commitId);
    extend(m_authoredAt, later.m_authoredAt);
    extend(m_offsetSeconds, later.m_offsetSeconds);
    extend(m_additions, later.m_additions);
    extend(m_deletions, later.m_deletions);
    extend(m_kind, later.m_kind);
    m_repo.reserve(m_repo.size() + later.m_repo.size());
    for (const qint32 repo : later.m_repo)
        m_repo.push_back(repoOf[size_t(repo)]);
    m_alias.reserve(m_alias.size() + later.m_alias.size());
    for (const qint32 alias : later.m_alias)
        m_alias.push_back(alias < 0 ? alias : aliasOf[size_t(alias)]);
    m_firstDay = wasEmpty ? later.m_firstDay : std::min(m_firstDay, later.m_firstDay);
    m_lastDay = wasEmpty ? later.m_lastDay : std::max(m_lastDay, later.m_lastDay);
}

template<typename Rows>
Result<CommitSnapshot> CommitSnapshot::read(Rows &rows)
{
    static const QString kinds[3]{QStringLiteral("login"), QStringLiteral("email"),
                                  QStringLiteral("name")};
    CommitSnapshot snapshot;
    // Alias values and names stay UTF-8 until the end: most rows repeat a known alias, and
    // bytes need no conversion to be hashed or compared. Comparing UTF-8 bytes is SQLite's
    // max() (BINARY collation).
    std::unordered_map<std::string, qint32, TextHash, std::equal_to<>> aliasIndex[3];
    std::vector<std::pair<int, std::string>> aliases; // (kind, value)
    std::vector<std::string> names;
    QHash<qint64, qint32> repoIndex;
    qint64 lastRepoId = 0;
    qint32 lastRepo = -1; // commits come mostly in runs of one repository
    qint64 oldest = std::numeric_limits<qint64>::max();
    qint64 newest = std::numeric_limits<qint64>::min();
    while (rows.next()) {
        const qint64 authoredAt = rows.integer(AuthoredAt);
        oldest = std::min(oldest, authoredAt);
        newest = std::max(newest, authoredAt);
        snapshot.m_commitId.push_back(rows.integer(CommitId));
        snapshot.m_authoredAt.push_back(authoredAt);
        snapshot.m_offsetSeconds.push_back(qint32(rows.integer(OffsetMinutes) * 60));

        const qint64 repoId = rows.integer(RepoId);
        if (lastRepo < 0 || repoId != lastRepoId) {
            auto repo = repoIndex.constFind(repoId);
            if (repo == repoIndex.constEnd()) {
                repo = repoIndex.insert(repoId, qint32(snapshot.m_repoIds.size()));
                snapshot.m_repoIds << repoId;
            }
            lastRepoId = repoId;
            lastRepo = *repo;
        }
        snapshot.m_repo.push_back(lastRepo);

        qint32 alias = -1;
        if (!rows.isNull(AliasValue)) {
            const int kind = int(std::clamp<qint64>(rows.integer(AliasKind), 0, 2));
            const std::string_view value = rows.text(AliasValue);
            // COALESCE(author_name, value): the value stands for a missing name.
            const std::string_view name = rows.isNull(AuthorName) ? value : rows.text(AuthorName);
            auto known = aliasIndex[kind].find(value);
            if (known == aliasIndex[kind].end()) {
                known = aliasIndex[kind].emplace(std::string(value), qint32(aliases.size())).first;
                aliases.emplace_back(kind, std::string(value));
                names.emplace_back(name);
            } else if (names[size_t(known->second)] < name) {
                names[size_t(known->second)] = name; // SQL's max() of the names
            }
            alias = known->second;
        }
        snapshot.m_alias.push_back(alias);
        snapshot.m_additions.push_back(qint32(rows.integer(Additions)));
        snapshot.m_deletions.push_back(qint32(rows.integer(Deletions)));
        snapshot.m_kind.push_back(rows.isNull(Kind) ? qint8(WorkKind::Other)
                                                    : kindOf(rows.text(Kind)));
    }
    if (rows.error())
        return *rows.error();
    for (size_t alias = 0; alias < aliases.size(); ++alias) {
        const std::string &value = aliases[alias].second;
        snapshot.m_aliases.append({kinds[aliases[alias].first],
                                   QString::fromUtf8(value.data(), qsizetype(value.size()))});
        snapshot.m_aliasNames << QString::fromUtf8(names[alias].data(),
                                                   qsizetype(names[alias].size()));
    }
    if (!snapshot.m_authoredAt.empty()) {
        snapshot.m_firstDay = oldest / SecondsPerDay;
        snapshot.m_lastDay = newest / SecondsPerDay;
    }
    return snapshot;
}

QList<PersonAlias> CommitSnapshot::aliases() const
{
    std::vector<int> commits(size_t(m_aliases.size()), 0);
    for (const qint32 alias : m_alias) {
        if (alias >= 0)
            ++commits[size_t(alias)];
    }
    QList<PersonAlias> found;
    for (qsizetype alias = 0; alias < m_aliases.size(); ++alias) {
        found << PersonAlias{m_aliases.at(alias).first, m_aliases.at(alias).second,
                             m_aliasNames.at(alias), commits[size_t(alias)], 0};
    }
    return found;
}

// What a filter selects, resolved against the snapshot's aliases and repositories once, so
// that the pass over the rows only indexes vectors.
struct CommitSnapshot::Selection
{
    explicit Selection(const MetricsFilter &filter)
        : viewerClock(filter)
        , authorsOwnTime(filter.timeZone == TimeZoneMode::AuthorOffset)
        , byAuthor(!filter.authors.isEmpty())
        , kindAllowed(kindsOf(filter))
        , fromDay(filter.from.isValid() ? MetricsSql::dayNumber(filter.from)
                                        : std::numeric_limits<qint64>::min())
        , toDay(filter.to.isValid() ? MetricsSql::dayNumber(filter.to)
                                    : std::numeric_limits<qint64>::max())
    {}

    static std::vector<char> kindsOf(const MetricsFilter &filter)
    {
        std::vector<char> allowed(size_t(WorkKind::Other) + 1, filter.workKinds.isEmpty());
        for (const QString &id : filter.workKinds) {
            if (const std::optional<WorkKind> kind = WorkKinds::fromId(id))
                allowed[size_t(*kind)] = 1;
        }
        return allowed;
    }

    /// Whether `row` passes the filter; if so, its person and local time.
    bool accepts(const CommitSnapshot &snapshot, size_t row, qint32 &person, qint64 &local) const
    {
        if (!repoAllowed[size_t(snapshot.m_repo[row])])
            return false;
        const qint32 alias = snapshot.m_alias[row];
        person = alias < 0 ? nobody : personOfAlias[size_t(alias)];
        // A commit without any author never matches an author filter (SQL's NULL IN (...)).
        if (byAuthor && (alias < 0 || !personAllowed[size_t(person)]))
            return false;
        if (!kindAllowed[size_t(snapshot.m_kind[row])])
            return false;
        local = authorsOwnTime ? snapshot.m_authoredAt[row] + snapshot.m_offsetSeconds[row]
                               : viewerClock.localSeconds(snapshot.m_authoredAt[row]);
        const qint64 day = local / SecondsPerDay; // truncating, as SQL's integer division
        return day >= fromDay && day <= toDay;
    }

    const MetricsSql::LocalClock viewerClock;
    const bool authorsOwnTime;
    const bool byAuthor;
    /// Per WorkKind: whether the filter counts it (every kind when it names none).
    const std::vector<char> kindAllowed;
    const qint64 fromDay;
    const qint64 toDay;
    QStringList personKeys; ///< "#<id>" for a merged identity, else the alias's value
    std::vector<qint32> personOfAlias;
    qint32 nobody = 0; ///< the person key "?" (COALESCE(person, '?'))
    std::vector<char> personAllowed;
    std::vector<char> repoAllowed;
};

Result<CommitSnapshot::Selection> CommitSnapshot::select(QSqlDatabase &db,
                                                         const MetricsFilter &filter) const
{
    // Each alias's person: "#<id>" when merged into an identity, else its value; aliases
    // with the same key are one person (as SQL's GROUP BY on the key has it).
    QHash<QPair<QString, QString>, qint64> identityOf;
    if (filter.mergedIdentities) {
        Result<QHash<QPair<QString, QString>, qint64>> merged = Identities::mergedAliases(db);
        if (!merged)
            return merged.error();
        identityOf = std::move(merged.value());
    }
    Selection selection(filter);
    QHash<QString, qint32> personIndex;
    auto personOf = [&](const QString &key) {
        auto known = personIndex.constFind(key);
        if (known == personIndex.constEnd()) {
            known = personIndex.insert(key, qint32(selection.personKeys.size()));
            selection.personKeys << key;
        }
        return *known;
    };
    selection.personOfAlias.resize(size_t(m_aliases.size()));
    for (qsizetype alias = 0; alias < m_aliases.size(); ++alias) {
        const qint64 identity = identityOf.value(m_aliases.at(alias), 0);
        selection.personOfAlias[size_t(alias)] = personOf(
            identity > 0 ? Identities::identityKey(identity) : m_aliases.at(alias).second);
    }
    selection.nobody = personOf(QStringLiteral("?"));

    selection.personAllowed.assign(size_t(selection.personKeys.size()), 0);
    for (const QString &author : filter.authors) {
        if (const auto found = personIndex.constFind(author); found != personIndex.constEnd())
            selection.personAllowed[size_t(*found)] = 1;
    }
    selection.repoAllowed.assign(size_t(m_repoIds.size()), filter.repoIds.isEmpty() ? 1 : 0);
    for (qsizetype repo = 0; repo < m_repoIds.size(); ++repo) {
        if (filter.repoIds.contains(m_repoIds.at(repo)))
            selection.repoAllowed[size_t(repo)] = 1;
    }
    return selection;
}

Result<CommitCounts> CommitSnapshot::count(QSqlDatabase &db, const MetricsFilter &filter,
                                           ContributionGrouping grouping) const
{
    const Result<Selection> selected = select(db, filter);
    if (!selected)
        return selected.error();
    const Selection &selection = selected.value();
    const QStringList &personKeys = selection.personKeys;
    // No zone is more than a day from UTC: the counters cover the commits' days plus one.
    const qint64 firstDay = std::max(selection.fromDay, m_firstDay - 1);
    const qint64 lastDay = std::min(selection.toDay, m_lastDay + 1);
    const bool byDeveloper = grouping == ContributionGrouping::Developer;
    const qint64 keys = byDeveloper ? personKeys.size() : m_repoIds.size();
    DayCounters<HourCounter> hours(firstDay, lastDay, 24);
    DayCounters<DayCounter> perDay(firstDay, lastDay, std::max<qint64>(keys, 1));
    DayCounters<DayCounter> perKind(firstDay, lastDay, qint64(WorkKind::Other) + 1);
    std::vector<HourCounter> perPerson(size_t(personKeys.size()));

    for (size_t row = 0; row < m_authoredAt.size(); ++row) {
        qint32 person = 0;
        qint64 local = 0;
        if (!selection.accepts(*this, row, person, local))
            continue;
        const qint64 day = local / SecondsPerDay;
        HourCounter &hour = hours.at(day, (local % SecondsPerDay) / 3600);
        ++hour.commits;
        hour.additions += m_additions[row];
        hour.deletions += m_deletions[row];
        HourCounter &own = perPerson[size_t(person)];
        ++own.commits;
        own.additions += m_additions[row];
        own.deletions += m_deletions[row];
        ++perDay.at(day, byDeveloper ? person : m_repo[row]).commits;
        ++perKind.at(day, m_kind[row]).commits;
    }

    CommitCounts counts;
    const QDate epoch(1970, 1, 1);
    hours.forEach([&](qint64 day, qint64 hour, const HourCounter &counter) {
        counts.hours << CommitHour{epoch.addDays(day), int(hour), counter.commits,
                                   counter.additions, counter.deletions};
    });
    for (size_t person = 0; person < perPerson.size(); ++person) {
        if (perPerson[person].commits == 0)
            continue;
        Contributor contributor;
        contributor.name = personKeys.at(qsizetype(person));
        contributor.commits = perPerson[person].commits;
        contributor.additions = perPerson[person].additions;
        contributor.deletions = perPerson[person].deletions;
        counts.people << contributor;
    }
    QStringList repoNames;
    if (!byDeveloper) {
        const Result<QList<QPair<qint64, QString>>> repos = CacheOverview::repositories(db);
        if (!repos)
            return repos.error();
        QHash<qint64, QString> names;
        for (const auto &[id, name] : repos.value())
            names.insert(id, name);
        for (const qint64 id : m_repoIds)
            repoNames << names.value(id);
    }
    perDay.forEach([&](qint64 day, qint64 key, const DayCounter &counter) {
        counts.perDay << DayCount{day, byDeveloper ? personKeys.at(key) : repoNames.at(key),
                                  counter.commits};
    });
    perKind.forEach([&](qint64 day, qint64 kind, const DayCounter &counter) {
        counts.perKind << DayCount{day, WorkKinds::id(WorkKind(kind)), counter.commits};
    });
    return counts;
}

Result<QList<qint64>> CommitSnapshot::newestIds(QSqlDatabase &db, const MetricsFilter &filter,
                                                int weekday, int hour, const QDate &day,
                                                int limit) const
{
    const Result<Selection> selected = select(db, filter);
    if (!selected)
        return selected.error();
    const Selection &selection = selected.value();
    const qint64 wantedDay = day.isValid() ? MetricsSql::dayNumber(day) : 0;
    std::vector<std::pair<qint64, qint64>> found; // (authored at, id)
    for (size_t row = 0; row < m_authoredAt.size(); ++row) {
        qint32 person = 0;
        qint64 local = 0;
        if (!selection.accepts(*this, row, person, local))
            continue;
        // The same integer arithmetic as MetricsSql::weekdayOf, hourOf and commitLocalDay.
        const qint64 localDay = local / SecondsPerDay;
        const bool inCell = day.isValid() ? localDay == wantedDay
                                          : (localDay + 3) % 7 == weekday
                                                && (local % SecondsPerDay) / 3600 == hour;
        if (inCell)
            found.emplace_back(m_authoredAt[row], m_commitId[row]);
    }
    const auto newest
        = found.begin() + std::min<qsizetype>(qsizetype(found.size()), std::max(limit, 0));
    std::partial_sort(found.begin(), newest, found.end(), std::greater<>());
    QList<qint64> ids;
    ids.reserve(newest - found.begin());
    for (auto item = found.begin(); item != newest; ++item)
        ids << item->second;
    return ids;
}
