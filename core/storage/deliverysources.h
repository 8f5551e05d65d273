#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// What the user chose to count as a deployment to production, per repository (issue 21,
/// delivery). A repository without a choice gets DeliveryMetrics' automatic one.
struct DeliveryChoice
{
    enum class Kind { Environment, Releases, Tags, Workflow };
    Kind kind = Kind::Releases;
    /// The environment, the tags' wildcard pattern ("" for every tag) or the workflow's name.
    QString value;
};

/// What the change failure rate looks for, for the whole cache.
struct DeliverySettings
{
    static constexpr int DefaultFailureWindowDays = 7;
    int failureWindowDays = DefaultFailureWindowDays; ///< 1..90
    QString incidentLabel = QStringLiteral("incident");
};

/// What a repository has that could count as a deployment, for the user to choose from.
struct RepoDeliveryOptions
{
    qint64 repoId = 0;
    QString name;             ///< owner/name
    QStringList environments; ///< of its GitHub deployments, the busiest first
    QStringList workflows;    ///< its GitHub Actions workflows, by name
    int releases = 0;         ///< published ones
    int tags = 0;
    std::optional<DeliveryChoice> choice; ///< the user's, none: automatic
};

class DeliverySources final
{
public:
    explicit DeliverySources(QSqlDatabase db);

    Result<QHash<qint64, DeliveryChoice>> all();
    /// Every repository with deployments, workflows, releases or tags (or a choice), by name.
    Result<QList<RepoDeliveryOptions>> options();
    Result<void> set(qint64 repoId, const DeliveryChoice &choice);
    /// Back to the automatic choice.
    Result<void> clear(qint64 repoId);
    /// What a sync needs to decide which workflow runs of a repository to read.
    struct WorkflowReading
    {
        bool repoKnown = false;
        QString defaultBranch;
        bool hasDeployments = false; ///< GitHub deployments cached
        QString chosenWorkflow;      ///< the user's choice ("" when none)
    };
    Result<WorkflowReading> workflowReading(qint64 repoId);

    /// The cache's settings (the defaults where none was saved).
    Result<DeliverySettings> settings();
    Result<void> saveSettings(const DeliverySettings &settings);

    /// The id of the repository named owner/name in any account; 0 when there is none.
    Result<qint64> repoIdOf(const QString &fullName);

    static QString kindId(DeliveryChoice::Kind kind);
    /// Whether a GitHub Actions workflow looks like one that deploys, by its name or file
    /// (deploy, release, publish, delivery, cd, production, ...): the runs DevPulse reads of
    /// a repository without GitHub deployments, besides those of a workflow its user chose.
    static bool isDeliveryWorkflow(const QString &name, const QString &path);

private:
    QSqlDatabase m_db;
};
