#pragma once

#include "storage/synchistory.h"

#include <QWidget>

class QLabel;
class QTableView;
class SyncHistoryModel;

/// Every sync run with its outcome, counts and error, newest first. GUI thread.
class SyncHistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHistoryPage)

public:
    explicit SyncHistoryPage(QWidget *parent = nullptr);

    void setRuns(const QList<SyncRun> &runs);

private:
    SyncHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
};
