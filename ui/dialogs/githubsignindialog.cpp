#include "ui/dialogs/githubsignindialog.h"

#include "core/accounts/githubaccounts.h"
#include "core/auth/browsersignin.h"
#include "core/auth/devicesignin.h"
#include "core/auth/oauthclientconfig.h"
#include "ui/style/statuscolours.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

GitHubSignInDialog::GitHubSignInDialog(GitHubAccounts *accounts, const QString &hostHint,
                                       QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("gitHubSignInDialog"));
    setWindowTitle(tr("Connect GitHub"));
    setMinimumWidth(520);

    m_gitHubComRadio = new QRadioButton(tr("GitHub.&com"), this);
    m_gitHubComRadio->setObjectName(QStringLiteral("gitHubComRadio"));
    m_enterpriseRadio = new QRadioButton(tr("GitHub &Enterprise Server:"), this);
    m_enterpriseRadio->setObjectName(QStringLiteral("enterpriseRadio"));
    m_enterpriseUrlEdit = new QLineEdit(this);
    m_enterpriseUrlEdit->setObjectName(QStringLiteral("enterpriseUrlEdit"));
    m_enterpriseUrlEdit->setPlaceholderText(QStringLiteral("https://github.example.com"));
    m_enterpriseUrlEdit->setAccessibleName(tr("GitHub Enterprise Server address"));
    const bool enterprise = !hostHint.isEmpty();
    m_gitHubComRadio->setChecked(!enterprise);
    m_enterpriseRadio->setChecked(enterprise);
    m_enterpriseUrlEdit->setText(hostHint);
    m_enterpriseUrlEdit->setEnabled(enterprise);
    connect(m_enterpriseRadio, &QRadioButton::toggled, m_enterpriseUrlEdit, &QWidget::setEnabled);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_gitHubComRadio);
    hostRow->addSpacing(12);
    hostRow->addWidget(m_enterpriseRadio);
    hostRow->addWidget(m_enterpriseUrlEdit, 1);

    m_methods = new QTabWidget(this);
    m_methods->setObjectName(QStringLiteral("signInMethods"));
    m_methods->addTab(buildBrowserTab(), tr("&Browser"));
    m_methods->addTab(buildDeviceTab(), tr("Co&de"));
    m_methods->addTab(buildTokenTab(), tr("&Token"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setMinimumHeight(m_statusLabel->fontMetrics().height() * 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &GitHubSignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(hostRow);
    layout->addWidget(m_methods);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(m_accounts, &GitHubAccounts::accountConnected, this,
            [this](qint64 accountId, const QString &login) {
                m_connectedAccountId = accountId;
                m_connectedLogin = login;
                m_busy = false;
                accept();
            });
    connect(m_accounts, &GitHubAccounts::connectFailed, this,
            [this](const Error &error) { signInFailed(error); });

    if (!OAuthClientConfig::resolve().hasClientId()) {
        // Without an OAuth App only a pasted token can work; say so rather than fail later.
        m_browserButton->setEnabled(false);
        m_deviceButton->setEnabled(false);
        m_methods->setCurrentIndex(2);
        showStatus(tr("This copy of DevPulse has no GitHub OAuth App configured, so browser and "
                      "code sign-in are off. Paste a personal access token, or see the README "
                      "to register an OAuth App."),
                   false);
    }
}

GitHubSignInDialog::~GitHubSignInDialog() = default;

QWidget *GitHubSignInDialog::buildBrowserTab()
{
    auto *tab = new QWidget(this);
    auto *text = new QLabel(tr("Your browser opens GitHub's page to approve DevPulse. When you "
                               "approve, GitHub sends you back here and the account is "
                               "connected."),
                            tab);
    text->setWordWrap(true);
    m_browserButton = new QPushButton(tr("Sign in with &browser"), tab);
    m_browserButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_browserButton->setDefault(true);
    connect(m_browserButton, &QPushButton::clicked, this, &GitHubSignInDialog::startBrowserSignIn);
    m_copyLinkButton = new QPushButton(tr("Copy &link"), tab);
    m_copyLinkButton->setObjectName(QStringLiteral("copyAuthorizeLinkButton"));
    m_copyLinkButton->setToolTip(tr("Copy the sign-in address to open it in a browser yourself"));
    m_copyLinkButton->setVisible(false);
    connect(m_copyLinkButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_authorizeUrl.toString()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_browserButton);
    row->addWidget(m_copyLinkButton);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addStretch(1);
    return tab;
}

QWidget *GitHubSignInDialog::buildDeviceTab()
{
    auto *tab = new QWidget(this);
    auto *text = new QLabel(tr("For remote sessions: DevPulse shows a code; enter it on GitHub's "
                               "device page, on this computer or any other."),
                            tab);
    text->setWordWrap(true);
    m_deviceButton = new QPushButton(tr("&Get a code"), tab);
    m_deviceButton->setObjectName(QStringLiteral("deviceSignInButton"));
    connect(m_deviceButton, &QPushButton::clicked, this, &GitHubSignInDialog::startDeviceSignIn);

    m_userCodeLabel = new QLabel(tab);
    m_userCodeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setAccessibleName(tr("Your sign-in code"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.4);
    codeFont.setBold(true);
    m_userCodeLabel->setFont(codeFont);
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    m_userCodeLabel->setAlignment(Qt::AlignCenter);
    m_copyCodeButton = new QPushButton(tr("C&opy code"), tab);
    m_copyCodeButton->setObjectName(QStringLiteral("copyUserCodeButton"));
    m_copyCodeButton->setEnabled(false);
    connect(m_copyCodeButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_userCodeLabel->text()); });
    m_openVerificationButton = new QPushButton(tr("O&pen GitHub's device page"), tab);
    m_openVerificationButton->setObjectName(QStringLiteral("openVerificationButton"));
    m_openVerificationButton->setEnabled(false);
    connect(m_openVerificationButton, &QPushButton::clicked, this,
            [this] { openInBrowser(m_verificationUrl); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_deviceButton);
    row->addStretch(1);
    row->addWidget(m_copyCodeButton);
    row->addWidget(m_openVerificationButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(text);
    layout->addWidget(m_userCodeLabel);
    layout->addLayout(row);
    layout->addStretch(1);
    return tab;
}

QWidget *GitHubSignInDialog::buildTokenTab()
{
    auto *tab = new QWidget(this);
    m_tokenHelpLabel = new QLabel(tr("Create a personal access token (classic with the scopes "
                                     "<i>repo</i>, <i>read:user</i> and <i>read:org</i>, or "
                                     "fine-grained with read access to contents, pull requests "
                                     "and issues) in GitHub's <b>Settings → Developer settings "
                                     "→ Personal access tokens</b>, then paste it here. It is "
                                     "checked with GitHub before it is saved in your keychain."),
                                  tab);
    m_tokenHelpLabel->setWordWrap(true);
    m_tokenEdit = new QLineEdit(tab);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(QStringLiteral("ghp_… / github_pat_…"));
    m_tokenEdit->setAccessibleName(tr("Personal access token"));
    m_tokenButton = new QPushButton(tr("C&onnect"), tab);
    m_tokenButton->setObjectName(QStringLiteral("tokenConnectButton"));
    m_tokenButton->setEnabled(false);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tokenButton->setEnabled(!m_busy && !text.trimmed().isEmpty());
    });
    connect(m_tokenEdit, &QLineEdit::returnPressed, this,
            &GitHubSignInDialog::connectWithPastedToken);
    connect(m_tokenButton, &QPushButton::clicked, this,
            &GitHubSignInDialog::connectWithPastedToken);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tokenEdit, 1);
    row->addWidget(m_tokenButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_tokenHelpLabel);
    layout->addLayout(row);
    layout->addStretch(1);
    return tab;
}

