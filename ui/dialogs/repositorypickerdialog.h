#pragma once

#include "core/storage/reposelection.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

/// "Choose repositories": the account's own repositories and each organisation's as a tree of
/// check boxes, with type-to-search. Forks and archived repositories sit apart in groups of
/// their own under their owner; an organisation can be ticked as a whole (its repositories
/// created later too) or repository by repository. GUI thread, modal; the caller reads and
/// saves the ticks through core's RepoSelection.
class RepositoryPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryPickerDialog)

public:
    /// What exec() returns, besides Accepted (save the ticks) and Rejected.
    static constexpr int ReadListAgain = 2;

    /// `intro`: the sentence above the tree ("" for the usual one). `canReadAgain`: offers
    /// "Read the list again" (new repositories, organisations joined), which ends the dialog
    /// with ReadListAgain.
    RepositoryPickerDialog(const QString &login, const QList<SelectableOrg> &orgs,
                           const QList<RepoOverview> &repos, const QString &intro = QString(),
                           bool canReadAgain = false, QWidget *parent = nullptr);

    QSet<qint64> selectedOrgs() const;
    QSet<qint64> selectedRepos() const;

    /// "Your organisations: acme (12 repositories), beta (1 repository)." for the dialog
    /// offered right after an account is connected; "" when it belongs to none.
    static QString organisationsSentence(const QList<SelectableOrg> &orgs,
                                         const QList<RepoOverview> &repos);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};
