#include "ui/charts/contributorstable.h"

#include "ui/export/dashboardexport.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace {
// A count as the locale writes it ("12,683"); CSV export takes the number.
class NumberItem final : public QTableWidgetItem
{
public:
    explicit NumberItem(qint64 value)
        : QTableWidgetItem(QLocale().toString(value))
    {
        setData(DashboardExport::ExportValueRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    // Sorted here rather than by QTableWidget, which cannot keep "Others" last both ways.
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder); // most commits
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ContributorsTable::fillSorted);
    setAccessibleName(tr("Contributors leaderboard"));
    setMinimumHeight(220);
    DashboardExport::addCsvExportAction(this, QStringLiteral("contributors"));
}

void ContributorsTable::setContributors(const QList<Contributor> &people)
{
    m_people = people;
    fillSorted();
}

void ContributorsTable::fillSorted()
{
    const int column = horizontalHeader()->sortIndicatorSection();
    const bool descending = horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    auto numberAt = [column](const Contributor &person) -> qint64 {
        switch (column) {
        case 2: return person.additions;
        case 3: return person.deletions;
        case 4: return person.pullRequestsOpened;
        case 5: return person.pullRequestsMerged;
        default: return person.commits;
        }
    };
    QList<Contributor> rows = m_people;
    std::stable_sort(rows.begin(), rows.end(), [&](const Contributor &a, const Contributor &b) {
        const bool aOthers = a.people > 1;
        const bool bOthers = b.people > 1;
        if (aOthers != bOthers)
            return bOthers; // "Others" last, whichever the order
        if (column == 0) {
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return descending ? byName > 0 : byName < 0;
        }
        return descending ? numberAt(a) > numberAt(b) : numberAt(a) < numberAt(b);
    });
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Contributor &person = rows.at(row);
        setItem(row, 0, new QTableWidgetItem(person.name));
        const qint64 numbers[] = {person.commits, person.additions, person.deletions,
                                  person.pullRequestsOpened, person.pullRequestsMerged};
        for (int number = 1; number <= 5; ++number)
            setItem(row, number, new NumberItem(numbers[number - 1]));
    }
    resizeColumnsToContents();
}
