// The benchmark's fake GitHub in a process of its own, so that building its JSON pages does
// not count as DevPulse's work (issue 20, item 8): the account bench_githubsync describes,
// `repos` repositories of 500 commits, 50 pull requests and 100 issue items.
//   bench_fakegithub <repos> <latency-ms>
// Prints "listening <port>" once it answers. Commands on standard input, one per line:
//   change <name>   a new commit on the default branch of octo/<name>; answers "changed"
// Ends when standard input closes.
#include "tests/support/fakegithub.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int repos = args.value(1, QStringLiteral("200")).toInt();
    const int latencyMs = args.value(2, QStringLiteral("0")).toInt();

    FakeGitHub github;
    if (!github.listen())
        return 1;
    for (int i = 0; i < repos; ++i)
        github.addGeneratedRepo(QStringLiteral("octo"),
                                QStringLiteral("repo-%1").arg(i, 3, 10, QLatin1Char('0')), 500, 50,
                                100);
    github.server().setLatency(std::chrono::milliseconds(latencyMs));
    // Connections kept open as GitHub's are, and each answer built once (the benchmark syncs
    // once before it measures): what is timed is DevPulse's work, not the fake's.
    github.server().setKeepAlive(true);
    github.server().setAnswerCache(true);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t read = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (read <= 0) {
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, read);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QList<QByteArray> words = pending.left(end).trimmed().split(' ');
            pending.remove(0, end + 1);
            if (words.value(0) == "change") {
                FakeGitHub::Repo *repo
                    = github.findRepo(QStringLiteral("octo"), QString::fromUtf8(words.value(1)));
                github.server().clearAnswerCache();
                if (repo)
                    repo->commits << FakeGitHub::generatedCommit(
                        int(repo->commits.size()),
                        QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC), QStringLiteral("new"));
                std::printf("%s\n", repo ? "changed" : "unknown repository");
                std::fflush(stdout);
            }
        }
    });
    std::printf("listening %d\n", github.baseUrl().port());
    std::fflush(stdout);
    return app.exec();
}
