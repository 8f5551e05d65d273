#pragma once

#include "core/storage/synchistory.h"

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

signals:
    /// The user asked to run a failed or cancelled sync of this account again.
    void retryRequested(qint64 accountId);

private:
    void updateRetryButton();

    class QPushButton *m_retryButton = nullptr;
    SyncHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
};
