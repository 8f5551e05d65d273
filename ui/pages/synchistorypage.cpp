#include "pages/synchistorypage.h"

#include "models/synchistorymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

SyncHistoryPage::SyncHistoryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncHistoryPage"));
    m_model = new SyncHistoryModel(this);
    m_table = new QTableView(this);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Sync history</h2>"), this));
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    setRuns({});
}

void SyncHistoryPage::setRuns(const QList<SyncRun> &runs)
{
    m_model->setRuns(runs);
    m_emptyLabel->setVisible(runs.isEmpty());
    m_table->setVisible(!runs.isEmpty());
}
