#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QSqlQuery>
#include <QTest>

namespace {

const QStringList AllTables{
    QStringLiteral("accounts"),      QStringLiteral("repos"),  QStringLiteral("commits"),
    QStringLiteral("pull_requests"), QStringLiteral("issues"), QStringLiteral("issue_events"),
    QStringLiteral("branches"),      QStringLiteral("tags"),   QStringLiteral("events"),
    QStringLiteral("activities"),
};

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

struct Ids
{
    qint64 account = 0;
    qint64 repo = 0;
    QStringList errors; ///< every write that failed, with its message
};

template<typename T>
void check(Ids &ids, const Result<T> &result)
{
    if (!result)
        ids.errors << result.error().toLogString();
}

// One of every kind of row, as a sync would write it.
Ids writeSample(CacheWriter &writer)
{
    Ids ids;
    const Result<qint64> account
        = writer.upsertAccount({QStringLiteral("github"), QString(), QStringLiteral("octocat"),
                                QStringLiteral("The Octocat"), QStringLiteral("repo read:user"),
                                utc("2026-11-01T10:00:00Z")});
    check(ids, account);
    if (!account)
        return ids;
    ids.account = account.value();

    RepoRecord repo;
    repo.accountId = ids.account;
    repo.fullName = QStringLiteral("octocat/hello-world");
    repo.owner = QStringLiteral("octocat");
    repo.name = QStringLiteral("hello-world");
    repo.remoteId = QStringLiteral("1296269");
    repo.defaultBranch = QStringLiteral("main");
    repo.createdAt = utc("2011-01-26T19:01:12Z");
    const Result<qint64> repoId = writer.upsertRepo(repo);
    check(ids, repoId);
    if (!repoId)
        return ids;
    ids.repo = repoId.value();

    CommitRecord commit;
    commit.repoId = ids.repo;
    commit.sha = QStringLiteral("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    commit.author = {QString(), QStringLiteral("Monalisa Octocat"),
                     QStringLiteral("mona@github.com")}; // email not linked to an account
    commit.authoredAt = utc("2026-10-05T21:15:00Z");
    commit.authoredOffsetMinutes = 120;
    commit.committer = {QStringLiteral("web-flow"), QStringLiteral("GitHub"),
                        QStringLiteral("noreply@github.com")};
    commit.committedAt = utc("2026-10-05T21:16:00Z");
    commit.additions = 10;
    commit.deletions = 2;
    commit.message = QStringLiteral("Fix all the bugs");
    check(ids, writer.upsertCommit(commit));

    PullRequestRecord pull;
    pull.repoId = ids.repo;
    pull.number = 1347;
    pull.title = QStringLiteral("Amazing new feature");
    pull.authorLogin = QStringLiteral("octocat");
    pull.state = QStringLiteral("closed");
    pull.createdAt = utc("2026-10-01T19:01:12Z");
    pull.mergedAt = utc("2026-10-02T08:00:00Z");
    pull.closedAt = pull.mergedAt;
    pull.additions = 100;
    pull.deletions = 3;
    pull.commitCount = 3;
    pull.changedFiles = 5;
    pull.headRef = QStringLiteral("new-topic");
    pull.baseRef = QStringLiteral("main");
    check(ids, writer.upsertPullRequest(pull));

    IssueRecord issue;
    issue.repoId = ids.repo;
    issue.number = 1;
    issue.title = QStringLiteral("Found a bug");
    issue.authorLogin = QStringLiteral("octocat");
    issue.state = QStringLiteral("open");
    issue.createdAt = utc("2026-10-03T10:00:00Z");
    issue.labels = QStringLiteral("bug");
    check(ids, writer.upsertIssue(issue));

    check(ids, writer.upsertIssueEvent({ids.repo, QStringLiteral("1"), 1, QStringLiteral("closed"),
                                        QStringLiteral("octocat"), utc("2026-10-04T10:00:00Z")}));
    check(ids, writer.upsertBranch({ids.repo, QStringLiteral("main"), commit.sha, QDateTime(),
                                    utc("2026-11-01T10:00:00Z")}));
    check(ids, writer.upsertTag({ids.repo, QStringLiteral("v1.0.0"), commit.sha,
                                 utc("2026-10-06T10:00:00Z"), true, utc("2026-11-01T10:00:00Z")}));
    check(ids, writer.upsertEvent({ids.account, QStringLiteral("22249084947"),
                                   QStringLiteral("PushEvent"), repo.fullName,
                                   utc("2026-10-05T21:16:00Z")}));
    check(ids, writer.upsertActivity({ids.account, QStringLiteral("wakatime:2026-10-05:devpulse"),
                                      QDate(2026, 10, 5), QStringLiteral("wakatime"), 95,
                                      QStringLiteral("devpulse")}));
    return ids;
}

QMap<QString, QStringList> dumpAll(TestCache &cache)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : AllTables)
        tables.insert(table, cache.dump(table));
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

class TestCacheWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryKindOfRow();
    void writingTheSameDataTwiceChangesNothing();
    void laterDataUpdatesInPlace();
    void unknownCountsNeverEraseKnownOnes();
    void branchSightingsWidenNeverNarrow();
    void textIsStoredLiterallyNotAsSql();
    void nulCharactersAreStoredLosslessly();
    void transactionRollsBackEverything();
    void aFailedWriteSaysWhatItSavedAndTheNextOneWorks();
};

void TestCacheWriter::writesEveryKindOfRow()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const Ids ids = writeSample(writer);
    QVERIFY2(ids.errors.isEmpty(), qPrintable(ids.errors.join(QLatin1Char('\n'))));
    QVERIFY(ids.account > 0);
    QVERIFY(ids.repo > 0);
    for (const QString &table : AllTables)
        QVERIFY2(cache.rowCount(table) == 1, qPrintable(table));

    // A commit whose email is not linked to an account keeps its name and email.
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT author_login IS NULL FROM commits")).toInt(),
             1);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT author_email FROM commits")).toString(),
             QStringLiteral("mona@github.com"));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT authored_at FROM commits")).toLongLong(),
             utc("2026-10-05T21:15:00Z").toSecsSinceEpoch());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT day FROM activities")).toString(),
             QStringLiteral("2026-10-05"));
}

void TestCacheWriter::writingTheSameDataTwiceChangesNothing()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const Ids first = writeSample(writer);
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    const QMap<QString, QStringList> before = dumpAll(cache);
    for (const QString &table : AllTables)
        QCOMPARE(before.value(table).size(), 1);

    const Ids second = writeSample(writer);
    QVERIFY2(second.errors.isEmpty(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(second.account, first.account);
    QCOMPARE(second.repo, first.repo);
    const QMap<QString, QStringList> after = dumpAll(cache);
    for (const QString &table : AllTables)
        QCOMPARE(after.value(table), before.value(table));
}

void TestCacheWriter::laterDataUpdatesInPlace()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const Ids ids = writeSample(writer);

    PullRequestRecord reopened;
    reopened.repoId = ids.repo;
    reopened.number = 1347;
    reopened.title = QStringLiteral("Amazing new feature, take two");
    reopened.state = QStringLiteral("open");
    reopened.createdAt = utc("2026-10-01T19:01:12Z");
    QVERIFY(writer.upsertPullRequest(reopened).ok());

    QCOMPARE(cache.rowCount(QStringLiteral("pull_requests")), 1);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT title FROM pull_requests")).toString(),
             reopened.title);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT state FROM pull_requests")).toString(),
             QStringLiteral("open"));
    QVERIFY(scalar(cache.db(), QStringLiteral("SELECT merged_at FROM pull_requests")).isNull());
}

void TestCacheWriter::unknownCountsNeverEraseKnownOnes()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const Ids ids = writeSample(writer);

    // The commit list endpoint has no line stats: writing from it must keep the ones fetched
    // earlier from the commit detail.
    CommitRecord fromList;
    fromList.repoId = ids.repo;
    fromList.sha = QStringLiteral("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    fromList.author = {QStringLiteral("monalisa"), QStringLiteral("Monalisa Octocat"),
                       QStringLiteral("mona@github.com")};
    fromList.authoredAt = utc("2026-10-05T21:15:00Z");
    fromList.message = QStringLiteral("Fix all the bugs");
    QVERIFY(writer.upsertCommit(fromList).ok());

    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT additions FROM commits")).toInt(), 10);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT deletions FROM commits")).toInt(), 2);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT author_login FROM commits")).toString(),
             QStringLiteral("monalisa"));
}