std::optional<GitHubHost> GitHubSignInDialog::chosenHost()
{
    if (m_gitHubComRadio->isChecked())
        return GitHubHost::gitHubCom();
    const Result<GitHubHost> host = GitHubHost::fromUserInput(m_enterpriseUrlEdit->text());
    if (!host || m_enterpriseUrlEdit->text().trimmed().isEmpty()) {
        showStatus(host ? tr("Enter the address of your GitHub Enterprise Server.")
                        : host.error().userMessage,
                   true);
        m_enterpriseUrlEdit->setFocus();
        return std::nullopt;
    }
    return host.value();
}

void GitHubSignInDialog::startBrowserSignIn()
{
    const std::optional<GitHubHost> host = chosenHost();
    if (!host)
        return;
    stopFlows();
    m_host = *host;
    m_browserSignIn = new BrowserSignIn(m_accounts->http(), m_host, OAuthClientConfig::resolve(),
                                        Clock::system(), this);
    connect(m_browserSignIn, &BrowserSignIn::openBrowserRequested, this, [this](const QUrl &url) {
        m_authorizeUrl = url;
        m_copyLinkButton->setVisible(true);
        openInBrowser(url);
    });
    connect(m_browserSignIn, &BrowserSignIn::exchangingCode, this,
            [this] { setBusy(true, tr("Approved. Finishing sign-in…")); });
    connect(m_browserSignIn, &BrowserSignIn::succeeded, this, &GitHubSignInDialog::tokenReceived);
    connect(m_browserSignIn, &BrowserSignIn::failed, this, &GitHubSignInDialog::signInFailed);
    setBusy(true, tr("Waiting for you to approve DevPulse in your browser…"));
    m_browserSignIn->start();
}

