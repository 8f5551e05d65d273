#pragma once

#include "core/metrics/codemetrics.h"

#include <QTableWidget>

/// The contributors leaderboard: developer, commits, lines added and removed, pull requests
/// opened and merged; numbers in the locale's format, sorted as numbers (most commits first
/// until the user clicks another column), "Others (n people)" always last; exported as CSV
/// with the exact values. GUI thread.
class ContributorsTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributorsTable)

public:
    explicit ContributorsTable(QWidget *parent = nullptr);

    void setContributors(const QList<Contributor> &people);

private:
    /// Writes m_people's rows in the order the header's sort indicator asks for.
    void fillSorted();

    QList<Contributor> m_people;
};
