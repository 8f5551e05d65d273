#include "core/common/workkind.h"
#include "core/metrics/commitsnapshot.h"
#include "core/metrics/metricsrunner.h"
#include "core/metrics/metricssql.h"
#include "core/people/identities.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "tests/core/metrics/metricstext.h"
#include "tests/support/testcache.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <ctime>

/// CommitSnapshot counts in memory what the SQL of CommitActivity and CodeMetrics counts in
/// the cache: both are run on the same varied commits (daylight-saving nights, half-hour and
/// odd author offsets, authors known by login, email, name or nothing, merged identities,
/// unknown line counts, two repositories of one name) under many filters, and must agree
/// exactly (America/Los_Angeles, set by CTest).
class TestCommitSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsAsSqlDoes_data();
    void countsAsSqlDoes();
    void drillDownListsAsSqlDoes_data();
    void drillDownListsAsSqlDoes();
    void peopleAsSqlListsThem();
    void mergingPeopleNeedsNoReload();
    void loadFailureIsAnError();
    void runnerReadsAnewAfterCacheChanged();
    void keptFileRoundTrips();
    void keptFileOfAnotherStampOrDamagedIsRefused();
    void runnerStartsFromTheKeptFile();

private:
    void compare(const MetricsFilter &filter);

    TestCache m_cache;
    QList<qint64> m_repos;
};

using namespace MetricsText;

namespace {

// A small linear congruential generator: the same commits on every run and platform.
class Dice
{
public:
    quint32 next(quint32 below)
    {
        m_state = m_state * 1103515245u + 12345u;
        return (m_state >> 8) % below;
    }

private:
    quint32 m_state = 20261126;
};

bool addCommitByAda(TestCache &cache, qint64 repo, const QString &sha)
{
    CommitRecord commit;
    commit.repoId = repo;
    commit.sha = sha;
    commit.author = {QStringLiteral("ada"), QString(), QString()};
    commit.authoredAt = QDateTime::fromString(QStringLiteral("2026-05-05T12:00:00Z"), Qt::ISODate);
    return CacheWriter(cache.db()).upsertCommit(commit).ok();
}

// The punch card's total for all time as `runner` answers it; -1 no answer, -2 an error.
int commitsAllTime(MetricsRunner &runner)
{
    QSignalSpy ready(&runner, &MetricsRunner::metricsReady);
    runner.requestMetrics({});
    if (!ready.wait(10000))
        return -1;
    const auto metrics = ready.constFirst().constFirst().value<DashboardMetrics>();
    return metrics.error.isEmpty() ? metrics.punchCard.total : -2;
}

} // namespace

