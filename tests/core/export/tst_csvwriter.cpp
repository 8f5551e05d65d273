#include "core/export/csvwriter.h"
#include "core/providers/csv/csvreader.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

/// CSV export cells: quoting, formula-injection neutralising, types; and a round trip through
/// the project's own RFC 4180 reader.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void roundTripThroughTheReader();
};

void TestCsvWriter::cells_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant(QStringLiteral("devpulse")) << QStringLiteral("devpulse");
    QTest::newRow("comma") << QVariant(QStringLiteral("a, b")) << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QVariant(QStringLiteral("say \"hi\""))
                           << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QVariant(QStringLiteral("two\nlines"))
                             << QStringLiteral("\"two\nlines\"");
    QTest::newRow("formula =") << QVariant(QStringLiteral("=1+2")) << QStringLiteral("'=1+2");
    QTest::newRow("formula +") << QVariant(QStringLiteral("+SUM(A1)"))
                               << QStringLiteral("'+SUM(A1)");
    QTest::newRow("formula -") << QVariant(QStringLiteral("-2+3")) << QStringLiteral("'-2+3");
    QTest::newRow("formula @") << QVariant(QStringLiteral("@cmd")) << QStringLiteral("'@cmd");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=x")) << QStringLiteral("'\t=x");
    QTest::newRow("carriage return")
        << QVariant(QStringLiteral("\r=x")) << QStringLiteral("\"'\r=x\"");
    QTest::newRow("formula with comma") << QVariant(QStringLiteral("=HYPERLINK(\"u\",\"x\")"))
                                        << QStringLiteral("\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"");
    QTest::newRow("negative number stays a number") << QVariant(-5) << QStringLiteral("-5");
    QTest::newRow("double") << QVariant(2.5) << QStringLiteral("2.5");
    QTest::newRow("date") << QVariant(QDate(2026, 11, 25)) << QStringLiteral("2026-11-25");
    QTest::newRow("time in UTC") << QVariant(
        QDateTime(QDate(2026, 11, 25), QTime(23, 30), QTimeZone(-8 * 3600)))
                                 << QStringLiteral("2026-11-26T07:30:00Z");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("unicode") << QVariant(QStringLiteral("Réparer l'écran"))
                             << QStringLiteral("Réparer l'écran");
}

void TestCsvWriter::cells()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::cell(value), expected);
}

void TestCsvWriter::roundTripThroughTheReader()
{
    const QList<QVariantList> rows{
        {QStringLiteral("a, b"), 1, QStringLiteral("line\nbreak")},
        {QStringLiteral("\"quoted\""), -3, QString()},
        {QStringLiteral("plain"), 0, QStringLiteral("ünïcode")},
    };
    QByteArray csv
        = CsvWriter::header({QStringLiteral("text"), QStringLiteral("n"), QStringLiteral("more")})
              .toUtf8();
    for (const QVariantList &row : rows)
        csv += CsvWriter::row(row).toUtf8();
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    QCOMPARE(reader.next(fields), CsvReader::Status::Record);
    QCOMPARE(fields,
             (QStringList{QStringLiteral("text"), QStringLiteral("n"), QStringLiteral("more")}));
    for (const QVariantList &row : rows) {
        QCOMPARE(reader.next(fields), CsvReader::Status::Record);
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), row.at(0).toString());
        QCOMPARE(fields.at(1), row.at(1).toString());
        QCOMPARE(fields.at(2),
                 row.at(2).toString().replace(QLatin1String("\r\n"), QLatin1String("\n")));
    }
    QCOMPARE(reader.next(fields), CsvReader::Status::End);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
