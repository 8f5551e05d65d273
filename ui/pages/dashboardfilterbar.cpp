#include "ui/pages/dashboardfilterbar.h"

#include "core/common/workkind.h"
#include "ui/charts/checklistbutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardFilterBar"));

    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("Last 7 days"), 7);
    m_rangeCombo->addItem(tr("Last 30 days"), 30);
    m_rangeCombo->addItem(tr("Last 90 days"), 90);
    m_rangeCombo->addItem(tr("Last 12 months"), 365);
    m_rangeCombo->addItem(tr("All time"), 0);
    m_rangeCombo->addItem(tr("Custom…"), CustomRange);
    m_rangeCombo->setCurrentIndex(3);
    // Shown for "Custom…" only: first and last day, both included.
    m_fromEdit = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_fromEdit->setObjectName(QStringLiteral("rangeFromEdit"));
    m_toEdit = new QDateEdit(QDate::currentDate(), this);
    m_toEdit->setObjectName(QStringLiteral("rangeToEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardFilterBar::filterChanged);
    }
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_rangeCombo->currentData().toInt() == CustomRange;
        m_fromEdit->setVisible(custom);
        m_toEdit->setVisible(custom);
    });
    m_timeZoneCombo = new QComboBox(this);
    m_timeZoneCombo->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZoneCombo->addItem(tr("My time zone"), int(TimeZoneMode::Local));
    m_timeZoneCombo->addItem(tr("Each author's own time"), int(TimeZoneMode::AuthorOffset));
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeCombo);
    auto *zoneLabel = new QLabel(tr("&Hours in:"), this);
    zoneLabel->setBuddy(m_timeZoneCombo);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this,
            &DashboardFilterBar::filterChanged);
    connect(m_timeZoneCombo, &QComboBox::currentIndexChanged, this,
            &DashboardFilterBar::filterChanged);
    // Nothing ticked means all, as in GitHub's own filters.
    m_repoFilter = new ChecklistButton(
        QStringLiteral("repoFilter"), tr("All repositories"),
        [](int count) { return tr("%Ln repositories", nullptr, count); }, this);
    m_repoFilter->setAccessibleName(tr("Repositories shown"));
    connect(m_repoFilter, &ChecklistButton::changed, this, &DashboardFilterBar::filterChanged);
    m_authorFilter = new ChecklistButton(
        QStringLiteral("authorFilter"), tr("Everyone"),
        [](int count) { return tr("%Ln people", nullptr, count); }, this);
    m_authorFilter->setAccessibleName(tr("People shown"));
    m_authorFilter->setToolTip(
        tr("Commits by login, else email; pull requests and issues by login"));
    connect(m_authorFilter, &ChecklistButton::changed, this, &DashboardFilterBar::filterChanged);
    // Kinds of work count commits only: pull requests, issues, refs and activity ignore it.
    m_kindFilter = new ChecklistButton(
        QStringLiteral("kindFilter"), tr("All kinds"),
        [](int count) { return tr("%Ln kinds of work", nullptr, count); }, this);
    m_kindFilter->setAccessibleName(tr("Kinds of work shown"));
    m_kindFilter->setToolTip(tr("Commits by kind of work (from their subject); pull requests, "
                                "issues, branches and activity are not filtered by kind"));
    QList<QPair<QVariant, QString>> kinds;
    for (const WorkKind kind : WorkKinds::all())
        kinds.append({WorkKinds::id(kind), WorkKinds::name(kind)});
    m_kindFilter->setItems(kinds);
    connect(m_kindFilter, &ChecklistButton::changed, this, &DashboardFilterBar::filterChanged);
    auto *managePeople = new QToolButton(this);
    managePeople->setObjectName(QStringLiteral("managePeopleButton"));
    managePeople->setText(tr("Merge people, teams…"));
    managePeople->setToolTip(tr("Merge a person's emails and logins into one, and make teams"));
    connect(managePeople, &QToolButton::clicked, this, &DashboardFilterBar::managePeopleRequested);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search commits, pull requests, issues (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setMinimumWidth(160);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_searchEdit, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    // Search as the user types, once typing pauses.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        const QString text = m_searchEdit->text().trimmed();
        if (!text.isEmpty())
            emit searchRequested(text);
    });

    // Two rows, so that 1280 pixels hold everything: what is shown, then search.
    auto *first = new QHBoxLayout;
    first->addWidget(rangeLabel);
    first->addWidget(m_rangeCombo);
    first->addWidget(m_fromEdit);
    first->addWidget(m_toEdit);
    first->addSpacing(12);
    first->addWidget(zoneLabel);
    first->addWidget(m_timeZoneCombo);
    first->addSpacing(12);
    first->addWidget(m_repoFilter);
    first->addWidget(m_authorFilter);
    first->addWidget(m_kindFilter);
    first->addWidget(managePeople);
    first->addStretch(1);
    // The search box has the second row to itself with the summary of what is shown.
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("cacheSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto *second = new QHBoxLayout;
    second->addWidget(m_summaryLabel, 3);
    second->addWidget(m_searchEdit, 2);
    auto *bar = new QVBoxLayout(this);
    bar->setContentsMargins(9, 6, 9, 0);
    bar->addLayout(first);
    bar->addLayout(second);
}