void TestCommitSnapshot::initTestCase()
{
    tzset();
    QVERIFY(m_cache.isValid());
    const qint64 first = m_cache.addAccount(QStringLiteral("octo"));
    const qint64 second = m_cache.addAccount(QStringLiteral("other"));
    m_repos = {m_cache.addRepo(first, QStringLiteral("octo/app")),
               m_cache.addRepo(first, QStringLiteral("octo/lib")),
               m_cache.addRepo(second, QStringLiteral("octo/app"))}; // same name, other account

    const QList<PersonStamp> authors{
        {QStringLiteral("ada"), QStringLiteral("Ada"), QStringLiteral("ada@work.example")},
        {QString(), QStringLiteral("Ada"), QStringLiteral("ada@home.example")},    // email only
        {QString(), QStringLiteral("Ada L."), QStringLiteral("ada@home.example")}, // other name
        {QStringLiteral("bob"), QString(), QString()},
        {QString(), QStringLiteral("Cyd"), QString()}, // name only
        {QString(), QString(), QString()},             // nobody known
        {QStringLiteral("dee"), QStringLiteral("Dee"), QStringLiteral("dee@example.com")},
        {QString(), QStringLiteral("?"), QString()}, // a name that looks like "nobody"
        // One email, two names that order differently by UTF-16 code unit (U+FF25 first)
        // than by code point, as SQLite's max() compares them (U+1F600 first).
        {QString(), QString::fromUtf8("\xEF\xBC\xA5ve"), QStringLiteral("eve@example.com")},
        {QString(), QString::fromUtf8("\xF0\x9F\x98\x80 Eve"), QStringLiteral("eve@example.com")},
    };
    // Offsets in minutes: half and three-quarter hours, both sides of UTC, one odd one.
    const QList<int> offsets{0, -480, -420, 330, 345, 540, 840, -720};
    // Around both 2026 daylight-saving changes in Los Angeles, two new-years and one spread.
    const QList<QDateTime> anchors{
        QDateTime::fromString(QStringLiteral("2026-03-08T09:00:00Z"), Qt::ISODate),
        QDateTime::fromString(QStringLiteral("2026-11-01T08:30:00Z"), Qt::ISODate),
        QDateTime::fromString(QStringLiteral("2026-01-01T07:45:00Z"), Qt::ISODate),
        QDateTime::fromString(QStringLiteral("2025-12-31T23:30:00Z"), Qt::ISODate),
        QDateTime::fromString(QStringLiteral("2025-06-15T12:00:00Z"), Qt::ISODate)};

    Dice dice;
    CacheWriter writer(m_cache.db());
    QVERIFY(writer.transaction().ok());
    for (int i = 0; i < 1500; ++i) {
        CommitRecord commit;
        commit.repoId = m_repos.at(dice.next(3));
        commit.sha = QString::number(i, 16).rightJustified(40, QLatin1Char('0'));
        commit.author = authors.at(dice.next(quint32(authors.size())));
        const QDateTime anchor = anchors.at(dice.next(quint32(anchors.size())));
        // Within two days of the anchor, to the minute; every fifth one anywhere in a year.
        commit.authoredAt
            = i % 5 == 0 ? anchor.addSecs(qint64(dice.next(365 * 24)) * 3600)
                         : anchor.addSecs((qint64(dice.next(4 * 24 * 60)) - 2 * 24 * 60) * 60);
        commit.authoredOffsetMinutes = offsets.at(dice.next(quint32(offsets.size())));
        commit.committer = commit.author;
        commit.committedAt = commit.authoredAt;
        if (dice.next(10) > 0) { // one in ten without line counts
            commit.additions = int(dice.next(400));
            commit.deletions = int(dice.next(100));
        }
        // Every kind of work, and subjects the rules classify without a type.
        static const QStringList subjects{QStringLiteral("feat: change %1"),
                                          QStringLiteral("fix(ui)!: change %1"),
                                          QStringLiteral("Merge branch 'topic-%1'"),
                                          QStringLiteral("docs: change %1"),
                                          QStringLiteral("change %1"),
                                          QStringLiteral("Revert \"change %1\""),
                                          QStringLiteral("Fixed the bug in %1"),
                                          QStringLiteral("chore(deps): bump %1")};
        commit.message = subjects.at(i % subjects.size()).arg(i);
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    // Pull requests only for the contributors' second half (read by SQL either way).
    for (int n = 1; n <= 40; ++n) {
        PullRequestRecord pull;
        pull.repoId = m_repos.at(n % 3);
        pull.number = n;
        pull.authorLogin = n % 2 ? QStringLiteral("ada") : QStringLiteral("bob");
        pull.state = QStringLiteral("closed");
        pull.createdAt = anchors.at(n % anchors.size()).addSecs(n * 3600);
        pull.mergedAt = pull.createdAt.addSecs(7200);
        QVERIFY(writer.upsertPullRequest(pull).ok());
    }
    QVERIFY(writer.commit().ok());
    // A commit whose kind was never kept counts as other, in memory and in SQL alike.
    QVERIFY(BoundQuery::execWrite(m_cache.db(),
                                  QStringLiteral("UPDATE commits SET work_kind = NULL WHERE id "
                                                 "IN (SELECT id FROM commits ORDER BY id LIMIT 3)"),
                                  {}, QStringLiteral("test"))
                .ok());
}

void TestCommitSnapshot::compare(const MetricsFilter &asked)
{
    QSqlDatabase &db = m_cache.db();
    const Result<MetricsFilter> prepared = MetricsSql::prepare(db, asked);
    QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().userMessage));
    const MetricsFilter &filter = prepared.value();
    // One scan; two halves at once (a first start of a large cache); as a start reads a
    // recent range (its commits alone, when this filter is one such a read can count), and
    // that read completed by the older commits.
    QList<std::pair<const char *, CommitSnapshot>> ways;
    ways.append({"one scan", CommitSnapshot::load(db, 0).value()});
    ways.append({"two halves", CommitSnapshot::load(db, 1).value()});
    const qint64 newYear = MetricsSql::dayNumber(QDate(2026, 1, 1)) * 86400;
    CommitSnapshot completed = CommitSnapshot::loadSince(db, newYear).value();
    QVERIFY(!completed.isComplete());
    completed.completeWith(CommitSnapshot::loadBefore(db, newYear).value());
    QVERIFY(completed.isComplete());
    ways.append({"recent first, then completed", std::move(completed)});
    if (filter.timeZone == TimeZoneMode::Local && filter.from.isValid()) {
        const qint64 since = (MetricsSql::dayNumber(filter.from) - 2) * 86400;
        CommitSnapshot recent = CommitSnapshot::loadSince(db, since).value();
        QVERIFY(recent.covers(filter));
        QVERIFY(!CommitSnapshot::loadSince(db, since + 3600).value().covers(filter));
        MetricsFilter ownTime = filter;
        ownTime.timeZone = TimeZoneMode::AuthorOffset;
        QVERIFY(!recent.covers(ownTime));
        ways.append({"the range's commits only", std::move(recent)});
    }
    for (const auto &[way, snapshot] : ways) {
        const QString in = QString::fromLatin1(way) + QStringLiteral(": "); // says which failed
        if (snapshot.isComplete())
            QCOMPARE(snapshot.size(), 1500);

        for (const ContributionGrouping grouping :
             {ContributionGrouping::Developer, ContributionGrouping::Repository}) {
            const Result<CommitCounts> counts = snapshot.count(db, filter, grouping);
            QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().userMessage));

            QList<CommitHour> fromMemory = counts.value().hours;
            QList<CommitHour> fromSql = CommitActivity::commitHours(db, filter).value();
            std::sort(fromMemory.begin(), fromMemory.end(), hourBefore);
            std::sort(fromSql.begin(), fromSql.end(), hourBefore);
            QCOMPARE(in + describe(fromMemory), in + describe(fromSql));

            const QList<Contributor> peopleFromMemory
                = CodeMetrics::contributorsFrom(db, filter, counts.value().people, 5).value();
            const QList<Contributor> peopleFromSql
                = CodeMetrics::contributors(db, filter, 5).value();
            QCOMPARE(in + describe(peopleFromMemory), in + describe(peopleFromSql));

            QList<DayCount> kindsFromMemory = counts.value().perKind;
            QList<DayCount> kindsFromSql = CodeMetrics::workKindsPerDay(db, filter).value();
            QCOMPARE(in + describe(kindsFromMemory), in + describe(kindsFromSql));

            for (const ContributionPeriod period :
                 {ContributionPeriod::Week, ContributionPeriod::Month}) {
                const Result<ContributionSeries> fromCounts
                    = CodeMetrics::contributionsOverTimeFrom(db, filter, grouping, period, 3,
                                                             counts.value().perDay);
                const Result<ContributionSeries> bySql
                    = CodeMetrics::contributionsOverTime(db, filter, grouping, period, 3);
                QVERIFY(fromCounts.ok() && bySql.ok());
                QCOMPARE(in + describe(fromCounts.value()), in + describe(bySql.value()));
            }
        }
    }
}

