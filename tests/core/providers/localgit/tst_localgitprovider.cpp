#include "core/metrics/commitactivity.h"
#include "core/people/identities.h"
#include "core/providers/localgit/localgitprovider.h"
#include "core/storage/mailmapstore.h"
#include "tests/support/providerharness.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

/// LocalGitProvider on a repository the test builds with git itself: commits at known dates
/// and UTC offsets, a binary file, branches and tags. What lands in the cache must equal what
/// `git log` says.
class TestLocalGitProvider : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void verifyFindsTheRepositoryTop();
    void verifyRejectsAFolderWithoutGit();
    void historyMatchesGitLog();
    void nextSyncReadsOnlyNewCommits();
    void emptyRepositoryIsNotAnError();
    void punchCardMatchesGitLog();
    void mailmapIsReadAsGitReadsIt();

private:
    /// Runs git in the test repository; fails the test when git fails.
    QByteArray git(const QStringList &arguments, const QByteArray &authorDate = {},
                   const QString &author = QStringLiteral("Alice Example"));
    void commitFile(const QString &name, const QByteArray &content, const QString &message,
                    const QByteArray &authorDate,
                    const QString &author = QStringLiteral("Alice Example"));
    AccountRecord account() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repo;
};

void TestLocalGitProvider::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_repo = m_dir->filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(m_repo + QStringLiteral("/src")));
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
         QStringLiteral("main")});
}

QByteArray TestLocalGitProvider::git(const QStringList &arguments, const QByteArray &authorDate,
                                     const QString &author)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), author);
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"),
                       author.section(QLatin1Char(' '), 0, 0).toLower()
                           + QStringLiteral("@example.com"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Committer"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"),
                       QStringLiteral("committer@example.com"));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    if (!authorDate.isEmpty()) {
        environment.insert(QStringLiteral("GIT_AUTHOR_DATE"), QString::fromLatin1(authorDate));
        environment.insert(QStringLiteral("GIT_COMMITTER_DATE"), QString::fromLatin1(authorDate));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), m_repo} + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "git" << arguments << process.readAllStandardError();
        return QByteArray("GIT FAILED");
    }
    return process.readAllStandardOutput();
}

void TestLocalGitProvider::commitFile(const QString &name, const QByteArray &content,
                                      const QString &message, const QByteArray &authorDate,
                                      const QString &author)
{
    QFile file(m_repo + QLatin1Char('/') + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QCOMPARE(git({QStringLiteral("add"), name}), QByteArray());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message},
                authorDate, author)
            != "GIT FAILED");
}

AccountRecord TestLocalGitProvider::account() const
{
    AccountRecord record;
    record.provider = QStringLiteral("localgit");
    record.login = QDir::cleanPath(QFileInfo(m_repo).canonicalFilePath());
    record.displayName = QStringLiteral("project");
    return record;
}

void TestLocalGitProvider::verifyFindsTheRepositoryTop()
{
    commitFile(QStringLiteral("README"), "hello\n", QStringLiteral("First"),
               "2026-11-20T10:00:00+00:00");
    ProviderHarness harness;
    const Result<AccountRecord> verified = harness.verify(
        LocalGitProvider(), {m_repo + QStringLiteral("/src"), QString(), QString()});
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toLogString()));
    QCOMPARE(verified.value().login, account().login);
    QCOMPARE(verified.value().displayName, QStringLiteral("project"));
}

void TestLocalGitProvider::verifyRejectsAFolderWithoutGit()
{
    QTemporaryDir plain;
    ProviderHarness harness;
    const Result<AccountRecord> verified
        = harness.verify(LocalGitProvider(), {plain.path(), QString(), QString()});
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::InvalidInput);
    QVERIFY(verified.error().userMessage.contains(QLatin1String("is not inside a git repository")));
    const Result<AccountRecord> missing
        = harness.verify(LocalGitProvider(), {plain.filePath(QStringLiteral("nope")), {}, {}});
    QVERIFY(!missing);
    QVERIFY(missing.error().userMessage.contains(QLatin1String("is not a folder")));
}

