#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

/// How far a running sync is, as providers report it and the window shows it.
struct SyncProgress
{
    int reposDone = 0;
    int reposTotal = 0;
    QString currentRepo;
    QString phase; ///< providers without repositories: what is being read, as a sentence
    QMap<QString, int> itemsByKind; ///< items written so far: "commits" -> 1200, ...
    QDateTime rateLimitedUntil;     ///< valid while waiting for a rate limit reset
};
Q_DECLARE_METATYPE(SyncProgress)

/// "1 branch, 1,200 commits": items by kind as a sentence fragment in the user's language,
/// each count with its plural form (kinds without a label as "N kind"); zero counts left
/// out. The window's status, the sync history and the command line all say it this way.
QString describeSyncItems(const QMap<QString, int> &itemsByKind);
