#pragma once

#include "core/export/dashboardtables.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QRadioButton;

/// Which chart to export and how: its numbers as CSV (optionally with a byte order mark for
/// spreadsheet programs) or its picture as PNG at a chosen scale. The caller asks for the file.
class ExportChartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChartDialog)

public:
    ExportChartDialog(const QList<ChartTable> &tables, QWidget *parent = nullptr);

    QString chartId() const;
    bool asPng() const;
    double scale() const;
    bool withByteOrderMark() const;

private:
    QComboBox *m_chart = nullptr;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_png = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QCheckBox *m_bom = nullptr;
};
