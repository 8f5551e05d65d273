#pragma once

#include "core/accounts/githubaccounts.h"
#include "core/accounts/provideraccounts.h"
#include "core/net/httpclient.h"
#include "core/query/cachesession.h"
#include "core/secrets/secretstore.h"
#include "core/sync/syncmanager.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

/// What app/main.cpp hands the main window besides the cache: the GUI thread's network
/// stack, the keychain (a service name of this test process's own), accounts and syncs.
struct TestServices
{
    explicit TestServices(const QString &cacheFile)
        : accounts(&http, &secrets, cacheFile)
        , providerAccounts(&secrets, cacheFile)
        , sync(cacheFile, &secrets)
        , cacheSession(cacheFile)
    {}

    QNetworkAccessManager network;
    HttpClient http{&network};
    SecretStore secrets{QStringLiteral("DevPulse-test-%1").arg(QCoreApplication::applicationPid())};
    GitHubAccounts accounts;
    ProviderAccounts providerAccounts;
    SyncManager sync;
    CacheSession cacheSession;
};
