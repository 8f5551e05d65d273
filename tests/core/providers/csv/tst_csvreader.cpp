#include "core/providers/csv/csvreader.h"

#include <QBuffer>
#include <QTest>

/// The RFC 4180 reader, record by record, including inputs split across its read chunks.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void malformedRecordsAreReportedAndSkipped();
    void recordsSpanningReadChunksAreWhole();
};

using Records = QList<QStringList>;

namespace {
/// Every record (malformed ones as ["!", problem]) and the line each started on.
QPair<Records, QList<qint64>> readAll(const QByteArray &input)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Records records;
    QList<qint64> lines;
    QStringList fields;
    for (;;) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        records << (status == CsvReader::Status::Record ? fields
                                                        : QStringList{QStringLiteral("!")});
        lines << reader.recordLine();
    }
    return {records, lines};
}
/// Records from UTF-8 literals (the build forbids implicit conversions from char*).
Records records(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Records converted;
    for (const auto &row : rows) {
        QStringList fields;
        for (const char *field : row)
            fields << QString::fromUtf8(field);
        converted << fields;
    }
    return converted;
}
} // namespace

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << records({{"a", "b"}, {"1", "2"}});
    QTest::newRow("CRLF and no final newline")
        << QByteArray("a,b\r\n1,2") << records({{"a", "b"}, {"1", "2"}});
    QTest::newRow("UTF-8 BOM is not part of the first field")
        << QByteArray("\xEF\xBB\xBF"
                      "date,title\n2026-01-01,caf\xC3\xA9\n")
        << records({{"date", "title"}, {"2026-01-01", "caf\xC3\xA9"}});
    QTest::newRow("quoted comma, quote and newline")
        << QByteArray("t\n\"a, b\"\n\"say \"\"hi\"\"\"\n\"two\r\nlines\"\n")
        << records({{"t"}, {"a, b"}, {"say \"hi\""}, {"two\r\nlines"}});
    QTest::newRow("empty fields and empty quoted field")
        << QByteArray(",,\n\"\",x,\n") << records({{"", "", ""}, {"", "x", ""}});
    QTest::newRow("blank lines are skipped")
        << QByteArray("a\n\n\r\nb\n") << records({{"a"}, {"b"}});
    QTest::newRow("quote inside an unquoted field is kept")
        << QByteArray("5\" disk,x\n") << records({{"5\" disk", "x"}});
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QCOMPARE(readAll(input).first, expected);
}

void TestCsvReader::malformedRecordsAreReportedAndSkipped()
{
    const auto [got, lines] = readAll("h\n\"closed\"junk,x\nnext\n\"never closed\nstill open");
    QCOMPARE(got, records({{"h"}, {"!"}, {"next"}, {"!"}}));
    QCOMPARE(lines, (QList<qint64>{1, 2, 3, 4}));
}

void TestCsvReader::recordsSpanningReadChunksAreWhole()
{
    // Records around the reader's 64 KiB chunk border, one with a quoted newline on it.
    QByteArray input = "title\n";
    Records expected{QStringList{QStringLiteral("title")}};
    for (int i = 0; i < 3000; ++i) {
        const QString title = QStringLiteral("row %1, \"quoted\"\nsecond line").arg(i);
        input += "\"row " + QByteArray::number(i) + ", \"\"quoted\"\"\nsecond line\"\r\n";
        expected << QStringList{title};
    }
    const auto [got, lines] = readAll(input);
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got, expected);
    QCOMPARE(lines.last(), qint64(1 + 2 * 2999 + 1));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
