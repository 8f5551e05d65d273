#pragma once

#include "core/storage/synchistory.h"

#include <QAbstractTableModel>

/// Sync runs as a table (newest first) for the Sync history page. GUI thread; filled with
/// setRuns() from what core's SyncHistory read.
class SyncHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHistoryModel)

public:
    enum Column { Started, Provider, Status, Duration, Items, Requests, Waits, Error, ColumnCount };

    explicit SyncHistoryModel(QObject *parent = nullptr);

    void setRuns(const QList<SyncRun> &runs);
    const SyncRun &runAt(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(SyncRunStatus status) const;

    QList<SyncRun> m_runs;
};
