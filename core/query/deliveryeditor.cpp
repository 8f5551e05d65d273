#include "core/query/deliveryeditor.h"

#include "core/storage/boundquery.h"
#include "core/storage/cachedatabase.h"

DeliveryEditor::DeliveryEditor(const QString &cacheAddress)
    : m_cacheAddress(cacheAddress)
{}

Result<DeliveryEditor::State> DeliveryEditor::read() const
{
    CacheConnection connection(m_cacheAddress, QStringLiteral("delivery-editor"));
    if (!connection.isOpen())
        return connection.error();
    DeliverySources sources(connection.database());
    Result<QList<RepoDeliveryOptions>> repos = sources.options();
    if (!repos)
        return repos.error();
    const Result<DeliverySettings> settings = sources.settings();
    if (!settings)
        return settings.error();
    return State{std::move(repos).value(), settings.value()};
}

Result<void> DeliveryEditor::save(const QHash<qint64, std::optional<DeliveryChoice>> &choices,
                                  const DeliverySettings &settings) const
{
    CacheConnection connection(m_cacheAddress, QStringLiteral("delivery-editor"));
    if (!connection.isOpen())
        return connection.error();
    QSqlDatabase &db = connection.database();
    return BoundQuery::inTransaction(
        db, QStringLiteral("saving what counts as a deployment"), [&]() -> Result<void> {
            DeliverySources sources(db);
            for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
                const Result<void> saved
                    = it.value() ? sources.set(it.key(), *it.value()) : sources.clear(it.key());
                if (!saved)
                    return saved;
            }
            return sources.saveSettings(settings);
        });
}