void TestCommitSnapshot::countsAsSqlDoes_data()
{
    QTest::addColumn<MetricsFilter>("filter");
    auto range = [](const char *from, const char *to) {
        MetricsFilter filter;
        filter.from = QDate::fromString(QLatin1String(from), Qt::ISODate);
        filter.to = QDate::fromString(QLatin1String(to), Qt::ISODate);
        return filter;
    };
    QTest::newRow("all time") << MetricsFilter{};
    QTest::newRow("spring-forward week") << range("2026-03-05", "2026-03-11");
    QTest::newRow("fall-back day") << range("2026-11-01", "2026-11-01");
    QTest::newRow("new year's eve") << range("2025-12-31", "2025-12-31");
    QTest::newRow("since a day") << range("2026-01-01", "");
    QTest::newRow("until a day") << range("", "2025-12-31");
    MetricsFilter ownTime = range("2026-03-07", "2026-03-09");
    ownTime.timeZone = TimeZoneMode::AuthorOffset;
    QTest::newRow("authors' own time, a range") << ownTime;
    MetricsFilter ownTimeAll;
    ownTimeAll.timeZone = TimeZoneMode::AuthorOffset;
    QTest::newRow("authors' own time, all") << ownTimeAll;
    MetricsFilter oneRepo;
    oneRepo.repoIds = {m_repos.at(2)};
    QTest::newRow("one repository") << oneRepo;
    MetricsFilter people = range("2026-01-01", "2026-12-31");
    people.authors = {QStringLiteral("ada"), QStringLiteral("ada@home.example"),
                      QStringLiteral("Cyd"), QStringLiteral("?"), QStringLiteral("nobody-here")};
    QTest::newRow("some people (and '?', which no commit without author matches)") << people;
    MetricsFilter repoAndPerson;
    repoAndPerson.repoIds = {m_repos.at(0), m_repos.at(1)};
    repoAndPerson.authors = {QStringLiteral("bob")};
    repoAndPerson.timeZone = TimeZoneMode::AuthorOffset;
    QTest::newRow("two repositories, one person, own time") << repoAndPerson;
    MetricsFilter fixesAndMerges;
    fixesAndMerges.workKinds = {QStringLiteral("fix"), QStringLiteral("merge")};
    QTest::newRow("fixes and merges") << fixesAndMerges;
    MetricsFilter otherInARange = range("2026-01-01", "2026-12-31");
    otherInARange.workKinds = {QStringLiteral("other")};
    otherInARange.authors = {QStringLiteral("ada"), QStringLiteral("bob")};
    QTest::newRow("other work of two people in a year") << otherInARange;
}

