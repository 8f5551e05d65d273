// DashboardPage: filling the chart cards and their summaries from the metrics.
#include "ui/pages/dashboardfilterbar.h"
#include "ui/pages/dashboardpage.h"

#include "core/export/dashboardtables.h"
#include "ui/export/dashboardexport.h"

#include "core/charts/dashboardcharts.h"
#include "ui/charts/barchartview.h"
#include "ui/charts/calendarheatmapwidget.h"
#include "ui/charts/chartcard.h"
#include "ui/charts/punchcardwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>

namespace {
// A count as the locale writes it ("12,683"), sorted as a number; CSV export takes the number.
class NumberItem final : public QTableWidgetItem
{
public:
    explicit NumberItem(qint64 value)
        : QTableWidgetItem(QLocale().toString(value))
    {
        setData(Qt::UserRole, value);
        setData(DashboardExport::ExportValueRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};
} // namespace

void DashboardPage::showMetrics(const DashboardMetrics &metrics)
{
    m_errorLabel->setVisible(!metrics.error.isEmpty());
    m_errorLabel->setText(metrics.error);
    if (!metrics.error.isEmpty())
        return;
    m_lastMetrics = metrics;
    showSummary();
    const QList<ChartTable> tables = DashboardTables::fromMetrics(metrics);
    m_punchCardCard->setTable(DashboardTables::find(tables, QStringLiteral("punchcard")));
    m_calendarCard->setTable(DashboardTables::find(tables, QStringLiteral("calendar")));
    m_punchCard->setPunchCard(metrics.punchCard);
    const auto [from, to] = DashboardCharts::rangeOf(
        metrics.filter,
        metrics.calendar.counts.isEmpty() ? QDate() : metrics.calendar.counts.firstKey());
    m_calendar->setDays(metrics.calendar, from, to);
    m_calendarCard->setSummary(DashboardTables::find(tables, QStringLiteral("calendar")).summary);

    showMergeDelay(metrics.mergeDelay);
    showCodeMetrics(metrics);
    showRefTrends(metrics);
    m_overTimeChart->setTimeSeries(DashboardCharts::contributions(metrics),
                                   m_measureCombo->currentText());
    showActivity(metrics);
}

void DashboardPage::showSummary()
{
    // What the charts below show: the filter and the counts inside it.
    const QLocale locale;
    QStringList parts;
    if (m_lastMetrics) {
        const DashboardMetrics &metrics = *m_lastMetrics;
        parts << describeShownFilter();
        parts << tr("%1 commits").arg(locale.toString(metrics.punchCard.total));
        const MergeDelay &delay = metrics.mergeDelay;
        parts << tr("%1 pull requests (%2 merged)")
                     .arg(locale.toString(delay.merged + delay.closedUnmerged + delay.open),
                          locale.toString(delay.merged));
    } else {
        parts << tr("%1 commits in the cache").arg(locale.toString(m_counts.commits));
    }
    m_filterBar->setSummary(parts.join(QStringLiteral(" · ")));
}

void DashboardPage::showMergeDelay(const MergeDelay &delay)
{
    QStringList buckets;
    TimeSeries::Series merged{tr("Merged"), {}};
    TimeSeries::Series open{tr("Still open (age)"), {}};
    for (qsizetype i = 0; i < delay.delays.size(); ++i) {
        buckets << delay.delays.at(i).label;
        merged.values << delay.delays.at(i).count;
        open.values << delay.openAges.value(i).count;
    }
    m_mergeChart->setCategories(buckets, {merged, open}, false);

    const QLocale locale;
    QString summary = tr("%1 merged · %2 closed without merging · %3 open")
                          .arg(locale.toString(delay.merged), locale.toString(delay.closedUnmerged),
                               locale.toString(delay.open));
    if (!delay.weekly.isEmpty()) {
        const WeeklyMergeDelay &latest = delay.weekly.constLast();
        summary += QStringLiteral("<br>")
                   + tr("Week of %1: median %2 h, 90th percentile %3 h")
                         .arg(locale.toString(latest.weekStart, QLocale::ShortFormat),
                              locale.toString(latest.medianHours, 'f', 1),
                              locale.toString(latest.p90Hours, 'f', 1));
    }
    if (delay.merged + delay.open + delay.closedUnmerged == 0)
        summary.clear(); // the chart says so
    m_mergeCard->setSummary(summary);
}

void DashboardPage::showCodeMetrics(const DashboardMetrics &metrics)
{
    const QLocale locale;
    const LinesPerPullRequest &lines = metrics.linesPerPullRequest;
    m_linesCard->setSummary(
        lines.pullRequests == 0
            ? tr("No merged pull request with line counts in this range.")
            : tr("Per merged pull request (%1): on average +%2 / −%3 lines, median +%4 / −%5.")
                  .arg(locale.toString(lines.pullRequests),
                       locale.toString(lines.averageAdditions, 'f', 0),
                       locale.toString(lines.averageDeletions, 'f', 0),
                       locale.toString(lines.medianAdditions, 'f', 0),
                       locale.toString(lines.medianDeletions, 'f', 0)));
    // Code frequency as GitHub draws it: additions up, deletions down.
    m_frequencyChart->setTimeSeries(DashboardCharts::lines(metrics), tr("Lines"));

    m_contributors->setSortingEnabled(false); // no re-sorting while rows are filled
    m_contributors->setRowCount(int(metrics.contributors.size()));
    for (int row = 0; row < metrics.contributors.size(); ++row) {
        const Contributor &person = metrics.contributors.at(row);
        m_contributors->setItem(row, 0, new QTableWidgetItem(person.name));
        const qint64 numbers[] = {person.commits, person.additions, person.deletions,
                                  person.pullRequestsOpened, person.pullRequestsMerged};
        for (int column = 1; column <= 5; ++column)
            m_contributors->setItem(row, column, new NumberItem(numbers[column - 1]));
    }
    m_contributors->setSortingEnabled(true);
    m_contributors->resizeColumnsToContents();
}

void DashboardPage::showActivity(const DashboardMetrics &metrics)
{
    const ActivitySeries &activity = metrics.activity;
    const QLocale locale;
    if (activity.services.isEmpty()) {
        m_activityCard->setSummary(QString());
    } else {
        QStringList perService;
        for (qsizetype i = 0; i < activity.services.size() && i < 5; ++i) {
            qint64 minutes = 0;
            for (int value : activity.minutes.at(i))
                minutes += value;
            perService << tr("%1 %2 h").arg(activity.services.at(i),
                                            locale.toString(minutes / 60.0, 'f', 1));
        }
        m_activityCard->setSummary(tr("%1 hours in this range: %2")
                                       .arg(locale.toString(activity.totalMinutes / 60.0, 'f', 1),
                                            perService.join(QStringLiteral(", "))));
    }
    m_activityChart->setTimeSeries(DashboardCharts::activity(metrics), tr("Minutes"));
}

void DashboardPage::showRefTrends(const DashboardMetrics &metrics)
{
    const RefTrends &trends = metrics.refTrends;
    const QLocale locale;
    QString summary;
    if (trends.months.isEmpty())
        summary = tr("No branches or tags in this range yet: they arrive with a sync.");
    else if (trends.tagCount > 1)
        summary = tr("%Ln tags; a new tag every %1 days (median, per repository).", nullptr,
                     trends.tagCount)
                      .arg(locale.toString(trends.medianDaysBetweenTags, 'f', 1));
    else
        summary = tr("%Ln tags.", nullptr, trends.tagCount);
    if (trends.undatedBranches > 0) // honest about what the chart cannot date
        summary += QLatin1Char(' ')
                   + tr("%Ln branches were there when DevPulse first read their repository; "
                        "when they were created is not known, so they are in no month.",
                        nullptr, trends.undatedBranches);
    m_refCard->setSummary(summary);
    m_refChart->setTimeSeries(DashboardCharts::refs(metrics), tr("Branches and tags"));
}

void DashboardPage::setRepositories(const QList<QPair<qint64, QString>> &repositories)
{
    m_filterBar->setRepositories(repositories);
}

void DashboardPage::setPeople(const QList<Person> &people, const QList<Team> &teams)
{
    m_filterBar->setPeople(people, teams);
}

MetricsFilter DashboardPage::filter() const
{
    return m_filterBar->filter();
}

void DashboardPage::setFilter(const MetricsFilter &filter)
{
    m_filterBar->setFilter(filter);
    reloadMetrics();
}

QString DashboardPage::describeShownFilter() const
{
    return DashboardTables::describeFilter(shownFilter().value_or(filter()), int(m_counts.repos),
                                           m_filterBar->checkedPeopleNames());
}
