#include "core/storage/cachedatabase.h"
#include "core/storage/cachewriter.h"
#include "core/storage/migrations.h"
#include "core/storage/searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList tablesIn(QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshFileGetsNewestSchema();
    void connectionsUseWalForeignKeysAndBusyTimeout();
    void preparingTwiceChangesNothing();
    void upgradeFromVersion1KeepsData();
    void upgradeReadsRepositoryListsAgainForTheirIds();
    void upgradeReadsPullRequestsAgainForTheirReviews();
    void upgradeKeepsTheSearchIndexAndIndexesNewRowsLater();
    void upgradeClassifiesCachedCommits();
    void fileFromNewerVersionIsRefusedAndUntouched();
    void damagedFileIsMovedAsideAndReplaced_data();
    void damagedFileIsMovedAsideAndReplaced();
    void failedMigrationLeavesNothingBehind();
    void splitStatements_data();
    void splitStatements();
};

void TestMigrations::freshFileGetsNewestSchema()
{
    QTemporaryDir dir;
    const Result<CacheOpenReport> report = CacheDatabase::prepare(dir.path());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toLogString()));
    QCOMPARE(report.value().schemaVersion, Migrations::latestVersion());
    QCOMPARE(report.value().address, QDir(dir.path()).filePath(QStringLiteral("devpulse.sqlite")));
    QVERIFY(report.value().damagedFileMovedTo.isEmpty());

    CacheConnection connection(report.value().address, QStringLiteral("check"));
    QVERIFY(connection.isOpen());
    const QStringList tables = tablesIn(connection.database());
    for (const char *table :
         {"accounts", "repos", "commits", "pull_requests", "issues", "issue_events", "branches",
          "tags", "events", "activities", "identities", "identity_aliases", "sync_runs",
          "sync_run_items", "schema_version"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    // The schema has no place for a secret.
    QSqlQuery columns(connection.database());
    for (const QString &table : tables) {
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (columns.next())
            QVERIFY2(!columns.value(0).toString().contains(QLatin1String("token")),
                     qPrintable(table));
    }
}

void TestMigrations::connectionsUseWalForeignKeysAndBusyTimeout()
{
    QTemporaryDir dir;
    const Result<CacheOpenReport> report = CacheDatabase::prepare(dir.path());
    QVERIFY(report.ok());
    CacheConnection connection(report.value().address, QStringLiteral("check"));
    QSqlDatabase &db = connection.database();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);

    // Foreign keys are enforced, not just declared: a repo needs its account.
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO repos (account_id, full_name, owner, name) VALUES (42, 'a/b', 'a', 'b')")));
}

void TestMigrations::preparingTwiceChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(CacheDatabase::prepare(dir.path()).ok());
    const Result<CacheOpenReport> again = CacheDatabase::prepare(dir.path());
    QVERIFY(again.ok());
    QCOMPARE(again.value().schemaVersion, Migrations::latestVersion());
    CacheConnection connection(again.value().address, QStringLiteral("check"));
    QCOMPARE(scalar(connection.database(), QStringLiteral("SELECT count(*) FROM schema_version"))
                 .toInt(),
             Migrations::latestVersion());
}

