#include "core/storage/boundquery.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/rowreader.h"
#include "tests/support/testcache.h"

#include <QSqlError>
#include <QTest>

// On a team database, bound values travel as parameters of PostgreSQL's extended protocol
// (storage/postgresresult.h), never pasted into SQL: what the server sees has $1, not the
// value. Values of every kind come back as they went in, a streamed read gives the connection
// back, and failures stay readable Errors. Run against the CTest PostgreSQL fixture only.
class TestPostgresResult : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theServerSeesParametersNotValues();
    void valuesOfEveryKindComeBackAsTheyWent();
    void questionMarksInQuotesAndCommentsAreNotPlaceholders();
    void aStreamedReadCutOffByAnotherStatementSaysSo();
    void failuresAreReadableAndRollBack();
};

void TestPostgresResult::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DEVPULSE_TEST_POSTGRESQL"))
        QSKIP("needs the PostgreSQL fixture (the .postgresql test variant)");
}

void TestPostgresResult::theServerSeesParametersNotValues()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    Result<QSqlQuery> pid = BoundQuery::exec(cache.db(), QStringLiteral("SELECT pg_backend_pid()"),
                                             {}, QStringLiteral("test"));
    QVERIFY(pid.ok());
    QSqlQuery &pidQuery = pid.value();
    QVERIFY(pidQuery.next());
    const qint64 backend = pidQuery.value(0).toLongLong();

    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/secret"));
    const QString secret = QStringLiteral("a private commit message 7d1f");
    const Result<void> written = BoundQuery::execWrite(
        cache.db(),
        QStringLiteral("INSERT INTO pull_requests (repo_id, number, title, state, created_at) "
                       "VALUES (?, ?, ?, 'open', ?)"),
        {repo, 1, secret, 1'700'000'000}, QStringLiteral("test"));
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().toLogString()));

    // What the server holds as that session's last statement, read from another session.
    CacheConnection observer(cache.address(), QStringLiteral("observer"));
    QVERIFY(observer.isOpen());
    Result<QSqlQuery> seen = BoundQuery::exec(
        observer.database(), QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = ?"),
        {backend}, QStringLiteral("test"));
    QVERIFY(seen.ok());
    QSqlQuery &seenQuery = seen.value();
    QVERIFY(seenQuery.next());
    const QString statement = seenQuery.value(0).toString();
    QVERIFY2(statement.contains(QLatin1String("INSERT INTO pull_requests")), qPrintable(statement));
    QVERIFY2(statement.contains(QLatin1String("$3")), qPrintable(statement));
    QVERIFY2(!statement.contains(secret), qPrintable(statement));
    QVERIFY2(!statement.contains(QLatin1String("EXECUTE")), qPrintable(statement));
    QCOMPARE(cache.column(QStringLiteral("SELECT title FROM pull_requests")), QStringList{secret});
}

void TestPostgresResult::valuesOfEveryKindComeBackAsTheyWent()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    QVERIFY(BoundQuery::execWrite(cache.db(),
                                  QStringLiteral("CREATE TEMP TABLE kinds (t TEXT, e TEXT, "
                                                 "i BIGINT, n INTEGER, d DOUBLE PRECISION, "
                                                 "b BYTEA, flag BOOLEAN, missing TEXT)"),
                                  {}, QStringLiteral("test"))
                .ok());
    const QString text = QStringLiteral("it's \"quoted\" \\ $1 ? -- not a comment \u2603 naïve");
    QByteArray bytes;
    for (int byte = 0; byte < 256; ++byte)
        bytes.append(char(byte));
    const qint64 big = std::numeric_limits<qint64>::max();
    QVERIFY(BoundQuery::execWrite(
                cache.db(), QStringLiteral("INSERT INTO kinds VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {text, QString(), big, -7, 0.1, bytes, true, QVariant()}, QStringLiteral("test"))
                .ok());

    Result<QSqlQuery> read = BoundQuery::exec(
        cache.db(), QStringLiteral("SELECT t, e, i, n, d, b, flag, missing FROM kinds WHERE i > ?"),
        {1.5}, QStringLiteral("test"));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toLogString()));
    QSqlQuery &query = read.value();
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), text);
    QCOMPARE(query.value(1).toString(), QString()); // an empty QString is text, not NULL
    QVERIFY(!query.isNull(1));
    QCOMPARE(query.value(2).toLongLong(), big);
    QCOMPARE(query.value(3).toInt(), -7);
    QCOMPARE(query.value(4).toDouble(), 0.1);
    QCOMPARE(query.value(5).toByteArray(), bytes);
    QCOMPARE(query.value(6).toBool(), true);
    QVERIFY(query.isNull(7));
    QVERIFY(!query.next());

    // A double keeps its fraction against an integer column (no rounding of 1.5 to 2).
    Result<QSqlQuery> counted
        = BoundQuery::exec(cache.db(), QStringLiteral("SELECT count(*) FROM kinds WHERE n < ?"),
                           {-6.5}, QStringLiteral("test"));
    QVERIFY(counted.ok());
    QVERIFY(counted.value().next());
    QCOMPARE(counted.value().value(0).toInt(), 1);
}

