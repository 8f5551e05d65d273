#pragma once

#include <QString>

/// How a provider proves who the user is.
enum class ProviderAuthKind { OAuth, ApiKey, Username, File, Folder };

/// What the application knows about a provider before it is connected: its id (stored in
/// accounts.provider), a name and a sentence for the Connections page. Value type, any thread.
struct ProviderInfo
{
    QString id;
    QString displayName;
    QString description;
    ProviderAuthKind authKind = ProviderAuthKind::OAuth;
    bool needsSecret = false;       ///< a token or API key lives in the keychain for each account
    bool secretOptional = false;    ///< the account works without one (Codewars' public profile)
    bool listsRepositories = false; ///< listRepositories() asks the service (GitHub)
    /// Syncs commits, pull requests or issues (GitHub, a local repository): an account's first
    /// sync defers their indexes (BulkLoad).
    bool writesCommits = false;
    QString loginLabel;    ///< "Username", "Folder", ... ("" when the service tells us)
    QString secretLabel;   ///< "API key", "Token"
    QString secretHelpUrl; ///< where the user finds the key
};