void TestLocalGitProvider::historyMatchesGitLog()
{
    // 23:30 at UTC-08:00 is 07:30 UTC the next day.
    commitFile(QStringLiteral("a.txt"), "one\ntwo\nthree\n", QStringLiteral("Add a"),
               "2026-11-20T23:30:00-08:00");
    commitFile(QStringLiteral("a.txt"), "one\nTWO\nthree\nfour\n",
               QStringLiteral("Change a\n\nA body with, commas \"quotes\" and\nlines."),
               "2026-11-21T09:15:00+05:30", QStringLiteral("Bob Builder"));
    commitFile(QStringLiteral("logo.bin"), QByteArray("\x00\x01\x02\x00binary", 10),
               QStringLiteral("Add a binary file"), "2026-11-22T12:00:00+00:00");
    git({QStringLiteral("branch"), QStringLiteral("feature")});
    git({QStringLiteral("tag"), QStringLiteral("v1.0")});
    git({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.1"), QStringLiteral("-m"),
         QStringLiteral("Release")},
        "2026-11-23T08:00:00+01:00");

    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome = harness.sync(LocalGitProvider(), cache, id, account());
    QVERIFY2(outcome.result,
             qPrintable(outcome.result ? QString() : outcome.result.error().toLogString()));

    // What git says, line by line: sha, author email, author time, additions, deletions.
    const QByteArray log = git({QStringLiteral("log"), QStringLiteral("--numstat"),
                                QStringLiteral("--format=@%H %ae %at")});
    QStringList expected;
    QString current;
    int additions = 0;
    int deletions = 0;
    auto flush = [&] {
        if (!current.isEmpty())
            expected << QStringLiteral("%1 %2 %3").arg(current).arg(additions).arg(deletions);
    };
    for (const QByteArray &line : log.split('\n')) {
        if (line.startsWith('@')) {
            flush();
            current = QString::fromUtf8(line.mid(1));
            additions = deletions = 0;
        } else if (line.count('\t') >= 2) {
            additions += line.split('\t').at(0).toInt();
            deletions += line.split('\t').at(1).toInt();
        }
    }
    flush();
    QCOMPARE(expected.size(), 3);

    QStringList stored;
    QSqlQuery query(cache.db());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT sha, author_email, authored_at, additions, deletions FROM commits")));
    while (query.next())
        stored << QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString());
    stored.sort();
    expected.sort();
    QCOMPARE(stored, expected);

    // Each commit's parents as git lists them (%P), "" for the root.
    QStringList parentsByGit;
    for (const QByteArray &line :
         git({QStringLiteral("log"), QStringLiteral("--format=%H:%P")}).trimmed().split('\n'))
        parentsByGit << QString::fromUtf8(line);
    QStringList parentsStored;
    QSqlQuery parents(cache.db());
    QVERIFY(parents.exec(QStringLiteral("SELECT sha || ':' || parent_shas FROM commits")));
    while (parents.next())
        parentsStored << parents.value(0).toString();
    parentsByGit.sort();
    parentsStored.sort();
    QCOMPARE(parentsStored, parentsByGit);

    QSqlQuery first(cache.db());
    QVERIFY(first.exec(QStringLiteral(
        "SELECT authored_at, authored_offset_minutes, message, author_name FROM commits "
        "ORDER BY authored_at")));
    // Bob's 09:15 at +05:30 (03:45 UTC) comes before Alice's 23:30 at -08:00 (07:30 UTC).
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toLongLong(),
             QDateTime(QDate(2026, 11, 21), QTime(3, 45), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(first.value(1).toInt(), 330);
    QCOMPARE(first.value(2).toString(),
             QStringLiteral("Change a\n\nA body with, commas \"quotes\" and\nlines."));
    QCOMPARE(first.value(3).toString(), QStringLiteral("Bob Builder"));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toLongLong(),
             QDateTime(QDate(2026, 11, 21), QTime(7, 30), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(first.value(1).toInt(), -480);
    QCOMPARE(first.value(2).toString(), QStringLiteral("Add a"));

    QCOMPARE(cache.dump(QStringLiteral("repos")).size(), 1);
    QCOMPARE(cache.column(QStringLiteral("SELECT name FROM branches ORDER BY name")),
             (QStringList{QStringLiteral("feature"), QStringLiteral("main")}));
    QCOMPARE(cache.column(QStringLiteral("SELECT name FROM tags ORDER BY name")),
             (QStringList{QStringLiteral("v1.0"), QStringLiteral("v1.1")}));
    QCOMPARE(outcome.progress.itemsByKind.value(QStringLiteral("commits")), 3);
}

void TestLocalGitProvider::nextSyncReadsOnlyNewCommits()
{
    commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("One"),
               "2026-11-20T10:00:00+00:00");
    commitFile(QStringLiteral("a.txt"), "one\ntwo\n", QStringLiteral("Two"),
               "2026-11-21T10:00:00+00:00");
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(LocalGitProvider(), cache, id, account()).result);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 2);
    // "last synced" of devpulse repos list.
    QCOMPARE(cache.column(QStringLiteral("SELECT count(*) FROM repos WHERE synced_at IS NOT NULL")),
             QStringList{QStringLiteral("1")});

    const ProviderSyncOutcome unchanged = harness.sync(LocalGitProvider(), cache, id, account());
    QVERIFY(unchanged.result);
    QCOMPARE(unchanged.progress.itemsByKind.value(QStringLiteral("commits")), 0);

    commitFile(QStringLiteral("a.txt"), "one\ntwo\nthree\n", QStringLiteral("Three"),
               "2026-11-22T10:00:00+00:00");
    const ProviderSyncOutcome next = harness.sync(LocalGitProvider(), cache, id, account());
    QVERIFY(next.result);
    QCOMPARE(next.progress.itemsByKind.value(QStringLiteral("commits")), 1);
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 3);
}

