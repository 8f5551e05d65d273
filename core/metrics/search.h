#pragma once

#include "core/common/result.h"
#include "core/metrics/metricsfilter.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

/// One hit of the global search.
struct SearchHit
{
    QString kind;      ///< "commit", "pull", "issue"
    QString repo;      ///< owner/name
    QString reference; ///< short sha or #number
    QString text;      ///< the message or title, first line
    QDateTime time;    ///< authored or created, UTC
    QUrl url;          ///< its page on the service; empty when it has none (local git)
};

/// Full-text search over commit messages and pull request and issue titles (an index kept by
/// triggers: FTS5 on SQLite, tsvector on PostgreSQL; see SqlDialect::textSearch). The user's
/// words are searched as prefixes and can never break the query: each is quoted and bound as
/// a parameter. Same thread as the connection.
namespace Search {

/// The most words and characters a search may have; more is an Error (InvalidInput) that says
/// so, before any SQL runs.
inline constexpr int MaxWords = 16;
inline constexpr int MaxCharacters = 400;

/// `kinds` empty: all of "commit", "pull", "issue". Best matches first.
Result<QList<SearchHit>> find(QSqlDatabase &db, const QString &text, const MetricsFilter &filter,
                              const QStringList &kinds = {}, int limit = 100, int offset = 0);

} // namespace Search
