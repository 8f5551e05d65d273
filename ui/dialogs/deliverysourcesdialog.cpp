#include "ui/dialogs/deliverysourcesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The item of the combo that asks for a tag pattern (its data; entries are 0, 1, ...).
constexpr int AskPatternData = -1;

bool sameChoice(const std::optional<DeliveryChoice> &a, const std::optional<DeliveryChoice> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->kind == b->kind && a->value == b->value;
}

} // namespace

DeliverySourcesDialog::DeliverySourcesDialog(const DeliveryEditor &editor,
                                             const QHash<qint64, QString> &automatic,
                                             QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("deliverySourcesDialog"));
    setWindowTitle(tr("What counts as a deployment"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Choose, per repository, what counts as a deployment to production for the delivery "
           "keys. Automatic lets DevPulse choose from what the repository has. A workflow's "
           "runs are read from the next sync on."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("deliverySourcesTable"));
    m_table->setHorizontalHeaderLabels({tr("Repository"), tr("Counts as a deployment")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No repository has deployments, workflows, releases or tags yet: "
                            "they arrive with a sync of a GitHub account."),
                         this);
    m_empty->setObjectName(QStringLiteral("deliverySourcesEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *failures = new QGroupBox(tr("A failed change, in every repository"), this);
    auto *form = new QFormLayout(failures);
    m_failureWindow = new QSpinBox(failures);
    m_failureWindow->setObjectName(QStringLiteral("failureWindow"));
    m_failureWindow->setRange(1, 90);
    m_failureWindow->setSuffix(tr(" days"));
    form->addRow(tr("A failure counts against the deployment before it &within:"), m_failureWindow);
    m_incidentLabel = new QLineEdit(failures);
    m_incidentLabel->setObjectName(QStringLiteral("incidentLabel"));
    form->addRow(tr("Issues with this &label are incidents:"), m_incidentLabel);
    layout->addWidget(failures);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliverySourcesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliverySourcesDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520); // until the rows are known

    const Result<DeliveryEditor::State> state = m_editor.read();
    if (!state) {
        m_empty->setText(tr("Could not read the repositories: %1").arg(state.error().userMessage));
        m_table->hide();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    fill(state.value(), automatic);
    // As tall as its rows, up to twelve (more scroll), not a box of empty rows around one.
    constexpr int ShownRows = 12;
    int rowsHeight = 0;
    for (int row = 0; row < std::min(m_table->rowCount(), ShownRows); ++row)
        rowsHeight += m_table->rowHeight(row);
    const int tableHeight
        = m_table->horizontalHeader()->sizeHint().height() + rowsHeight + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(tableHeight);
    if (m_table->rowCount() <= ShownRows)
        m_table->setMaximumHeight(tableHeight);
    resize(720, sizeHint().height());
}

void DeliverySourcesDialog::fill(const DeliveryEditor::State &state,
                                 const QHash<qint64, QString> &automatic)
{
    m_savedSettings = state.settings;
    m_failureWindow->setValue(state.settings.failureWindowDays);
    m_incidentLabel->setText(state.settings.incidentLabel);
    m_empty->setVisible(state.repos.isEmpty());
    m_table->setVisible(!state.repos.isEmpty());
    m_table->setRowCount(int(state.repos.size()));
    m_rows.reserve(state.repos.size());
    for (const RepoDeliveryOptions &repo : state.repos) {
        const int rowIndex = int(m_rows.size());
        m_rows.append(Row{repo.repoId, new QComboBox(m_table), {}, repo.choice});
        Row &row = m_rows.last();
        row.combo->setObjectName(QStringLiteral("deliverySource:%1").arg(repo.name));
        row.combo->setAccessibleName(tr("What counts as a deployment in %1").arg(repo.name));
        const QString now = automatic.value(repo.repoId);
        addEntry(row, now.isEmpty() ? tr("Automatic") : tr("Automatic (now: %1)").arg(now),
                 std::nullopt);
        QStringList environments = repo.environments;
        QStringList workflows = repo.workflows;
        // A choice of something the cache no longer has (or has not read yet) stays offered.
        if (repo.choice && repo.choice->kind == DeliveryChoice::Kind::Environment
            && !environments.contains(repo.choice->value))
            environments << repo.choice->value;
        if (repo.choice && repo.choice->kind == DeliveryChoice::Kind::Workflow
            && !workflows.contains(repo.choice->value))
            workflows << repo.choice->value;
        for (const QString &environment : std::as_const(environments))
            addEntry(row, tr("Deployments to %1").arg(environment),
                     DeliveryChoice{DeliveryChoice::Kind::Environment, environment});
        for (const QString &workflow : std::as_const(workflows))
            addEntry(row, tr("Runs of workflow %1").arg(workflow),
                     DeliveryChoice{DeliveryChoice::Kind::Workflow, workflow});
        addEntry(row, tr("Published releases (%Ln)", nullptr, repo.releases),
                 DeliveryChoice{DeliveryChoice::Kind::Releases, {}});
        addEntry(row, tr("Every tag (%Ln)", nullptr, repo.tags),
                 DeliveryChoice{DeliveryChoice::Kind::Tags, {}});
        if (repo.choice && repo.choice->kind == DeliveryChoice::Kind::Tags
            && !repo.choice->value.isEmpty())
            addEntry(row, tr("Tags matching %1").arg(repo.choice->value), repo.choice);
        row.combo->addItem(tr("Tags matching a pattern…"), AskPatternData);
        for (qsizetype i = 0; i < row.entries.size(); ++i) {
            if (sameChoice(row.entries.at(i), repo.choice))
                row.combo->setCurrentIndex(row.combo->findData(int(i)));
        }
        connect(row.combo, qOverload<int>(&QComboBox::activated), this,
                [this, rowIndex](int index) {
                    Row &activated = m_rows[rowIndex];
                    if (activated.combo->itemData(index).toInt() == AskPatternData)
                        askTagPattern(activated);
                });
        auto *name = new QTableWidgetItem(repo.name);
        m_table->setItem(rowIndex, 0, name);
        m_table->setCellWidget(rowIndex, 1, row.combo);
    }
}

void DeliverySourcesDialog::addEntry(Row &row, const QString &text,
                                     const std::optional<DeliveryChoice> &choice)
{
    row.combo->addItem(text, int(row.entries.size()));
    row.entries << choice;
}

void DeliverySourcesDialog::askTagPattern(Row &row)
{
    bool ok = false;
    const QString pattern
        = QInputDialog::getText(this, tr("Tags matching a pattern"),
                                tr("Tags that count as deployments (* stands for anything, "
                                   "as in v* or release-*):"),
                                QLineEdit::Normal, QStringLiteral("v*"), &ok)
              .trimmed();
    if (!ok || pattern.isEmpty()) {
        row.combo->setCurrentIndex(0);
        return;
    }
    const DeliveryChoice choice{DeliveryChoice::Kind::Tags,
                                pattern == QLatin1String("*") ? QString() : pattern};
    for (qsizetype i = 0; i < row.entries.size(); ++i) {
        if (sameChoice(row.entries.at(i), choice)) {
            row.combo->setCurrentIndex(row.combo->findData(int(i)));
            return;
        }
    }
    // Before the "Tags matching a pattern…" item, which stays last.
    row.combo->insertItem(row.combo->count() - 1, tr("Tags matching %1").arg(pattern),
                          int(row.entries.size()));
    row.entries << choice;
    row.combo->setCurrentIndex(row.combo->count() - 2);
}

void DeliverySourcesDialog::accept()
{
    QHash<qint64, std::optional<DeliveryChoice>> changes;
    for (const Row &row : std::as_const(m_rows)) {
        const int entry = row.combo->currentData().toInt();
        if (entry < 0 || entry >= row.entries.size())
            continue;
        if (!sameChoice(row.entries.at(entry), row.saved))
            changes.insert(row.repoId, row.entries.at(entry));
    }
    DeliverySettings settings;
    settings.failureWindowDays = m_failureWindow->value();
    settings.incidentLabel = m_incidentLabel->text().trimmed();
    if (settings.incidentLabel.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Name the issue label that marks an incident (for example "
                                "“incident”)."));
        m_incidentLabel->setFocus();
        return;
    }
    const bool settingsChanged = settings.failureWindowDays != m_savedSettings.failureWindowDays
                                 || settings.incidentLabel != m_savedSettings.incidentLabel;
    if (changes.isEmpty() && !settingsChanged) {
        QDialog::accept();
        return;
    }
    if (const Result<void> saved = m_editor.save(changes, settings); !saved) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("Could not save what counts as a deployment: %1").arg(saved.error().userMessage));
        return;
    }
    emit changed();
    QDialog::accept();
}
