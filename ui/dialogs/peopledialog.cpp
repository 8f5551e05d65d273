#include "ui/dialogs/peopledialog.h"

#include "core/metrics/metricsrunner.h"

#include "core/people/identities.h"
#include "core/people/teams.h"
#include "ui/style/statuscolours.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace {
constexpr int KeyRole = Qt::UserRole;
constexpr int IdentityRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

PeopleDialog::PeopleDialog(const PeopleEditor &editor, MetricsRunner *people, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_runner(people)
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People and teams"));
    resize(760, 520);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildPeopleTab(), tr("&People"));
    tabs->addTab(buildTeamsTab(), tr("&Teams"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("peopleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::errorStyleSheet());
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_runner, &MetricsRunner::peopleReady, this, &PeopleDialog::showPeople);
    reload();
}

QWidget *PeopleDialog::buildPeopleTab()
{
    auto *tab = new QWidget(this);
    auto *intro = new QLabel(tr("Someone who commits as several emails or logins counts as "
                                "several people until you merge them. Select them (Ctrl+click) "
                                "and choose Merge; Split undoes it."),
                             tab);
    intro->setWordWrap(true);
    m_people = new QTreeWidget(tab);
    m_people->setObjectName(QStringLiteral("peopleTree"));
    m_people->setAccessibleName(tr("People"));
    m_people->setColumnCount(2);
    m_people->setHeaderLabels({tr("Person"), tr("Items")});
    m_people->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->header()->setStretchLastSection(false);
    connect(m_people, &QTreeWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    m_merge = new QPushButton(tr("&Merge…"), tab);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_split = new QPushButton(tr("&Split"), tab);
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_rename = new QPushButton(tr("Re&name…"), tab);
    m_rename->setObjectName(QStringLiteral("renamePersonButton"));
    connect(m_merge, &QPushButton::clicked, this, &PeopleDialog::mergeSelected);
    connect(m_split, &QPushButton::clicked, this, &PeopleDialog::splitSelected);
    connect(m_rename, &QPushButton::clicked, this, &PeopleDialog::renameSelected);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addWidget(m_split);
    buttons->addWidget(m_rename);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_people, 1);
    row->addLayout(buttons);
    // What .mailmap files say, offered and never applied without the user.
    m_suggestionBox = new QGroupBox(tr("Suggested by .mailmap"), tab);
    m_suggestionBox->setObjectName(QStringLiteral("mailmapSuggestionBox"));
    m_suggestions = new QListWidget(m_suggestionBox);
    m_suggestions->setObjectName(QStringLiteral("mailmapSuggestions"));
    m_suggestions->setAccessibleName(tr("People .mailmap says are one"));
    m_suggestions->setMaximumHeight(fontMetrics().height() * 6);
    m_mergeSuggestion = new QPushButton(tr("Merge &these…"), m_suggestionBox);
    m_mergeSuggestion->setObjectName(QStringLiteral("mergeSuggestionButton"));
    connect(m_mergeSuggestion, &QPushButton::clicked, this, &PeopleDialog::mergeSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, &PeopleDialog::mergeSuggestion);
    auto *suggestionRow = new QHBoxLayout(m_suggestionBox);
    suggestionRow->addWidget(m_suggestions, 1);
    suggestionRow->addWidget(m_mergeSuggestion, 0, Qt::AlignTop);
    m_suggestionBox->setVisible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_suggestionBox);
    layout->addLayout(row, 1); // the people get the height; the suggestions only what they need
    return tab;
}

