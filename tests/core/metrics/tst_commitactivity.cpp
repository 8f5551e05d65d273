#include "core/metrics/commitactivity.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

#include <ctime>

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}
} // namespace

/// Punch card and calendar against hand-computed expectations. The test runs in
/// America/Los_Angeles (CTest sets TZ), where daylight saving starts on 2026-03-08.
class TestCommitActivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorOffsetPutsALateCommitOnItsOwnDayAndHour();
    void localTimeFollowsDaylightSaving();
    void calendarCountsPerLocalDay();
    void filtersByDateAndRepository();
    void drillDownListsTheCellsCommits();
    void emptyCacheGivesEmptyCharts();

private:
    TestCache m_cache;
    qint64 m_repoA = 0;
    qint64 m_repoB = 0;
};

void TestCommitActivity::initTestCase()
{
    QCOMPARE(qEnvironmentVariable("TZ"), QStringLiteral("America/Los_Angeles"));
    tzset();
    QVERIFY(m_cache.isValid());
    CacheWriter writer(m_cache.db());
    const qint64 account = m_cache.addAccount();
    m_repoA = m_cache.addRepo(account, QStringLiteral("octo/a"));
    m_repoB = m_cache.addRepo(account, QStringLiteral("octo/b"));
    auto commit = [&](qint64 repoId, const char *sha, const char *when, int offsetMinutes) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QLatin1String(sha);
        record.authoredAt = utc(when);
        record.authoredOffsetMinutes = offsetMinutes;
        record.author.name = QStringLiteral("Ada");
        record.message = QStringLiteral("commit ") + QLatin1String(sha);
        QVERIFY(writer.upsertCommit(record).ok());
    };
    // A: 07:30 UTC on Wed 4 March by an author at UTC−08:00 → Tue 3 March 23:30 their time.
    commit(m_repoA, "a", "2026-03-04T07:30:00Z", -480);
    // B: the same instant by an author at UTC+02:00 → Wed 4 March 09:30 their time.
    commit(m_repoA, "b", "2026-03-04T07:30:00Z", 120);
    // C: Sat 7 March 20:00 UTC = 12:00 PST (before daylight saving).
    commit(m_repoA, "c", "2026-03-07T20:00:00Z", 0);
    // D: Mon 9 March 20:00 UTC = 13:00 PDT (after).
    commit(m_repoB, "d", "2026-03-09T20:00:00Z", 0);
}

void TestCommitActivity::authorOffsetPutsALateCommitOnItsOwnDayAndHour()
{
    MetricsFilter filter;
    filter.timeZone = TimeZoneMode::AuthorOffset;
    const PunchCard card = CommitActivity::punchCard(m_cache.db(), filter).value();
    QCOMPARE(card.total, 4);
    QCOMPARE(card.counts[1][23], 1); // Tuesday 23:00
    QCOMPARE(card.counts[2][9], 1);  // Wednesday 09:00
    QCOMPARE(card.counts[5][20], 1); // C at offset 0: Saturday 20:00
    QCOMPARE(card.counts[0][20], 1); // D at offset 0: Monday 20:00
    QCOMPARE(card.maximum, 1);
}

void TestCommitActivity::localTimeFollowsDaylightSaving()
{
    const PunchCard card = CommitActivity::punchCard(m_cache.db(), MetricsFilter{}).value();
    QCOMPARE(card.counts[1][23], 2); // A and B: Tuesday 23:30 PST
    QCOMPARE(card.counts[5][12], 1); // C: Saturday 12:00 PST
    QCOMPARE(card.counts[0][13], 1); // D: Monday 13:00 PDT
    QCOMPARE(card.maximum, 2);
}

void TestCommitActivity::calendarCountsPerLocalDay()
{
    const CalendarDays days = CommitActivity::calendar(m_cache.db(), MetricsFilter{}).value();
    QCOMPARE(days.counts.value(QDate(2026, 3, 3)), 2);
    QCOMPARE(days.counts.value(QDate(2026, 3, 4)), 0);
    QCOMPARE(days.counts.value(QDate(2026, 3, 7)), 1);
    QCOMPARE(days.counts.value(QDate(2026, 3, 9)), 1);
    QCOMPARE(days.maximum, 2);

    MetricsFilter byAuthor;
    byAuthor.timeZone = TimeZoneMode::AuthorOffset;
    const CalendarDays theirs = CommitActivity::calendar(m_cache.db(), byAuthor).value();
    QCOMPARE(theirs.counts.value(QDate(2026, 3, 3)), 1);
    QCOMPARE(theirs.counts.value(QDate(2026, 3, 4)), 1);
}

void TestCommitActivity::filtersByDateAndRepository()
{
    MetricsFilter fromSaturday;
    fromSaturday.from = QDate(2026, 3, 5);
    QCOMPARE(CommitActivity::punchCard(m_cache.db(), fromSaturday).value().total, 2);
    MetricsFilter untilTuesday;
    untilTuesday.to = QDate(2026, 3, 3);
    QCOMPARE(CommitActivity::punchCard(m_cache.db(), untilTuesday).value().total, 2);
    MetricsFilter onlyB;
    onlyB.repoIds = {m_repoB};
    QCOMPARE(CommitActivity::punchCard(m_cache.db(), onlyB).value().total, 1);
}

void TestCommitActivity::drillDownListsTheCellsCommits()
{
    const QList<CommitListItem> tuesdayNight
        = CommitActivity::commitsAt(m_cache.db(), MetricsFilter{}, 1, 23).value();
    QCOMPARE(tuesdayNight.size(), 2);
    QCOMPARE(tuesdayNight.first().repo, QStringLiteral("octo/a"));
    const QList<CommitListItem> ninth
        = CommitActivity::commitsOn(m_cache.db(), MetricsFilter{}, QDate(2026, 3, 9)).value();
    QCOMPARE(ninth.size(), 1);
    QCOMPARE(ninth.first().sha, QStringLiteral("d"));
    QCOMPARE(ninth.first().message, QStringLiteral("commit d"));
}

void TestCommitActivity::emptyCacheGivesEmptyCharts()
{
    TestCache empty;
    const PunchCard card = CommitActivity::punchCard(empty.db(), MetricsFilter{}).value();
    QCOMPARE(card.total, 0);
    QCOMPARE(card.maximum, 0);
    QVERIFY(CommitActivity::calendar(empty.db(), MetricsFilter{}).value().counts.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommitActivity)
#include "tst_commitactivity.moc"
