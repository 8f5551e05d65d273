#include "ui/charts/contributorstable.h"

#include <QHeaderView>
#include <QTest>

/// The leaderboard sorts by any column both ways, numbers as numbers, and keeps "Others (n
/// people)" last whatever the order (it often has the most commits of all).
class TestContributorsTable : public QObject
{
    Q_OBJECT

private slots:
    void othersStayLastInEveryOrder();
};

namespace {

Contributor person(const QString &name, int commits, qint64 additions, int people = 1)
{
    Contributor contributor;
    contributor.name = name;
    contributor.commits = commits;
    contributor.additions = additions;
    contributor.people = people;
    return contributor;
}

QStringList namesShown(const QTableWidget &table)
{
    QStringList names;
    for (int row = 0; row < table.rowCount(); ++row)
        names << table.item(row, 0)->text();
    return names;
}

} // namespace

void TestContributorsTable::othersStayLastInEveryOrder()
{
    ContributorsTable table;
    table.setContributors({person(QStringLiteral("ada"), 9, 100),
                           person(QStringLiteral("Others (3 people)"), 3491, 5, 3),
                           person(QStringLiteral("bob"), 12, 20)});
    // At first: most commits first.
    QCOMPARE(namesShown(table), (QStringList{QStringLiteral("bob"), QStringLiteral("ada"),
                                             QStringLiteral("Others (3 people)")}));
    QCOMPARE(table.item(0, 1)->text(), QStringLiteral("12"));
    table.horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    QCOMPARE(namesShown(table), (QStringList{QStringLiteral("ada"), QStringLiteral("bob"),
                                             QStringLiteral("Others (3 people)")}));
    table.horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder); // lines added
    QCOMPARE(namesShown(table), (QStringList{QStringLiteral("ada"), QStringLiteral("bob"),
                                             QStringLiteral("Others (3 people)")}));
    table.horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder); // by name, z first
    QCOMPARE(namesShown(table), (QStringList{QStringLiteral("bob"), QStringLiteral("ada"),
                                             QStringLiteral("Others (3 people)")}));
    // A click on a header sorts too (and flips on the second click).
    QTest::mouseClick(table.horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table.horizontalHeader()->sectionViewportPosition(1) + 5, 5));
    QCOMPARE(table.horizontalHeader()->sortIndicatorSection(), 1);
    QCOMPARE(namesShown(table).constLast(), QStringLiteral("Others (3 people)"));
}

QTEST_MAIN(TestContributorsTable)
#include "tst_contributorstable.moc"
