#include "core/common/syncprogress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <limits>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgress)
};

QString itemCount(const QString &kind, int count)
{
    // %Ln: the count in the user's locale ("1,200"), the noun in its plural form.
    if (kind == QLatin1String("commits"))
        return Tr::tr("%Ln commits", nullptr, count);
    if (kind == QLatin1String("pull_requests"))
        return Tr::tr("%Ln pull requests", nullptr, count);
    if (kind == QLatin1String("issues"))
        return Tr::tr("%Ln issues", nullptr, count);
    if (kind == QLatin1String("issue_events"))
        return Tr::tr("%Ln issue events", nullptr, count);
    if (kind == QLatin1String("events"))
        return Tr::tr("%Ln events", nullptr, count);
    if (kind == QLatin1String("repos"))
        return Tr::tr("%Ln repositories", nullptr, count);
    if (kind == QLatin1String("branches"))
        return Tr::tr("%Ln branches", nullptr, count);
    if (kind == QLatin1String("tags"))
        return Tr::tr("%Ln tags", nullptr, count);
    if (kind == QLatin1String("delivery"))
        return Tr::tr("%Ln deployments and releases", nullptr, count);
    if (kind == QLatin1String("workflow_runs"))
        return Tr::tr("%Ln workflow runs", nullptr, count);
    if (kind == QLatin1String("activities"))
        return Tr::tr("%Ln activities", nullptr, count);
    if (kind == QLatin1String("activities_removed"))
        return Tr::tr("%Ln activities removed (deleted on the service)", nullptr, count);
    if (kind == QLatin1String("activities_skipped"))
        return Tr::tr("%Ln activities left out (no date or id in the answer)", nullptr, count);
    return QStringLiteral("%1 %2").arg(QLocale().toString(count), kind);
}

} // namespace

QString describeSyncItems(const QMap<QString, int> &itemsByKind)
{
    QStringList parts;
    for (auto it = itemsByKind.cbegin(); it != itemsByKind.cend(); ++it) {
        if (it.value() > 0)
            parts << itemCount(it.key(), it.value());
    }
    return parts.join(QStringLiteral(", "));
}

int syncSecondsLeft(const SyncProgress &progress, const QDateTime &now)
{
    if (progress.reposTotal <= 0 || progress.reposDone <= 0 || !progress.startedAt.isValid())
        return -1;
    const qint64 elapsed = progress.startedAt.secsTo(now);
    if (elapsed < 10)
        return -1;
    const qint64 left = elapsed * (progress.reposTotal - progress.reposDone) / progress.reposDone;
    return int(qMin<qint64>(left, std::numeric_limits<int>::max()));
}

QString describeSyncProgress(const SyncProgress &progress, const QDateTime &now)
{
    const QLocale locale;
    if (progress.rateLimitedUntil.isValid()) {
        return Tr::tr("Rate-limited until %1")
            .arg(locale.toString(progress.rateLimitedUntil.toLocalTime().time(),
                                 QLocale::ShortFormat));
    }
    QStringList parts;
    if (!progress.phase.isEmpty()) {
        parts << progress.phase;
    } else if (progress.reposTotal > 0) {
        parts << Tr::tr("Repository %1 of %2 (%3)")
                     .arg(locale.toString(qMin(progress.reposDone + 1, progress.reposTotal)),
                          locale.toString(progress.reposTotal), progress.currentRepo);
    } else {
        parts << Tr::tr("Reading the list of repositories…");
    }
    const QString items = describeSyncItems(progress.itemsByKind);
    if (!items.isEmpty())
        parts << items;
    const int left = syncSecondsLeft(progress, now);
    if (left >= 0) {
        parts << (left < 60     ? Tr::tr("less than a minute left")
                  : left < 5400 ? Tr::tr("about %n minutes left", nullptr, (left + 30) / 60)
                                : Tr::tr("about %n hours left", nullptr, (left + 1800) / 3600));
    }
    return parts.join(QStringLiteral(" · "));
}
