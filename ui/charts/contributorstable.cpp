#include "ui/charts/contributorstable.h"

#include "ui/export/dashboardexport.h"

#include <QHeaderView>
#include <QLocale>

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

ContributorsTable::ContributorsTable(QWidget *parent)
    : QTableWidget(0, 6, parent)
{
    setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    setObjectName(QStringLiteral("contributorsTable"));
    setHorizontalHeaderLabels({tr("Developer"), tr("Commits"), tr("Added"), tr("Removed"),
                               tr("PRs opened"), tr("PRs merged")});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder); // most commits
    setSortingEnabled(true);
    setAccessibleName(tr("Contributors leaderboard"));
    setMinimumHeight(220);
    DashboardExport::addCsvExportAction(this, QStringLiteral("contributors"));
}

void ContributorsTable::setContributors(const QList<Contributor> &people)
{
    setSortingEnabled(false); // no re-sorting while rows are filled
    setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Contributor &person = people.at(row);
        setItem(row, 0, new QTableWidgetItem(person.name));
        const qint64 numbers[] = {person.commits, person.additions, person.deletions,
                                  person.pullRequestsOpened, person.pullRequestsMerged};
        for (int column = 1; column <= 5; ++column)
            setItem(row, column, new NumberItem(numbers[column - 1]));
    }
    setSortingEnabled(true);
    resizeColumnsToContents();
}
