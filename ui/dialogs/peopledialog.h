#pragma once

#include "core/common/result.h"
#include "core/people/peopleeditor.h"

#include <QDialog>

#include <optional>

class MetricsRunner;
struct Person;
struct Team;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

/// "People and teams": merge a person's logins, emails and names into one identity (and split
/// it again), and make teams for the People filter. Every change is written at once through
/// core's PeopleEditor; changed() tells the window to reload. The list of people comes
/// from the window's MetricsRunner (its commit snapshot; SQL over every commit froze the window
/// for seconds at a million commits), so it fills a moment after a change. GUI thread.
class PeopleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleDialog)

public:
    PeopleDialog(const PeopleEditor &editor, MetricsRunner *people, QWidget *parent = nullptr);

signals:
    /// People were merged, split or renamed, or a team changed.
    void changed();

private:
    QWidget *buildPeopleTab();
    QWidget *buildTeamsTab();
    /// Asks the runner for the people and teams again; showPeople() fills the lists.
    void reload();
    void showPeople(const QList<Person> &people, const QList<Team> &teams);
    void showTeamMembers();
    void updateButtons();
    void mergeSelected();
    /// Merges the people the chosen .mailmap suggestion names (after asking the name).
    void mergeSuggestion();
    /// Asks the merged person's name (`suggestedName` filled in), then merges `keys`.
    void mergePeople(const QStringList &keys, const QString &suggestedName);
    void splitSelected();
    void renameSelected();
    void newTeam();
    void renameTeam();
    void deleteTeam();
    void saveTeamMembers();
    /// Shows `error` under the tabs; false when there was one.
    bool report(const Error *error);
    /// Asks for a name in a dialog wide enough for its title; nullopt when cancelled.
    std::optional<QString> askName(const QString &title, const QString &label,
                                   const QString &suggestion);

    PeopleEditor m_editor;
    MetricsRunner *m_runner = nullptr;
    qint64 m_teamToSelect = 0;     ///< a team just made, selected once the lists are read again
    QList<MailmapEntry> m_mailmap; ///< read at each reload: suggestions, never merged alone
    QWidget *m_suggestionBox = nullptr;
    QListWidget *m_suggestions = nullptr;
    QPushButton *m_mergeSuggestion = nullptr;
    QTreeWidget *m_people = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_split = nullptr;
    QPushButton *m_rename = nullptr;
    QListWidget *m_teams = nullptr;
    QPushButton *m_renameTeam = nullptr;
    QPushButton *m_deleteTeam = nullptr;
    QLineEdit *m_memberSearch = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_error = nullptr;
};
