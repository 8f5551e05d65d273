// DashboardPage's filter bar: what the repository and People filters offer, and the filter
// the bar stands for (a ticked team stands for its members).
#include "ui/pages/dashboardpage.h"

#include "core/export/dashboardtables.h"
#include "ui/charts/checklistbutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QSignalBlocker>

void DashboardPage::setRepositories(const QList<QPair<qint64, QString>> &repositories)
{
    QList<QPair<QVariant, QString>> items;
    for (const auto &[id, name] : repositories)
        items.append({QVariant(id), name});
    m_repoFilter->setItems(items);
}

void DashboardPage::setPeople(const QList<Person> &people, const QList<Team> &teams)
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

QString DashboardPage::describeShownFilter() const
{
    QStringList people;
    for (const QVariant &checked : m_authorFilter->checkedKeys())
        people << m_peopleNames.value(checked.toString(), checked.toString());
    return DashboardTables::describeFilter(shownFilter().value_or(filter()), int(m_counts.repos),
                                           people);
}

MetricsFilter DashboardPage::filter() const
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

void DashboardPage::setFilter(const MetricsFilter &filter)
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
    reloadMetrics();
}