void DashboardFilterBar::setRepositories(const QList<QPair<qint64, QString>> &repositories)
{
    QList<QPair<QVariant, QString>> items;
    for (const auto &[id, name] : repositories)
        items.append({QVariant(id), name});
    m_repoFilter->setItems(items);
}

void DashboardFilterBar::setPeople(const QList<Person> &people, const QList<Team> &teams)
{
    QList<QPair<QVariant, QString>> items;
    m_teamMembers.clear();
    m_peopleNames.clear();
    for (const Team &team : teams) {
        const QString key = QStringLiteral("team:%1").arg(team.id);
        m_teamMembers.insert(key, team.members);
        m_peopleNames.insert(key, tr("team %1").arg(team.name));
        items.append(
            {QVariant(key),
             tr("Team %1 (%Ln people)", nullptr, int(team.members.size())).arg(team.name)});
    }
    for (const Person &person : people) {
        // "Ada Lovelace · ada@example.com (301)": the name people know, the key they can type.
        const QString who = person.identityId != 0 || person.displayName == person.key
                                ? person.displayName
                                : tr("%1 · %2").arg(person.displayName, person.key);
        m_peopleNames.insert(person.key, who);
        items.append(
            {QVariant(person.key), tr("%1 (%2)").arg(who, QLocale().toString(person.items))});
    }
    m_authorFilter->setItems(items);
}

QStringList DashboardFilterBar::checkedPeopleNames() const
{
    QStringList people;
    for (const QVariant &checked : m_authorFilter->checkedKeys())
        people << m_peopleNames.value(checked.toString(), checked.toString());
    return people;
}

void DashboardFilterBar::setSummary(const QString &summary)
{
    m_summaryLabel->setText(summary);
}

MetricsFilter DashboardFilterBar::filter() const
{
    MetricsFilter filter;
    for (const QVariant &id : m_repoFilter->checkedKeys())
        filter.repoIds << id.toLongLong();
    for (const QVariant &checked : m_authorFilter->checkedKeys()) {
        const QString key = checked.toString();
        for (const QString &person : m_teamMembers.value(key, {key})) {
            if (!filter.authors.contains(person))
                filter.authors << person;
        }
    }
    for (const QVariant &kind : m_kindFilter->checkedKeys())
        filter.workKinds << kind.toString();
    const int days = m_rangeCombo->currentData().toInt();
    if (days == CustomRange) {
        filter.from = qMin(m_fromEdit->date(), m_toEdit->date());
        filter.to = qMax(m_fromEdit->date(), m_toEdit->date());
    } else if (days > 0) {
        filter.to = QDate::currentDate();
        filter.from = filter.to.addDays(1 - days);
    }
    filter.timeZone = TimeZoneMode(m_timeZoneCombo->currentData().toInt());
    return filter;
}

void DashboardFilterBar::setFilter(const MetricsFilter &filter)
{
    const QSignalBlocker blockRange(m_rangeCombo);
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    const QSignalBlocker blockZone(m_timeZoneCombo);
    if (!filter.from.isValid() && !filter.to.isValid()) {
        m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(0));
    } else {
        m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(CustomRange));
        m_fromEdit->setDate(filter.from.isValid() ? filter.from : QDate(1970, 1, 1));
        m_toEdit->setDate(filter.to.isValid() ? filter.to : QDate::currentDate());
    }
    const bool custom = m_rangeCombo->currentData().toInt() == CustomRange;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    m_timeZoneCombo->setCurrentIndex(m_timeZoneCombo->findData(int(filter.timeZone)));
    QVariantList repoIds;
    for (qint64 id : filter.repoIds)
        repoIds << id;
    m_repoFilter->setCheckedKeys(repoIds);
    QVariantList authors;
    for (const QString &author : filter.authors)
        authors << author;
    m_authorFilter->setCheckedKeys(authors);
    QVariantList kinds;
    for (const QString &kind : filter.workKinds)
        kinds << kind;
    m_kindFilter->setCheckedKeys(kinds);
}
