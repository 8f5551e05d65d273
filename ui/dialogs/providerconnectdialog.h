#pragma once

#include "core/common/providerinfo.h"
#include "core/common/result.h"

#include <QDialog>

class ProviderAccounts;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

/// Connects an account of a provider that takes typed credentials (WakaTime, Codewars,
/// Exercism): a username and/or a key field, a link to where the key is found, and an
/// "API address" for self-hosted or test servers. Connect checks the credentials with the
/// service while the dialog stays responsive (Cancel stops the check); errors show in the
/// dialog, which stays open so the user can correct the key.
class ProviderConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderConnectDialog)

public:
    /// `login` prefills the username (Reconnect).
    ProviderConnectDialog(const ProviderInfo &provider, ProviderAccounts *accounts,
                          const QString &login = QString(), QWidget *parent = nullptr);

    qint64 connectedAccountId() const { return m_accountId; }

public slots:
    void reject() override;

private:
    void startConnect();
    void setBusy(bool busy);
    void showError(const QString &message);

    ProviderInfo m_provider;
    ProviderAccounts *m_accounts = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_accountId = 0;
};
