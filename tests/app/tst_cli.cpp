#include "core/metrics/commitactivity.h"
#include "core/metrics/commitsnapshot.h"
#include "core/people/teams.h"
#include "core/storage/cachedatabase.h"
#include "tests/app/devpulseprocess.h"
#include "tests/support/fakegithub.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The command line as a new user tries it in a terminal without a display: sign in with a
/// token on standard input against a fake GitHub on loopback, sync, read metrics and query
/// the cache; every command run as a real process, its exit code and output checked.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInSyncMetricsQueryAndLogOut();
    void usageErrorsAndHostileInput();
    void csvImportReportAndSafeExport();
    void localRepositoryAddedSyncedAndQueried();
    void exportPdfCsvAndPngWithoutADisplay();

private:
    using Run = DevPulseRun;
    Run devpulse(const QStringList &arguments, const QByteArray &input = {});

    FakeGitHub m_github;
    QTemporaryDir m_dataDir;
};

namespace {
constexpr char Login[] = "jacquev6"; // the login in the recorded GET /user answer
}

void TestCli::initTestCase()
{
    QVERIFY(m_github.listen());
    m_github.addGeneratedRepo(QLatin1String(Login), QStringLiteral("app"), 120, 12, 9);
    m_github.addGeneratedRepo(QLatin1String(Login), QStringLiteral("lib"), 30, 2, 3);
}

DevPulseRun TestCli::devpulse(const QStringList &arguments, const QByteArray &input)
{
    return runDevPulse(arguments, m_dataDir.path(), QStringLiteral("DevPulse-cli-test"), input);
}

