#include "tests/support/testcache.h"

#include "core/storage/cachewriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

TestCache::TestCache()
    : m_postgreSqlServer(qEnvironmentVariable("DEVPULSE_TEST_POSTGRESQL"))
{
    Result<CacheOpenReport> prepared = CacheOpenReport{};
    if (isPostgreSql()) {
        m_schema = QStringLiteral("test_")
                   + QUuid::createUuid().toString(QUuid::Id128).left(24).toLower();
        prepared = CacheDatabase::prepareShared(m_postgreSqlServer + QStringLiteral("?schema=")
                                                + m_schema);
    } else {
        prepared = CacheDatabase::prepare(m_dir.path());
    }
    if (!prepared) {
        qWarning("TestCache: %s", qPrintable(prepared.error().toLogString()));
        return;
    }
    m_report = prepared.value();
    m_connection = std::make_unique<CacheConnection>(m_report.address, QStringLiteral("test"));
}

TestCache::~TestCache()
{
    m_connection.reset();
    if (!isPostgreSql())
        return;
    CacheConnection server(m_postgreSqlServer, QStringLiteral("test-cleanup"));
    QSqlQuery drop(server.database());
    drop.exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICE per table
    if (!drop.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema)))
        qWarning("TestCache: could not drop schema %s", qPrintable(m_schema));
}

qint64 TestCache::addAccount(const QString &login)
{
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.login = login;
    const Result<qint64> id = CacheWriter(db()).upsertAccount(account);
    return id ? id.value() : 0;
}

qint64 TestCache::addRepo(qint64 accountId, const QString &fullName)
{
    RepoRecord repo;
    repo.accountId = accountId;
    repo.fullName = fullName;
    repo.owner = fullName.section(QLatin1Char('/'), 0, 0);
    repo.name = fullName.section(QLatin1Char('/'), 1);
    const Result<qint64> id = CacheWriter(db()).upsertRepo(repo);
    return id ? id.value() : 0;
}

int TestCache::rowCount(const QString &table)
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList TestCache::column(const QString &sql)
{
    QStringList values;
    QSqlQuery query(db());
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QStringList TestCache::dump(const QString &table)
{
    QStringList rows;
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1")))
        return {QStringLiteral("error: ") + query.lastQuery()};
    while (query.next()) {
        QStringList fields;
        const QSqlRecord record = query.record();
        for (int column = 0; column < record.count(); ++column) {
            const QVariant value = query.value(column);
            fields << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}
