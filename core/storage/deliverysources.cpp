#include "core/storage/deliverysources.h"

#include "core/storage/boundquery.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <functional>
#include <QRegularExpression>

using namespace BoundQuery;

DeliverySources::DeliverySources(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString DeliverySources::kindId(DeliveryChoice::Kind kind)
{
    switch (kind) {
    case DeliveryChoice::Kind::Environment: return QStringLiteral("environment");
    case DeliveryChoice::Kind::Releases: return QStringLiteral("releases");
    case DeliveryChoice::Kind::Tags: return QStringLiteral("tags");
    case DeliveryChoice::Kind::Workflow: return QStringLiteral("workflow");
    }
    return {};
}

Result<QHash<qint64, DeliveryChoice>> DeliverySources::all()
{
    Result<QSqlQuery> rows
        = exec(m_db, QStringLiteral("SELECT repo_id, kind, value FROM delivery_sources"), {},
               QStringLiteral("reading what counts as a deployment"));
    if (!rows)
        return rows.error();
    QHash<qint64, DeliveryChoice> choices;
    while (rows.value().next()) {
        const QString kind = rows.value().value(1).toString();
        DeliveryChoice choice;
        if (kind == kindId(DeliveryChoice::Kind::Environment))
            choice.kind = DeliveryChoice::Kind::Environment;
        else if (kind == kindId(DeliveryChoice::Kind::Tags))
            choice.kind = DeliveryChoice::Kind::Tags;
        else if (kind == kindId(DeliveryChoice::Kind::Workflow))
            choice.kind = DeliveryChoice::Kind::Workflow;
        else if (kind == kindId(DeliveryChoice::Kind::Releases))
            choice.kind = DeliveryChoice::Kind::Releases;
        else
            continue; // written by a newer DevPulse: its automatic choice meanwhile
        choice.value = rows.value().value(2).toString();
        choices.insert(rows.value().value(0).toLongLong(), choice);
    }
    return choices;
}

Result<QList<RepoDeliveryOptions>> DeliverySources::options()
{
    const QString during = QStringLiteral("reading what could count as a deployment");
    QList<RepoDeliveryOptions> all;
    QHash<qint64, qsizetype> indexOf;
    Result<QSqlQuery> repos = exec(
        m_db, QStringLiteral("SELECT id, full_name FROM repos ORDER BY lower(full_name), id"), {},
        during);
    if (!repos)
        return repos.error();
    while (repos.value().next()) {
        RepoDeliveryOptions repo;
        repo.repoId = repos.value().value(0).toLongLong();
        repo.name = repos.value().value(1).toString();
        indexOf.insert(repo.repoId, all.size());
        all << repo;
    }
    // Each query: repository id, then what it adds.
    const QList<QPair<QString, std::function<void(RepoDeliveryOptions &, const QSqlQuery &)>>>
        parts{
            {QStringLiteral("SELECT repo_id, environment, COUNT(*) AS n FROM deployments "
                            "GROUP BY repo_id, environment ORDER BY n DESC, environment"),
             [](RepoDeliveryOptions &repo, const QSqlQuery &row) {
                 repo.environments << row.value(1).toString();
             }},
            {QStringLiteral("SELECT repo_id, name FROM workflows ORDER BY lower(name)"),
             [](RepoDeliveryOptions &repo, const QSqlQuery &row) {
                 if (!repo.workflows.contains(row.value(1).toString()))
                     repo.workflows << row.value(1).toString();
             }},
            {QStringLiteral("SELECT repo_id, COUNT(*) FROM releases WHERE is_draft = 0 AND "
                            "is_prerelease = 0 AND published_at IS NOT NULL GROUP BY repo_id"),
             [](RepoDeliveryOptions &repo, const QSqlQuery &row) {
                 repo.releases = row.value(1).toInt();
             }},
            {QStringLiteral("SELECT repo_id, COUNT(*) FROM tags GROUP BY repo_id"),
             [](RepoDeliveryOptions &repo, const QSqlQuery &row) {
                 repo.tags = row.value(1).toInt();
             }},
        };
    for (const auto &[sql, add] : parts) {
        Result<QSqlQuery> rows = exec(m_db, sql, {}, during);
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            const auto index = indexOf.constFind(rows.value().value(0).toLongLong());
            if (index != indexOf.cend())
                add(all[*index], rows.value());
        }
    }
    const Result<QHash<qint64, DeliveryChoice>> choices = this->all();
    if (!choices)
        return choices.error();
    QList<RepoDeliveryOptions> offered;
    for (RepoDeliveryOptions &repo : all) {
        if (const auto choice = choices.value().constFind(repo.repoId);
            choice != choices.value().cend())
            repo.choice = *choice;
        if (repo.choice || !repo.environments.isEmpty() || !repo.workflows.isEmpty()
            || repo.releases > 0 || repo.tags > 0)
            offered << repo;
    }
    return offered;
}

