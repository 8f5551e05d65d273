#include "ui/dialogs/exportchartdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

ExportChartDialog::ExportChartDialog(const QList<ChartTable> &tables, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportChartDialog"));
    setWindowTitle(tr("Export a chart"));
    m_chart = new QComboBox(this);
    m_chart->setObjectName(QStringLiteral("exportChartCombo"));
    for (const ChartTable &table : tables)
        m_chart->addItem(table.title, table.id);
    m_csv = new QRadioButton(tr("Its &numbers as CSV"), this);
    m_png = new QRadioButton(tr("Its &picture as PNG"), this);
    m_csv->setChecked(true);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setValue(2);
    m_scale->setAccessibleName(tr("PNG scale"));
    m_bom = new QCheckBox(tr("Start with a byte order mark (for Excel)"), this);
    m_bom->setChecked(QSettings().value(QStringLiteral("export/csvBom"), false).toBool());
    auto update = [this] {
        m_scale->setEnabled(m_png->isChecked());
        m_bom->setEnabled(m_csv->isChecked());
    };
    connect(m_png, &QRadioButton::toggled, this, update);
    update();

    auto *form = new QFormLayout;
    form->addRow(tr("&Chart:"), m_chart);
    form->addRow(m_csv);
    form->addRow(QString(), m_bom);
    form->addRow(m_png);
    form->addRow(tr("&Scale:"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("export/csvBom"), m_bom->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ExportChartDialog::chartId() const
{
    return m_chart->currentData().toString();
}

bool ExportChartDialog::asPng() const
{
    return m_png->isChecked();
}

double ExportChartDialog::scale() const
{
    return m_scale->value();
}

bool ExportChartDialog::withByteOrderMark() const
{
    return m_bom->isChecked();
}
