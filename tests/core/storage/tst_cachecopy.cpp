#include "core/metrics/search.h"
#include "core/people/identities.h"
#include "core/people/teams.h"
#include "core/storage/cachecopy.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/cachewriter.h"
#include "core/storage/synchistory.h"

#include "tests/support/testcache.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A user's SQLite cache copied into a TestCache: another SQLite file, or (the .postgresql
// variant) a schema of the test run's PostgreSQL server, which is what
// `devpulse cache copy --to postgresql://...` does.
class TestCacheCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copiesEveryTableWithItsIds();
    void continuesWhereAnInterruptedCopyStopped();
    void newRowsAfterTheCopyGetNewIds();
    void refusesATargetHoldingAnotherCache();
    void refusesASecondCacheOfTheSameAccount();

private:
    QStringList dump(QSqlDatabase &db, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_sourceDir;
    std::unique_ptr<CacheConnection> m_source;
    std::unique_ptr<TestCache> m_target;
    qint64 m_account = 0;
};

namespace {
// The same account and repository, as two caches of one GitHub account both hold them.
qint64 addOctoAccount(CacheWriter &writer)
{
    AccountRecord account;
    account.provider = QStringLiteral("github");
    account.login = QStringLiteral("octo");
    return writer.upsertAccount(account).value();
}

qint64 addAppRepo(CacheWriter &writer, qint64 accountId)
{
    RepoRecord repo;
    repo.accountId = accountId;
    repo.fullName = QStringLiteral("octo/app");
    repo.owner = QStringLiteral("octo");
    repo.name = QStringLiteral("app");
    return writer.upsertRepo(repo).value();
}
} // namespace