QWidget *PeopleDialog::buildTeamsTab()
{
    auto *tab = new QWidget(this);
    m_teams = new QListWidget(tab);
    m_teams->setObjectName(QStringLiteral("teamList"));
    m_teams->setAccessibleName(tr("Teams"));
    connect(m_teams, &QListWidget::currentRowChanged, this, &PeopleDialog::showTeamMembers);
    auto *newButton = new QPushButton(tr("&New team…"), tab);
    newButton->setObjectName(QStringLiteral("newTeamButton"));
    m_renameTeam = new QPushButton(tr("Rena&me…"), tab);
    m_renameTeam->setObjectName(QStringLiteral("renameTeamButton"));
    m_deleteTeam = new QPushButton(tr("&Delete…"), tab);
    m_deleteTeam->setObjectName(QStringLiteral("deleteTeamButton"));
    connect(newButton, &QPushButton::clicked, this, &PeopleDialog::newTeam);
    connect(m_renameTeam, &QPushButton::clicked, this, &PeopleDialog::renameTeam);
    connect(m_deleteTeam, &QPushButton::clicked, this, &PeopleDialog::deleteTeam);
    m_memberSearch = new QLineEdit(tab);
    m_memberSearch->setObjectName(QStringLiteral("memberSearch"));
    m_memberSearch->setPlaceholderText(tr("Type to filter…"));
    m_memberSearch->setClearButtonEnabled(true);
    m_memberSearch->setAccessibleName(tr("Filter people"));
    m_members = new QListWidget(tab);
    m_members->setObjectName(QStringLiteral("memberList"));
    m_members->setAccessibleName(tr("Members of the team"));
    connect(m_memberSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_members->count(); ++row) {
            QListWidgetItem *item = m_members->item(row);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_members, &QListWidget::itemChanged, this, &PeopleDialog::saveTeamMembers);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Teams:"), tab));
    left->addWidget(m_teams, 1);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(newButton);
    teamButtons->addWidget(m_renameTeam);
    teamButtons->addWidget(m_deleteTeam);
    left->addLayout(teamButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Members (ticked):"), tab));
    right->addWidget(m_memberSearch);
    right->addWidget(m_members, 1);
    auto *layout = new QHBoxLayout(tab);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    return tab;
}

bool PeopleDialog::report(const Error *error)
{
    m_error->setVisible(error != nullptr);
    if (error)
        m_error->setText(error->userMessage);
    return error == nullptr;
}

void PeopleDialog::reload()
{
    // A few rows; the people come from the runner, and the two meet in showPeople().
    const Result<QList<MailmapEntry>> mailmap = m_editor.mailmapEntries();
    m_mailmap = mailmap ? mailmap.value() : QList<MailmapEntry>{};
    report(mailmap ? nullptr : &mailmap.error());
    m_runner->requestPeople();
}

void PeopleDialog::showPeople(const QList<Person> &people, const QList<Team> &teams)
{
    const QLocale locale;
    {
        const QSignalBlocker quiet(m_people);
        m_people->clear();
        for (const Person &person : people) {
            auto *item = new QTreeWidgetItem(m_people);
            item->setText(0, person.identityId != 0 || person.displayName == person.key
                                 ? person.displayName
                                 : tr("%1 · %2").arg(person.displayName, person.key));
            item->setText(1, locale.toString(person.items));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, KeyRole, person.key);
            item->setData(0, IdentityRole, person.identityId);
            item->setData(0, NameRole, person.displayName);
            if (person.identityId == 0)
                continue;
            for (const PersonAlias &alias : person.aliases) {
                auto *child = new QTreeWidgetItem(item);
                const QString kind = alias.kind == QLatin1String("login")   ? tr("login")
                                     : alias.kind == QLatin1String("email") ? tr("email")
                                                                            : tr("name");
                child->setText(0, tr("%1: %2").arg(kind, alias.value));
                child->setText(1, locale.toString(alias.items));
                child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                child->setFlags(child->flags() & ~Qt::ItemIsSelectable);
            }
        }
    }
    const qint64 currentTeam = m_teamToSelect != 0 ? std::exchange(m_teamToSelect, 0)
                               : m_teams->currentItem()
                                   ? m_teams->currentItem()->data(KeyRole).toLongLong()
                                   : 0;
    {
        const QSignalBlocker quiet(m_teams);
        m_teams->clear();
        for (const Team &team : teams) {
            auto *item = new QListWidgetItem(team.name, m_teams);
            item->setData(KeyRole, team.id);
            item->setData(NameRole, team.members);
            if (team.id == currentTeam)
                m_teams->setCurrentItem(item);
        }
        if (!m_teams->currentItem() && m_teams->count() > 0)
            m_teams->setCurrentRow(0);
    }
    {
        const QSignalBlocker quiet(m_members);
        m_members->clear();
        for (const Person &person : people) {
            auto *item
                = new QListWidgetItem(person.identityId != 0 || person.displayName == person.key
                                          ? person.displayName
                                          : tr("%1 · %2").arg(person.displayName, person.key),
                                      m_members);
            item->setData(KeyRole, person.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    {
        const QSignalBlocker quiet(m_suggestions);
        m_suggestions->clear();
        for (const MergeSuggestion &suggestion :
             Identities::mailmapSuggestions(m_mailmap, people)) {
            auto *item = new QListWidgetItem(
                tr("%1: %2 are one person, says .mailmap")
                    .arg(suggestion.name, suggestion.aliases.join(QStringLiteral(", "))),
                m_suggestions);
            item->setData(KeyRole, suggestion.keys);
            item->setData(NameRole, suggestion.name);
        }
        if (m_suggestions->count() > 0)
            m_suggestions->setCurrentRow(0);
        m_suggestionBox->setVisible(m_suggestions->count() > 0);
    }
    showTeamMembers();
    updateButtons();
}

void PeopleDialog::mergeSuggestion()
{
    if (const QListWidgetItem *item = m_suggestions->currentItem())
        mergePeople(item->data(KeyRole).toStringList(), item->data(NameRole).toString());
}

void PeopleDialog::showTeamMembers()
{
    QListWidgetItem *team = m_teams->currentItem();
    const QStringList members = team ? team->data(NameRole).toStringList() : QStringList();
    const QSignalBlocker quiet(m_members);
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        item->setCheckState(members.contains(item->data(KeyRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
    m_members->setEnabled(team != nullptr);
    m_memberSearch->setEnabled(team != nullptr);
    updateButtons();
}

void PeopleDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_people->selectedItems();
    const bool oneIdentity
        = selected.size() == 1 && selected.constFirst()->data(0, IdentityRole).toLongLong() != 0;
    m_merge->setEnabled(selected.size() >= 2);
    m_split->setEnabled(oneIdentity);
    m_rename->setEnabled(oneIdentity);
    m_renameTeam->setEnabled(m_teams->currentItem() != nullptr);
    m_deleteTeam->setEnabled(m_teams->currentItem() != nullptr);
}

void PeopleDialog::mergeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_people->selectedItems();
    QStringList keys;
    QStringList names;
    for (const QTreeWidgetItem *item : selected) {
        keys << item->data(0, KeyRole).toString();
        names << item->data(0, NameRole).toString();
    }
    if (keys.size() < 2)
        return;
    // The name of the busiest of them (the list is sorted by items) as the suggestion.
    mergePeople(keys, names.constFirst());
}

void PeopleDialog::mergePeople(const QStringList &keys, const QString &suggestedName)
{
    const std::optional<QString> name = askName(
        tr("Merge people"),
        tr("Name of the merged person (%Ln entries):", nullptr, int(keys.size())), suggestedName);
    if (!name)
        return;
    const Result<qint64> merged = m_editor.merge(keys, *name);
    if (!report(merged ? nullptr : &merged.error()))
        return;
    reload();
    emit changed();
}

std::optional<QString> PeopleDialog::askName(const QString &title, const QString &label,
                                             const QString &suggestion)
{
    QInputDialog ask(this);
    ask.setWindowTitle(title);
    ask.setLabelText(label);
    ask.setTextValue(suggestion);
    // Wide enough for its title ("Merge peo…" at 262 px): the dialog's layout sizes it from
    // its contents, so the field is widened, not the dialog.
    if (auto *field = ask.findChild<QLineEdit *>())
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    return ask.textValue();
}

void PeopleDialog::splitSelected()
{
    const QList<QTreeWidgetItem *> selected = m_people->selectedItems();
    if (selected.size() != 1)
        return;
    const Result<void> split
        = m_editor.split(selected.constFirst()->data(0, IdentityRole).toLongLong());
    if (!report(split ? nullptr : &split.error()))
        return;
    reload();
    emit changed();
}

void PeopleDialog::renameSelected()
{
    const QList<QTreeWidgetItem *> selected = m_people->selectedItems();
    if (selected.size() != 1)
        return;
    const std::optional<QString> name = askName(
        tr("Rename person"), tr("Name:"), selected.constFirst()->data(0, NameRole).toString());
    if (!name)
        return;
    const Result<void> renamed
        = m_editor.rename(selected.constFirst()->data(0, IdentityRole).toLongLong(), *name);
    if (!report(renamed ? nullptr : &renamed.error()))
        return;
    reload();
    emit changed();
}

void PeopleDialog::newTeam()
{
    const std::optional<QString> name = askName(tr("New team"), tr("Team name:"), QString());
    if (!name)
        return;
    const Result<qint64> created = m_editor.createTeam(*name);
    if (!report(created ? nullptr : &created.error()))
        return;
    m_teamToSelect = created.value();
    reload();
    m_memberSearch->setFocus();
    emit changed();
}

void PeopleDialog::renameTeam()
{
    QListWidgetItem *team = m_teams->currentItem();
    if (!team)
        return;
    const std::optional<QString> name = askName(tr("Rename team"), tr("Team name:"), team->text());
    if (!name)
        return;
    const Result<void> renamed = m_editor.renameTeam(team->data(KeyRole).toLongLong(), *name);
    if (!report(renamed ? nullptr : &renamed.error()))
        return;
    reload();
    emit changed();
}

void PeopleDialog::deleteTeam()
{
    QListWidgetItem *team = m_teams->currentItem();
    if (!team)
        return;
    if (QMessageBox::question(
            this, tr("Delete team"),
            tr("Delete the team “%1”? Its people stay; only the group goes.").arg(team->text()))
        != QMessageBox::Yes)
        return;
    const Result<void> removed = m_editor.removeTeam(team->data(KeyRole).toLongLong());
    if (!report(removed ? nullptr : &removed.error()))
        return;
    reload();
    emit changed();
}

void PeopleDialog::saveTeamMembers()
{
    QListWidgetItem *team = m_teams->currentItem();
    if (!team)
        return;
    QStringList members;
    for (int row = 0; row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked)
            members << m_members->item(row)->data(KeyRole).toString();
    }
    const Result<void> saved = m_editor.setTeamMembers(team->data(KeyRole).toLongLong(), members);
    if (!report(saved ? nullptr : &saved.error()))
        return;
    team->setData(NameRole, members);
    emit changed();
}
