#include "dialogs/repositorypickerdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum ItemRole { IdRole = Qt::UserRole, KindRole };
enum ItemKind { RepoItem = 1, OrgItem = 2 };

QTreeWidgetItem *checkable(QTreeWidgetItem *parent, const QString &text, qint64 id, ItemKind kind,
                           bool checked)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    item->setData(0, IdRole, id);
    item->setData(0, KindRole, int(kind));
    return item;
}
} // namespace

RepositoryPickerDialog::RepositoryPickerDialog(const QString &login,
                                               const QList<SelectableOrg> &orgs,
                                               const QList<SelectableRepo> &repos, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("repositoryPickerDialog"));
    setWindowTitle(tr("Choose repositories of %1").arg(login));
    resize(520, 560);

    auto *intro = new QLabel(tr("Ticked repositories are synced. Ticking an organisation syncs "
                                "all its repositories; its list fills in after the next sync."),
                             this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("repositoryFilter"));
    m_filter->setPlaceholderText(tr("Type to filter repositories…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter repositories"));
    connect(m_filter, &QLineEdit::textChanged, this, &RepositoryPickerDialog::applyFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("repositoryTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Repositories"));

    auto *own = new QTreeWidgetItem(m_tree, {tr("Your repositories (%1)").arg(login)});
    own->setFlags(Qt::ItemIsEnabled);
    QHash<QString, QTreeWidgetItem *> orgItems;
    for (const SelectableOrg &org : orgs) {
        orgItems.insert(org.login,
                        checkable(m_tree->invisibleRootItem(),
                                  tr("Organisation %1 (all its repositories)").arg(org.login),
                                  org.id, OrgItem, org.selected));
    }
    for (const SelectableRepo &repo : repos) {
        QTreeWidgetItem *parentItem = orgItems.value(repo.owner, own);
        QString text = repo.fullName;
        if (repo.isFork)
            text += tr(" (fork)");
        if (repo.isPrivate)
            text += tr(" (private)");
        checkable(parentItem, text, repo.id, RepoItem, repo.selected);
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    m_filter->setFocus();
}

void RepositoryPickerDialog::applyFilter(const QString &text)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, KindRole).toInt() != RepoItem)
            continue;
        item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive));
    }
}

QSet<qint64> RepositoryPickerDialog::selectedOrgs() const
{
    QSet<qint64> ids;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == OrgItem && (*it)->checkState(0) == Qt::Checked)
            ids.insert((*it)->data(0, IdRole).toLongLong());
    }
    return ids;
}

QSet<qint64> RepositoryPickerDialog::selectedRepos() const
{
    QSet<qint64> ids;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == RepoItem && (*it)->checkState(0) == Qt::Checked)
            ids.insert((*it)->data(0, IdRole).toLongLong());
    }
    return ids;
}
