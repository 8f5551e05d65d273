#pragma once

#include "export/dashboardtables.h"

#include <QWidget>

class QStackedWidget;
class QTableWidget;
class QToolButton;

/// A custom-painted chart with a "Table" toggle that shows the same numbers as a table: the
/// accessible alternative and a way to read exact values (BarChartPanel does the same for bar
/// charts). Owns neither the chart's data nor its painting. GUI thread.
class TableSwitch final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableSwitch)

public:
    /// Takes `chart` as its first page; the table and toggle are named
    /// "<name>Table"/"<name>Toggle".
    TableSwitch(QWidget *chart, const QString &name, QWidget *parent = nullptr);

    void setTable(const ChartTable &table);
    QTableWidget *table() const { return m_table; }

private:
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_toggle = nullptr;
};