Result<void> DeliverySources::set(qint64 repoId, const DeliveryChoice &choice)
{
    return execWrite(m_db,
                     QStringLiteral("INSERT INTO delivery_sources (repo_id, kind, value) "
                                    "VALUES (?, ?, ?) ON CONFLICT (repo_id) DO UPDATE SET "
                                    "kind = excluded.kind, value = excluded.value"),
                     {repoId, kindId(choice.kind), choice.value},
                     QStringLiteral("saving what counts as a deployment"));
}

Result<void> DeliverySources::clear(qint64 repoId)
{
    return execWrite(m_db, QStringLiteral("DELETE FROM delivery_sources WHERE repo_id = ?"),
                     {repoId}, QStringLiteral("saving what counts as a deployment"));
}

Result<DeliverySources::WorkflowReading> DeliverySources::workflowReading(qint64 repoId)
{
    Result<QSqlQuery> row
        = exec(m_db,
               QStringLiteral("SELECT r.default_branch, "
                              "(SELECT COUNT(*) FROM deployments d WHERE d.repo_id = r.id), "
                              "(SELECT s.value FROM delivery_sources s WHERE s.repo_id = r.id "
                              "AND s.kind = ?) FROM repos r WHERE r.id = ?"),
               {kindId(DeliveryChoice::Kind::Workflow), repoId},
               QStringLiteral("reading what the repository deploys with"));
    if (!row)
        return row.error();
    WorkflowReading reading;
    if (!row.value().next())
        return reading;
    reading.repoKnown = true;
    reading.defaultBranch = row.value().value(0).toString();
    reading.hasDeployments = row.value().value(1).toLongLong() > 0;
    reading.chosenWorkflow = row.value().value(2).toString();
    return reading;
}

Result<DeliverySettings> DeliverySources::settings()
{
    Result<QSqlQuery> rows = exec(m_db, QStringLiteral("SELECT name, value FROM delivery_settings"),
                                  {}, QStringLiteral("reading the delivery settings"));
    if (!rows)
        return rows.error();
    DeliverySettings settings;
    while (rows.value().next()) {
        const QString name = rows.value().value(0).toString();
        const QString value = rows.value().value(1).toString();
        if (name == QLatin1String("failure_window_days")) {
            bool number = false;
            const int days = value.toInt(&number);
            if (number && days >= 1 && days <= 90)
                settings.failureWindowDays = days;
        } else if (name == QLatin1String("incident_label") && !value.trimmed().isEmpty()) {
            settings.incidentLabel = value.trimmed();
        }
    }
    return settings;
}

Result<void> DeliverySources::saveSettings(const DeliverySettings &settings)
{
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("failure_window_days"), QString::number(settings.failureWindowDays)},
        {QStringLiteral("incident_label"), settings.incidentLabel.trimmed()}};
    for (const auto &[name, value] : values) {
        if (const Result<void> saved
            = execWrite(m_db,
                        QStringLiteral("INSERT INTO delivery_settings (name, value) VALUES (?, ?) "
                                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                        {name, value}, QStringLiteral("saving the delivery settings"));
            !saved)
            return saved;
    }
    return {};
}

Result<qint64> DeliverySources::repoIdOf(const QString &fullName)
{
    Result<QSqlQuery> row = exec(
        m_db, QStringLiteral("SELECT id FROM repos WHERE lower(full_name) = lower(?) ORDER BY id"),
        {fullName}, QStringLiteral("finding the repository"));
    if (!row)
        return row.error();
    return row.value().next() ? row.value().value(0).toLongLong() : qint64(0);
}

bool DeliverySources::isDeliveryWorkflow(const QString &name, const QString &path)
{
    // Whole words only: "cd" in "CI/CD" or "cd.yml", not in "abcd".
    static const QRegularExpression words(
        QStringLiteral("(^|[^a-z])(deploy|deploys|deployment|deliver|delivery|release|releases|"
                       "publish|cd|production|prod|ship)([^a-z]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch()
           || words.match(QFileInfo(path).completeBaseName()).hasMatch();
}
