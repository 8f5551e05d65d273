#include "core/common/translations.h"
#include "core/metrics/codemetrics.h"
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

/// Lines per PR, code frequency and contributors against hand-computed numbers
/// (America/Los_Angeles, set by CTest).
class TestCodeMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linesPerMergedPullRequest();
    void codeFrequencyPerWeek();
    void contributorsRankedWithOthers();
    void contributionsOverTimeByDeveloperAndRepository();
    void pullRequestsOverTimeOpenedAndMerged();
    void authorsFilterKeepsTheirWorkOnly();

private:
    TestCache m_cache;
};

void TestCodeMetrics::initTestCase()
{
    tzset();
    QVERIFY(Translations::install(QStringLiteral("en"))); // English plural forms, as in the app
    QVERIFY(m_cache.isValid());
    const qint64 repoId = m_cache.addRepo(m_cache.addAccount(), QStringLiteral("octo/app"));
    CacheWriter writer(m_cache.db());
    auto pull = [&](int number, std::optional<int> additions, std::optional<int> deletions,
                    bool merged, const char *author) {
        PullRequestRecord record;
        record.repoId = repoId;
        record.number = number;
        record.authorLogin = QLatin1String(author);
        record.state = merged ? QStringLiteral("closed") : QStringLiteral("open");
        record.createdAt = utc("2026-03-02T18:00:00Z");
        if (merged)
            record.mergedAt = utc("2026-03-03T18:00:00Z");
        record.additions = additions;
        record.deletions = deletions;
        QVERIFY(writer.upsertPullRequest(record).ok());
    };
    pull(1, 10, 1, true, "ada");
    pull(2, 20, 2, true, "ada");
    pull(3, 60, 3, true, "cyd");
    pull(4, std::nullopt, std::nullopt, true, "cyd"); // counts unknown: left out of lines
    pull(5, 500, 500, false, "ada");                  // still open: not merged

    auto commit = [&](const char *sha, const char *when, int additions, int deletions,
                      const char *login, const char *email) {
        CommitRecord record;
        record.repoId = repoId;
        record.sha = QLatin1String(sha);
        record.authoredAt = utc(when);
        record.author = {QLatin1String(login), QString(), QLatin1String(email)};
        record.additions = additions;
        record.deletions = deletions;
        QVERIFY(writer.upsertCommit(record).ok());
    };
    commit("a", "2026-03-02T20:00:00Z", 5, 1, "ada", "ada@example.com"); // Mon 2 March
    commit("b", "2026-03-08T20:00:00Z", 7, 0, "ada", "ada@example.com"); // Sun 8 March
    commit("c", "2026-03-09T20:00:00Z", 3, 3, "ada", "ada@example.com"); // Mon 9 March
    commit("d", "2026-03-09T21:00:00Z", 1, 1, "", "bob@example.com");    // no login
}

void TestCodeMetrics::linesPerMergedPullRequest()
{
    const LinesPerPullRequest lines
        = CodeMetrics::linesPerPullRequest(m_cache.db(), MetricsFilter{}).value();
    QCOMPARE(lines.pullRequests, 3);
    QCOMPARE(lines.averageAdditions, 30.0);
    QCOMPARE(lines.medianAdditions, 20.0);
    QCOMPARE(lines.averageDeletions, 2.0);
    QCOMPARE(lines.medianDeletions, 2.0);
}

void TestCodeMetrics::codeFrequencyPerWeek()
{
    const QList<WeeklyLines> weeks
        = CodeMetrics::codeFrequency(m_cache.db(), MetricsFilter{}).value();
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks.at(0).weekStart, QDate(2026, 3, 2)); // Monday to Sunday 8 March
    QCOMPARE(weeks.at(0).additions, 12);
    QCOMPARE(weeks.at(0).deletions, 1);
    QCOMPARE(weeks.at(1).weekStart, QDate(2026, 3, 9));
    QCOMPARE(weeks.at(1).additions, 4);
    QCOMPARE(weeks.at(1).deletions, 4);
}

void TestCodeMetrics::contributorsRankedWithOthers()
{
    const QList<Contributor> all = CodeMetrics::contributors(m_cache.db(), MetricsFilter{}).value();
    QCOMPARE(all.size(), 3); // ada, bob (by email), cyd (pull requests only)
    QCOMPARE(all.at(0).name, QStringLiteral("ada"));
    QCOMPARE(all.at(0).commits, 3);
    QCOMPARE(all.at(0).additions, 15);
    QCOMPARE(all.at(0).pullRequestsOpened, 3);
    QCOMPARE(all.at(0).pullRequestsMerged, 2);
    QCOMPARE(all.at(1).name, QStringLiteral("bob@example.com"));
    QCOMPARE(all.at(2).name, QStringLiteral("cyd"));
    QCOMPARE(all.at(2).commits, 0);
    QCOMPARE(all.at(2).pullRequestsMerged, 2);

    const QList<Contributor> top
        = CodeMetrics::contributors(m_cache.db(), MetricsFilter{}, 1).value();
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(1).name, QStringLiteral("Others (2 people)"));
    QCOMPARE(top.at(1).commits, 1);
    QCOMPARE(top.at(1).pullRequestsOpened, 2);
}

