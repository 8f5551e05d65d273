#pragma once

#include "storage/reposelection.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

/// "Choose repositories": the account's own repositories and its organisations (with the
/// repositories known of them) as a tree of check boxes, with type-to-search. A ticked
/// organisation syncs all its repositories. GUI thread, modal; the caller reads and saves the
/// ticks through core's RepoSelection.
class RepositoryPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryPickerDialog)

public:
    RepositoryPickerDialog(const QString &login, const QList<SelectableOrg> &orgs,
                           const QList<SelectableRepo> &repos, QWidget *parent = nullptr);

    QSet<qint64> selectedOrgs() const;
    QSet<qint64> selectedRepos() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};