void TestCommitSnapshot::countsAsSqlDoes()
{
    QFETCH(MetricsFilter, filter);
    compare(filter);
}

void TestCommitSnapshot::drillDownListsAsSqlDoes_data()
{
    countsAsSqlDoes_data();
}

void TestCommitSnapshot::drillDownListsAsSqlDoes()
{
    QFETCH(MetricsFilter, filter);
    QSqlDatabase &db = m_cache.db();
    const Result<MetricsFilter> prepared = MetricsSql::prepare(db, filter);
    QVERIFY(prepared.ok());
    const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db, 1); // read in two halves
    QVERIFY(snapshot.ok());
    auto listed = [](const QList<CommitListItem> &items) {
        QStringList lines;
        for (const CommitListItem &item : items)
            lines << item.repo + QLatin1Char(' ') + item.sha + QLatin1Char(' ')
                         + item.authoredAt.toString(Qt::ISODate);
        return lines;
    };
    auto fromSnapshot = [&](int weekday, int hour, const QDate &day, int limit) {
        const Result<QList<qint64>> ids
            = snapshot.value().newestIds(db, prepared.value(), weekday, hour, day, limit);
        return ids ? listed(CommitActivity::commitsWithIds(db, ids.value()).value())
                   : QStringList{QStringLiteral("error")};
    };
    // Every punch-card cell, whole and cut to 3 (the cut falls between commits of one minute
    // in some cells: equal times are ordered by id on both sides).
    int listedCommits = 0;
    for (int weekday = 0; weekday < 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            const QStringList bySql
                = listed(CommitActivity::commitsAt(db, prepared.value(), weekday, hour).value());
            QCOMPARE(fromSnapshot(weekday, hour, QDate(), 500), bySql);
            QCOMPARE(fromSnapshot(weekday, hour, QDate(), 3), bySql.mid(0, 3));
            listedCommits += int(bySql.size());
        }
    }
    QVERIFY(listedCommits > 0);
    // Calendar days around the anchors, local midnight on either side included.
    for (const char *day : {"2026-03-07", "2026-03-08", "2026-03-09", "2026-10-31", "2026-11-01",
                            "2025-12-31", "2026-01-01", "2025-06-15"}) {
        const QDate date = QDate::fromString(QLatin1String(day), Qt::ISODate);
        QCOMPARE(fromSnapshot(0, 0, date, 500),
                 listed(CommitActivity::commitsOn(db, prepared.value(), date).value()));
    }
}

void TestCommitSnapshot::peopleAsSqlListsThem()
{
    QSqlDatabase &db = m_cache.db();
    const Result<QList<Person>> bySql = Identities::people(db);
    QVERIFY(bySql.ok());
    // One scan, and two halves whose aliases meet (the greater name wins across them).
    for (const qsizetype readInTwoFrom : {qsizetype(0), qsizetype(1)}) {
        const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db, readInTwoFrom);
        QVERIFY(snapshot.ok());
        const Result<QList<Person>> fromSnapshot
            = Identities::peopleFrom(db, snapshot.value().aliases());
        QVERIFY(fromSnapshot.ok());
        QCOMPARE(describe(fromSnapshot.value()), describe(bySql.value()));
    }
    // "ada" commits as "Ada" and opens pull requests: her alias's name is the greater one.
    const auto ada = std::find_if(bySql.value().cbegin(), bySql.value().cend(),
                                  [](const Person &person) { return person.key == u"ada"; });
    QVERIFY(ada != bySql.value().cend());
    QCOMPARE(ada->aliases.constFirst().name, QStringLiteral("ada"));
    QVERIFY(ada->items > 20); // commits and pull requests
    // SQLite's max() compares UTF-8 bytes (code points); PostgreSQL's follows the collation.
    if (db.driverName() == QLatin1String("QSQLITE")) {
        const auto eve
            = std::find_if(bySql.value().cbegin(), bySql.value().cend(),
                           [](const Person &person) { return person.key == u"eve@example.com"; });
        QVERIFY(eve != bySql.value().cend());
        QCOMPARE(eve->aliases.constFirst().name, QString::fromUtf8("\xF0\x9F\x98\x80 Eve"));
    }
}

