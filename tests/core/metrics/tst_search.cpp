#include "core/metrics/search.h"
#include "core/storage/accountstore.h"
#include "core/storage/cachewriter.h"
#include "core/storage/searchindex.h"
#include "core/storage/sqldialect.h"
#include "tests/support/testcache.h"

#include <QTest>

/// Full-text search over the cache: prefixes, accents, hostile input, kinds, filters, and an
/// index that follows updates and deletions.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsPrefixesAcrossKinds();
    void accentsAndCaseDoNotMatter();
    void hostileInputIsJustText_data();
    void hostileInputIsJustText();
    void kindsAndRepositoriesNarrowTheSearch();
    void indexFollowsUpdatesAndDeletions();
    void pendingItemsAreIndexedInChunksBeforeASearch();
    void searchesAreBounded();

private:
    std::unique_ptr<TestCache> m_cache;
    qint64 m_account = 0;
    qint64 m_app = 0;
    qint64 m_lib = 0;
};

void TestSearch::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->isValid());
    m_account = m_cache->addAccount();
    m_app = m_cache->addRepo(m_account, QStringLiteral("octo/app"));
    m_lib = m_cache->addRepo(m_account, QStringLiteral("octo/lib"));
    CacheWriter writer(m_cache->db());
    auto commit = [&](qint64 repo, const char *sha, const QString &message) {
        CommitRecord record;
        record.repoId = repo;
        record.sha = QLatin1String(sha);
        record.authoredAt = QDateTime::currentDateTimeUtc();
        record.message = message;
        QVERIFY(writer.upsertCommit(record).ok());
    };
    commit(m_app, "aaaaaaaa1", QStringLiteral("Fix crash when the token expires\n\nLong body"));
    commit(m_lib, "bbbbbbbb2", QStringLiteral("Réparer l'écran de connexion"));
    PullRequestRecord pull;
    pull.repoId = m_app;
    pull.number = 7;
    pull.title = QStringLiteral("Crash reporter for sync errors");
    pull.state = QStringLiteral("open");
    pull.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(writer.upsertPullRequest(pull).ok());
    IssueRecord issue;
    issue.repoId = m_lib;
    issue.number = 12;
    issue.title = QStringLiteral("App crashes on start");
    issue.state = QStringLiteral("open");
    issue.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(writer.upsertIssue(issue).ok());
}

void TestSearch::findsPrefixesAcrossKinds()
{
    const QList<SearchHit> hits = Search::find(m_cache->db(), QStringLiteral("cras"), {}).value();
    QCOMPARE(hits.size(), 3); // "crash", "Crash", "crashes"
    QStringList kinds;
    for (const SearchHit &hit : hits)
        kinds << hit.kind;
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("commit"), QStringLiteral("issue"),
                                 QStringLiteral("pull")}));
    // Each hit knows its page on GitHub (the account is on github.com).
    for (const SearchHit &hit : hits) {
        const QString expected
            = hit.kind == QLatin1String("commit")
                  ? QStringLiteral("https://github.com/octo/app/commit/aaaaaaaa1")
                  : QStringLiteral("https://github.com/%1/%2/%3")
                        .arg(hit.repo,
                             hit.kind == QLatin1String("pull") ? QStringLiteral("pull")
                                                               : QStringLiteral("issues"),
                             hit.reference.mid(1));
        QCOMPARE(hit.url.toString(), expected);
    }
    const QList<SearchHit> both
        = Search::find(m_cache->db(), QStringLiteral("crash token"), {}).value();
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.first().reference, QStringLiteral("aaaaaaa"));
    QCOMPARE(both.first().text, QStringLiteral("Fix crash when the token expires"));
    QCOMPARE(both.first().repo, QStringLiteral("octo/app"));
}

void TestSearch::accentsAndCaseDoNotMatter()
{
    const QList<SearchHit> hits = Search::find(m_cache->db(), QStringLiteral("ECRAN"), {}).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().repo, QStringLiteral("octo/lib"));
}

void TestSearch::hostileInputIsJustText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("fts syntax") << QStringLiteral("crash OR NEAR(\"x\" AND");
    QTest::addRow("quotes") << QStringLiteral("\"\"\"");
    QTest::addRow("sql") << QStringLiteral("'; DROP TABLE commits; --");
    QTest::addRow("column filter") << QStringLiteral("kind:commit");
    QTest::addRow("only spaces") << QStringLiteral("   ");
}

void TestSearch::hostileInputIsJustText()
{
    QFETCH(QString, text);
    const Result<QList<SearchHit>> hits = Search::find(m_cache->db(), text, {});
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().toLogString()));
    QCOMPARE(m_cache->rowCount(QStringLiteral("commits")), 2);
}

void TestSearch::kindsAndRepositoriesNarrowTheSearch()
{
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("crash"), {}, {QStringLiteral("issue")})
                 .value()
                 .size(),
             1);
    MetricsFilter onlyApp;
    onlyApp.repoIds = {m_app};
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("crash"), onlyApp).value().size(), 2);
    MetricsFilter longAgo;
    longAgo.to = QDate(2000, 1, 1);
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("crash"), longAgo).value().size(), 0);
}

