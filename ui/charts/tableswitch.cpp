#include "charts/tableswitch.h"

#include "export/dashboardexport.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

TableSwitch::TableSwitch(QWidget *chart, const QString &name, QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(chart);
    m_table = new QTableWidget(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(chart->accessibleName());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_table);
    DashboardExport::addCsvExportAction(m_table, name);

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(name + QStringLiteral("Toggle"));
    m_toggle->setText(tr("Table"));
    m_toggle->setCheckable(true);
    m_toggle->setAccessibleDescription(tr("Show the same numbers as a table"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool asTable) {
        m_stack->setCurrentIndex(asTable ? 1 : 0);
        m_toggle->setText(asTable ? tr("Chart") : tr("Table"));
    });
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
}

void TableSwitch::setTable(const ChartTable &table)
{
    const QLocale locale;
    m_table->clear();
    m_table->setColumnCount(int(table.fields.size()));
    m_table->setHorizontalHeaderLabels(table.fields);
    m_table->setRowCount(int(table.rows.size()));
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < table.fields.size(); ++column) {
            const QVariant value = table.rows.at(row).value(column);
            auto *item = new QTableWidgetItem;
            if (value.metaType().id() == QMetaType::QDate)
                item->setText(locale.toString(value.toDate(), QLocale::ShortFormat));
            else
                item->setData(Qt::DisplayRole, value); // numbers sort as numbers
            item->setData(DashboardExport::ExportValueRole, value);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}
