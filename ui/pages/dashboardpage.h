#pragma once

#include "storage/cacheoverview.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

/// The dashboard. While the cache is empty it shows what to do first (connect GitHub, add an
/// API key, import a CSV file, add a local repository); afterwards what the cache holds.
/// GUI thread; the MainWindow feeds it counts.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setCounts(const CacheCounts &counts);

signals:
    /// The user picked a first step; `providerId` names the provider to set up.
    void connectionsRequested(const QString &providerId);

private:
    QWidget *buildEmptyState();
    QWidget *buildSummary();

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_summary = nullptr;
    QLabel *m_summaryLabel = nullptr;
};
