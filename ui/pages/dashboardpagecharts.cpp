// DashboardPage: filling the bar charts and their summaries from the metrics.
#include "pages/dashboardpage.h"

#include "pages/connectionstatuscards.h"

#include "export/dashboardexport.h"
#include "export/dashboardtables.h"

#include "charts/barchart.h"
#include "charts/calendarheatmapwidget.h"
#include "charts/checklistbutton.h"
#include "charts/punchcardwidget.h"
#include "charts/tableswitch.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

void DashboardPage::showCodeMetrics(const DashboardMetrics &metrics)
{
    const QLocale locale;
    const LinesPerPullRequest &lines = metrics.linesPerPullRequest;
    m_linesSummary->setText(
        lines.pullRequests == 0
            ? tr("No merged pull request with line counts in this range.")
            : tr("Per merged pull request (%1): on average +%2 / −%3 lines, median +%4 / −%5.")
                  .arg(locale.toString(lines.pullRequests),
                       locale.toString(lines.averageAdditions, 'f', 0),
                       locale.toString(lines.averageDeletions, 'f', 0),
                       locale.toString(lines.medianAdditions, 'f', 0),
                       locale.toString(lines.medianDeletions, 'f', 0)));

    // Code frequency as GitHub draws it: additions up, deletions down, one bar per week.
    QStringList weeks;
    BarChart::Series added{tr("Added"), {}};
    BarChart::Series removed{tr("Removed"), {}};
    for (const WeeklyLines &week : metrics.codeFrequency) {
        weeks << locale.toString(week.weekStart, QStringLiteral("d MMM"));
        added.values << double(week.additions);
        removed.values << -double(week.deletions);
    }
    m_frequencyChart->setData(weeks, {added, removed}, true, -60);

    m_contributors->setSortingEnabled(false); // no re-sorting while rows are filled
    m_contributors->setRowCount(int(metrics.contributors.size()));
    for (int row = 0; row < metrics.contributors.size(); ++row) {
        const Contributor &person = metrics.contributors.at(row);
        m_contributors->setItem(row, 0, new QTableWidgetItem(person.name));
        const qint64 numbers[] = {person.commits, person.additions, person.deletions,
                                  person.pullRequestsOpened, person.pullRequestsMerged};
        for (int column = 1; column <= 5; ++column) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, numbers[column - 1]); // sorts as a number
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_contributors->setItem(row, column, item);
        }
    }
    m_contributors->setSortingEnabled(true);
    m_contributors->resizeColumnsToContents();
}

void DashboardPage::showActivity(const ActivitySeries &activity)
{
    const QLocale locale;
    if (activity.services.isEmpty()) {
        m_activitySummary->setText(
            tr("No coding time or challenges in this range. Connect WakaTime, Codewars or "
               "Exercism, or import a CSV file of activity, on the Connections page."));
    } else {
        QStringList perService;
        for (qsizetype i = 0; i < activity.services.size() && i < 5; ++i) {
            qint64 minutes = 0;
            for (int value : activity.minutes.at(i))
                minutes += value;
            perService << tr("%1 %2 h").arg(activity.services.at(i),
                                            locale.toString(minutes / 60.0, 'f', 1));
        }
        m_activitySummary->setText(tr("%1 hours in this range, %2: %3")
                                       .arg(locale.toString(activity.totalMinutes / 60.0, 'f', 1),
                                            activity.weekly ? tr("per week") : tr("per day"),
                                            perService.join(QStringLiteral(", "))));
    }
    QStringList periods;
    for (const QDate &period : activity.periods)
        periods << locale.toString(period, QStringLiteral("d MMM"));
    QList<BarChart::Series> stacks;
    for (qsizetype i = 0; i < activity.services.size(); ++i) {
        BarChart::Series stack{activity.services.at(i), {}};
        for (int minutes : activity.minutes.at(i))
            stack.values << minutes;
        stacks << stack;
    }
    m_activityChart->setData(periods, stacks, true, periods.size() > 12 ? -60 : 0);
}

void DashboardPage::showContributionsOverTime(const ContributionSeries &series)
{
    const QLocale locale;
    const bool weekly = m_periodCombo->currentData().toInt() == int(ContributionPeriod::Week);
    QStringList periods;
    for (const QDate &period : series.periods)
        periods << locale.toString(period,
                                   weekly ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
    QList<BarChart::Series> stacks;
    for (qsizetype i = 0; i < series.names.size(); ++i) {
        BarChart::Series stack{series.names.at(i), {}};
        for (int count : series.counts.at(i))
            stack.values << count;
        stacks << stack;
    }
    m_overTimeChart->setData(periods, stacks, true, weekly ? -60 : 0);
}

void DashboardPage::showRefTrends(const RefTrends &trends)
{
    const QLocale locale;
    if (trends.months.isEmpty())
        m_refSummary->setText(
            tr("No branches or tags in this range yet: they arrive with a sync."));
    else if (trends.tagCount > 1)
        m_refSummary->setText(tr("%n tags; a new tag every %1 days (median, per repository).",
                                 nullptr, trends.tagCount)
                                  .arg(locale.toString(trends.medianDaysBetweenTags, 'f', 1)));
    else
        m_refSummary->setText(tr("%n tags.", nullptr, trends.tagCount));
    QStringList months;
    BarChart::Series created{tr("Branches created"), {}};
    BarChart::Series deleted{tr("Branches deleted"), {}};
    BarChart::Series tags{tr("Tags"), {}};
    for (const MonthlyRefs &month : trends.months) {
        months << locale.toString(month.month, QStringLiteral("MMM yyyy"));
        created.values << month.branchesCreated;
        deleted.values << month.branchesDeleted;
        tags.values << month.tags;
    }
    m_refChart->setData(months, {created, deleted, tags});
}
