// Local git ingest next to git itself: builds a repository of 100k commits (git fast-import),
// times `git log --numstat` over it, then a first sync of LocalGitProvider into a fresh cache
// (which runs the same git log and writes every commit). Target: sync <= 1.5x git log.
//   build/bench/bench/bench_localgit [commits]
#include "core/providers/localgit/gitlogparser.h"
#include "core/providers/localgit/localgitprovider.h"
#include "tests/support/providerharness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool buildRepository(const QString &dir, int commits)
{
    if (QProcess::execute(QStringLiteral("git"),
                          {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                           QStringLiteral("main"), dir})
        != 0)
        return false;
    QProcess import;
    import.setWorkingDirectory(dir);
    import.start(QStringLiteral("git"), {QStringLiteral("fast-import"), QStringLiteral("--quiet")});
    if (!import.waitForStarted())
        return false;
    const qint64 start = QDateTime(QDate(2022, 1, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 1; i <= commits; ++i) {
        QByteArray stream;
        const QByteArray author = "Dev " + QByteArray::number(i % 7) + " <dev"
                                  + QByteArray::number(i % 7) + "@example.com> "
                                  + QByteArray::number(start + qint64(i) * 977)
                                  + (i % 3 == 0 ? " -0800" : " +0100");
        const QByteArray message = "Change number " + QByteArray::number(i) + "\n\nWith a body.\n";
        QByteArray content;
        for (int line = 0; line < 5 + i % 11; ++line)
            content += "line " + QByteArray::number(line) + " of version " + QByteArray::number(i)
                       + "\n";
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i) + "\nauthor " + author
                  + "\ncommitter " + author + "\ndata " + QByteArray::number(message.size()) + "\n"
                  + message;
        if (i > 1)
            stream += "from :" + QByteArray::number(i - 1) + "\n";
        stream += "M 100644 inline src/file" + QByteArray::number(i % 50) + ".txt\ndata "
                  + QByteArray::number(content.size()) + "\n" + content + "\n";
        import.write(stream);
        if (i % 1000 == 0)
            import.waitForBytesWritten(-1);
    }
    import.closeWriteChannel();
    return import.waitForFinished(-1) && import.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int commits = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    if (!buildRepository(dir.path(), commits)) {
        std::fprintf(stderr, "could not build the repository\n");
        return 1;
    }
    std::printf("built %d commits in %.1f s\n", commits, timer.nsecsElapsed() / 1e9);

    QProcess git;
    git.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), dir.path()}
                                         + GitLogParser::logArguments()
                                         + QStringList{QStringLiteral("HEAD")});
    git.waitForFinished(-1);
    const double gitSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("git log --numstat (same format): %.2f s\n", gitSeconds);

    TestCache cache;
    ProviderHarness harness;
    AccountRecord account;
    account.provider = QStringLiteral("localgit");
    account.login = dir.path();
    const qint64 accountId = harness.addAccount(cache, account);
    if (qEnvironmentVariableIsSet("BENCH_NO_SEARCH_INDEX")) {
        // Diagnostic: how much of the sync is the full-text index of the messages.
        QSqlQuery(cache.db()).exec(QStringLiteral("DROP TRIGGER commits_search_insert"));
        std::printf("(search index trigger dropped)\n");
    }
    timer.restart();
    const ProviderSyncOutcome outcome = harness.sync(LocalGitProvider(), cache, accountId, account);
    const double syncSeconds = timer.nsecsElapsed() / 1e9;
    if (!outcome.result) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(outcome.result.error().toLogString()));
        return 1;
    }
    std::printf(
        "LocalGitProvider first sync: %d commits in %.2f s = %.0f commits/s; %.2fx git log\n",
        cache.rowCount(QStringLiteral("commits")), syncSeconds,
        cache.rowCount(QStringLiteral("commits")) / syncSeconds, syncSeconds / gitSeconds);
    timer.restart();
    (void)harness.sync(LocalGitProvider(), cache, accountId, account);
    std::printf("unchanged re-sync: %.2f s\n", timer.nsecsElapsed() / 1e9);
    return 0;
}
