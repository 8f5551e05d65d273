#include "app/appcontroller.h"
#include "app/cli/cli.h"
#include "app/commandline.h"
#include "app/singleinstance.h"
#include "core/accounts/teamdatabase.h"
#include "core/common/translations.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretstore.h"
#include "core/storage/cachedatabase.h"
#include "core/storage/datalocation.h"
#include "core/sync/synclease.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputs("\n", stream);
    std::fflush(stream);
}

// Fatal start-up problems go to standard error (for terminals and logs) and to a dialog
// (for people who double-clicked DevPulse).
int failStartup(const Error &error)
{
    printTo(stderr, QStringLiteral("devpulse: %1").arg(error.toLogString()));
    QMessageBox::critical(nullptr, QObject::tr("DevPulse cannot start"), error.userMessage);
    return 1;
}

// The team database when one is chosen (--database, $DEVPULSE_DATABASE, Settings), with its
// password from the keychain; else the SQLite cache in the data folder.
Result<CacheOpenReport> openCache(const QString &dataDir, const QString &databaseOption,
                                  SecretStore &secrets)
{
    const QString database = TeamDatabase::chosen(databaseOption);
    if (database.isEmpty())
        return CacheDatabase::prepare(dataDir);
    std::optional<Result<void>> loaded;
    QEventLoop loop;
    TeamDatabase::loadPassword(secrets, database, [&](const Result<void> &done) {
        loaded = done;
        loop.quit();
    });
    if (!loaded) // a bad address answers at once
        loop.exec();
    if (!*loaded)
        return loaded->error();
    Result<CacheOpenReport> shared = CacheDatabase::prepareShared(database);
    if (shared && QSettings().value(QLatin1String(TeamDatabase::ReadOnlySettingsKey)).toBool())
        shared.value().readOnly = true;
    return shared;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse"));
    QCoreApplication::setApplicationName(QStringLiteral("devpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEVPULSE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // `devpulse sync`, `devpulse query ...`: the command line companion, no window.
    if (Cli::isCommand(arguments))
        return Cli::run(argc, argv);
    const CommandLineOptions options = CommandLine::parse(arguments);
    switch (options.action) {
    case CommandLineOptions::Action::ShowHelp: printTo(stdout, options.helpText); return 0;
    case CommandLineOptions::Action::ShowVersion:
        printTo(stdout, QStringLiteral("DevPulse %1").arg(QLatin1String(DEVPULSE_VERSION)));
        return 0;
    case CommandLineOptions::Action::UsageError:
        printTo(stderr,
                QStringLiteral("devpulse: %1\n\n%2").arg(options.errorMessage, options.helpText));
        return CommandLine::UsageExitCode;
    case CommandLineOptions::Action::RunGui: break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("DevPulse"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/devpulse/icons/devpulse.svg")));
    QApplication::setDesktopFileName(QStringLiteral("devpulse"));
    // The system's language unless one was chosen in Settings (applies from the next start).
    Translations::install(Translations::resolve(
        QSettings().value(QLatin1String(Translations::LanguageKey)).toString()));

    const Result<QString> dataDir
        = DataLocation::ensureWritable(DataLocation::resolve(options.dataDir));
    if (!dataDir)
        return failStartup(dataDir.error());
    // Before the cache is touched: a second DevPulse on the same data would, for one, close
    // the first one's running syncs as "interrupted".
    SingleInstance instance(dataDir.value());
    if (instance.activateRunningInstance()) {
        printTo(stdout, QObject::tr("DevPulse is already running; its window was brought to the "
                                    "front."));
        return 0;
    }
    QString listenError;
    if (!instance.listen(&listenError)) {
        if (instance.activateRunningInstance()) { // it won a start at the same moment
            printTo(stdout, QObject::tr("DevPulse is already running; its window was brought to "
                                        "the front."));
            return 0;
        }
        printTo(stderr, QStringLiteral("devpulse: no single-instance guard: %1").arg(listenError));
    }
    // One network stack and keychain for the GUI thread; workers make their own.
    QNetworkAccessManager network;
    HttpClient http(&network);
    SecretStore secrets;
    const Result<CacheOpenReport> cache = openCache(dataDir.value(), options.database, secrets);
    if (!cache)
        return failStartup(cache.error());
    {
        CacheConnection connection(cache.value().address, QStringLiteral("startup"));
        if (connection.isOpen())
            (void)SyncLease::closeAbandonedRuns(connection.database(), cache.value().address,
                                                QDateTime::currentDateTimeUtc());
    }

    AppController controller(dataDir.value(), cache.value(), &http, &secrets);
    MainWindow &window = controller.window();
    controller.start();
    QObject::connect(&instance, &SingleInstance::activationRequested, &controller,
                     &AppController::bringWindowToFront);

    if (!cache.value().damagedFileMovedTo.isEmpty()) {
        // After the window is up, so that the message has a parent and the app a face.
        QTimer::singleShot(0, &window, [&window, movedTo = cache.value().damagedFileMovedTo] {
            QMessageBox::warning(
                &window, QObject::tr("Cache was damaged"),
                QObject::tr("DevPulse's cache file was damaged and could not be read. It was "
                            "kept as %1 and a fresh cache was started: sync your accounts again "
                            "to fill it.")
                    .arg(QDir::toNativeSeparators(movedTo)));
        });
    }
    return app.exec();
}
