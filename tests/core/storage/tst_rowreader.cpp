#include "core/storage/boundquery.h"
#include "core/storage/rowreader.h"
#include "tests/support/testcache.h"

#include <QTest>

#include <string>

// readRows, the bulk read of the metrics: bound values reach the statement by BoundQuery's
// rules through both readers (SQLite's C API and a QSqlQuery), rows come back the same, and
// a failure is an Error, never a silent empty read.
class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void boundValuesSelectTheSameRowsThroughBothReaders();
    void textWithNulMatchesWhatBoundQueryWrote();
    void badSqlIsAnError();

private:
    struct Row
    {
        qint64 number = 0;
        bool titleIsNull = false;
        std::string title;
        bool operator==(const Row &) const = default;
    };
    static void fill(TestCache &cache);
    template<typename Rows>
    static QList<Row> rowsOf(Rows &rows);
};

void TestRowReader::fill(TestCache &cache)
{
    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/rows"));
    for (int number = 1; number <= 5; ++number) {
        QVERIFY(
            BoundQuery::execWrite(
                cache.db(),
                QStringLiteral("INSERT INTO pull_requests (repo_id, number, title, author_login, "
                               "state, created_at) VALUES (?, ?, ?, ?, 'open', ?)"),
                {repo, number,
                 number == 2 ? QStringLiteral("naïve \u2603 title")
                             : QStringLiteral("pr %1").arg(number),
                 number == 4 ? QVariant() : QVariant(QStringLiteral("octo")),
                 1'700'000'000 + number},
                QStringLiteral("test"))
                .ok());
    }
}

template<typename Rows>
QList<TestRowReader::Row> TestRowReader::rowsOf(Rows &rows)
{
    QList<Row> read;
    while (rows.next())
        read << Row{rows.integer(0), rows.isNull(1), std::string(rows.text(1))};
    return read;
}

void TestRowReader::boundValuesSelectTheSameRowsThroughBothReaders()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    fill(cache);
    // An integer, a double, a text and a NULL (COALESCE gives 3 only if NULL was bound).
    const QString sql = QStringLiteral(
        "SELECT number, CASE WHEN author_login IS NULL THEN NULL ELSE title END FROM "
        "pull_requests WHERE number >= ? AND created_at < ? AND (author_login = ? OR "
        "author_login IS NULL) AND number <> COALESCE(?, 3) ORDER BY number");
    const QVariantList values{2, 1'700'000'004.5, QStringLiteral("octo"), QVariant()};
    const QList<Row> expected{{2, false, "naïve \u2603 title"}, {4, true, ""}};

    QList<Row> viaHelper;
    const Result<void> read
        = readRows(cache.db(), sql, values, QStringLiteral("test"), [&](auto &row) {
              viaHelper << Row{row.integer(0), row.isNull(1), std::string(row.text(1))};
          });
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().userMessage));
    QCOMPARE(viaHelper, expected);

    QueryRows query(cache.db(), sql, values, QStringLiteral("test"));
    QCOMPARE(rowsOf(query), expected);
    QVERIFY(!query.error());
    if (SqliteRows::supports(cache.db())) {
        SqliteRows direct(cache.db(), sql, values, QStringLiteral("test"));
        QCOMPARE(rowsOf(direct), expected);
        QVERIFY(!direct.error());
    } else {
        QVERIFY(cache.isPostgreSql()); // the C API is read wherever the backend is SQLite
    }
}

void TestRowReader::textWithNulMatchesWhatBoundQueryWrote()
{
    // BoundQuery writes NUL as U+2400; a read binding the same text must find the row.
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/nul"));
    const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QVERIFY(BoundQuery::execWrite(cache.db(),
                                  QStringLiteral("INSERT INTO pull_requests (repo_id, number, "
                                                 "title, state, created_at) VALUES (?, 1, ?, "
                                                 "'open', 1)"),
                                  {repo, withNul}, QStringLiteral("test"))
                .ok());
    int found = 0;
    const Result<void> read
        = readRows(cache.db(), QStringLiteral("SELECT number FROM pull_requests WHERE title = ?"),
                   {withNul}, QStringLiteral("test"), [&](auto &) { ++found; });
    QVERIFY(read.ok());
    QCOMPARE(found, 1);
}

void TestRowReader::badSqlIsAnError()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    int rows = 0;
    const Result<void> read
        = readRows(cache.db(), QStringLiteral("SELECT no_such_column FROM pull_requests"), {},
                   QStringLiteral("reading the test rows"), [&](auto &) { ++rows; });
    QVERIFY(!read.ok());
    QCOMPARE(rows, 0);
    QVERIFY2(read.error().userMessage.contains(QStringLiteral("reading the test rows")),
             qPrintable(read.error().userMessage));
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
