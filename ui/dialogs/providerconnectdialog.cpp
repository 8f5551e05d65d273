#include "ui/dialogs/providerconnectdialog.h"

#include "core/accounts/provideraccounts.h"
#include "ui/style/statuscolours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

ProviderConnectDialog::ProviderConnectDialog(const ProviderInfo &provider,
                                             ProviderAccounts *accounts, const QString &login,
                                             QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("providerConnectDialog"));
    setWindowTitle(tr("Connect %1").arg(provider.displayName));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *intro = new QLabel(provider.description, this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    if (!provider.loginLabel.isEmpty()) {
        m_login = new QLineEdit(login, this);
        m_login->setObjectName(QStringLiteral("providerLoginEdit"));
        m_login->setAccessibleName(provider.loginLabel);
        form->addRow(provider.loginLabel + QLatin1Char(':'), m_login);
    }
    if (provider.needsSecret || provider.secretOptional) {
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("providerSecretEdit"));
        m_secret->setEchoMode(QLineEdit::Password); // shoulder-surfing; pasted, not typed
        m_secret->setAccessibleName(provider.secretLabel);
        form->addRow(provider.secretLabel + QLatin1Char(':'), m_secret);
        if (!provider.secretHelpUrl.isEmpty()) {
            auto *help = new QLabel(tr("Find it at <a href=\"%1\">%2</a>. It is kept in your "
                                       "system keychain, nowhere else.")
                                        .arg(provider.secretHelpUrl,
                                             QUrl(provider.secretHelpUrl).host().toHtmlEscaped()),
                                    this);
            help->setOpenExternalLinks(true);
            help->setWordWrap(true);
            form->addRow(QString(), help);
        }
    }
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("providerBaseUrlEdit"));
    m_baseUrl->setPlaceholderText(tr("default"));
    m_baseUrl->setAccessibleName(tr("API address"));
    m_baseUrl->setToolTip(tr("Only for a self-hosted server; leave empty for the public service."));
    form->addRow(tr("API address:"), m_baseUrl);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("providerConnectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::errorStyleSheet());
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Checking with %1…").arg(provider.displayName));
    m_busy->setTextVisible(true);
    m_busy->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = m_buttons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setObjectName(QStringLiteral("providerConnectButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderConnectDialog::startConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProviderConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_accounts, &ProviderAccounts::accountConnected, this,
            [this](qint64 accountId, const QString &providerId) {
                if (providerId != m_provider.id || !m_busy->isVisible())
                    return;
                m_accountId = accountId;
                setBusy(false);
                accept();
            });
    connect(m_accounts, &ProviderAccounts::connectFailed, this, [this](const Error &error) {
        if (!m_busy->isVisible())
            return;
        setBusy(false);
        if (error.kind != ErrorKind::Cancelled)
            showError(error.userMessage);
    });
}

void ProviderConnectDialog::startConnect()
{
    ProviderCredentials credentials;
    credentials.login = m_login ? m_login->text().trimmed() : QString();
    credentials.secret = m_secret ? m_secret->text().trimmed() : QString();
    credentials.baseUrl = m_baseUrl->text().trimmed();
    if (m_login && credentials.login.isEmpty()) {
        showError(tr("Fill in “%1”.").arg(m_provider.loginLabel));
        m_login->setFocus();
        return;
    }
    if (m_secret && m_provider.needsSecret && credentials.secret.isEmpty()) {
        showError(tr("Fill in “%1”.").arg(m_provider.secretLabel));
        m_secret->setFocus();
        return;
    }
    if (!credentials.baseUrl.isEmpty()) {
        const QUrl url(credentials.baseUrl);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            showError(tr("The API address must start with https://."));
            m_baseUrl->setFocus();
            return;
        }
    }
    m_error->setVisible(false);
    setBusy(true);
    m_accounts->connectWithCredentials(m_provider.id, credentials);
}

void ProviderConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QLineEdit *edit : {m_login, m_secret, m_baseUrl}) {
        if (edit)
            edit->setEnabled(!busy);
    }
}

void ProviderConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    adjustSize(); // room for the whole sentence
}

void ProviderConnectDialog::reject()
{
    if (m_busy->isVisible())
        m_accounts->cancelConnect(); // connectFailed(Cancelled) follows; nothing is recorded
    QDialog::reject();
}
