#include "ui/pages/synchistorypage.h"

#include "ui/models/synchistorymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SyncHistoryPage::SyncHistoryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncHistoryPage"));
    m_model = new SyncHistoryModel(this);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setObjectName(QStringLiteral("syncHistoryTable"));
    m_table->setAccessibleName(tr("Sync history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_emptyLabel = new QLabel(tr("No sync has run yet. Connect an account on the Connections "
                                 "page; each sync will be listed here with what it brought."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("syncHistoryEmpty"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("retrySyncButton"));
    m_retryButton->setToolTip(tr("Run the selected failed or cancelled sync again"));
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_model->runAt(current.row()).accountId)
            emit retryRequested(*m_model->runAt(current.row()).accountId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncHistoryPage::updateRetryButton);

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Sync history</h2>"), this));
    header->addStretch(1);
    header->addWidget(m_retryButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    setRuns({});
}

void SyncHistoryPage::setRuns(const QList<SyncRun> &runs)
{
    m_model->setRuns(runs);
    m_emptyLabel->setVisible(runs.isEmpty());
    m_table->setVisible(!runs.isEmpty());
    updateRetryButton();
}

void SyncHistoryPage::updateRetryButton()
{
    const QModelIndex current = m_table->currentIndex();
    bool retryable = false;
    if (current.isValid() && current.row() < m_model->rowCount()) {
        const SyncRun &run = m_model->runAt(current.row());
        retryable
            = run.accountId.has_value()
              && (run.status == SyncRunStatus::Failed || run.status == SyncRunStatus::Cancelled);
    }
    m_retryButton->setEnabled(retryable);
}
