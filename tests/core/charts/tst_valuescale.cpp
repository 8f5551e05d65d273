#include "core/charts/valuescale.h"

#include <QTest>

#include <cmath>

/// The value axis: round ticks, the outlier rule and numbers the locale's way.
class TestValueScale : public QObject
{
    Q_OBJECT

private slots:
    void ticksAreRoundAndCoverTheRange_data();
    void ticksAreRoundAndCoverTheRange();
    void oneOutlierIsCut();
    void evenlySpreadValuesAreNotCut();
    void fewBarsAreNeverCut();
    void longNumbersAreShort();
};

void TestValueScale::ticksAreRoundAndCoverTheRange_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("maxTicks");
    QTest::addRow("small counts") << 0.0 << 3.0 << 6;
    QTest::addRow("one") << 0.0 << 1.0 << 6;
    QTest::addRow("hundreds") << 0.0 << 437.0 << 6;
    QTest::addRow("lines up and down") << -52113.0 << 48000.0 << 8;
    QTest::addRow("millions") << 0.0 << 3.7e6 << 5;
    QTest::addRow("two ticks only") << 0.0 << 1234.0 << 2;
}

void TestValueScale::ticksAreRoundAndCoverTheRange()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, maxTicks);
    const QList<double> ticks = ValueScale::niceTicks(low, high, maxTicks);
    QVERIFY2(ticks.size() >= 2 && ticks.size() <= maxTicks + 1,
             qPrintable(QString::number(ticks.size())));
    QVERIFY(ticks.constFirst() <= low);
    QVERIFY(ticks.constLast() >= high);
    QVERIFY(ticks.contains(0.0));
    const double step = ticks.at(1) - ticks.at(0);
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9
                 || std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
             qPrintable(QString::number(step)));
    if (high - low <= 8) // counts: whole numbers only
        QCOMPARE(step, std::floor(step));
}

void TestValueScale::oneOutlierIsCut()
{
    // 52 weeks of a few hundred lines and one 30,000-line pull request.
    QList<double> weeks;
    for (int i = 0; i < 52; ++i)
        weeks << 200 + (i * 37) % 300;
    weeks[20] = 30000;
    const std::optional<double> cut = ValueScale::outlierCut(weeks);
    QVERIFY(cut);
    QVERIFY2(*cut >= 490 && *cut <= 1000, qPrintable(QString::number(*cut)));
}

void TestValueScale::evenlySpreadValuesAreNotCut()
{
    QList<double> weeks;
    for (int i = 0; i < 52; ++i)
        weeks << 100 + i * 10;
    QVERIFY(!ValueScale::outlierCut(weeks));
}

void TestValueScale::fewBarsAreNeverCut()
{
    QVERIFY(!ValueScale::outlierCut({1, 1, 1, 1, 1000}));
}

void TestValueScale::longNumbersAreShort()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(ValueScale::shortNumber(950, english), QStringLiteral("950"));
    QCOMPARE(ValueScale::shortNumber(9500, english), QStringLiteral("9,500"));
    QCOMPARE(ValueScale::shortNumber(12000, english), QStringLiteral("12k"));
    QCOMPARE(ValueScale::shortNumber(-40000, english), QStringLiteral("-40k"));
    QCOMPARE(ValueScale::shortNumber(1.5e6, english), QStringLiteral("1.5M"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(ValueScale::shortNumber(9500, german), QStringLiteral("9.500"));
    QCOMPARE(ValueScale::shortNumber(2.5e6, german), QStringLiteral("2,5M"));
}

QTEST_GUILESS_MAIN(TestValueScale)
#include "tst_valuescale.moc"
