// devpulse sync: the same SyncManager and workers as the window, progress on standard error.
#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "app/cli/cliinterrupt.h"
#include "app/cli/clioutput.h"
#include "core/common/logging.h"
#include "core/common/syncprogress.h"
#include "core/metrics/commitsnapshot.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/synchistory.h"
#include "core/sync/syncmanager.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QSet>

namespace CliCommands {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int sync(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        Tr::tr("Sync only this account (id, login or provider:login); repeatable."),
        QStringLiteral("account"));
    const QCommandLineOption fullOption(QStringLiteral("full"),
                                        Tr::tr("Read everything again instead of what is new."));
    const QCommandLineOption repoOption(QStringLiteral("repo"),
                                        Tr::tr("Only this repository (owner/name); repeatable."),
                                        QStringLiteral("owner/name"));
    parser.addOptions({accountOption, repoOption, fullOption});
    int exitCode = Cli::Ok;
    if (!context.parse(
            parser, Tr::tr("Usage: devpulse sync [--account A]... [--repo owner/name]... [--full]"),
            &exitCode)
        || !context.openCacheForWriting(&exitCode))
        return exitCode;

    QList<AccountSummary> targets;
    {
        CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
        if (parser.isSet(accountOption)) {
            for (const QString &spec : parser.values(accountOption)) {
                const Result<AccountSummary> account = findAccount(connection.database(), spec);
                if (!account)
                    return context.fail(account.error());
                targets << account.value();
            }
        } else {
            const Result<QList<AccountSummary>> all
                = CacheOverview::accounts(connection.database());
            if (!all)
                return context.fail(all.error());
            for (const AccountSummary &summary : all.value()) {
                if (summary.authState == AccountAuthState::Connected)
                    targets << summary;
            }
        }
    }
    if (targets.isEmpty()) {
        context.err() << Tr::tr("Nothing to sync: no connected account. See: devpulse auth status")
                      << "\n";
        return Cli::AuthNeeded;
    }

    const QStringList repos = parser.values(repoOption);
    const bool full = parser.isSet(fullOption);
    return runSyncs(context, targets, [&](SyncManager &manager, qint64 accountId) {
        manager.syncRepositories(accountId, repos, full);
    });
}

int runSyncs(CliContext &context, const QList<AccountSummary> &targets,
             const std::function<void(SyncManager &, qint64 accountId)> &start,
             bool reportOnStandardError)
{
    QTextStream &report = reportOnStandardError ? context.err() : context.out();
    SyncManager manager(context.cacheAddress(), &context.secrets());
    QEventLoop loop;
    QSet<qint64> pending;
    QHash<qint64, QString> names;
    for (const AccountSummary &summary : std::as_const(targets)) {
        pending.insert(summary.id);
        names.insert(summary.id,
                     summary.account.provider + QLatin1Char(':') + summary.account.login);
    }
    bool authNeeded = false;
    bool rateLimited = false;
    bool failed = false;
    const QLocale locale;
    auto done = [&](qint64 accountId) {
        pending.remove(accountId);
        if (pending.isEmpty())
            loop.quit();
    };
    QObject::connect(&manager, &SyncManager::progressChanged, &loop,
                     [&](qint64 accountId, const SyncProgress &progress) {
                         if (!context.errIsTerminal())
                             return; // progress is for people; logs get the summary
                         // One line, rewritten in place: the window's sentence.
                         const QString text = CliOutput::forTerminal(
                             describeSyncProgress(progress, QDateTime::currentDateTimeUtc()));
                         context.err() << "\r\x1b[K" << names.value(accountId) << ": " << text;
                         context.err().flush();
                     });
    QObject::connect(&manager, &SyncManager::authenticationRequired, &loop,
                     [&](qint64) { authNeeded = true; });
    QObject::connect(&manager, &SyncManager::syncFailedToStart, &loop,
                     [&](qint64 accountId, const Error &error) {
                         context.err()
                             << names.value(accountId) << ": " << error.userMessage << "\n";
                         failed = true;
                         authNeeded = authNeeded || error.kind == ErrorKind::AuthenticationRequired;
                         done(accountId);
                     });
    QObject::connect(
        &manager, &SyncManager::syncFinished, &loop, [&](qint64 accountId, const SyncRun &run) {
            if (context.errIsTerminal())
                context.err() << "\r\x1b[K";
            const QString items = describeSyncItems(run.itemsByKind);
            const QString counts = Tr::tr("%1; %2 requests, %3 not modified, %4 waits (%5 s)")
                                       .arg(items.isEmpty() ? Tr::tr("nothing new") : items)
                                       .arg(run.requests)
                                       .arg(run.notModified)
                                       .arg(run.waits)
                                       .arg(run.waitSeconds);
            if (run.status == SyncRunStatus::Succeeded) {
                report << names.value(accountId) << ": " << counts << "\n";
            } else if (run.status == SyncRunStatus::Cancelled) {
                context.err() << names.value(accountId) << ": "
                              << Tr::tr("cancelled (%1)").arg(counts) << "\n";
                failed = true;
            } else if (run.skipped) {
                // Not a failure: the other DevPulse is bringing the same data in.
                context.err() << names.value(accountId) << ": " << run.error << "\n";
            } else {
                context.out().flush();
                context.err() << CliOutput::forTerminal(names.value(accountId)) << ": "
                              << CliOutput::forTerminal(Tr::tr("failed: %1").arg(run.error)) << " ("
                              << counts << ")\n";
                failed = true;
                rateLimited = rateLimited || run.errorKind == ErrorKind::RateLimited;
                authNeeded = authNeeded || run.errorKind == ErrorKind::AuthenticationRequired;
            }
            context.out().flush();
            context.err().flush();
            done(accountId);
        });
    // Ctrl+C or SIGTERM (a stopped service, a closed terminal) cancel like the window's
    // Cancel: each run is recorded as cancelled and its lock released; a second one kills.
    const CliInterrupt interrupt([&](int) {
        context.err() << "\n"
                      << Tr::tr("Cancelling the sync; it continues from here next time. Press "
                                "Ctrl+C again to stop at once.")
                      << "\n";
        context.err().flush();
        manager.cancelAll();
    });
    for (const AccountSummary &summary : std::as_const(targets))
        start(manager, summary.id);
    if (!pending.isEmpty())
        loop.exec();
    // The window's next start then reads the commits it charts from the kept snapshot instead
    // of every commit (a second at a million); nothing to do when no commit changed.
    if (!CommitSnapshot::keptFileFor(context.cacheAddress()).isEmpty()) {
        CacheConnection after(context.cacheAddress(), QStringLiteral("cli"));
        if (after.isOpen()
            && !CommitSnapshot::refreshKeptFile(after.database(), context.cacheAddress()))
            qCInfo(lcStorage) << "could not keep the commit snapshot beside the cache; the "
                                 "window reads the commits at its next start";
    }
    if (interrupt.signal() != 0)
        return interrupt.exitCode();
    if (authNeeded)
        return Cli::AuthNeeded;
    if (rateLimited)
        return Cli::RateLimited;
    return failed ? Cli::Failure : Cli::Ok;
}

} // namespace CliCommands