void TestMigrations::upgradeFromVersion1KeepsData()
{
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    {
        CacheConnection connection(path, QStringLiteral("v1"));
        QVERIFY(connection.isOpen());
        const Result<int> migrated
            = Migrations::migrate(connection.database(), Migrations::builtIn(), 1);
        QVERIFY(migrated.ok());
        QCOMPARE(migrated.value(), 1);
        QVERIFY(!tablesIn(connection.database()).contains(QStringLiteral("sync_runs")));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO accounts (id, provider, login) VALUES (1, 'github', 'octocat')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO repos (id, account_id, full_name, owner, "
                                          "name) VALUES (1, 1, 'octocat/hello', 'octocat', "
                                          "'hello')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO commits (repo_id, sha, authored_at, "
                                          "message) VALUES (1, 'abc123', 1700000000, 'first')")));
        // Two CSV imports as version 1 kept them: an account per file, named by its path;
        // the second a copy of the first plus one row.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, provider, login) VALUES "
                                          "(2, 'csv', '/home/u/log.csv'), "
                                          "(3, 'csv', '/home/u/copy of log.csv')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO activities (account_id, source_id, day, service, minutes) VALUES "
            "(2, 'aa#0', '2026-11-20', 'Books', 30), (2, 'bb#0', '2026-11-21', 'Books', 15), "
            "(3, 'aa#0', '2026-11-20', 'Books', 30), (3, 'bb#0', '2026-11-21', 'Books', 15), "
            "(3, 'cc#0', '2026-11-22', 'Books', 45)")));
    }

    const Result<CacheOpenReport> report = CacheDatabase::prepare(dir.path());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toLogString()));
    QCOMPARE(report.value().schemaVersion, Migrations::latestVersion());
    CacheConnection connection(path, QStringLiteral("check"));
    QSqlDatabase &db = connection.database();
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT message FROM commits WHERE sha = 'abc123'")).toString(),
        QStringLiteral("first"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT login FROM accounts WHERE provider = 'github'"))
                 .toString(),
             QStringLiteral("octocat"));
    // Version 12 folded the CSV accounts into one, rows by content (3, not 5), files kept.
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(login) FROM accounts WHERE "
                                       "provider = 'csv'")),
             QVariant(QStringLiteral("imported-activity")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM activities")).toInt(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(minutes) FROM activities")).toInt(), 90);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(kind, '|') FROM (SELECT kind FROM "
                                       "sync_cursors ORDER BY kind)")),
             QVariant(QStringLiteral("file:/home/u/copy of log.csv|file:/home/u/log.csv")));
    QVERIFY(tablesIn(db).contains(QStringLiteral("sync_runs")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(version) FROM schema_version")),
             QVariant(QStringLiteral("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22")));
}

void TestMigrations::upgradeReadsRepositoryListsAgainForTheirIds()
{
    // Version 14 keeps GitHub's node_id of each repository, which only a full (200) answer of
    // the repository lists brings: their ETags go, other stored answers stay.
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    {
        CacheConnection connection(path, QStringLiteral("v13"));
        QVERIFY(connection.isOpen());
        QCOMPARE(Migrations::migrate(connection.database(), Migrations::builtIn(), 13).value(), 13);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO http_cache (url, etag, body, stored_at) VALUES "
            "('https://api.github.com/user/repos?affiliation=owner&sort=full_name&per_page=100', "
            "'\"a\"', '[]', 1), "
            "('https://api.github.com/user/repos?affiliation=owner&page=2', '\"b\"', '[]', 1), "
            "('https://api.github.com/orgs/acme/repos?per_page=100', '\"c\"', '[]', 1), "
            "('https://api.github.com/user/orgs?per_page=100', '\"d\"', '[]', 1), "
            "('https://api.github.com/users/octo/events?per_page=100', '\"e\"', '[]', 1)")));
    }
    QVERIFY(CacheDatabase::prepare(dir.path()).ok());
    CacheConnection connection(path, QStringLiteral("check"));
    QCOMPARE(scalar(connection.database(),
                    QStringLiteral("SELECT group_concat(etag, ' ') FROM (SELECT etag FROM "
                                   "http_cache ORDER BY etag)")),
             QVariant(QStringLiteral("\"d\" \"e\"")));
}

void TestMigrations::upgradeReadsPullRequestsAgainForTheirReviews()
{
    // Version 18 keeps each pull request's reviews, which only a new read of its pull request
    // brings: the pull request walks and the "unchanged repository" states go, the rest stay.
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    {
        CacheConnection connection(path, QStringLiteral("v17"));
        QVERIFY(connection.isOpen());
        QCOMPARE(Migrations::migrate(connection.database(), Migrations::builtIn(), 17).value(), 17);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO accounts (id, provider, login) VALUES (1, 'github', 'octo')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO repos (id, account_id, full_name, owner, "
                                          "name) VALUES (1, 1, 'octo/app', 'octo', 'app')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sync_cursors (account_id, repo_id, kind, watermark) VALUES "
            "(1, 1, 'pull_requests', 'w'), (1, 1, 'repo_state', 's'), (1, 1, 'commits', 'c'), "
            "(1, 1, 'issues', 'i')")));
    }
    QVERIFY(CacheDatabase::prepare(dir.path()).ok());
    CacheConnection connection(path, QStringLiteral("check"));
    QCOMPARE(scalar(connection.database(),
                    QStringLiteral("SELECT group_concat(kind, ' ') FROM (SELECT kind FROM "
                                   "sync_cursors ORDER BY kind)")),
             QVariant(QStringLiteral("commits issues")));
    QVERIFY(tablesIn(connection.database()).contains(QStringLiteral("pull_request_reviews")));
}

