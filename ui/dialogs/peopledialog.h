#pragma once

#include "common/result.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

/// "People and teams": merge a person's logins, emails and names into one identity (and split
/// it again), and make teams for the People filter. Every change is written at once through
/// core's Identities and Teams; changed() tells the window to reload. GUI thread.
class PeopleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleDialog)

public:
    explicit PeopleDialog(QSqlDatabase db, QWidget *parent = nullptr);

signals:
    /// People were merged, split or renamed, or a team changed.
    void changed();

private:
    QWidget *buildPeopleTab();
    QWidget *buildTeamsTab();
    void reload();
    void showTeamMembers();
    void updateButtons();
    void mergeSelected();
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

    QSqlDatabase m_db;
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
