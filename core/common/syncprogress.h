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
    QDateTime startedAt;            ///< when the run began (the worker sets it): time left
};
Q_DECLARE_METATYPE(SyncProgress)

/// "1 branch, 1,200 commits": items by kind as a sentence fragment in the user's language,
/// each count with its plural form (kinds without a label as "N kind"); zero counts left
/// out. The window's status, the sync history and the command line all say it this way.
QString describeSyncItems(const QMap<QString, int> &itemsByKind);

/// Seconds the run still needs at its pace so far (repositories done of total), once that
/// means something (a repository done and 10 s passed); -1 before.
int syncSecondsLeft(const SyncProgress &progress, const QDateTime &now);

/// The running sync in one sentence, for the window's status bar and account card, the tray
/// and the command line: "Repository 3 of 12 (acme/web) · 1,234 commits · about 2 minutes
/// left", the provider's phase, or the rate-limit wait.
QString describeSyncProgress(const SyncProgress &progress, const QDateTime &now);