void TestMigrations::upgradeKeepsTheSearchIndexAndIndexesNewRowsLater()
{
    // Version 15 moved indexing from a trigger per row to statements over what is pending
    // (since issue 20 item 8 at a sync's end or before a search, in chunks of their own
    // transactions): what version 14 indexed stays found, and rows written later are indexed.
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    {
        CacheConnection connection(path, QStringLiteral("v14"));
        QVERIFY(connection.isOpen());
        QCOMPARE(Migrations::migrate(connection.database(), Migrations::builtIn(), 14).value(), 14);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO accounts (id, provider, login) VALUES (1, 'github', 'octo')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO repos (id, account_id, full_name, owner, "
                                          "name) VALUES (1, 1, 'octo/app', 'octo', 'app')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO commits (repo_id, sha, authored_at, "
                                          "message) VALUES (1, 'aaa', 0, 'indexed by trigger')")));
        QCOMPARE(scalar(connection.database(), QStringLiteral("SELECT count(*) FROM search_index "
                                                              "WHERE search_index MATCH 'trigger'"))
                     .toInt(),
                 1);
    }
    QVERIFY(CacheDatabase::prepare(dir.path()).ok());
    CacheConnection connection(path, QStringLiteral("check"));
    QSqlDatabase &db = connection.database();
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO commits (repo_id, sha, authored_at, message) "
                                      "VALUES (1, 'bbb', 0, 'indexed later')")));
    QVERIFY(db.commit());
    // Noted, not indexed yet: FTS5 is not touched by the transaction that wrote it.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt(), 1);
    QVERIFY(SearchIndex::indexPending(db).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(item_id) FROM search_index WHERE "
                                       "search_index MATCH 'indexed'")),
             QVariant(QStringLiteral("1,2")));
}

void TestMigrations::upgradeClassifiesCachedCommits()
{
    // Version 16 keeps each commit's kind of work; commits cached before it get theirs during
    // the upgrade, by the same rules as new ones (WorkKinds), and new ones as they are written.
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    {
        CacheConnection connection(path, QStringLiteral("v15"));
        QVERIFY(connection.isOpen());
        QCOMPARE(Migrations::migrate(connection.database(), Migrations::builtIn(), 15).value(), 15);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO accounts (id, provider, login) VALUES (1, 'github', 'octo')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO repos (id, account_id, full_name, owner, "
                                          "name) VALUES (1, 1, 'octo/app', 'octo', 'app')")));
        // More than one statement's worth of one kind, and a few of others.
        for (int i = 0; i < 1203; ++i) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO commits (repo_id, sha, authored_at, "
                                              "message) VALUES (1, 'f%1', 0, 'feat: part %1')")
                                   .arg(i)));
        }
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO commits (repo_id, sha, authored_at, message) VALUES "
            "(1, 'm1', 0, 'Merge branch ''topic'''), (1, 'x1', 0, 'Fixed the bug' || char(10) || "
            "'long text'), (1, 'o1', 0, 'Update README.md')")));
    }
    QVERIFY(CacheDatabase::prepare(dir.path()).ok());
    CacheConnection connection(path, QStringLiteral("check"));
    QSqlDatabase &db = connection.database();
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM commits WHERE work_kind = 'feat'")).toInt(),
        1203);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(sha || '=' || work_kind, ' ') FROM "
                                       "(SELECT sha, work_kind FROM commits WHERE sha NOT LIKE "
                                       "'f%' ORDER BY sha)")),
             QVariant(QStringLiteral("m1=merge o1=other x1=fix")));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM commits WHERE work_kind IS NULL")).toInt(),
        0);

    CommitRecord commit;
    commit.repoId = 1;
    commit.sha = QStringLiteral("new");
    commit.authoredAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    commit.message = QStringLiteral("docs(readme): say how to build");
    QVERIFY(CacheWriter(db).upsertCommit(commit).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT work_kind FROM commits WHERE sha = 'new'")),
             QVariant(QStringLiteral("docs")));
}

