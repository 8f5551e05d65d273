// devpulse auth login|status|logout and devpulse provider add.
#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/auth/browsersignin.h"
#include "core/auth/devicesignin.h"
#include "core/auth/githubhost.h"
#include "core/auth/oauthclientconfig.h"
#include "core/net/httpclient.h"
#include "core/providers/providercatalog.h"
#include "core/storage/cachedatabase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

namespace CliCommands {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Signs in with `token` (from any flow) and waits for the account to be recorded.
int connectToken(CliContext &context, GitHubAccounts &accounts, const GitHubHost &host,
                 const QString &token)
{
    QEventLoop loop;
    int exitCode = Cli::Failure;
    QObject::connect(
        &accounts, &GitHubAccounts::accountConnected, &loop, [&](qint64, const QString &login) {
            context.out() << Tr::tr("Signed in to %1 as %2.").arg(host.displayName(), login)
                          << "\n";
            exitCode = Cli::Ok;
            loop.quit();
        });
    QObject::connect(&accounts, &GitHubAccounts::connectFailed, &loop, [&](const Error &error) {
        exitCode = context.fail(error);
        loop.quit();
    });
    accounts.connectWithToken(host, token);
    loop.exec();
    return exitCode;
}

int login(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        Tr::tr("GitHub Enterprise address (default github.com)."),
                                        QStringLiteral("url"));
    const QCommandLineOption tokenOption(
        QStringLiteral("with-token"), Tr::tr("Read a personal access token from standard input."));
    const QCommandLineOption deviceOption(
        QStringLiteral("device"), Tr::tr("Sign in with a code entered in a browser anywhere."));
    const QCommandLineOption webOption(QStringLiteral("web"),
                                       Tr::tr("Sign in in this computer's browser."));
    parser.addOptions({hostOption, tokenOption, deviceOption, webOption});
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse auth login [--host URL] (--with-token | "
                              "--device | --web)"),
                       &exitCode))
        return exitCode;
    const int flows = int(parser.isSet(tokenOption)) + int(parser.isSet(deviceOption))
                      + int(parser.isSet(webOption));
    if (flows != 1)
        return context.usageError(Tr::tr("Choose one of --with-token, --device or --web."));
    const Result<GitHubHost> host = GitHubHost::fromUserInput(
        parser.isSet(hostOption) ? parser.value(hostOption) : QStringLiteral("github.com"));
    if (!host)
        return context.usageError(host.error().userMessage);
    if (!context.openCacheForWriting(&exitCode))
        return exitCode;

    QNetworkAccessManager network;
    HttpClient http(&network);
    GitHubAccounts accounts(&http, &context.secrets(), context.cacheAddress());
    if (parser.isSet(tokenOption)) {
        const QString token = context.readStandardInput();
        if (token.isEmpty())
            return context.usageError(
                Tr::tr("No token on standard input. Example: devpulse auth login --with-token < "
                       "token.txt"));
        return connectToken(context, accounts, host.value(), token);
    }

    const OAuthClientConfig client = OAuthClientConfig::resolve();
    if (!client.hasClientId())
        return context.fail(Error{Tr::tr("This copy of DevPulse has no GitHub OAuth App client id. "
                                         "Set DEVPULSE_GITHUB_CLIENT_ID (see README) or use "
                                         "--with-token."),
                                  QStringLiteral("no client id"), ErrorKind::InvalidInput});
    QEventLoop loop;
    std::optional<Result<QString>> token;
    auto finish = [&](const Result<QString> &result) {
        token = result;
        loop.quit();
    };
    std::unique_ptr<QObject> flow;
    if (parser.isSet(deviceOption)) {
        auto *device = new DeviceSignIn(&http, host.value(), client);
        flow.reset(device);
        QObject::connect(device, &DeviceSignIn::userCodeReady, &loop, [&](const DeviceCode &code) {
            context.err() << Tr::tr("Open %1 and enter the code %2 (valid until %3).")
                                 .arg(
                                     code.verificationUri.toString(), code.userCode,
                                     code.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                          << "\n";
            context.err().flush();
        });
        QObject::connect(device, &DeviceSignIn::succeeded, &loop,
                         [&](const OAuthToken &granted) { finish(granted.accessToken); });
        QObject::connect(device, &DeviceSignIn::failed, &loop,
                         [&](const Error &error) { finish(error); });
        device->start();
    } else {
        auto *browser = new BrowserSignIn(&http, host.value(), client);
        flow.reset(browser);
        QObject::connect(
            browser, &BrowserSignIn::openBrowserRequested, &loop, [&](const QUrl &url) {
                context.err() << Tr::tr("Opening your browser; if nothing opens, visit:\n%1")
                                     .arg(url.toString(QUrl::FullyEncoded))
                              << "\n";
                context.err().flush();
                QProcess::startDetached(QStringLiteral("xdg-open"),
                                        {url.toString(QUrl::FullyEncoded)});
            });
        QObject::connect(browser, &BrowserSignIn::succeeded, &loop,
                         [&](const OAuthToken &granted) { finish(granted.accessToken); });
        QObject::connect(browser, &BrowserSignIn::failed, &loop,
                         [&](const Error &error) { finish(error); });
        browser->start();
    }
    loop.exec();
    if (!token || !*token)
        return context.fail(token ? token->error() : Error{Tr::tr("Sign-in stopped."), QString()});
    return connectToken(context, accounts, host.value(), token->value());
}

