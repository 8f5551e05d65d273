#pragma once

#include "core/metrics/metricsrunner.h"
#include "core/people/identities.h"
#include "core/people/teams.h"
#include "core/storage/cacheoverview.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

/// The dashboard. While the cache is empty it shows what to do first (connect GitHub, add an
/// API key, import a CSV file, add a local repository); afterwards the charts for the chosen
/// range and time zone, computed by core's MetricsRunner off the GUI thread, with a list of
/// the commits behind any clicked cell or day. GUI thread.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(MetricsRunner *metrics, QWidget *parent = nullptr);

    void setCounts(const CacheCounts &counts);
    /// Every account, for the connection status cards at the top.
    void setAccounts(const QList<AccountSummary> &accounts);
    /// The repositories the filter offers; ticks of repositories that remain are kept.
    void setRepositories(const QList<QPair<qint64, QString>> &repositories);
    /// The teams and people the People filter offers (people most active first); ticks are
    /// kept. A ticked team stands for its members.
    void setPeople(const QList<Person> &people, const QList<Team> &teams);
    MetricsFilter filter() const;
    /// Shows `filter` in the filter bar (a date range becomes "Custom") and recomputes.
    void setFilter(const MetricsFilter &filter);
    /// The numbers of every chart for the metrics shown now (empty before the first result).
    QList<struct ChartTable> tables() const;
    /// The widget that draws chart `id` (DashboardTables::chartIds), or nullptr.
    QWidget *chartWidget(const QString &id) const;
    /// The metrics shown now (nullopt before the first result).
    const std::optional<DashboardMetrics> &shownMetrics() const { return m_lastMetrics; }
    /// The filter of the metrics shown now.
    std::optional<MetricsFilter> shownFilter() const
    {
        return m_lastMetrics ? std::optional(m_lastMetrics->filter) : std::nullopt;
    }
    /// The filter of the charts in words, with the people and teams ticked in the People filter
    /// by the names it shows (for the summary line and the report's first page).
    QString describeShownFilter() const;

public slots:
    /// Asks for the charts again (after a sync, a filter change).
    void reloadMetrics();

signals:
    /// The user picked a first step; `providerId` names the provider to set up.
    void connectionsRequested(const QString &providerId);
    /// A status card's "Open…": show the provider's card on the Connections page.
    void connectionStatusRequested(const QString &providerId);
    /// "People and teams…": merge people, split them, edit teams.
    void managePeopleRequested();
    /// "Choose what counts…" of the delivery cards (see DashboardCards).
    void deliverySourcesRequested(const QHash<qint64, QString> &automatic);

private:
    QWidget *buildDashboard();
    void showMetrics(const DashboardMetrics &metrics);
    void showSummary();

    MetricsRunner *m_metrics = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_dashboard = nullptr;
    class DashboardFilterBar *m_filterBar = nullptr;
    std::optional<DashboardMetrics> m_lastMetrics;
    CacheCounts m_counts;
    class DashboardCards *m_cards = nullptr;
    class ConnectionStatusCards *m_statusCards = nullptr;
    class QSplitter *m_splitter = nullptr;
    class ResultsPanel *m_resultsPanel = nullptr;
    QLabel *m_errorLabel = nullptr;
};
