#include "tests/app/devpulseprocess.h"
#include "tests/support/fakegithub.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/// Choosing repositories from the command line as a cron-only user does it (issue 20):
/// `devpulse repos list|select|unselect` against a fake GitHub with organisations, and the
/// options every command takes written before the command. Every command a real process.
class TestCliRepos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharedOptionsBeforeTheCommand();
    void repositoriesListedAndChosenBeforeTheFirstSync();
    void whatCountsAsADeploymentChosenFromTheCommandLine();

private:
    using Run = DevPulseRun;
    FakeGitHub m_github;
};

void TestCliRepos::initTestCase()
{
    QVERIFY(m_github.listen());
    // The login of the recorded GET /user answer, with two repositories of its own.
    m_github.addGeneratedRepo(QStringLiteral("jacquev6"), QStringLiteral("app"), 120, 12, 9);
    m_github.addGeneratedRepo(QStringLiteral("jacquev6"), QStringLiteral("lib"), 30, 2, 3);
}

void TestCliRepos::sharedOptionsBeforeTheCommand()
{
    // `devpulse --data-dir X sync` is `devpulse sync --data-dir X` (it started the window).
    QTemporaryDir elsewhere;
    const QString cacheFile = elsewhere.filePath(QStringLiteral("devpulse.sqlite"));
    for (const QStringList &before :
         {QStringList{QStringLiteral("--data-dir"), elsewhere.path()},
          QStringList{QStringLiteral("--data-dir=") + elsewhere.path()}}) {
        const Run listed
            = runDevPulse(before
                              + QStringList{QStringLiteral("query"), QStringLiteral("repos"),
                                            QStringLiteral("--format"), QStringLiteral("json")},
                          QString(), QStringLiteral("DevPulse-cli-test"));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(
            QJsonDocument::fromJson(listed.out.toUtf8()).object()[QLatin1String("total")].toInt(),
            0);
        QVERIFY(QFileInfo::exists(cacheFile)); // the cache was opened there, not in the default
    }
    const Run status = runDevPulse({QStringLiteral("--data-dir"), elsewhere.path(),
                                    QStringLiteral("cache"), QStringLiteral("status")},
                                   QString(), QStringLiteral("DevPulse-cli-test"));
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(elsewhere.path()), qPrintable(status.out));
}

void TestCliRepos::repositoriesListedAndChosenBeforeTheFirstSync()
{
    // A cron-only user: sign in, see every repository (the account's and two organisations'),
    // choose some, sync, and see what the cache holds, without the window.
    m_github.orgLogins = {QStringLiteral("acme"), QStringLiteral("tools-org")};
    m_github.addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("platform"), 12, 0, 0);
    m_github.addGeneratedRepo(QStringLiteral("acme"), QStringLiteral("web"), 5, 0, 0);
    m_github.addGeneratedRepo(QStringLiteral("tools-org"), QStringLiteral("cli"), 3, 0, 0);
    QTemporaryDir data;
    auto run = [&data](const QString &line, const QByteArray &input = {}) {
        return runDevPulse(line.split(QLatin1Char(' ')), data.path(),
                           QStringLiteral("DevPulse-cli-test"), input);
    };
    const Run login
        = run(QStringLiteral("auth login --with-token --host ") + m_github.baseUrl().toString(),
              QByteArray(FakeGitHub::Token) + "\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    auto listed = [&run]() {
        const Run list = run(QStringLiteral("repos list --format json"));
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &item :
             QJsonDocument::fromJson(list.out.toUtf8()).object()[QLatin1String("items")].toArray())
            byName.insert(item[QLatin1String("name")].toString(), item.toObject());
        return std::make_pair(list, byName);
    };

    // Before any sync the list comes from GitHub.
    const auto [first, before] = listed();
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // jacquev6/app, jacquev6/lib, acme/platform, acme/web, tools-org/cli
    QVERIFY2(before.size() == 5,
             qPrintable(QStringLiteral("OUT[%1] ERR[%2]").arg(first.out, first.err)));
    QCOMPARE(before[QStringLiteral("jacquev6/app")][QLatin1String("selected_by")].toString(),
             QStringLiteral("repository"));
    QCOMPARE(before[QStringLiteral("acme/web")][QLatin1String("selected")].toBool(), false);
    QVERIFY(before[QStringLiteral("acme/web")][QLatin1String("last_synced")].isNull());

    const QList<std::pair<QString, int>> choices{
        {QStringLiteral("repos select acme/web"), 0},
        {QStringLiteral("repos select --org tools-org --all"), 0},
        {QStringLiteral("repos unselect jacquev6/lib"), 0},
        {QStringLiteral("repos select acme/nope"), 5},
        {QStringLiteral("repos select --org nobody"), 5},
        {QStringLiteral("repos select"), 2},
        {QStringLiteral("repos select acme/web --org acme"), 2},
        {QStringLiteral("repos select --all acme/web"), 2},
        {QStringLiteral("repos select acme"), 2},
        {QStringLiteral("repos frobnicate"), 2}};
    for (const auto &[line, exitCode] : choices) {
        const Run chosen = run(line);
        QVERIFY2(chosen.exitCode == exitCode, qPrintable(line + QLatin1String(": ") + chosen.err));
    }

    const Run synced = run(QStringLiteral("sync"));
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const auto [second, after] = listed();
    QCOMPARE(after[QStringLiteral("acme/web")][QLatin1String("commits_cached")].toInt(), 5);
    QVERIFY(!after[QStringLiteral("acme/web")][QLatin1String("last_synced")].isNull());
    QCOMPARE(after[QStringLiteral("tools-org/cli")][QLatin1String("selected_by")].toString(),
             QStringLiteral("organisation"));
    QCOMPARE(after[QStringLiteral("tools-org/cli")][QLatin1String("commits_cached")].toInt(), 3);
    QCOMPARE(after[QStringLiteral("acme/platform")][QLatin1String("commits_cached")].toInt(), 0);
    QCOMPARE(after[QStringLiteral("jacquev6/lib")][QLatin1String("commits_cached")].toInt(), 0);
    QCOMPARE(after[QStringLiteral("jacquev6/app")][QLatin1String("commits_cached")].toInt(), 120);

    // The table names the columns a person reads.
    const Run table = run(QStringLiteral("repos list"));
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QLatin1String("LAST_SYNCED"))
                 && table.out.contains(QLatin1String("tools-org/cli")),
             qPrintable(table.out));
    QCOMPARE(run(QStringLiteral("repos unselect --org tools-org")).exitCode, 0);
    const auto [third, unticked] = listed();
    QCOMPARE(unticked[QStringLiteral("tools-org/cli")][QLatin1String("selected")].toBool(), false);
}