void TestLocalGitProvider::emptyRepositoryIsNotAnError()
{
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    const ProviderSyncOutcome outcome = harness.sync(LocalGitProvider(), cache, id, account());
    QVERIFY2(outcome.result,
             qPrintable(outcome.result ? QString() : outcome.result.error().toLogString()));
    QCOMPARE(cache.rowCount(QStringLiteral("commits")), 0);
    QCOMPARE(cache.rowCount(QStringLiteral("repos")), 1);
}

void TestLocalGitProvider::mailmapIsReadAsGitReadsIt()
{
    // Issue 21 #4: .mailmap as git applies it (compared with `git check-mailmap` itself),
    // kept per account, offered as a merge, gone once merged, and forgotten with the file.
    commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("One"), "2026-11-20T10:00:00+00:00",
               QStringLiteral("Ada Lovelace"));
    commitFile(QStringLiteral("a.txt"), "2\n", QStringLiteral("Two"), "2026-11-21T10:00:00+00:00",
               QStringLiteral("Al Lovelace"));
    commitFile(QStringLiteral("a.txt"), "3\n", QStringLiteral("Three"), "2026-11-22T10:00:00+00:00",
               QStringLiteral("Bob Builder"));
    commitFile(QStringLiteral(".mailmap"),
               "# who is who\n"
               "Ada Lovelace <ada@example.com> <al@example.com>\n"
               "Robert Builder <bob@example.com>\n",
               QStringLiteral("Add .mailmap"), "2026-11-23T10:00:00+00:00",
               QStringLiteral("Ada Lovelace"));
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(LocalGitProvider(), cache, id, account()).result);

    QList<MailmapEntry> expected;
    const QList<QByteArray> authors
        = git({QStringLiteral("log"), QStringLiteral("--format=%an%x1f%ae")}).trimmed().split('\n');
    for (const QByteArray &author : authors) {
        const QList<QByteArray> parts = author.split('\x1f');
        const QByteArray contact = parts.at(0) + " <" + parts.at(1) + '>';
        const QByteArray mapped
            = git({QStringLiteral("check-mailmap"), QString::fromUtf8(contact)}).trimmed();
        const qsizetype open = mapped.lastIndexOf('<');
        const MailmapEntry entry{QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)),
                                 QString::fromUtf8(mapped.left(open).trimmed()),
                                 QString::fromUtf8(mapped.mid(open + 1, mapped.size() - open - 2))};
        if (mapped != contact && !expected.contains(entry))
            expected << entry;
    }
    QCOMPARE(expected.size(), 2); // Al is Ada; Bob is Robert
    QList<MailmapEntry> kept = MailmapStore(cache.db()).all().value();
    const auto byAlias
        = [](const MailmapEntry &a, const MailmapEntry &b) { return a.aliasEmail < b.aliasEmail; };
    std::sort(expected.begin(), expected.end(), byAlias);
    std::sort(kept.begin(), kept.end(), byAlias);
    QCOMPARE(kept, expected);

    // Offered: Ada's two addresses are one person. Robert is one person already: nothing.
    QList<Person> people = Identities::people(cache.db(), 100).value();
    QList<MergeSuggestion> suggestions = Identities::mailmapSuggestions(kept, people);
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.first().name, QStringLiteral("Ada Lovelace"));
    QStringList keys = suggestions.first().keys;
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("ada@example.com"), QStringLiteral("al@example.com")}));
    QVERIFY(Identities::merge(cache.db(), keys, QStringLiteral("Ada Lovelace")).ok());
    people = Identities::people(cache.db(), 100).value();
    QVERIFY(Identities::mailmapSuggestions(kept, people).isEmpty());

    // The file gone, the next sync forgets what it said.
    QCOMPARE(git({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral(".mailmap")}),
             QByteArray());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                 QStringLiteral("No .mailmap")},
                "2026-11-24T10:00:00+00:00")
            != "GIT FAILED");
    QVERIFY(harness.sync(LocalGitProvider(), cache, id, account()).result);
    QVERIFY(MailmapStore(cache.db()).all().value().isEmpty());
}

