#pragma once

#include "core/storage/accountstore.h"

#include <QMessageBox>

class QPushButton;

/// Asks how to disconnect an account: keep its cached data (the dashboard goes on showing it),
/// delete it, or cancel, which is the default on Enter. Says what is cached and whether a
/// keychain entry goes with it.
class DisconnectDialog final : public QMessageBox
{
    Q_OBJECT

public:
    enum class Choice { Cancel, KeepData, DeleteData };

    /// `name` is the account's display name; `removesSecret` whether its provider keeps a
    /// token or key in the keychain (else it is a file or folder, which stays untouched).
    DisconnectDialog(const QString &name, bool removesSecret, const AccountDataCounts &cached,
                     QWidget *parent = nullptr);

    /// What was clicked, after exec().
    Choice choice() const;

private:
    QPushButton *m_keep = nullptr;
    QPushButton *m_delete = nullptr;
};