void TestCodeMetrics::authorsFilterKeepsTheirWorkOnly()
{
    MetricsFilter ada;
    ada.authors = {QStringLiteral("ada")};
    const QList<Contributor> people = CodeMetrics::contributors(m_cache.db(), ada).value();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().name, QStringLiteral("ada"));
    QCOMPARE(people.first().commits, 3);
    // Bob's commit has no login: his email names him.
    MetricsFilter bob;
    bob.authors = {QStringLiteral("bob@example.com")};
    QCOMPARE(CodeMetrics::codeFrequency(m_cache.db(), bob).value().first().additions, 1);
    MetricsFilter cyd;
    cyd.authors = {QStringLiteral("cyd")};
    const LinesPerPullRequest lines = CodeMetrics::linesPerPullRequest(m_cache.db(), cyd).value();
    QCOMPARE(lines.pullRequests, 1); // #3; #4 has no line counts
    QCOMPARE(lines.averageAdditions, 60.0);
    const ContributionSeries opened
        = CodeMetrics::contributionsOverTime(m_cache.db(), ada, ContributionGrouping::Developer,
                                             ContributionPeriod::Week, 5,
                                             ContributionMeasure::PullsOpened)
              .value();
    QCOMPARE(opened.names, (QStringList{QStringLiteral("ada")}));
    QCOMPARE(opened.counts.at(0), (QList<int>{3}));
}

void TestCodeMetrics::pullRequestsOverTimeOpenedAndMerged()
{
    // All five opened 2026-03-02 18:00 UTC (10:00 in Los Angeles), four merged a day later.
    const ContributionSeries opened
        = CodeMetrics::contributionsOverTime(
              m_cache.db(), MetricsFilter{}, ContributionGrouping::Developer,
              ContributionPeriod::Week, 5, ContributionMeasure::PullsOpened)
              .value();
    QCOMPARE(opened.periods, (QList<QDate>{QDate(2026, 3, 2)}));
    QCOMPARE(opened.names, (QStringList{QStringLiteral("ada"), QStringLiteral("cyd")}));
    QCOMPARE(opened.counts.at(0), (QList<int>{3}));
    QCOMPARE(opened.counts.at(1), (QList<int>{2}));
    const ContributionSeries merged
        = CodeMetrics::contributionsOverTime(
              m_cache.db(), MetricsFilter{}, ContributionGrouping::Repository,
              ContributionPeriod::Month, 5, ContributionMeasure::PullsMerged)
              .value();
    QCOMPARE(merged.names, (QStringList{QStringLiteral("octo/app")}));
    QCOMPARE(merged.counts.at(0), (QList<int>{4})); // the open one is not merged
    const ContributionSeries closedIssues
        = CodeMetrics::contributionsOverTime(
              m_cache.db(), MetricsFilter{}, ContributionGrouping::Developer,
              ContributionPeriod::Week, 5, ContributionMeasure::IssuesClosed)
              .value();
    QVERIFY(closedIssues.periods.isEmpty()); // no issues in this cache
}

void TestCodeMetrics::contributionsOverTimeByDeveloperAndRepository()
{
    const ContributionSeries weekly
        = CodeMetrics::contributionsOverTime(m_cache.db(), MetricsFilter{},
                                             ContributionGrouping::Developer,
                                             ContributionPeriod::Week, 1)
              .value();
    QCOMPARE(weekly.periods, (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 9)}));
    // The rest are one series that says how many it holds.
    QCOMPARE(weekly.names,
             (QStringList{QStringLiteral("ada"), QStringLiteral("Others (1 person)")}));
    QCOMPARE(weekly.counts.at(0), (QList<int>{2, 1})); // ada: a, b | c
    QCOMPARE(weekly.counts.at(1), (QList<int>{0, 1})); // bob: d

    const ContributionSeries monthly
        = CodeMetrics::contributionsOverTime(m_cache.db(), MetricsFilter{},
                                             ContributionGrouping::Repository,
                                             ContributionPeriod::Month)
              .value();
    QCOMPARE(monthly.periods, (QList<QDate>{QDate(2026, 3, 1)}));
    QCOMPARE(monthly.names, (QStringList{QStringLiteral("octo/app")}));
    QCOMPARE(monthly.counts.at(0), (QList<int>{4}));
}

QTEST_GUILESS_MAIN(TestCodeMetrics)
#include "tst_codemetrics.moc"
