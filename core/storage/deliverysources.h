#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

/// What the user chose to count as a deployment to production, per repository (issue 21,
/// delivery). A repository without a choice gets DeliveryMetrics' automatic one.
struct DeliveryChoice
{
    enum class Kind { Environment, Releases, Tags };
    Kind kind = Kind::Releases;
    QString value; ///< the environment, or the tags' wildcard pattern ("" for every tag)
};

class DeliverySources final
{
public:
    explicit DeliverySources(QSqlDatabase db);

    Result<QHash<qint64, DeliveryChoice>> all();
    Result<void> set(qint64 repoId, const DeliveryChoice &choice);
    /// Back to the automatic choice.
    Result<void> clear(qint64 repoId);
    /// The id of the repository named owner/name in any account; 0 when there is none.
    Result<qint64> repoIdOf(const QString &fullName);

    static QString kindId(DeliveryChoice::Kind kind);

private:
    QSqlDatabase m_db;
};