void TestCacheWriter::branchSightingsWidenNeverNarrow()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const Ids ids = writeSample(writer); // main seen 2026-11-01
    QVERIFY(writer
                .upsertBranch({ids.repo, QStringLiteral("main"), QStringLiteral("abc"), QDateTime(),
                               utc("2026-10-20T00:00:00Z")})
                .ok());
    QVERIFY(writer
                .upsertBranch({ids.repo, QStringLiteral("main"), QStringLiteral("def"), QDateTime(),
                               utc("2026-11-10T00:00:00Z")})
                .ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT first_seen_at FROM branches")).toLongLong(),
             utc("2026-10-20T00:00:00Z").toSecsSinceEpoch());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT last_seen_at FROM branches")).toLongLong(),
             utc("2026-11-10T00:00:00Z").toSecsSinceEpoch());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT head_sha FROM branches")).toString(),
             QStringLiteral("def"));
}

void TestCacheWriter::textIsStoredLiterallyNotAsSql()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const QString hostile = QStringLiteral("x'); DROP TABLE commits; --");
    const Result<qint64> account = writer.upsertAccount(
        {QStringLiteral("github"), QString(), hostile, hostile, QString(), {}});
    QVERIFY(account.ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT login FROM accounts")).toString(), hostile);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 0); // the table still exists
}

void TestCacheWriter::nulCharactersAreStoredLosslessly()
{
    // PostgreSQL's text cannot hold NUL: one such commit message used to stop every write.
    // Text columns get U+2400 in its place (on both backends alike); a commit message also
    // keeps its exact bytes.
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    CommitRecord commit;
    commit.repoId = repoId;
    commit.sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    commit.author.name = QStringLiteral("Nul%1Name").arg(QChar(0));
    commit.authoredAt = utc("2026-10-20T10:00:00Z");
    commit.message = QStringLiteral("Subject%1with NUL\n body é").arg(QChar(0));
    const Result<void> written = writer.upsertCommit(commit);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().detail));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT message FROM commits")).toString(),
             QStringLiteral("Subject\u2400with NUL\n body é"));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT author_name FROM commits")).toString(),
             QStringLiteral("Nul\u2400Name"));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT message_raw FROM commits")).toByteArray(),
             commit.message.toUtf8());
    QVERIFY(commit.message.toUtf8().contains('\0'));

    // A message without NUL keeps no bytes beside it.
    commit.sha = QStringLiteral("1123456789abcdef0123456789abcdef01234567");
    commit.message = QStringLiteral("Plain");
    QVERIFY(writer.upsertCommit(commit).ok());
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM commits WHERE message_raw "
                                               "IS NULL"))
                 .toInt(),
             1);
}

void TestCacheWriter::transactionRollsBackEverything()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    QVERIFY(writer.transaction().ok());
    QVERIFY(writeSample(writer).errors.isEmpty());
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 1);
    writer.rollback();
    for (const QString &table : AllTables)
        QVERIFY2(cache.rowCount(table) == 0, qPrintable(table));
}

void TestCacheWriter::aFailedWriteSaysWhatItSavedAndTheNextOneWorks()
{
    // A statement is prepared once and run many times (on SQLite through its C API): a
    // refused row names what was being saved, and the same statement then writes the next.
    TestCache cache;
    QVERIFY(cache.isValid());
    CacheWriter writer(cache.db());
    const qint64 repoId = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    CommitRecord commit;
    commit.repoId = repoId + 1000; // no such repository: the foreign key refuses it
    commit.sha = QStringLiteral("2123456789abcdef0123456789abcdef01234567");
    commit.authoredAt = utc("2026-10-20T10:00:00Z");
    commit.message = QStringLiteral("Orphan");
    const Result<void> refused = writer.upsertCommit(commit);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().toLogString().contains(commit.sha),
             qPrintable(refused.error().toLogString()));
    QVERIFY2(
        refused.error().toLogString().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
        qPrintable(refused.error().toLogString()));

    commit.repoId = repoId;
    const Result<void> written = writer.upsertCommit(commit);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toLogString()));
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 1);

    // RETURNING statements too: read, let go, and run again.
    OrgRecord org;
    org.accountId = cache.addAccount(QStringLiteral("second"));
    org.login = QStringLiteral("acme");
    const Result<qint64> first = writer.upsertOrg(org);
    const Result<qint64> again = writer.upsertOrg(org);
    QVERIFY(first.ok() && again.ok());
    QCOMPARE(again.value(), first.value());
}

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