QStringList TestCacheCopy::dump(QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error")};
    while (query.next()) {
        QStringList fields;
        for (int column = 0; column < query.record().count(); ++column) {
            const QVariant value = query.value(column);
            fields << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

void TestCacheCopy::init()
{
    m_sourceDir = std::make_unique<QTemporaryDir>();
    const Result<CacheOpenReport> prepared = CacheDatabase::prepare(m_sourceDir->path());
    QVERIFY(prepared.ok());
    m_source
        = std::make_unique<CacheConnection>(prepared.value().address, QStringLiteral("source"));
    QVERIFY(m_source->isOpen());
    QSqlDatabase &db = m_source->database();
    CacheWriter writer(db);

    m_account = addOctoAccount(writer);
    const qint64 repoId = addAppRepo(writer, m_account);
    // More commits than one chunk of the copy (2000), so that chunks follow each other.
    QVERIFY(writer.transaction().ok());
    for (int i = 0; i < 2500; ++i) {
        CommitRecord commit;
        commit.repoId = repoId;
        commit.sha = QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0'));
        commit.author.login = i % 3 ? QStringLiteral("octo") : QStringLiteral("hubot");
        commit.author.email = QStringLiteral("dev%1@example.com").arg(i % 5);
        commit.authoredAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 3600, Qt::UTC);
        commit.authoredOffsetMinutes = -480;
        if (i % 7)
            commit.additions = i;
        commit.message = i == 1234 ? QStringLiteral("Fix the flaky écran test")
                                   : QStringLiteral("Change %1").arg(i);
        if (i == 17) // a NUL byte: PostgreSQL's text cannot hold it (it stopped every copy)
            commit.message = QStringLiteral("Binary%1junk").arg(QChar(0));
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    QVERIFY(writer.commit().ok());
    PullRequestRecord pull;
    pull.repoId = repoId;
    pull.number = 7;
    pull.title = QStringLiteral("Crash reporter");
    pull.authorLogin = QStringLiteral("octo");
    pull.state = QStringLiteral("closed");
    pull.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    pull.mergedAt = QDateTime::fromSecsSinceEpoch(1'700'003'600, Qt::UTC);
    QVERIFY(writer.upsertPullRequest(pull).ok());
    ActivityRecord activity;
    activity.accountId = m_account;
    activity.sourceId = QStringLiteral("day-1");
    activity.day = QDate(2026, 11, 20);
    activity.service = QStringLiteral("wakatime");
    activity.minutes = 95;
    QVERIFY(writer.upsertActivity(activity).ok());
    QVERIFY(Identities::merge(db, {QStringLiteral("octo"), QStringLiteral("dev1@example.com")},
                              QStringLiteral("Octo Cat"))
                .ok());
    const Result<qint64> team = Teams::create(db, QStringLiteral("Platform"));
    QVERIFY(team.ok());
    QVERIFY(Teams::setMembers(db, team.value(), {QStringLiteral("hubot")}).ok());
    // An ETag'd answer with bytes that are not text.
    QSqlQuery http(db);
    http.prepare(
        QStringLiteral("INSERT INTO http_cache (url, etag, body, stored_at) VALUES (?, ?, ?, ?)"));
    http.addBindValue(QStringLiteral("https://api.github.com/user/repos"));
    http.addBindValue(QStringLiteral("W/\"abc\""));
    http.addBindValue(QByteArray("\x00\x01\xff{\"a\":1}", 11));
    http.addBindValue(1'700'000'000);
    QVERIFY(http.exec());

    m_target = std::make_unique<TestCache>();
    QVERIFY(m_target->isValid());
}

void TestCacheCopy::cleanup()
{
    m_target.reset();
    m_source.reset();
    m_sourceDir.reset();
}

void TestCacheCopy::copiesEveryTableWithItsIds()
{
    QStringList tablesSeen;
    const Result<CacheCopy::Report> copied = CacheCopy::copy(
        m_source->database(), m_target->db(), [&](const QString &table, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            tablesSeen << table;
        });
    QVERIFY2(copied.ok(), qPrintable(copied ? QString() : copied.error().detail));
    QCOMPARE(copied.value().tables.size(), CacheCopy::tables().size());
    for (const CacheCopy::TableCount &count : copied.value().tables)
        QCOMPARE(count.target, count.source);
    QVERIFY(tablesSeen.count(QStringLiteral("commits")) >= 2); // 2500 rows: two chunks
    QCOMPARE(m_target->rowCount(QStringLiteral("commits")), 2500);
    QVERIFY(copied.value().rowsCopied > 2500);

    // Same rows, same ids, same values (times, offsets, NULL counts).
    for (const QString &sql :
         {QStringLiteral("SELECT id, repo_id, sha, author_login, author_email, authored_at, "
                         "authored_offset_minutes, additions, message FROM commits ORDER BY id"),
          QStringLiteral("SELECT id, number, title, merged_at FROM pull_requests ORDER BY id"),
          QStringLiteral("SELECT kind, value, identity_id FROM identity_aliases ORDER BY 1, 2"),
          QStringLiteral("SELECT t.name, m.person_key FROM teams t JOIN team_members m "
                         "ON m.team_id = t.id ORDER BY 2"),
          QStringLiteral("SELECT day, service, minutes FROM activities ORDER BY id")}) {
        QCOMPARE(dump(m_target->db(), sql), dump(m_source->database(), sql));
    }
    // The message with a NUL byte: readable text on both sides, its exact bytes kept.
    const QString nulMessage
        = QStringLiteral("SELECT message, message_raw FROM commits WHERE message_raw IS NOT NULL");
    QCOMPARE(dump(m_target->db(), nulMessage), dump(m_source->database(), nulMessage));
    QCOMPARE(dump(m_target->db(), nulMessage).size(), 1);
    QSqlQuery body(m_target->db());
    QVERIFY(body.exec(QStringLiteral("SELECT body FROM http_cache")));
    QVERIFY(body.next());
    QCOMPARE(body.value(0).toByteArray(), QByteArray("\x00\x01\xff{\"a\":1}", 11));

    // The target's own search index found the copied messages (its triggers filled it).
    const Result<QList<SearchHit>> hits
        = Search::find(m_target->db(), QStringLiteral("flaky ecran"), {});
    QVERIFY(hits.ok());
    QCOMPARE(hits.value().size(), 1);
    QCOMPARE(hits.value().first().text, QStringLiteral("Fix the flaky écran test"));
}

void TestCacheCopy::continuesWhereAnInterruptedCopyStopped()
{
    QVERIFY(CacheCopy::copy(m_source->database(), m_target->db()).ok());
    // As if the copy had stopped inside the commits: their last chunk and all after them gone.
    QSqlQuery cut(m_target->db());
    QVERIFY(cut.exec(QStringLiteral("DELETE FROM pull_requests")));
    QVERIFY(cut.exec(QStringLiteral("DELETE FROM commits WHERE id > 2000")));
    QVERIFY(cut.exec(QStringLiteral("DELETE FROM team_members")));

    const Result<CacheCopy::Report> resumed = CacheCopy::copy(m_source->database(), m_target->db());
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().rowsCopied, qint64(500 + 1 + 1));
    QCOMPARE(m_target->rowCount(QStringLiteral("commits")), 2500);
    QCOMPARE(m_target->rowCount(QStringLiteral("pull_requests")), 1);

    const Result<CacheCopy::Report> again = CacheCopy::copy(m_source->database(), m_target->db());
    QVERIFY(again.ok());
    QCOMPARE(again.value().rowsCopied, qint64(0));
}

void TestCacheCopy::newRowsAfterTheCopyGetNewIds()
{
    QVERIFY(CacheCopy::copy(m_source->database(), m_target->db()).ok());
    // A sync on the team database after the copy adds accounts and repos with fresh ids.
    const qint64 account = m_target->addAccount(QStringLiteral("newcomer"));
    QVERIFY(account > m_account);
    QVERIFY(m_target->addRepo(account, QStringLiteral("newcomer/tool")) > 1);
    const Result<qint64> team = Teams::create(m_target->db(), QStringLiteral("Web"));
    QVERIFY(team.ok());
    QCOMPARE(m_target->rowCount(QStringLiteral("teams")), 2);
}

void TestCacheCopy::refusesATargetHoldingAnotherCache()
{
    m_target->addAccount(QStringLiteral("someone-else"));
    const Result<CacheCopy::Report> copied = CacheCopy::copy(m_source->database(), m_target->db());
    QVERIFY(!copied.ok());
    QCOMPARE(copied.error().kind, ErrorKind::InvalidInput);
    QVERIFY(copied.error().userMessage.contains(QLatin1String("someone-else")));
    QCOMPARE(m_target->rowCount(QStringLiteral("commits")), 0);
}

void TestCacheCopy::refusesASecondCacheOfTheSameAccount()
{
    // Issue 19: a second cache of the same account (synced on another machine: same account
    // and repository, its commits in another order) was copied over the first copy: the two
    // mixed, its sync positions replaced the team's, and "run the copy again" never ended.
    QVERIFY(CacheCopy::copy(m_source->database(), m_target->db()).ok());
    QSqlQuery cursor(m_target->db());
    QVERIFY(cursor.exec(QStringLiteral("INSERT INTO sync_cursors (account_id, repo_id, kind, "
                                       "watermark) VALUES (1, 1, 'commits', 'team-position')")));
    const QStringList before = m_target->dump(QStringLiteral("commits"));

    QTemporaryDir otherDir;
    const Result<CacheOpenReport> prepared = CacheDatabase::prepare(otherDir.path());
    QVERIFY(prepared.ok());
    CacheConnection other(prepared.value().address, QStringLiteral("other"));
    CacheWriter writer(other.database());
    QCOMPARE(addOctoAccount(writer), m_account);
    const qint64 repoId = addAppRepo(writer, m_account);
    for (int i = 2999; i >= 0; --i) { // newest first: other ids for the same commits
        CommitRecord commit;
        commit.repoId = repoId;
        commit.sha = QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0'));
        commit.authoredAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 3600, Qt::UTC);
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    const Result<CacheCopy::Report> copied = CacheCopy::copy(other.database(), m_target->db());
    QVERIFY(!copied.ok());
    QCOMPARE(copied.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(copied.error().userMessage.contains(QLatin1String("another cache of the same")),
             qPrintable(copied.error().userMessage));
    QCOMPARE(m_target->dump(QStringLiteral("commits")), before);
    QCOMPARE(m_target->column(QStringLiteral("SELECT watermark FROM sync_cursors WHERE kind = "
                                             "'commits'")),
             QStringList{QStringLiteral("team-position")});
    // The first cache itself still copies (nothing new) once the test's own cursor is gone.
    QVERIFY(cursor.exec(QStringLiteral("DELETE FROM sync_cursors WHERE watermark = "
                                       "'team-position'")));
    const Result<CacheCopy::Report> again = CacheCopy::copy(m_source->database(), m_target->db());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().userMessage));
}

QTEST_GUILESS_MAIN(TestCacheCopy)
#include "tst_cachecopy.moc"
