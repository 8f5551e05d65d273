#include "core/accounts/teamdatabase.h"

#include "core/common/logging.h"
#include "core/storage/cacheaddress.h"

#include <QSettings>

namespace TeamDatabase {

QString chosen(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QLatin1String(SettingsKey)).toString();
}

SecretKey secretKey(const QString &address)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed)
        return {};
    const CacheAddress::PostgreSql &database = parsed.value();
    return SecretKey{
        QStringLiteral("postgresql"),
        QStringLiteral("%1:%2/%3").arg(database.host).arg(database.port).arg(database.database),
        database.user};
}

void loadPassword(SecretStore &secrets, const QString &address,
                  const std::function<void(const Result<void> &)> &done)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed) {
        done(parsed.error());
        return;
    }
    secrets.read(secretKey(address), [address, done](const Result<QString> &password) {
        if (password) {
            CacheAddress::setPassword(address, password.value());
        } else if (password.error().kind != ErrorKind::AuthenticationRequired) {
            qCInfo(lcStorage) << "No password for the team database from the keychain:"
                              << password.error().detail;
        }
        done(Result<void>{});
    });
}

void storePassword(SecretStore &secrets, const QString &address, const QString &password,
                   const std::function<void(const Result<void> &)> &done)
{
    const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(address);
    if (!parsed) {
        done(parsed.error());
        return;
    }
    secrets.write(secretKey(address), password,
                  [address, password, done](const Result<void> &written) {
                      if (written)
                          CacheAddress::setPassword(address, password);
                      done(written);
                  });
}

} // namespace TeamDatabase