void TestCliRepos::whatCountsAsADeploymentChosenFromTheCommandLine()
{
    // A repository that deploys with GitHub Actions: its "Deploy" workflow counts by itself;
    // the user chooses "Nightly" instead (read from the next sync on), then tags, and sets what
    // a failure is; `metrics dora` says each time what counted.
    FakeGitHub github;
    QVERIFY(github.listen());
    FakeGitHub::Repo &app
        = github.addGeneratedRepo(QStringLiteral("jacquev6"), QStringLiteral("app"), 30, 0, 0);
    auto workflow = [](int id, const char *name, const char *file) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("path"), QStringLiteral(".github/workflows/") + QLatin1String(file)},
            {QStringLiteral("state"), QStringLiteral("active")}};
    };
    app.workflows << workflow(1, "Deploy", "deploy.yml") << workflow(2, "Nightly", "nightly.yml");
    for (int n = 0; n < 6; ++n) {
        const QString at
            = QDateTime(QDate(2026, 1, 2 + n), QTime(10, 0), Qt::UTC).toString(Qt::ISODate);
        app.workflowRuns << QJsonObject{{QStringLiteral("id"), 100 + n},
                                        {QStringLiteral("workflow_id"), n < 4 ? 1 : 2},
                                        {QStringLiteral("head_sha"), QString(40, QLatin1Char('a'))},
                                        {QStringLiteral("head_branch"), QStringLiteral("main")},
                                        {QStringLiteral("event"), QStringLiteral("push")},
                                        {QStringLiteral("status"), QStringLiteral("completed")},
                                        {QStringLiteral("conclusion"), QStringLiteral("success")},
                                        {QStringLiteral("created_at"), at},
                                        {QStringLiteral("updated_at"), at}};
    }
    QTemporaryDir data;
    auto run = [&data](const QString &line, const QByteArray &input = {}) {
        return runDevPulse(line.split(QLatin1Char(' ')), data.path(),
                           QStringLiteral("DevPulse-cli-test"), input);
    };
    QCOMPARE(run(QStringLiteral("auth login --with-token --host ") + github.baseUrl().toString(),
                 QByteArray(FakeGitHub::Token) + "\n")
                 .exitCode,
             0);
    QCOMPARE(run(QStringLiteral("sync")).exitCode, 0);
    auto countedAs = [&run]() {
        const Run dora = run(QStringLiteral("metrics dora --format json"));
        const QJsonArray repos = QJsonDocument::fromJson(dora.out.toUtf8())
                                     .object()[QLatin1String("dora_repos")]
                                     .toArray();
        return repos.isEmpty()
                   ? dora.err
                   : repos.first()[QLatin1String("counts_as_deployment")].toString()
                         + QLatin1Char('/')
                         + QString::number(repos.first()[QLatin1String("deployments")].toInt());
    };
    QCOMPARE(countedAs(), QStringLiteral("runs of workflow Deploy (automatic)/4"));

    QCOMPARE(run(QStringLiteral("repos delivery jacquev6/app --workflow Nightly")).exitCode, 0);
    QCOMPARE(countedAs(), QStringLiteral("runs of workflow Nightly/0")); // not read yet
    github.findRepo(QStringLiteral("jacquev6"), QStringLiteral("app"))->commits
        << FakeGitHub::generatedCommit(30, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC),
                                       QStringLiteral("app"));
    QCOMPARE(run(QStringLiteral("sync")).exitCode, 0);
    QCOMPARE(countedAs(), QStringLiteral("runs of workflow Nightly/2"));

    const Run settings
        = run(QStringLiteral("repos delivery --failure-window 2 --incident-label sev1"));
    QVERIFY2(settings.exitCode == 0, qPrintable(settings.err));
    QVERIFY2(settings.out.contains(QStringLiteral("within 2 days"))
                 && settings.out.contains(QLatin1String("sev1")),
             qPrintable(settings.out));
    const Run dora = run(QStringLiteral("metrics dora --format json"));
    QVERIFY2(dora.out.contains(QLatin1String("within 2 days")), qPrintable(dora.out.left(2000)));
    for (const QString &wrong :
         {QStringLiteral("repos delivery jacquev6/app"),
          QStringLiteral("repos delivery jacquev6/app --releases --workflow Deploy"),
          QStringLiteral("repos delivery --failure-window 0"),
          QStringLiteral("repos delivery --failure-window soon"),
          QStringLiteral("repos delivery jacquev6/app --releases --failure-window 3")})
        QVERIFY2(run(wrong).exitCode == 2, qPrintable(wrong));
    QCOMPARE(run(QStringLiteral("repos delivery jacquev6/nope --releases")).exitCode, 5);
}

QTEST_GUILESS_MAIN(TestCliRepos)
#include "tst_clirepos.moc"
