#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// Copies one cache into another: a user's SQLite cache into a team's PostgreSQL database
/// (`devpulse cache copy --to`), or any backend into any other. Rows keep their ids, so every
/// reference between them stays right; the target's search index is filled by its triggers.
/// Resumable: each chunk of rows is committed on its own and a copy run again continues
/// where the last one stopped (rows already there are skipped). The target must be empty or
/// hold an earlier copy of the same cache: a target whose accounts differ is refused, so a
/// copy never mixes two caches' ids. Both at the newest schema. Caller's thread.
namespace CacheCopy {

struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

/// Row counts per table after the copy, source beside target (equal when it succeeded).
struct Report
{
    QList<TableCount> tables;
    qint64 rowsCopied = 0; ///< this run (0 when everything was there already)
};

/// Called after each chunk: the table, its rows in the target so far, its rows in the source.
using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

/// The tables copied, parents before children (the search index is the target's own).
const QStringList &tables();

Result<Report> copy(QSqlDatabase &source, QSqlDatabase &target, const Progress &progress = {});

} // namespace CacheCopy
