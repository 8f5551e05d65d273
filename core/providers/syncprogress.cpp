#include "providers/syncprogress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

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