void TestCommitSnapshot::mergingPeopleNeedsNoReload()
{
    QSqlDatabase &db = m_cache.db();
    const Result<CommitSnapshot> snapshot = CommitSnapshot::load(db);
    QVERIFY(snapshot.ok());
    const Result<qint64> merged
        = Identities::merge(db, {QStringLiteral("ada"), QStringLiteral("ada@home.example")},
                            QStringLiteral("Ada Lovelace"));
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().userMessage));
    // The same snapshot, counted after the merge, agrees with SQL that resolves identities.
    MetricsFilter filter;
    filter.authors = {Identities::identityKey(merged.value())};
    filter = MetricsSql::prepare(db, filter).value();
    QVERIFY(filter.mergedIdentities);
    const CommitCounts counts
        = snapshot.value().count(db, filter, ContributionGrouping::Developer).value();
    const QList<Contributor> bySql = CodeMetrics::contributors(db, filter, 5).value();
    QCOMPARE(describe(CodeMetrics::contributorsFrom(db, filter, counts.people, 5).value()),
             describe(bySql));
    QCOMPARE(bySql.size(), 1);
    QCOMPARE(bySql.constFirst().name, QStringLiteral("Ada Lovelace"));
    QVERIFY(bySql.constFirst().commits > 300); // both aliases' commits in one person
    compare({});                               // and everything else still agrees
    compare(filter);
    QCOMPARE(describe(Identities::peopleFrom(db, snapshot.value().aliases()).value()),
             describe(Identities::people(db).value()));
    QVERIFY(Identities::split(db, merged.value()).ok());
}

void TestCommitSnapshot::loadFailureIsAnError()
{
    TestCache broken;
    QVERIFY(broken.isValid());
    QVERIFY(broken.db()
                .exec(QStringLiteral("ALTER TABLE commits RENAME TO commits_gone"))
                .lastError()
                .type()
            == QSqlError::NoError);
    const Result<CommitSnapshot> snapshot = CommitSnapshot::load(broken.db());
    QVERIFY(!snapshot.ok());
    QVERIFY2(snapshot.error().userMessage.contains(QStringLiteral("commits")),
             qPrintable(snapshot.error().userMessage));
}

void TestCommitSnapshot::runnerReadsAnewAfterCacheChanged()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/one"));
    QVERIFY(addCommitByAda(cache, repo, QStringLiteral("1")));
    MetricsRunner runner(cache.address());
    QCOMPARE(commitsAllTime(runner), 1);
    QVERIFY(addCommitByAda(cache, repo, QStringLiteral("2")));
    QCOMPARE(commitsAllTime(runner), 1); // what it read stands until it is told the cache changed
    runner.cacheChanged();
    QCOMPARE(commitsAllTime(runner), 2);
}

void TestCommitSnapshot::keptFileRoundTrips()
{
    QSqlDatabase &db = m_cache.db();
    const CommitSnapshot loaded = CommitSnapshot::load(db).value();
    const QString stamp = CommitSnapshot::stampOf(db).value();
    QVERIFY(!stamp.isEmpty());
    const QString path = m_cache.dataDir() + QStringLiteral("/kept.snapshot");
    QVERIFY(loaded.save(path, stamp));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const std::optional<CommitSnapshot> restored = CommitSnapshot::restore(path, stamp);
    QVERIFY(restored);
    QCOMPARE(restored->size(), loaded.size());
    MetricsFilter filter;
    filter.authors = {QStringLiteral("ada"), QStringLiteral("Cyd")};
    filter = MetricsSql::prepare(db, filter).value();
    for (const ContributionGrouping grouping :
         {ContributionGrouping::Developer, ContributionGrouping::Repository}) {
        QList<CommitHour> before = loaded.count(db, filter, grouping).value().hours;
        QList<CommitHour> after = restored->count(db, filter, grouping).value().hours;
        std::sort(before.begin(), before.end(), hourBefore);
        std::sort(after.begin(), after.end(), hourBefore);
        QCOMPARE(describe(after), describe(before));
    }
    QCOMPARE(describe(Identities::peopleFrom(db, restored->aliases()).value()),
             describe(Identities::peopleFrom(db, loaded.aliases()).value()));
}

