// BulkLoad (issue 20, item 8): what an account's first sync defers to its end, on a real
// SQLite cache file, and how indexes a killed sync dropped come back.
#include "core/storage/cachewriter.h"
#include "core/storage/deferredindexes.h"
#include "core/sync/bulkload.h"
#include "core/sync/synclease.h"
#include "tests/support/testcache.h"

#include <QSqlQuery>
#include <QTest>

class TestBulkLoad : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstSyncDefersIndexesAndBuildsThemAtItsEnd();
    void laterSyncsAndLargeCachesKeepTheirIndexes();
    void killedSyncsIndexesComeBackWhenItsLeaseIsFree();
    void searchItemsWaitForTheEnd();

private:
    /// The deferrable indexes' definitions as sqlite_master has them, by name.
    QStringList indexDefinitions();
    void addCommits(qint64 repoId, int count, const QString &word);

    std::unique_ptr<TestCache> m_cache;
    qint64 m_account = 0;
    qint64 m_repo = 0;
    QStringList m_definitionsBefore;
};

void TestBulkLoad::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->isValid());
    if (m_cache->isPostgreSql())
        QSKIP("A team database keeps its indexes (BulkLoad is SQLite's)");
    m_account = m_cache->addAccount();
    m_repo = m_cache->addRepo(m_account, QStringLiteral("octo/app"));
    m_definitionsBefore = indexDefinitions();
    QCOMPARE(m_definitionsBefore.size(), DeferredIndexes::names().size());
}

void TestBulkLoad::cleanup()
{
    m_cache.reset();
}

QStringList TestBulkLoad::indexDefinitions()
{
    QStringList definitions;
    for (const QString &name : DeferredIndexes::names()) {
        QSqlQuery query(m_cache->db());
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND "
                                     "name = ?"));
        query.addBindValue(name);
        if (query.exec() && query.next())
            definitions << query.value(0).toString();
    }
    return definitions;
}

void TestBulkLoad::addCommits(qint64 repoId, int count, const QString &word)
{
    CacheWriter writer(m_cache->db());
    QVERIFY(writer.transaction().ok());
    for (int i = 0; i < count; ++i) {
        CommitRecord commit;
        commit.repoId = repoId;
        commit.sha = QStringLiteral("%1%2").arg(word).arg(i);
        commit.author.email = QStringLiteral("dev%1@example.com").arg(i % 7);
        commit.authoredAt = QDateTime(QDate(2026, 1, 1).addDays(i % 300), QTime(9, 0), Qt::UTC);
        commit.message = QStringLiteral("%1 change %2").arg(word).arg(i);
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    QVERIFY(writer.commit().ok());
}

void TestBulkLoad::firstSyncDefersIndexesAndBuildsThemAtItsEnd()
{
    BulkLoad bulk(m_cache->db(), m_cache->address(), m_account, true);
    QVERIFY(bulk.deferredIndexes());
    QVERIFY(indexDefinitions().isEmpty());
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) || ' ' || min(account_id) FROM "
                                            "deferred_indexes")),
             QStringList{QStringLiteral("%1 %2").arg(m_definitionsBefore.size()).arg(m_account)});
    addCommits(m_repo, 500, QStringLiteral("falcon"));
    // The dashboard's reads still answer (without the indexes), and nothing is lost.
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM commits WHERE authored_at >= "
                                            "1767225600 AND author_email = 'dev3@example.com'")),
             QStringList{QStringLiteral("71")});

    QVERIFY(bulk.finish().ok());
    QCOMPARE(indexDefinitions(), m_definitionsBefore); // the same indexes, word for word
    QCOMPARE(m_cache->rowCount(QStringLiteral("deferred_indexes")), 0);
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_pending")), 0);
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM search_index WHERE "
                                            "search_index MATCH 'falcon'")),
             QStringList{QStringLiteral("500")});
    // SQLite reads through them again.
    QSqlQuery plan(m_cache->db());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM commits WHERE "
                                     "author_email = 'dev3@example.com'")));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QLatin1String("commits_author_email")),
             qPrintable(plan.value(3).toString()));
    plan.finish();
    QVERIFY(bulk.finish().ok()); // finishing twice changes nothing
    QCOMPARE(indexDefinitions(), m_definitionsBefore);
}

