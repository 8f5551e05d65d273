#pragma once

#include "core/export/dashboardtables.h"

#include <QGroupBox>

class BarChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

/// One chart of the dashboard as a card: its title, a summary sentence, its own options, a
/// Chart/Table switch (the table is the accessible alternative and shows exact values) and an
/// Export menu (the numbers as CSV, the picture as PNG). For a bar chart over time also the
/// bucket: automatic (by width) or one the user picks. GUI thread.
class ChartCard final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    /// `chart` is shown on the card's first page. `name` names the parts for tests and
    /// exports: the table "<name>Table", the switch "<name>Toggle", the bucket "<name>Bucket",
    /// the export menu "<name>Export".
    ChartCard(const QString &title, QWidget *chart, const QString &name, QWidget *parent);
    /// A card that is a table only (a leaderboard): `headers` name its columns for people
    /// (on screen, in print and in the card's CSV); chart() is the table.
    ChartCard(const QString &title, const QString &name, const QStringList &headers,
              QWidget *parent);
    /// The same for a bar chart: the table follows what the chart shows, in its buckets.
    ChartCard(const QString &title, BarChartView *chart, const QString &name, QWidget *parent);

    void setSummary(const QString &text);
    QLabel *summaryLabel() const { return m_summary; }
    /// A control of this chart's own (what to count, how to group), before the switch.
    void addControl(QWidget *control);
    /// The numbers of a chart that is not a BarChartView.
    void setTable(const ChartTable &table);
    QWidget *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    /// What the card shows now (the chart or the table), for a picture of it.
    QWidget *currentView() const;

private:
    void build(const QString &title, const QString &name);
    void fillTableFromChart();
    /// A card that is only a table and has few rows ends below its last row, not a screen's
    /// height of empty rows later.
    void fitHeightToRows();
    void fillTableNow();
    void exportCsv();
    void exportPng();

    QWidget *m_chart = nullptr;
    BarChartView *m_barChart = nullptr;
    QString m_name;
    QStringList m_headers; ///< a table-only card's column names
    QLabel *m_summary = nullptr;
    QHBoxLayout *m_controls = nullptr;
    int m_ownControls = 0; ///< addControl()'s widgets, left of the stretch
    QComboBox *m_bucket = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_toggle = nullptr;
    bool m_tableStale = false; ///< the chart changed since the table was filled
};