void TestCommitSnapshot::keptFileOfAnotherStampOrDamagedIsRefused()
{
    QSqlDatabase &db = m_cache.db();
    const QString stamp = CommitSnapshot::stampOf(db).value();
    const QString path = m_cache.dataDir() + QStringLiteral("/damaged.snapshot");
    QVERIFY(CommitSnapshot::load(db).value().save(path, stamp));
    QVERIFY(!CommitSnapshot::restore(path, stamp + QStringLiteral("1")));
    QVERIFY(!CommitSnapshot::restore(path + QStringLiteral(".missing"), stamp));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    auto restoredFrom = [&](const QByteArray &bytes) {
        QFile damaged(path);
        if (!damaged.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return true;
        damaged.write(bytes);
        damaged.close();
        return CommitSnapshot::restore(path, stamp).has_value();
    };
    for (int part = 1; part < 8; ++part) // cut anywhere
        QVERIFY2(!restoredFrom(whole.left(whole.size() * part / 8)),
                 qPrintable(QString::number(part)));
    QVERIFY(!restoredFrom(whole + QByteArray("more"))); // something appended
    QByteArray otherMagic = whole;
    otherMagic[0] = 'X';
    QVERIFY(!restoredFrom(otherMagic));
    // An alias index out of range (the alias column follows the repository column): the
    // first row's alias is the 4 bytes after the repository column.
    const qsizetype rows = CommitSnapshot::load(db).value().size();
    // After the aliases: additions and deletions (4 bytes a row), kinds (1 byte), each sized.
    const qsizetype tail = rows * (4 + 4 + 1) + 8 + 8 + 8;
    const qsizetype firstAlias = whole.size() - tail - rows * 4;
    QByteArray badIndex = whole;
    const qint32 outOfRange = 1 << 30;
    std::memcpy(badIndex.data() + firstAlias, &outOfRange, sizeof outOfRange);
    QVERIFY(!restoredFrom(badIndex));
    QByteArray badKind = whole; // the last row's kind of work, one past the last kind
    badKind[badKind.size() - 1] = char(WorkKinds::all().size());
    QVERIFY(!restoredFrom(badKind));
    // A count that claims billions of aliases (right after the header and the stamp) is
    // refused before anything is allocated for it.
    const qsizetype aliasCount = 3 * 4 + 4 + stamp.size() * 2;
    QCOMPARE(qFromBigEndian<quint64>(whole.constData() + aliasCount),
             quint64(CommitSnapshot::load(db).value().aliases().size())); // it is that count
    QByteArray hugeCount = whole;
    std::memset(hugeCount.data() + aliasCount, 0x7f, 8);
    QVERIFY(!restoredFrom(hugeCount));
    QVERIFY(restoredFrom(whole)); // and the intact file still reads
}

void TestCommitSnapshot::runnerStartsFromTheKeptFile()
{
    if (m_cache.isPostgreSql())
        QSKIP("A team database's snapshot is read from the server each time (no file).");
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/one"));
    QVERIFY(addCommitByAda(cache, repo, QStringLiteral("1")));
    auto total = [&cache] { // a new runner each time, as a new start
        MetricsRunner runner(cache.address());
        return commitsAllTime(runner);
    };
    const QString kept = cache.address() + QStringLiteral(".snapshot");
    QCOMPARE(total(), 1);
    QTRY_VERIFY(QFile::exists(kept)); // written after the answer

    // Put this suite's 1500-commit snapshot there under this cache's stamp: a new runner
    // shows it, so it read the file and not the cache.
    const QString stamp = CommitSnapshot::stampOf(cache.db()).value();
    QVERIFY(CommitSnapshot::load(m_cache.db()).value().save(kept, stamp));
    QCOMPARE(total(), 1500);
    // Once the commits change, the stamp does, and the file is read no more.
    QVERIFY(addCommitByAda(cache, repo, QStringLiteral("2")));
    QCOMPARE(total(), 2);
}

QTEST_GUILESS_MAIN(TestCommitSnapshot)
#include "tst_commitsnapshot.moc"