void TestPostgresResult::questionMarksInQuotesAndCommentsAreNotPlaceholders()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    Result<QSqlQuery> read = BoundQuery::exec(
        cache.db(),
        QStringLiteral("SELECT 'why?' AS \"who?\", -- really?\n CAST(? AS TEXT) /* and? */ || '!'"),
        {QStringLiteral("bound")}, QStringLiteral("test"));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toLogString()));
    QVERIFY(read.value().next());
    QCOMPARE(read.value().value(0).toString(), QStringLiteral("why?"));
    QCOMPARE(read.value().value(1).toString(), QStringLiteral("bound!"));
}

void TestPostgresResult::aStreamedReadCutOffByAnotherStatementSaysSo()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const QString series = QStringLiteral("SELECT n FROM generate_series(1, ?) AS n");

    qint64 sum = 0;
    const Result<void> whole = readRows(cache.db(), series, {5000}, QStringLiteral("test"),
                                        [&](auto &rows) { sum += rows.integer(0); });
    QVERIFY(whole.ok());
    QCOMPARE(sum, qint64(5000) * 5001 / 2);

    QueryRows halfRead(cache.db(), series, {5000}, QStringLiteral("test"));
    QVERIFY(!halfRead.error());
    QVERIFY(halfRead.next());
    QCOMPARE(halfRead.integer(0), 1);
    // Another statement on the same connection runs (libpq would otherwise refuse it) …
    Result<QSqlQuery> other = BoundQuery::exec(cache.db(), QStringLiteral("SELECT ?"),
                                               {QStringLiteral("next")}, QStringLiteral("test"));
    QVERIFY2(other.ok(), qPrintable(other ? QString() : other.error().toLogString()));
    QVERIFY(other.value().next());
    QCOMPARE(other.value().value(0).toString(), QStringLiteral("next"));
    // … and the cut-off read ends with an error instead of looking complete.
    QVERIFY(!halfRead.next());
    QVERIFY(halfRead.error().has_value());
}

void TestPostgresResult::failuresAreReadableAndRollBack()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const Result<void> bad
        = BoundQuery::execWrite(cache.db(), QStringLiteral("INSERT INTO no_such_table VALUES (?)"),
                                {1}, QStringLiteral("writing a test row"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().detail.contains(QLatin1String("no_such_table")),
             qPrintable(bad.error().detail));
    QVERIFY2(bad.error().detail.contains(QLatin1String("42P01")), // undefined_table
             qPrintable(bad.error().detail));
    QVERIFY(bad.error().userMessage.contains(QLatin1String("writing a test row")));

    QVERIFY(BoundQuery::execWrite(cache.db(), QStringLiteral("CREATE TEMP TABLE undo (name TEXT)"),
                                  {}, QStringLiteral("test"))
                .ok());
    const Result<void> undone
        = BoundQuery::inTransaction(cache.db(), QStringLiteral("test"), [&]() -> Result<void> {
              const Result<void> written
                  = BoundQuery::execWrite(cache.db(), QStringLiteral("INSERT INTO undo VALUES (?)"),
                                          {QStringLiteral("undone")}, QStringLiteral("test"));
              if (!written)
                  return written;
              return BoundQuery::execWrite(cache.db(), QStringLiteral("SELECT * FROM nowhere"), {},
                                           QStringLiteral("test"));
          });
    QVERIFY(!undone.ok());
    QCOMPARE(cache.column(QStringLiteral("SELECT name FROM undo")), QStringList());
    // The connection takes the next statement after the failure.
    QVERIFY(BoundQuery::execWrite(cache.db(), QStringLiteral("INSERT INTO undo VALUES (?)"),
                                  {QStringLiteral("after")}, QStringLiteral("test"))
                .ok());
    QCOMPARE(cache.column(QStringLiteral("SELECT name FROM undo")),
             QStringList{QStringLiteral("after")});
}

QTEST_GUILESS_MAIN(TestPostgresResult)
#include "tst_postgresresult.moc"
