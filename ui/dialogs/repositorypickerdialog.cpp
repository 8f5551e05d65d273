#include "ui/dialogs/repositorypickerdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum ItemRole {
    IdRole = Qt::UserRole,
    KindRole,
    OwnTickRole ///< a repository's own tick while its ticked organisation shows it ticked
};
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

// Under a ticked organisation every repository is synced anyway ("also new ones"): its
// repositories show ticked and cannot be unticked, rather than offering ticks that change
// nothing; their own ticks come back when the organisation is unticked.
void followOrganisation(QTreeWidgetItem *item, bool wholeOrganisation)
{
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        if (child->data(0, KindRole).toInt() == RepoItem
            && wholeOrganisation == !child->isDisabled()) {
            if (wholeOrganisation) {
                child->setData(0, OwnTickRole, int(child->checkState(0)));
                child->setCheckState(0, Qt::Checked);
            } else {
                child->setCheckState(0, Qt::CheckState(child->data(0, OwnTickRole).toInt()));
            }
            child->setDisabled(wholeOrganisation);
            child->setToolTip(0, wholeOrganisation ? RepositoryPickerDialog::tr(
                                     "Synced with its organisation, which is ticked.")
                                                   : QString());
        }
        followOrganisation(child, wholeOrganisation);
    }
}

QString describe(const RepoOverview &repo)
{
    QString text = repo.fullName;
    if (repo.isPrivate)
        text += RepositoryPickerDialog::tr(" (private)");
    if (repo.cachedCommits > 0)
        text
            += RepositoryPickerDialog::tr(" · %n commits cached", nullptr, int(repo.cachedCommits));
    return text;
}
} // namespace

RepositoryPickerDialog::RepositoryPickerDialog(const QString &login,
                                               const QList<SelectableOrg> &orgs,
                                               const QList<RepoOverview> &repos,
                                               const QString &intro, bool canReadAgain,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("repositoryPickerDialog"));
    setWindowTitle(tr("Choose repositories of %1").arg(login));
    resize(560, 600);

    auto *introLabel = new QLabel(
        intro.isEmpty() ? tr("Ticked repositories are synced. Tick an organisation to sync every "
                             "repository of it, also those created later, or tick single "
                             "repositories of it.")
                        : intro,
        this);
    introLabel->setObjectName(QStringLiteral("repositoryPickerIntro"));
    introLabel->setWordWrap(true);
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

    // One group per owner: the user first, then each organisation (checkable: all of it).
    QHash<QString, int> reposOf;
    for (const RepoOverview &repo : repos)
        ++reposOf[repo.owner.toLower()];
    auto *own = new QTreeWidgetItem(
        m_tree,
        {tr("Your repositories (%1) — %n", nullptr, reposOf.value(login.toLower())).arg(login)});
    own->setFlags(Qt::ItemIsEnabled);
    QHash<QString, QTreeWidgetItem *> ownerItems;
    ownerItems.insert(login.toLower(), own);
    for (const SelectableOrg &org : orgs) {
        ownerItems.insert(org.login.toLower(),
                          checkable(m_tree->invisibleRootItem(),
                                    tr("Organisation %1 — every repository, also new ones (%n "
                                       "known)",
                                       nullptr, reposOf.value(org.login.toLower()))
                                        .arg(org.login),
                                    org.id, OrgItem, org.selected));
    }
    // Forks and archived repositories apart, in a group of their own under their owner.
    QHash<QTreeWidgetItem *, QTreeWidgetItem *> forkGroups;
    QHash<QTreeWidgetItem *, QTreeWidgetItem *> archivedGroups;
    auto groupUnder = [](QHash<QTreeWidgetItem *, QTreeWidgetItem *> &groups,
                         QTreeWidgetItem *owner, const QString &title) {
        QTreeWidgetItem *&group = groups[owner];
        if (!group) {
            group = new QTreeWidgetItem({title});
            group->setFlags(Qt::ItemIsEnabled);
            owner->addChild(group); // after the owner's other repositories (added below first)
        }
        return group;
    };
    QList<const RepoOverview *> apart;
    for (const RepoOverview &repo : repos) {
        if (repo.isFork || repo.isArchived) {
            apart << &repo;
            continue;
        }
        QTreeWidgetItem *owner = ownerItems.value(repo.owner.toLower(), own);
        checkable(owner, describe(repo), repo.id, RepoItem, repo.ticked);
    }
    for (const RepoOverview *repo : std::as_const(apart)) {
        QTreeWidgetItem *owner = ownerItems.value(repo->owner.toLower(), own);
        QTreeWidgetItem *group = repo->isArchived
                                     ? groupUnder(archivedGroups, owner, tr("Archived"))
                                     : groupUnder(forkGroups, owner, tr("Forks"));
        checkable(group, describe(*repo), repo->id, RepoItem, repo->ticked);
    }
    for (auto *groups : {&forkGroups, &archivedGroups}) {
        for (QTreeWidgetItem *group : std::as_const(*groups))
            group->setText(0,
                           QStringLiteral("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
    }
    m_tree->expandAll();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *owner = m_tree->topLevelItem(i);
        if (owner->data(0, KindRole).toInt() == OrgItem)
            followOrganisation(owner, owner->checkState(0) == Qt::Checked);
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, [](QTreeWidgetItem *item, int) {
        if (item->data(0, KindRole).toInt() == OrgItem)
            followOrganisation(item, item->checkState(0) == Qt::Checked);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (canReadAgain) {
        QPushButton *readAgain
            = buttons->addButton(tr("&Read the list again"), QDialogButtonBox::ResetRole);
        readAgain->setObjectName(QStringLiteral("readRepositoryListAgainButton"));
        readAgain->setToolTip(tr("Ask the service for the account's repositories and "
                                 "organisations again (ticks not saved yet are dropped)."));
        connect(readAgain, &QPushButton::clicked, this, [this] { done(ReadListAgain); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    m_filter->setFocus();
}

QString RepositoryPickerDialog::organisationsSentence(const QList<SelectableOrg> &orgs,
                                                      const QList<RepoOverview> &repos)
{
    if (orgs.isEmpty())
        return {};
    QStringList parts;
    for (const SelectableOrg &org : orgs) {
        const auto count
            = std::count_if(repos.cbegin(), repos.cend(), [&org](const RepoOverview &repo) {
                  return repo.owner.compare(org.login, Qt::CaseInsensitive) == 0;
              });
        parts << tr("%1 (%n repositories)", nullptr, int(count)).arg(org.login);
    }
    return tr("Your organisations: %1. Tick what DevPulse should include; your own repositories "
              "are ticked already. The first sync starts when you save (or cancel: then only "
              "your own).")
        .arg(QLocale().createSeparatedList(parts));
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
        if ((*it)->data(0, KindRole).toInt() != RepoItem)
            continue;
        // Under a ticked organisation: the repository's own tick, not the one shown.
        const Qt::CheckState own = (*it)->isDisabled()
                                       ? Qt::CheckState((*it)->data(0, OwnTickRole).toInt())
                                       : (*it)->checkState(0);
        if (own == Qt::Checked)
            ids.insert((*it)->data(0, IdRole).toLongLong());
    }
    return ids;
}
