#pragma once

#include "core/common/result.h"
#include "core/storage/deliverysources.h"

#include <QHash>
#include <QString>

#include <optional>

/// What the window's "What counts as a deployment" dialog reads and changes (issue 21,
/// delivery): each repository's choice and the change failure rate's settings. Each call runs
/// on a connection of its own to `cacheAddress`, like PeopleEditor, so the window holds no
/// database handle for it. The charts see a change at the next metrics request.
class DeliveryEditor final
{
public:
    explicit DeliveryEditor(const QString &cacheAddress);

    struct State
    {
        QList<RepoDeliveryOptions> repos;
        DeliverySettings settings;
    };
    Result<State> read() const;
    /// Saves `choices` (a repository without a value goes back to the automatic choice) and
    /// `settings` in one transaction.
    Result<void> save(const QHash<qint64, std::optional<DeliveryChoice>> &choices,
                      const DeliverySettings &settings) const;

private:
    QString m_cacheAddress;
};
