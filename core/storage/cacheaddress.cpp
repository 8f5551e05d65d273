#include "core/storage/cacheaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace CacheAddress {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CacheAddress)
};

QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

// The address as a message may show it: never a password, in the user part or an option.
QString redacted(const QString &address)
{
    QUrl url(address);
    if (!url.isValid())
        return QStringLiteral("postgresql://…");
    url.setPassword(QString());
    QUrlQuery query(url);
    QUrlQuery shown;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        shown.addQueryItem(key, key.contains(QLatin1String("password"), Qt::CaseInsensitive)
                                    ? QStringLiteral("…")
                                    : value);
    url.setQuery(shown);
    return url.toString(QUrl::RemovePassword);
}

Error badAddress(const QString &address, const QString &why)
{
    return Error{Tr::tr("“%1” is not a PostgreSQL address DevPulse can use: %2 Write it as "
                        "postgresql://user@host:port/database.")
                     .arg(redacted(address), why),
                 QStringLiteral("bad PostgreSQL address: %1").arg(why), ErrorKind::InvalidInput};
}

} // namespace

QString PostgreSql::displayName() const
{
    QString name = QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!schema.isEmpty())
        name += QStringLiteral(" (schema %1)").arg(schema);
    return name;
}

bool isPostgreSql(const QString &address)
{
    return address.startsWith(QLatin1String("postgresql://"))
           || address.startsWith(QLatin1String("postgres://"));
}

Result<PostgreSql> parsePostgreSql(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || !isPostgreSql(address))
        return badAddress(address, Tr::tr("it is not a postgresql:// web address."));
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        // Command lines and settings are readable by others; the keychain is not.
        return Error{Tr::tr("Leave the password out of the database address: DevPulse keeps it in "
                            "your keychain. Store it with “devpulse cache password”."),
                     QStringLiteral("password in the PostgreSQL address refused"),
                     ErrorKind::InvalidInput};
    }
    PostgreSql database;
    database.host = url.host();
    database.port = url.port(5432);
    database.user = url.userName();
    database.database = url.path().mid(1);
    if (database.host.isEmpty())
        return badAddress(address, Tr::tr("it names no host."));
    if (database.database.isEmpty() || database.database.contains(QLatin1Char('/')))
        return badAddress(address, Tr::tr("it names no database."));
    if (database.user.isEmpty())
        return badAddress(address, Tr::tr("it names no user."));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("schema")) {
            // Used in SET search_path, which cannot take a bound value: plain names only.
            static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!identifier.match(value).hasMatch())
                return badAddress(address, Tr::tr("the schema must be a plain lower-case name."));
            database.schema = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes{
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return badAddress(
                    address,
                    Tr::tr("sslmode must be one of %1.").arg(modes.join(QStringLiteral(", "))));
            database.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            // The CA that signed the server's certificate (sslmode=verify-ca/verify-full). Quotes
            // and semicolons would break the driver's option string.
            if (value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char(';')))
                return badAddress(address, Tr::tr("the CA file's path must not hold ' or ;."));
            if (!QFileInfo(value).isFile())
                return badAddress(address, Tr::tr("the CA file “%1” does not exist.")
                                               .arg(QDir::toNativeSeparators(value)));
            database.sslRootCert = QFileInfo(value).absoluteFilePath();
        } else {
            return badAddress(address, Tr::tr("DevPulse does not know the option “%1”.").arg(key));
        }
    }
    return database;
}

namespace {
// One password per user and database, whatever schema or sslmode an address adds.
QString credentialKey(const QString &address)
{
    const Result<PostgreSql> parsed = parsePostgreSql(address);
    if (!parsed)
        return address;
    const PostgreSql &database = parsed.value();
    return QStringLiteral("%1@%2:%3/%4")
        .arg(database.user, database.host)
        .arg(database.port)
        .arg(database.database);
}
} // namespace

void setPassword(const QString &address, const QString &password)
{
    const QString key = credentialKey(address);
    const QMutexLocker lock(&passwordsMutex);
    passwords().insert(key, password);
}

QString password(const QString &address)
{
    const QString key = credentialKey(address);
    const QMutexLocker lock(&passwordsMutex);
    return passwords().value(key);
}

QString displayName(const QString &address)
{
    if (!isPostgreSql(address))
        return QDir::toNativeSeparators(address);
    const Result<PostgreSql> parsed = parsePostgreSql(address);
    return parsed ? parsed.value().displayName() : QStringLiteral("postgresql://…");
}

} // namespace CacheAddress