void TestSearch::indexFollowsUpdatesAndDeletions()
{
    CacheWriter writer(m_cache->db());
    PullRequestRecord renamed;
    renamed.repoId = m_app;
    renamed.number = 7;
    renamed.title = QStringLiteral("Telemetry for sync errors");
    renamed.state = QStringLiteral("open");
    renamed.createdAt = QDateTime::currentDateTimeUtc();
    const Result<void> saved = writer.upsertPullRequest(renamed);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toLogString()));
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("reporter"), {}).value().size(), 0);
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("telemetry"), {}).value().size(), 1);

    QVERIFY(AccountStore(m_cache->db()).removeWithData(m_account).ok());
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("crash"), {}).value().size(), 0);
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_index")), 0);
}

void TestSearch::pendingItemsAreIndexedInChunksBeforeASearch()
{
    // Schema version 15: written rows wait in search_pending and are indexed in one go (FTS5
    // flushed its index at every row's savepoint before); since issue 20 item 8 not at each
    // page's commit but when the sync ends or a search comes, in chunks of a transaction each.
    // A rolled back page leaves nothing behind.
    const bool sqlite = SqlDialect::of(m_cache->db()) == SqlDialect::Backend::SQLite;
    // init() wrote outside a transaction: those rows are indexed by the first search.
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("crash"), {}).value().size(), 3);
    const int indexedBefore = m_cache->rowCount(QStringLiteral("search_index"));
    QCOMPARE(indexedBefore, 4);
    auto writePage = [this](const QString &word, bool keep) {
        CacheWriter writer(m_cache->db());
        QVERIFY(writer.transaction().ok());
        for (int i = 0; i < 150; ++i) {
            CommitRecord record;
            record.repoId = m_lib;
            record.sha = QStringLiteral("%1%2").arg(word).arg(i);
            record.authoredAt = QDateTime::currentDateTimeUtc();
            record.message = QStringLiteral("%1 number %2").arg(word).arg(i);
            QVERIFY(writer.upsertCommit(record).ok());
        }
        if (keep)
            QVERIFY(writer.commit().ok());
        else
            writer.rollback();
    };
    writePage(QStringLiteral("quasar"), false);
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("quasar"), {}, {}, 500).value().size(), 0);
    writePage(QStringLiteral("nebula"), true);
    if (sqlite) {
        QCOMPARE(m_cache->rowCount(QStringLiteral("search_pending")), 150);
        QCOMPARE(m_cache->rowCount(QStringLiteral("search_index")), indexedBefore);
        // Chunks of 64 (150 is no multiple): every item once, none left.
        QVERIFY(SearchIndex::indexPending(m_cache->db(), 64).ok());
        QCOMPARE(m_cache->rowCount(QStringLiteral("search_pending")), 0);
    }
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_index")), indexedBefore + 150);
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("nebula"), {}, {}, 500).value().size(),
             150);

    // A message changed later replaces its entry, once.
    CacheWriter writer(m_cache->db());
    CommitRecord changed;
    changed.repoId = m_lib;
    changed.sha = QStringLiteral("nebula7");
    changed.authoredAt = QDateTime::currentDateTimeUtc();
    changed.message = QStringLiteral("pulsar");
    QVERIFY(writer.transaction().ok());
    QVERIFY(writer.upsertCommit(changed).ok());
    QVERIFY(writer.commit().ok());
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("nebula"), {}, {}, 500).value().size(),
             149);
    QCOMPARE(Search::find(m_cache->db(), QStringLiteral("pulsar"), {}).value().size(), 1);
    QCOMPARE(m_cache->rowCount(QStringLiteral("search_index")), indexedBefore + 150);
}

void TestSearch::searchesAreBounded()
{
    // Issue 19: 20,000 `a*` words ran 605 s and grew to 550 MB. Now a sentence refused at
    // once, before any SQL, with the limits in it.
    QStringList many;
    for (int i = 0; i < 20000; ++i)
        many << QStringLiteral("a%1").arg(i % 10);
    const Result<QList<SearchHit>> refused
        = Search::find(m_cache->db(), many.join(QLatin1Char(' ')), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error().userMessage.contains(QLatin1String("at most 16 words")),
             qPrintable(refused.error().userMessage));

    QStringList sixteen(Search::MaxWords, QStringLiteral("cr"));
    sixteen.first() = QStringLiteral("crash");
    const Result<QList<SearchHit>> allowed
        = Search::find(m_cache->db(), sixteen.join(QLatin1Char(' ')), {});
    QVERIFY2(allowed.ok(), qPrintable(allowed ? QString() : allowed.error().userMessage));
    QCOMPARE(allowed.value().size(), 3);
    sixteen << QStringLiteral("crash");
    QVERIFY(!Search::find(m_cache->db(), sixteen.join(QLatin1Char(' ')), {}).ok());
    // One long word is bounded too.
    QVERIFY(!Search::find(m_cache->db(), QString(Search::MaxCharacters + 1, QLatin1Char('x')), {})
                 .ok());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
