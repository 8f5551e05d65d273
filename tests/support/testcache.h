#pragma once

#include "core/storage/cachedatabase.h"

#include <QTemporaryDir>

#include <memory>

/// A real cache, migrated to the newest schema, with a connection on the creating thread;
/// removed with the object. For tests only. By default a SQLite file in a temporary folder;
/// when DEVPULSE_TEST_POSTGRESQL names a server (the `.postgresql` variants of the storage
/// and metrics tests, see tests/CMakeLists.txt) a schema of its own in that database, so the
/// same tests run on both backends.
class TestCache final
{
public:
    TestCache();
    ~TestCache();
    Q_DISABLE_COPY_MOVE(TestCache)

    bool isValid() const { return m_connection && m_connection->isOpen(); }
    QString dataDir() const { return m_dir.path(); }
    /// What CacheConnection, SyncManager or MetricsRunner open: a file path or postgresql:// URL.
    QString address() const { return m_report.address; }
    bool isPostgreSql() const { return !m_postgreSqlServer.isEmpty(); }
    const CacheOpenReport &report() const { return m_report; }
    QSqlDatabase &db() { return m_connection->database(); }

    /// A GitHub account and a repository of it, for tests that need rows to hang data on.
    qint64 addAccount(const QString &login = QStringLiteral("octo"));
    qint64 addRepo(qint64 accountId, const QString &fullName);

    /// Number of rows in `table` (a name from the schema, never user input).
    int rowCount(const QString &table);
    /// Every row of `table` as text, ordered, to compare whole tables before and after.
    QStringList dump(const QString &table);
    /// The first column of every row `sql` (fixed test SQL) yields, as text.
    QStringList column(const QString &sql);

private:
    QTemporaryDir m_dir;
    QString m_postgreSqlServer;
    QString m_schema;
    CacheOpenReport m_report;
    std::unique_ptr<CacheConnection> m_connection;
};
