#pragma once

#include "core/metrics/metricsfilter.h"
#include "core/people/identities.h"
#include "core/people/teams.h"

#include <QHash>
#include <QWidget>

class ChecklistButton;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

/// The dashboard's filter bar: range (or first and last day), time zone, repositories, people
/// and teams, "Merge people, teams…", and on a second row the summary of what is shown beside
/// the search box (Ctrl+F; searches once typing pauses). Two rows so that 1280 pixels hold it.
/// GUI thread.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    /// The filter the bar stands for (a ticked team stands for its members).
    MetricsFilter filter() const;
    /// Shows `filter` (a date range becomes "Custom…") without emitting filterChanged.
    void setFilter(const MetricsFilter &filter);
    /// The repositories offered; ticks of repositories that remain are kept.
    void setRepositories(const QList<QPair<qint64, QString>> &repositories);
    /// The teams and people offered (people most active first); ticks are kept.
    void setPeople(const QList<Person> &people, const QList<Team> &teams);
    /// The ticked people and teams by the names the bar shows ("team Core", "Ada · ada@…").
    QStringList checkedPeopleNames() const;
    /// The sentence beside the search box: what the charts below show.
    void setSummary(const QString &summary);

signals:
    /// The user changed what is shown.
    void filterChanged();
    /// The user typed `text` to search for (and paused, or pressed Enter).
    void searchRequested(const QString &text);
    void managePeopleRequested();

private:
    static constexpr int CustomRange = -1;
    QComboBox *m_rangeCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_timeZoneCombo = nullptr;
    ChecklistButton *m_repoFilter = nullptr;
    ChecklistButton *m_authorFilter = nullptr;
    ChecklistButton *m_kindFilter = nullptr;
    QHash<QString, QStringList> m_teamMembers; ///< People filter key "team:<id>" -> members
    QHash<QString, QString> m_peopleNames;     ///< People filter key -> name, without counts
    QLabel *m_summaryLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchDelay = nullptr;
};
