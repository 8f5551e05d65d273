#include "ui/dialogs/disconnectdialog.h"

#include <QLocale>
#include <QPushButton>

DisconnectDialog::DisconnectDialog(const QString &name, bool removesSecret,
                                   const AccountDataCounts &cached, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Disconnect %1").arg(name),
                  removesSecret ? tr("Disconnect <b>%1</b>? Its token or key is removed from your "
                                     "keychain.")
                                      .arg(name.toHtmlEscaped())
                                : tr("Remove <b>%1</b> from DevPulse? The files themselves are not "
                                     "touched.")
                                      .arg(name.toHtmlEscaped()),
                  QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("disconnectDialog"));
    const QLocale locale;
    setInformativeText(
        tr("DevPulse has cached %1 repositories, %2 commits, %3 pull requests, %4 issues, "
           "%5 activities and %6 events of this account. Keep them to go on seeing them in the "
           "dashboard, or delete them now (this cannot be undone).")
            .arg(locale.toString(cached.repos), locale.toString(cached.commits),
                 locale.toString(cached.pullRequests), locale.toString(cached.issues),
                 locale.toString(cached.activities), locale.toString(cached.events)));
    m_keep = addButton(tr("Disconnect, &keep data"), QMessageBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("disconnectKeepDataButton"));
    m_delete = addButton(tr("Disconnect and &delete %n cached items", nullptr, cached.total()),
                         QMessageBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("disconnectDeleteDataButton"));
    setDefaultButton(addButton(QMessageBox::Cancel)); // the safe choice on Enter
}

DisconnectDialog::Choice DisconnectDialog::choice() const
{
    if (clickedButton() == m_keep)
        return Choice::KeepData;
    if (clickedButton() == m_delete)
        return Choice::DeleteData;
    return Choice::Cancel;
}
