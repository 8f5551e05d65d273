#pragma once

#include "core/auth/githubhost.h"
#include "core/common/result.h"

#include <QDialog>

class BrowserSignIn;
class DeviceSignIn;
class GitHubAccounts;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
struct DeviceCode;
struct OAuthToken;

/// "Connect GitHub": choose github.com or an Enterprise Server, then sign in through the
/// browser (default), with a code typed on github.com/login/device, or by pasting a personal
/// access token. Whichever way, GitHubAccounts checks and stores the token; the dialog closes
/// when the account is connected. GUI thread, modal.
class GitHubSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitHubSignInDialog)

public:
    /// `hostHint`: a stored base URL to preselect ("" for github.com), e.g. when reconnecting.
    GitHubSignInDialog(GitHubAccounts *accounts, const QString &hostHint = QString(),
                       QWidget *parent = nullptr);
    ~GitHubSignInDialog() override;

    QString connectedLogin() const { return m_connectedLogin; }
    qint64 connectedAccountId() const { return m_connectedAccountId; }

public slots:
    void reject() override;

private slots:
    void startBrowserSignIn();
    void startDeviceSignIn();
    void connectWithPastedToken();

private:
    QWidget *buildBrowserTab();
    QWidget *buildDeviceTab();
    QWidget *buildTokenTab();
    std::optional<GitHubHost> chosenHost();
    void openInBrowser(const QUrl &url);
    void showDeviceCode(const DeviceCode &code);
    void tokenReceived(const OAuthToken &token);
    void signInFailed(const Error &error);
    void setBusy(bool busy, const QString &status);
    void showStatus(const QString &text, bool isError);
    void stopFlows();

    GitHubAccounts *m_accounts = nullptr;
    GitHubHost m_host;
    BrowserSignIn *m_browserSignIn = nullptr;
    DeviceSignIn *m_deviceSignIn = nullptr;
    QString m_connectedLogin;
    qint64 m_connectedAccountId = 0;
    bool m_busy = false;

    QRadioButton *m_gitHubComRadio = nullptr;
    QRadioButton *m_enterpriseRadio = nullptr;
    QLineEdit *m_enterpriseUrlEdit = nullptr;
    QTabWidget *m_methods = nullptr;
    QPushButton *m_browserButton = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QPushButton *m_deviceButton = nullptr;
    QLabel *m_userCodeLabel = nullptr;
    QPushButton *m_copyCodeButton = nullptr;
    QPushButton *m_openVerificationButton = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QPushButton *m_tokenButton = nullptr;
    QLabel *m_tokenHelpLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QUrl m_authorizeUrl;
    QUrl m_verificationUrl;
};