QString authStateName(AccountAuthState state)
{
    switch (state) {
    case AccountAuthState::Connected: return QStringLiteral("connected");
    case AccountAuthState::NeedsReauthorisation: return QStringLiteral("needs_reauthorisation");
    case AccountAuthState::SignedOut: return QStringLiteral("signed_out");
    }
    return QString();
}

int status(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(jsonOption);
    int exitCode = Cli::Ok;
    if (!context.parse(parser, Tr::tr("Usage: devpulse auth status [--json]"), &exitCode)
        || !context.openCache(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(connection.database());
    if (!accounts)
        return context.fail(accounts.error());
    CliOutput::Rows rows;
    rows.fields = {QStringLiteral("id"),
                   QStringLiteral("provider"),
                   QStringLiteral("host"),
                   QStringLiteral("login"),
                   QStringLiteral("state"),
                   QStringLiteral("scopes"),
                   QStringLiteral("rate_limit_remaining"),
                   QStringLiteral("rate_limit"),
                   QStringLiteral("last_sync_at"),
                   QStringLiteral("last_error")};
    for (const AccountSummary &summary : accounts.value()) {
        const bool isGitHub = summary.account.provider == QLatin1String("github");
        rows.rows << QVariantList{
            summary.id,
            summary.account.provider,
            isGitHub ? GitHubHost::fromStoredBaseUrl(summary.account.baseUrl).displayName()
                     : summary.account.baseUrl,
            summary.account.login,
            authStateName(summary.authState),
            summary.account.scopes,
            summary.rateLimitRemaining >= 0 ? QVariant(summary.rateLimitRemaining) : QVariant(),
            summary.rateLimit >= 0 ? QVariant(summary.rateLimit) : QVariant(),
            summary.lastSyncAt.isValid()
                ? QVariant(summary.lastSyncAt.toUTC().toString(Qt::ISODate))
                : QVariant(),
            summary.lastError.isEmpty() ? QVariant() : QVariant(summary.lastError)};
    }
    if (rows.rows.isEmpty() && !parser.isSet(jsonOption)) {
        context.out() << Tr::tr("No accounts. Sign in with: devpulse auth login --with-token")
                      << "\n";
        return Cli::Ok;
    }
    CliOutput::print(context.out(), rows,
                     parser.isSet(jsonOption) ? CliOutput::Format::Json : CliOutput::Format::Table);
    return Cli::Ok;
}

int logout(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           Tr::tr("The account: id, login or provider:login."),
                                           QStringLiteral("account"));
    const QCommandLineOption purgeOption(QStringLiteral("purge"),
                                         Tr::tr("Also delete everything cached for the account."));
    parser.addOptions({accountOption, purgeOption});
    int exitCode = Cli::Ok;
    if (!context.parse(parser, Tr::tr("Usage: devpulse auth logout [--account A] [--purge]"),
                       &exitCode)
        || !context.openCacheForWriting(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    const Result<AccountSummary> account
        = findAccount(connection.database(), parser.value(accountOption));
    if (!account)
        return context.fail(account.error());
    QNetworkAccessManager network;
    HttpClient http(&network);
    GitHubAccounts accounts(&http, &context.secrets(), context.cacheAddress());
    QEventLoop loop;
    QObject::connect(&accounts, &GitHubAccounts::accountDisconnected, &loop, [&] {
        context.out() << (parser.isSet(purgeOption)
                              ? Tr::tr("Signed out of %1; its cached data was deleted.")
                              : Tr::tr("Signed out of %1; its cached data was kept."))
                             .arg(account.value().account.login)
                      << "\n";
        exitCode = Cli::Ok;
        loop.quit();
    });
    QObject::connect(&accounts, &GitHubAccounts::disconnectFailed, &loop, [&](const Error &error) {
        exitCode = context.fail(error);
        loop.quit();
    });
    accounts.disconnectAccount(account.value().id, parser.isSet(purgeOption));
    loop.exec();
    return exitCode;
}

} // namespace

Result<AccountSummary> findAccount(QSqlDatabase &db, const QString &spec)
{
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(db);
    if (!accounts)
        return accounts.error();
    QList<AccountSummary> matches;
    for (const AccountSummary &summary : accounts.value()) {
        const QString qualified
            = summary.account.provider + QLatin1Char(':') + summary.account.login;
        if (spec.isEmpty() || spec == QString::number(summary.id) || spec == summary.account.login
            || spec == qualified)
            matches << summary;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{spec.isEmpty()
                         ? Tr::tr("There is no account yet. Sign in with: devpulse auth login")
                         : Tr::tr("No account “%1”. See: devpulse auth status").arg(spec),
                     QStringLiteral("no such account"), ErrorKind::InvalidInput};
    QStringList names;
    for (const AccountSummary &summary : std::as_const(matches))
        names << summary.account.provider + QLatin1Char(':') + summary.account.login;
    return Error{Tr::tr("Several accounts match; choose one with --account: %1")
                     .arg(names.join(QStringLiteral(", "))),
                 QStringLiteral("ambiguous account"), ErrorKind::InvalidInput};
}

int auth(CliContext &context, const QString &subcommand)
{
    if (subcommand == QLatin1String("login"))
        return login(context);
    if (subcommand == QLatin1String("status"))
        return status(context);
    if (subcommand == QLatin1String("logout"))
        return logout(context);
    return context.usageError(
        Tr::tr("Unknown auth command “%1”: use login, status or logout.").arg(subcommand));
}

int provider(CliContext &context, const QString &subcommand)
{
    if (subcommand != QLatin1String("add"))
        return context.usageError(
            Tr::tr("Unknown provider command “%1”: use add.").arg(subcommand));
    QCommandLineParser parser;
    const QCommandLineOption userOption(QStringLiteral("user"), Tr::tr("Your username there."),
                                        QStringLiteral("name"));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          Tr::tr("The repository folder (localgit)."),
                                          QStringLiteral("dir"));
    const QCommandLineOption apiOption(QStringLiteral("api-url"),
                                       Tr::tr("A self-hosted server's address."),
                                       QStringLiteral("url"));
    parser.addOptions({userOption, folderOption, apiOption});
    parser.addPositionalArgument(QStringLiteral("provider"),
                                 Tr::tr("wakatime, codewars, exercism or localgit"));
    int exitCode = Cli::Ok;
    const QString usage = Tr::tr("Usage: devpulse provider add wakatime|codewars|exercism|localgit "
                                 "[--user NAME] [--folder DIR] (keys on standard input)");
    if (!context.parse(parser, usage, &exitCode))
        return exitCode;
    const QString providerId = parser.positionalArguments().value(0);
    const Provider *found = ProviderCatalog::find(providerId);
    if (!found || providerId == QLatin1String("github") || providerId == QLatin1String("csv"))
        return context.usageError(
            Tr::tr("Unknown provider “%1”. GitHub: devpulse auth login; CSV files: devpulse import "
                   "csv FILE.\n%2")
                .arg(providerId, usage));
    const ProviderInfo info = found->info();
    ProviderCredentials credentials;
    credentials.login = info.authKind == ProviderAuthKind::Folder ? parser.value(folderOption)
                                                                  : parser.value(userOption);
    credentials.baseUrl = parser.value(apiOption);
    if (info.needsSecret || info.secretOptional)
        credentials.secret = context.readStandardInput();
    if (!context.openCacheForWriting(&exitCode))
        return exitCode;
    ProviderAccounts accounts(&context.secrets(), context.cacheAddress());
    QEventLoop loop;
    QObject::connect(&accounts, &ProviderAccounts::accountConnected, &loop,
                     [&](qint64, const QString &, const QString &login) {
                         context.out() << Tr::tr("Connected %1 (%2). Sync it with: devpulse sync "
                                                 "--account %3:%2")
                                              .arg(info.displayName, login, providerId)
                                       << "\n";
                         exitCode = Cli::Ok;
                         loop.quit();
                     });
    QObject::connect(&accounts, &ProviderAccounts::connectFailed, &loop, [&](const Error &error) {
        exitCode = context.fail(error);
        loop.quit();
    });
    accounts.connectWithCredentials(providerId, credentials);
    loop.exec();
    return exitCode;
}

} // namespace CliCommands