void TestBulkLoad::laterSyncsAndLargeCachesKeepTheirIndexes()
{
    {
        // A provider that writes no commits (WakaTime, a CSV file).
        BulkLoad bulk(m_cache->db(), m_cache->address(), m_account, false);
        QVERIFY(!bulk.deferredIndexes());
        QVERIFY(bulk.finish().ok());
    }
    QCOMPARE(indexDefinitions(), m_definitionsBefore);
    addCommits(m_repo, 3, QStringLiteral("owl"));
    {
        // The account has synced commits before: its sync adds few.
        BulkLoad bulk(m_cache->db(), m_cache->address(), m_account, true);
        QVERIFY(!bulk.deferredIndexes());
        QVERIFY(bulk.finish().ok());
    }
    QCOMPARE(indexDefinitions(), m_definitionsBefore);
    {
        // Another account's first sync into a cache of more than SmallCacheCommits commits
        // (bounded by the largest id): building the indexes again would cost more.
        const qint64 other = m_cache->addAccount(QStringLiteral("hubot"));
        QSqlQuery query(m_cache->db());
        query.prepare(QStringLiteral("INSERT INTO commits (id, repo_id, sha, authored_at) VALUES "
                                     "(?, ?, 'big', 0)"));
        query.addBindValue(BulkLoad::SmallCacheCommits + 1);
        query.addBindValue(m_repo);
        QVERIFY(query.exec());
        BulkLoad bulk(m_cache->db(), m_cache->address(), other, true);
        QVERIFY(!bulk.deferredIndexes());
    }
    QCOMPARE(indexDefinitions(), m_definitionsBefore);
}

void TestBulkLoad::killedSyncsIndexesComeBackWhenItsLeaseIsFree()
{
    {
        // The sync is killed: its BulkLoad never finishes.
        BulkLoad killed(m_cache->db(), m_cache->address(), m_account, true);
        QVERIFY(killed.deferredIndexes());
    }
    QVERIFY(indexDefinitions().isEmpty());
    const qint64 other = m_cache->addAccount(QStringLiteral("hubot"));
    {
        // While another DevPulse syncs the account (it holds the lease), nobody else builds them:
        // not a call that finds the lease taken, not another account's sync.
        SyncLease running(m_cache->db(), m_cache->address(), m_account);
        QVERIFY(running.isHeld());
        QCOMPARE(BulkLoad::restoreAbandoned(m_cache->db(), m_cache->address()).value(), 0);
        BulkLoad otherSync(m_cache->db(), m_cache->address(), other, true);
        QVERIFY(!otherSync.deferredIndexes()); // nothing left to drop
        QVERIFY(otherSync.finish().ok());
        QVERIFY(indexDefinitions().isEmpty());
    }
    // A definition that is not one of ours (a cache file edited by hand) is never run.
    QSqlQuery planted(m_cache->db());
    planted.prepare(QStringLiteral("INSERT INTO deferred_indexes (name, account_id, definition) "
                                   "VALUES ('commits_sha', ?, 'CREATE TABLE planted (x)')"));
    planted.addBindValue(m_account);
    QVERIFY(planted.exec());
    // The lease is free: the holder is gone. Any sync's start builds them (here the other
    // account's next one, which holds its own lease as SyncWorker does).
    {
        SyncLease otherLease(m_cache->db(), m_cache->address(), other);
        QVERIFY(otherLease.isHeld());
        BulkLoad otherNext(m_cache->db(), m_cache->address(), other, true);
        // The killed sync's definitions are gone (built, the planted one dropped); the other
        // account's first sync then defers the indexes for itself.
        QVERIFY(otherNext.deferredIndexes());
        QCOMPARE(m_cache->column(QStringLiteral("SELECT DISTINCT account_id FROM "
                                                "deferred_indexes")),
                 QStringList{QString::number(other)});
        QVERIFY(otherNext.finish().ok());
    }
    QCOMPARE(indexDefinitions(), m_definitionsBefore);
    QCOMPARE(m_cache->rowCount(QStringLiteral("deferred_indexes")), 0);
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                            "'planted'")),
             QStringList{QStringLiteral("0")});

    // So does the account's own next sync, before it decides anew.
    {
        BulkLoad killed(m_cache->db(), m_cache->address(), m_account, true);
        QVERIFY(killed.deferredIndexes());
    }
    addCommits(m_repo, 2, QStringLiteral("wren")); // what the killed sync had written
    BulkLoad next(m_cache->db(), m_cache->address(), m_account, true);
    QVERIFY(!next.deferredIndexes()); // the account has commits now
    QCOMPARE(indexDefinitions(), m_definitionsBefore);
    QCOMPARE(m_cache->rowCount(QStringLiteral("deferred_indexes")), 0);
}

void TestBulkLoad::searchItemsWaitForTheEnd()
{
    BulkLoad bulk(m_cache->db(), m_cache->address(), m_account, false);
    addCommits(m_repo, 120, QStringLiteral("heron"));
    // Pages committed, not indexed yet: each page's commit leaves FTS5 alone.
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_pending")), 120);
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_index")), 0);
    QVERIFY(bulk.finish().ok());
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_pending")), 0);
    QCOMPARE(m_cache->column(QStringLiteral("SELECT count(*) FROM search_index WHERE "
                                            "search_index MATCH 'heron'")),
             QStringList{QStringLiteral("120")});
}

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