void TestLocalGitProvider::punchCardMatchesGitLog()
{
    // 40 commits spread over days, hours and offsets (some across midnight in UTC).
    const QStringList offsets{QStringLiteral("-08:00"), QStringLiteral("+05:30"),
                              QStringLiteral("+00:00"), QStringLiteral("+09:00")};
    for (int i = 0; i < 40; ++i) {
        const QDateTime local(QDate(2026, 11, 2).addDays(i % 9),
                              QTime((i * 7) % 24, (i * 13) % 60));
        const QByteArray date = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1()
                                + offsets.at(i % offsets.size()).toLatin1();
        commitFile(QStringLiteral("f.txt"), QByteArray::number(i), QStringLiteral("c%1").arg(i),
                   date);
    }
    TestCache cache;
    ProviderHarness harness;
    const qint64 id = harness.addAccount(cache, account());
    QVERIFY(harness.sync(LocalGitProvider(), cache, id, account()).result);

    // git's own weekday (%u: Monday = 1) and hour, in each author's offset and in this
    // process's zone (TZ=UTC for this test).
    for (const auto &[mode, format] :
         {std::pair{TimeZoneMode::AuthorOffset, QStringLiteral("--date=format:%u %H")},
          std::pair{TimeZoneMode::Local, QStringLiteral("--date=format-local:%u %H")}}) {
        std::array<std::array<int, 24>, 7> expected{};
        const QByteArray log = git({QStringLiteral("log"), format, QStringLiteral("--format=%ad")});
        for (const QByteArray &line : log.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2)
                ++expected[parts.at(0).toInt() - 1][parts.at(1).toInt()];
        }
        MetricsFilter filter;
        filter.timeZone = mode;
        const Result<PunchCard> card = CommitActivity::punchCard(cache.db(), filter);
        QVERIFY(card);
        QCOMPARE(card.value().total, 40);
        QVERIFY(card.value().counts == expected);
    }
}

QTEST_GUILESS_MAIN(TestLocalGitProvider)
#include "tst_localgitprovider.moc"
