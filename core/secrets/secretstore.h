#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

/// Names one secret: the provider, the host it belongs to and the account login.
struct SecretKey
{
    QString provider; ///< "github", "wakatime", ...
    QString host;     ///< "github.com", "ghe.example.com:8443", or "" where there is one host
    QString login;

    /// The keychain entry's name, e.g. "github:github.com:octocat".
    QString entryName() const;
};

/// Tokens and API keys in the operating system's keychain (Secret Service, macOS Keychain,
/// Windows Credential Manager) through QtKeychain, and nowhere else: there is no plain-text
/// fallback. Every call answers once, through its callback, on the store's thread, with an
/// error a user can act on when no keychain answers (and after a timeout: a locked keyring can
/// wait on a prompt forever). GUI or worker thread; one store per thread.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using WriteCallback = std::function<void(const Result<void> &)>;
    using ReadCallback = std::function<void(const Result<QString> &)>;

    /// `service` groups DevPulse's entries in the keychain; tests pass their own.
    explicit SecretStore(const QString &service = QStringLiteral("DevPulse"),
                         QObject *parent = nullptr);
    /// Jobs still waiting on the keychain are let go, not deleted: the keychain's answer
    /// would reach a deleted job (libsecret keeps a pointer to it). They delete themselves
    /// once answered, telling no one.
    ~SecretStore() override;

    void write(const SecretKey &key, const QString &secret, WriteCallback done);
    /// Reads the secret; a missing entry is an error of kind AuthenticationRequired.
    void read(const SecretKey &key, ReadCallback done);
    /// Removes the secret; removing one that does not exist succeeds.
    void remove(const SecretKey &key, WriteCallback done);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{15000};
};
