#include "core/secrets/secretstore.h"

#include "core/common/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// QtKeychain reports most Secret Service trouble as OtherError; the text tells which it is.
Error keychainError(QKeychain::Error code, const QString &text)
{
    const QString detail = QStringLiteral("QtKeychain error %1: %2").arg(int(code)).arg(text);
    if (code == QKeychain::AccessDenied) {
        return Error{Tr::tr("Your keychain is locked or refused access. Unlock it (for example by "
                            "logging in again, or in \"Passwords and Keys\") and try again."),
                     detail};
    }
    if (code == QKeychain::NoBackendAvailable
        || text.contains(QLatin1String("org.freedesktop.secrets"))
        || text.contains(QLatin1String("D-Bus")) || text.contains(QLatin1String("DBus"))
        || text.contains(QLatin1String("collection"))
        || text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive)) {
        return Error{Tr::tr("No keychain is available to keep your tokens safe. DevPulse stores "
                            "tokens only in the system keychain: install and start one (on Debian "
                            "and Ubuntu: apt install gnome-keyring, then log in again; on KDE: "
                            "KWallet) and try again."),
                     detail};
    }
    return Error{Tr::tr("The system keychain reported an error: %1").arg(text), detail};
}

// Runs one QtKeychain job with a timeout; `finish` is called exactly once.
template<typename Job, typename Finish>
void runJob(Job *job, QObject *owner, std::chrono::milliseconds timeout, Finish finish)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<Job> guardedJob(job);
    QObject::connect(job, &QKeychain::Job::finished, owner, [answered, finish](QKeychain::Job *j) {
        if (*answered)
            return;
        *answered = true;
        finish(j);
    });
    QTimer::singleShot(timeout, owner, [answered, guardedJob, finish] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcSecrets) << "Keychain did not answer in time";
        if (guardedJob)
            guardedJob->disconnect();
        finish(nullptr);
    });
    job->start();
}

Error timeoutError()
{
    return Error{
        Tr::tr("The system keychain did not answer. It may be waiting for you to unlock it "
               "in another window; unlock it and try again."),
        QStringLiteral("keychain timeout")};
}

} // namespace

QString SecretKey::entryName() const
{
    return QStringList{provider, host, login}.join(QLatin1Char(':'));
}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore()
{
    // Found as a crash in tst_githubsignindialog under load: a window closed during a first
    // sync deleted the read job libsecret was about to answer.
    for (QKeychain::Job *job : findChildren<QKeychain::Job *>(Qt::FindDirectChildrenOnly)) {
        job->disconnect(this);
        job->setParent(nullptr);
    }
}

void SecretStore::write(const SecretKey &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key.entryName());
    job->setTextData(secret);
    runJob(job, this, m_timeout, [done](QKeychain::Job *finished) {
        if (!finished)
            done(timeoutError());
        else if (finished->error() != QKeychain::NoError)
            done(keychainError(finished->error(), finished->errorString()));
        else
            done({});
    });
}

void SecretStore::read(const SecretKey &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.entryName());
    runJob(job, this, m_timeout, [done, job](QKeychain::Job *finished) {
        if (!finished) {
            done(timeoutError());
        } else if (finished->error() == QKeychain::EntryNotFound) {
            done(Error{Tr::tr("The token for this account is no longer in your keychain. Reconnect "
                              "the account to sign in again."),
                       QStringLiteral("keychain entry not found"),
                       ErrorKind::AuthenticationRequired});
        } else if (finished->error() != QKeychain::NoError) {
            done(keychainError(finished->error(), finished->errorString()));
        } else {
            done(job->textData());
        }
    });
}

void SecretStore::remove(const SecretKey &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key.entryName());
    runJob(job, this, m_timeout, [done](QKeychain::Job *finished) {
        if (!finished)
            done(timeoutError());
        else if (finished->error() != QKeychain::NoError
                 && finished->error() != QKeychain::EntryNotFound)
            done(keychainError(finished->error(), finished->errorString()));
        else
            done({});
    });
}