void GitHubSignInDialog::startDeviceSignIn()
{
    const std::optional<GitHubHost> host = chosenHost();
    if (!host)
        return;
    stopFlows();
    m_host = *host;
    m_deviceSignIn = new DeviceSignIn(m_accounts->http(), m_host, OAuthClientConfig::resolve(),
                                      Clock::system(), this);
    connect(m_deviceSignIn, &DeviceSignIn::userCodeReady, this,
            &GitHubSignInDialog::showDeviceCode);
    connect(m_deviceSignIn, &DeviceSignIn::succeeded, this, &GitHubSignInDialog::tokenReceived);
    connect(m_deviceSignIn, &DeviceSignIn::failed, this, &GitHubSignInDialog::signInFailed);
    setBusy(true, tr("Asking GitHub for a code…"));
    m_deviceSignIn->start();
}

void GitHubSignInDialog::showDeviceCode(const DeviceCode &code)
{
    m_userCodeLabel->setText(code.userCode);
    m_verificationUrl = code.verificationUri;
    m_copyCodeButton->setEnabled(true);
    m_openVerificationButton->setEnabled(true);
    showStatus(
        tr("Enter this code at %1. DevPulse waits until you have approved it (the code "
           "expires at %2).")
            .arg(code.verificationUri.toDisplayString(),
                 QLocale().toString(code.expiresAt.toLocalTime().time(), QLocale::ShortFormat)),
        false);
    openInBrowser(code.verificationUri);
}

void GitHubSignInDialog::connectWithPastedToken()
{
    if (m_busy || m_tokenEdit->text().trimmed().isEmpty())
        return;
    const std::optional<GitHubHost> host = chosenHost();
    if (!host)
        return;
    stopFlows();
    m_host = *host;
    setBusy(true, tr("Checking the token with %1…").arg(m_host.displayName()));
    m_accounts->connectWithToken(m_host, m_tokenEdit->text());
}

void GitHubSignInDialog::tokenReceived(const OAuthToken &token)
{
    setBusy(true, tr("Signed in. Checking the account and saving the token in your keychain…"));
    m_accounts->connectWithToken(m_host, token.accessToken);
}

void GitHubSignInDialog::signInFailed(const Error &error)
{
    setBusy(false, QString());
    showStatus(error.userMessage, error.kind != ErrorKind::Cancelled);
}

void GitHubSignInDialog::openInBrowser(const QUrl &url)
{
    if (!QDesktopServices::openUrl(url)) {
        showStatus(tr("DevPulse could not open a web browser. Copy the link and open it in "
                      "your browser: %1")
                       .arg(url.toString()),
                   true);
    }
}

void GitHubSignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_gitHubComRadio->setEnabled(!busy);
    m_enterpriseRadio->setEnabled(!busy);
    m_enterpriseUrlEdit->setEnabled(!busy && m_enterpriseRadio->isChecked());
    const bool haveClient = OAuthClientConfig::resolve().hasClientId();
    m_browserButton->setEnabled(!busy && haveClient);
    m_deviceButton->setEnabled(!busy && haveClient);
    m_tokenButton->setEnabled(!busy && !m_tokenEdit->text().trimmed().isEmpty());
    m_tokenEdit->setEnabled(!busy);
    // While a sign-in runs, Cancel stops it; otherwise it closes the dialog.
    m_cancelButton->setText(busy ? tr("Stop") : tr("Cancel"));
    if (!status.isEmpty())
        showStatus(status, false);
}

void GitHubSignInDialog::showStatus(const QString &text, bool isError)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(isError ? StatusColours::errorStyleSheet() : QString());
}

void GitHubSignInDialog::stopFlows()
{
    // Deleting a flow ends it silently: its signals go nowhere any more.
    delete m_browserSignIn;
    m_browserSignIn = nullptr;
    delete m_deviceSignIn;
    m_deviceSignIn = nullptr;
}

void GitHubSignInDialog::reject()
{
    if (m_busy) {
        stopFlows();
        setBusy(false, QString());
        showStatus(tr("Sign-in stopped."), false);
        return;
    }
    stopFlows();
    QDialog::reject();
}
