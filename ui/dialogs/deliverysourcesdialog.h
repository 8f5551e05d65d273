#pragma once

#include "core/query/deliveryeditor.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

/// "What counts as a deployment" (issue 21, delivery): per repository, the automatic choice,
/// one of its GitHub deployment environments, one of its workflows, its published releases, its
/// tags or tags matching a pattern; and for every repository, how long after a deployment a
/// failure counts against it and which issue label marks an incident. Saved on OK in one
/// transaction through DeliveryEditor; an error keeps the dialog open with what went wrong.
class DeliverySourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliverySourcesDialog)

public:
    /// `automatic`: what DevPulse counts now in the repositories it chooses for, by id (the
    /// dashboard's last delivery metrics), shown beside "Automatic".
    DeliverySourcesDialog(const DeliveryEditor &editor, const QHash<qint64, QString> &automatic,
                          QWidget *parent = nullptr);

    void accept() override;

signals:
    /// Saved: the charts should be computed again.
    void changed();

private:
    struct Row
    {
        qint64 repoId = 0;
        QComboBox *combo = nullptr;
        QList<std::optional<DeliveryChoice>> entries; ///< by the combo's item data
        std::optional<DeliveryChoice> saved;
    };
    void fill(const DeliveryEditor::State &state, const QHash<qint64, QString> &automatic);
    void addEntry(Row &row, const QString &text, const std::optional<DeliveryChoice> &choice);
    /// The "Tags matching a pattern…" item: asks for the pattern and selects it.
    void askTagPattern(Row &row);

    DeliveryEditor m_editor;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QSpinBox *m_failureWindow = nullptr;
    QLineEdit *m_incidentLabel = nullptr;
    QList<Row> m_rows;
    DeliverySettings m_savedSettings;
};