void TestMigrations::fileFromNewerVersionIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    QVERIFY(CacheDatabase::prepare(dir.path()).ok());
    {
        CacheConnection connection(path, QStringLiteral("future"));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version, name, "
                                          "applied_at) VALUES (99, 'from_the_future', 0)")));
    }
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray hashBefore = fileHash(path);

    const Result<CacheOpenReport> report = CacheDatabase::prepare(dir.path());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::CacheTooNew);
    QVERIFY2(report.error().userMessage.contains(QLatin1String("newer version of DevPulse")),
             qPrintable(report.error().userMessage));
    QVERIFY(report.error().userMessage.contains(QLatin1String("99")));
    QVERIFY(report.error().userMessage.contains(QLatin1String("--data-dir")));

    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    QCOMPARE(fileHash(path), hashBefore);
}

void TestMigrations::damagedFileIsMovedAsideAndReplaced_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("text") << QByteArray("this is not a database\n").repeated(200);
    QTest::addRow("zeros") << QByteArray(8192, '\0');
    QByteArray header("SQLite format 3");
    header.append('\0');
    QTest::addRow("sqlite header, garbage pages")
        << header + QByteArray("\x10\x00\x01\x01garbage", 11).repeated(800);
}

void TestMigrations::damagedFileIsMovedAsideAndReplaced()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = CacheDatabase::filePathIn(dir.path());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    const Result<CacheOpenReport> report = CacheDatabase::prepare(dir.path());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toLogString()));
    const QString movedTo = report.value().damagedFileMovedTo;
    QVERIFY2(QRegularExpression(QStringLiteral("devpulse\\.sqlite\\.damaged-\\d{8}-\\d{6}$"))
                 .match(movedTo)
                 .hasMatch(),
             qPrintable(movedTo));
    QFile kept(movedTo);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content); // never deleted, never altered

    QCOMPARE(report.value().schemaVersion, Migrations::latestVersion());
    CacheConnection connection(path, QStringLiteral("check"));
    QVERIFY(connection.isOpen());
    QCOMPARE(scalar(connection.database(), QStringLiteral("SELECT count(*) FROM accounts")).toInt(),
             0);
}

void TestMigrations::failedMigrationLeavesNothingBehind()
{
    QTemporaryDir dir;
    CacheConnection connection(CacheDatabase::filePathIn(dir.path()), QStringLiteral("broken"));
    QSqlDatabase &db = connection.database();
    const QList<Migrations::Migration> migrations{
        {1,
         QStringLiteral("good"),
         QStringLiteral("CREATE TABLE first_table (x INTEGER);"),
         {},
         {}},
        {2,
         QStringLiteral("bad"),
         QStringLiteral("CREATE TABLE second_table (x INTEGER);\nCREATE TABLE broken (;"),
         {},
         {}},
    };
    const Result<int> migrated = Migrations::migrate(db, migrations);
    QVERIFY(!migrated.ok());
    QVERIFY(migrated.error().detail.contains(QLatin1String("migration 2")));
    QVERIFY(!tablesIn(db).contains(QStringLiteral("first_table")));
    QVERIFY(!tablesIn(db).contains(QStringLiteral("second_table")));
    const Result<int> version = Migrations::currentVersion(db);
    QVERIFY(version.ok());
    QCOMPARE(version.value(), 0);
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("two statements, comments dropped")
        << QStringLiteral("-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX i ON a (x);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER);"),
                       QStringLiteral("CREATE INDEX i ON a (x);")};
    QTest::addRow("multi-line statement")
        << QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);")};
    QTest::addRow("trigger body stays whole")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO b VALUES "
                          "(new.x);\n    DELETE FROM c;\nEND;\nCREATE TABLE d (x INTEGER);\n")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO "
                                      "b VALUES (new.x);\n    DELETE FROM c;\nEND;"),
                       QStringLiteral("CREATE TABLE d (x INTEGER);")};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrations::splitStatements(sql), expected);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