void TestCli::signInSyncMetricsQueryAndLogOut()
{
    const QString host = m_github.baseUrl().toString();
    // Nothing to sync yet: sign-in needed.
    QCOMPARE(devpulse({QStringLiteral("sync")}).exitCode, 3);

    // A token the server rejects: exit 3, nothing recorded.
    Run rejected = devpulse({QStringLiteral("auth"), QStringLiteral("login"),
                             QStringLiteral("--host"), host, QStringLiteral("--with-token")},
                            "ghp_not-a-valid-token\n");
    QCOMPARE(rejected.exitCode, 3);
    QVERIFY(!rejected.err.contains(QLatin1String("ghp_not-a-valid-token")));

    const Run login = devpulse({QStringLiteral("auth"), QStringLiteral("login"),
                                QStringLiteral("--host"), host, QStringLiteral("--with-token")},
                               QByteArray(FakeGitHub::Token) + "\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    QVERIFY(login.out.contains(QLatin1String("as jacquev6")));

    const Run status
        = devpulse({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(status.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("items"))
                                    .toArray();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0)[QLatin1String("login")].toString(), QLatin1String(Login));
    QCOMPARE(accounts.at(0)[QLatin1String("provider")].toString(), QStringLiteral("github"));
    QCOMPARE(accounts.at(0)[QLatin1String("state")].toString(), QStringLiteral("connected"));

    // One repository first, then the rest: what is stored is not read again.
    const Run oneRepo = devpulse(
        {QStringLiteral("sync"), QStringLiteral("--repo"), QStringLiteral("jacquev6/lib")});
    QVERIFY2(oneRepo.exitCode == 0, qPrintable(oneRepo.err));
    QVERIFY2(oneRepo.out.contains(QLatin1String(", 30 commits,")), qPrintable(oneRepo.out));
    QCOMPARE(
        devpulse({QStringLiteral("sync"), QStringLiteral("--repo"), QStringLiteral("someone/else")})
            .exitCode,
        5);
    const Run synced = devpulse({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY2(synced.out.contains(QLatin1String(", 120 commits,")), qPrintable(synced.out));

    // The token is in no output and in no file of the data folder.
    for (const Run &run : {login, status, synced}) {
        QVERIFY(!run.out.contains(QLatin1String(FakeGitHub::Token)));
        QVERIFY(!run.err.contains(QLatin1String(FakeGitHub::Token)));
    }
    QDirIterator files(m_dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(FakeGitHub::Token), qPrintable(file.fileName()));
    }

    // The punch card equals what the dashboard's code computes from the same cache.
    const Run punch = devpulse({QStringLiteral("metrics"), QStringLiteral("punchcard"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(punch.exitCode, 0);
    const QJsonObject card = QJsonDocument::fromJson(punch.out.toUtf8()).object();
    {
        CacheConnection connection(
            QDir(m_dataDir.path()).filePath(QStringLiteral("devpulse.sqlite")),
            QStringLiteral("check"));
        QVERIFY(connection.isOpen());
        const PunchCard expected = CommitActivity::punchCard(connection.database(), {}).value();
        QCOMPARE(card[QLatin1String("total")].toInt(), expected.total);
        QCOMPARE(expected.total, 150);
        int cells = 0;
        for (const QJsonValue &cell : card[QLatin1String("items")].toArray()) {
            const int weekday = cell[QLatin1String("weekday")].toInt();
            const int hour = cell[QLatin1String("hour")].toInt();
            QCOMPARE(cell[QLatin1String("commits")].toInt(), expected.counts[weekday - 1][hour]);
            ++cells;
        }
        QVERIFY(cells > 0);
        // The sync kept the window's commit snapshot up to date: its next start reads it.
        const QString cache = QDir(m_dataDir.path()).filePath(QStringLiteral("devpulse.sqlite"));
        const std::optional<CommitSnapshot> kept
            = CommitSnapshot::restore(CommitSnapshot::keptFileFor(cache),
                                      CommitSnapshot::stampOf(connection.database()).value());
        QVERIFY(kept);
        QCOMPARE(kept->size(), 150);
    }

    const Run newest
        = devpulse({QStringLiteral("query"), QStringLiteral("commits"), QStringLiteral("--sort"),
                    QStringLiteral("authored_at:desc"), QStringLiteral("--limit"),
                    QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(newest.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(newest.out.toUtf8()).object();
    QCOMPARE(page[QLatin1String("total")].toInt(), 150);
    const QJsonArray items = page[QLatin1String("items")].toArray();
    QCOMPARE(items.size(), 5);
    for (int i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1)[QLatin1String("authored_at")].toString()
                >= items.at(i)[QLatin1String("authored_at")].toString());
    QVERIFY(items.at(0)[QLatin1String("sha")].isString());
    QVERIFY(items.at(0)[QLatin1String("additions")].isDouble());

    const Run filtered = devpulse({QStringLiteral("query"), QStringLiteral("commits"),
                                   QStringLiteral("--filter"), QStringLiteral("repo=jacquev6/lib"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(
        QJsonDocument::fromJson(filtered.out.toUtf8()).object()[QLatin1String("total")].toInt(),
        30);

    const Run logout
        = devpulse({QStringLiteral("auth"), QStringLiteral("logout"), QStringLiteral("--purge")});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
    const Run after = devpulse({QStringLiteral("query"), QStringLiteral("commits"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object()[QLatin1String("total")].toInt(),
             0);
}

void TestCli::usageErrorsAndHostileInput()
{
    // Exit codes by the words a user types (metrics and export take the same filter options;
    // metrics had no --range).
    const QList<std::pair<QString, int>> exits{
        {QStringLiteral("query commits --filter nosuchfield=1"), 2},
        {QStringLiteral("query commits --since yesterday"), 2},
        {QStringLiteral("query commits --format xml"), 2},
        {QStringLiteral("metrics nope"), 2},
        {QStringLiteral("metrics punchcard --range 1y"), 0},
        {QStringLiteral("metrics punchcard --range 2w"), 2}};
    for (const auto &[command, exitCode] : exits)
        QCOMPARE(devpulse(command.split(QLatin1Char(' '))).exitCode, exitCode);
    // One usage line, the command's own: Qt's "Usage: /path/devpulse [options]" followed it.
    for (const Run &asked : {devpulse({QStringLiteral("metrics"), QStringLiteral("punchcard"),
                                       QStringLiteral("--help")}),
                             devpulse({QStringLiteral("metrics"), QStringLiteral("punchcard"),
                                       QStringLiteral("--bogus")})}) {
        const QString text = asked.out + asked.err;
        QCOMPARE(text.count(QLatin1String("Usage:")), 1);
        QVERIFY2(text.contains(QLatin1String("Usage: devpulse metrics"))
                     && text.contains(QLatin1String("--since <date>"))
                     && !text.contains(QLatin1String("[options]")),
                 qPrintable(text));
    }
    QCOMPARE(
        devpulse({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--with-token")},
                 "")
            .exitCode,
        2);
    // A field name made of SQL is refused by name; SQL in values and search text is just text.
    const Run injectedField
        = devpulse({QStringLiteral("query"), QStringLiteral("commits"), QStringLiteral("--filter"),
                    QStringLiteral("sha) OR 1=1 --=x")});
    QCOMPARE(injectedField.exitCode, 2);
    QVERIFY(injectedField.err.contains(QLatin1String("is not a field of commits")));
    const Run injectedValue
        = devpulse({QStringLiteral("query"), QStringLiteral("repos"), QStringLiteral("--filter"),
                    QStringLiteral("full_name=x' OR '1'='1"), QStringLiteral("--format"),
                    QStringLiteral("json")});
    QCOMPARE(injectedValue.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(injectedValue.out.toUtf8())
                 .object()[QLatin1String("total")]
                 .toInt(),
             0);
    const Run searched
        = devpulse({QStringLiteral("search"), QStringLiteral("\"fix\" OR crash*) NEAR("),
                    QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(searched.exitCode, 0);
    // Help works for every command, without a display.
    const Run help
        = devpulse({QStringLiteral("query"), QStringLiteral("commits"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("author_email")));
}

void TestCli::csvImportReportAndSafeExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("date,service,minutes,title\n"
               "2026-11-20,Sheets,30,\"=HYPERLINK(\"\"http://evil\"\")\"\n"
               "2026-11-21,Sheets,-4,bad\n");
    file.close();
    const Run dryRun = devpulse(
        {QStringLiteral("import"), QStringLiteral("csv"), path, QStringLiteral("--dry-run")});
    QCOMPARE(dryRun.exitCode, 5); // the file has a bad row
    QVERIFY(dryRun.out.contains(QString::fromUtf8("“-4” is not a whole number of minutes")));
    QVERIFY(dryRun.out.contains(QLatin1String("1 valid rows, 1 rows with problems.")));

    // A file without a valid row imports nothing, says so and fails (issue 19 #13).
    const QString headerOnly = dir.filePath(QStringLiteral("empty.csv"));
    QFile emptyFile(headerOnly);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.write("date,service,minutes,title\n");
    emptyFile.close();
    const Run nothing = devpulse({QStringLiteral("import"), QStringLiteral("csv"), headerOnly});
    QCOMPARE(nothing.exitCode, 5);
    QVERIFY2(nothing.err.contains(QLatin1String("no valid rows")), qPrintable(nothing.err));
    QVERIFY(!devpulse({QStringLiteral("auth"), QStringLiteral("status")})
                 .out.contains(QLatin1String("csv")));

    QCOMPARE(devpulse({QStringLiteral("import"), QStringLiteral("csv"), path}).exitCode, 0);
    const Run csv = devpulse({QStringLiteral("query"), QStringLiteral("activities"),
                              QStringLiteral("--filter"), QStringLiteral("service=Sheets"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("day,provider,account,service,minutes,title"));
    QVERIFY2(lines.at(1).endsWith(QLatin1String(",Sheets,30,\"'=HYPERLINK(\"\"http://evil\"\")\"")),
             qPrintable(lines.at(1)));

    // Escape sequences in the data (retitle the terminal, clear the screen) never reach a
    // terminal raw: shown as their pictures in tables and messages, kept escaped in JSON.
    const QString hostile = dir.filePath(QStringLiteral("hostile.csv"));
    QFile hostileFile(hostile);
    QVERIFY(hostileFile.open(QIODevice::WriteOnly));
    hostileFile.write("date,service,minutes,title\n"
                      "2026-11-22,Term,15,\"\x1b]0;pwned\x07\x1b[2Jcleared\"\n"
                      "2026-11-23,Term,\x1b[2J,bad\n");
    hostileFile.close();
    const Run report = devpulse({QStringLiteral("import"), QStringLiteral("csv"), hostile});
    for (const QString &output : {report.out, report.err}) {
        QVERIFY2(!output.contains(QChar(0x1b)) && !output.contains(QChar(0x07)),
                 qPrintable(output));
    }
    const Run table = devpulse({QStringLiteral("query"), QStringLiteral("activities"),
                                QStringLiteral("--filter"), QStringLiteral("service=Term")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(!table.out.contains(QChar(0x1b)) && !table.out.contains(QChar(0x07)),
             qPrintable(table.out));
    QVERIFY2(table.out.contains(QString::fromUtf8("␛]0;pwned␇␛[2Jcleared")), qPrintable(table.out));
    const Run json = devpulse({QStringLiteral("query"), QStringLiteral("activities"),
                               QStringLiteral("--filter"), QStringLiteral("service=Term"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.out.contains(QLatin1String("\\u001b]0;pwned")), qPrintable(json.out));

    // Numbers in tables follow the locale (German groups thousands with "."); CSV and JSON
    // keep plain digits for scripts; dates stay ISO in every format.
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write("date,service,minutes,title\n2026-11-24,Long,1440,a whole day\n");
    bigFile.close();
    QCOMPARE(devpulse({QStringLiteral("import"), QStringLiteral("csv"), big}).exitCode, 0);
    const QMap<QString, QString> german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                        {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}};
    const QStringList longRows{QStringLiteral("query"), QStringLiteral("activities"),
                               QStringLiteral("--filter"), QStringLiteral("service=Long")};
    const Run germanTable
        = runDevPulse(longRows, m_dataDir.path(), QStringLiteral("DevPulse-cli-test"), {}, german);
    QCOMPARE(germanTable.exitCode, 0);
    QVERIFY2(germanTable.out.contains(QLatin1String("2026-11-24"))
                 && germanTable.out.contains(QLatin1String(" 1.440 ")),
             qPrintable(germanTable.out));
    const Run germanCsv
        = runDevPulse(longRows + QStringList{QStringLiteral("--format"), QStringLiteral("csv")},
                      m_dataDir.path(), QStringLiteral("DevPulse-cli-test"), {}, german);
    QVERIFY2(germanCsv.out.contains(QLatin1String(",Long,1440,")), qPrintable(germanCsv.out));
}

void TestCli::localRepositoryAddedSyncedAndQueried()
{
    QTemporaryDir repo;
    auto git = [&repo](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada"));
        environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.com"));
        environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada"));
        environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"),
                           QStringLiteral("ada@example.com"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"),
                      QStringList{QStringLiteral("-C"), repo.path()} + arguments);
        return process.waitForFinished() && process.exitCode() == 0;
    };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    for (int i = 0; i < 2; ++i)
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"),
                     QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                     i == 0 ? QStringLiteral("feat(cli): local %1").arg(i)
                            : QStringLiteral("Local %1").arg(i)}));
    const QString folder = QFileInfo(repo.path()).canonicalFilePath();

    QCOMPARE(
        devpulse({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("localgit"),
                  QStringLiteral("--folder"), QStringLiteral("/nonexistent/folder")})
            .exitCode,
        5);
    const Run added = devpulse({QStringLiteral("provider"), QStringLiteral("add"),
                                QStringLiteral("localgit"), QStringLiteral("--folder"), folder});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run synced = devpulse({QStringLiteral("sync"), QStringLiteral("--account"),
                                 QStringLiteral("localgit:") + folder});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY2(synced.out.contains(QLatin1String("2 commits")), qPrintable(synced.out));
    const Run local = devpulse({QStringLiteral("query"), QStringLiteral("commits"),
                                QStringLiteral("--filter"), QStringLiteral("provider=localgit"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(local.out.toUtf8()).object()[QLatin1String("total")].toInt(),
             2);

    // A team made in People and teams… (here through core, on the same cache file).
    const Result<CacheOpenReport> report = CacheDatabase::prepare(m_dataDir.path());
    QVERIFY(report.ok());
    {
        CacheConnection connection(report.value().address, QStringLiteral("tst_cli"));
        const Result<qint64> team = Teams::create(connection.database(), QStringLiteral("Core"));
        QVERIFY(team.ok());
        QVERIFY(Teams::setMembers(connection.database(), team.value(),
                                  {QStringLiteral("ada@example.com")})
                    .ok());
    }
    auto punchTotal = [this](const QStringList &extra) {
        const Run run = devpulse(QStringList{QStringLiteral("metrics"), QStringLiteral("punchcard"),
                                             QStringLiteral("--format"), QStringLiteral("json")}
                                 + extra);
        return run.exitCode != 0 ? -run.exitCode
                                 : QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()[QLatin1String("total")]
                                       .toInt();
    };
    QCOMPARE(punchTotal({QStringLiteral("--team"), QStringLiteral("core")}), 2);
    // Kinds of work: each commit's from its subject, as a filter and as a metric.
    QCOMPARE(punchTotal({QStringLiteral("--kind"), QStringLiteral("feat")}), 1);
    QCOMPARE(punchTotal({QStringLiteral("--kind"), QStringLiteral("feat"), QStringLiteral("--kind"),
                         QStringLiteral("other")}),
             2);
    QCOMPARE(punchTotal({QStringLiteral("--kind"), QStringLiteral("fix")}), 0);
    QCOMPARE(punchTotal({QStringLiteral("--kind"), QStringLiteral("feature")}), -2);
    const Run kinds = devpulse({QStringLiteral("metrics"), QStringLiteral("work-types"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(kinds.exitCode == 0, qPrintable(kinds.err));
    const QJsonObject kindsJson = QJsonDocument::fromJson(kinds.out.toUtf8()).object();
    const QJsonArray kindRows = kindsJson[QLatin1String("items")].toArray();
    QCOMPARE(kindRows.size(), 2);
    QStringList seen;
    for (const QJsonValue &row : kindRows) {
        QCOMPARE(row[QLatin1String("commits")].toInt(), 1);
        QCOMPARE(row[QLatin1String("share_percent")].toDouble(), 50.0);
        QCOMPARE(row[QLatin1String("month")].toString(),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM-01")));
        seen << row[QLatin1String("kind")].toString();
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("feat"), QStringLiteral("other")}));
    QVERIFY2(kindsJson[QLatin1String("summary")].toString().contains(QLatin1String("Of 2 commits")),
             qPrintable(kinds.out));
    QCOMPARE(punchTotal({QStringLiteral("--author"), QStringLiteral("someone@else.example")}), 0);
    const Run unknown = devpulse({QStringLiteral("metrics"), QStringLiteral("punchcard"),
                                  QStringLiteral("--team"), QStringLiteral("Frontend")});
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY2(unknown.err.contains(QLatin1String("Teams: Core")), qPrintable(unknown.err));
}

namespace {
QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

void TestCli::exportPdfCsvAndPngWithoutADisplay()
{
    // The cache holds the earlier tests' local repository (2 commits) and CSV activity.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    const Run report
        = devpulse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                    QStringLiteral("--range"), QStringLiteral("all"), QStringLiteral("-o"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(report.out.contains(QLatin1String("pages)")));
    // Standard error holds DevPulse's messages only, not Qt's notes to developers.
    QVERIFY2(report.err.trimmed().isEmpty(), qPrintable(report.err));
    // A report in words: title page, every chart's title and its numbers...
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const char *expected :
         {"DevPulse report", "Accounts", "When commits happen", "Commits per day",
          "Time from opening to merge", "Activity by service", "2 commits", "page 2"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(text.contains(QLatin1String("Local git repositories")));
    // ...drawn as vector text with embedded fonts, not a page-sized picture.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QLatin1String("TrueType")), qPrintable(fonts));
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    for (const QString &image : images) {
        const QStringList columns = image.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.value(3).toInt() < 400 && columns.value(4).toInt() < 400,
                 qPrintable(image));
    }

    const Run csv
        = devpulse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--range"), QStringLiteral("all"), QStringLiteral("--bom"),
                    QStringLiteral("-o"), out.filePath(QStringLiteral("csv"))});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QFile punch(out.filePath(QStringLiteral("csv/devpulse-punchcard.csv")));
    QVERIFY(punch.open(QIODevice::ReadOnly));
    const QByteArray punchCsv = punch.readAll();
    QVERIFY(punchCsv.startsWith("\xEF\xBB\xBFweekday,hour,commits\r\n"));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("csv/devpulse-activity.csv"))));

    const QString png = out.filePath(QStringLiteral("punch.png"));
    const Run picture
        = devpulse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"),
                    QStringLiteral("--chart"), QStringLiteral("punchcard"),
                    QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("-o"), png});
    QVERIFY2(picture.exitCode == 0, qPrintable(picture.err));
    QFile image(png);
    QVERIFY(image.open(QIODevice::ReadOnly));
    QVERIFY(image.read(8) == QByteArray("\x89PNG\r\n\x1a\n"));

    // An open range (--since without --until) ends today, and answers like any other (it
    // waited two minutes and failed with "took too long").
    const QString since = out.filePath(QStringLiteral("since.csv"));
    QElapsedTimer sinceTimer;
    sinceTimer.start();
    const Run openRange = devpulse({QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--chart"),
                                    QStringLiteral("punchcard"), QStringLiteral("--since"),
                                    QStringLiteral("2000-01-01"), QStringLiteral("-o"), since});
    QVERIFY2(openRange.exitCode == 0, qPrintable(openRange.err));
    QVERIFY2(sinceTimer.elapsed() < 60000, qPrintable(QString::number(sinceTimer.elapsed())));
    QFile sinceFile(since);
    QVERIFY(sinceFile.open(QIODevice::ReadOnly));
    QVERIFY(sinceFile.readAll().startsWith("weekday,hour,commits"));

    QCOMPARE(devpulse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")})
                 .exitCode,
             2); // no -o
    QCOMPARE(
        devpulse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--chart"), QStringLiteral("nope"), QStringLiteral("-o"), pdf})
            .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
