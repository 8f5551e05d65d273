#include "ui/models/synchistorymodel.h"

#include "core/accounts/providerdirectory.h"
#include "core/common/syncprogress.h"

#include <QLocale>

SyncHistoryModel::SyncHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SyncHistoryModel::setRuns(const QList<SyncRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncHistoryModel::statusText(SyncRunStatus status) const
{
    switch (status) {
    case SyncRunStatus::Running: return tr("Running");
    case SyncRunStatus::Succeeded: return tr("Succeeded");
    case SyncRunStatus::Failed: return tr("Failed");
    case SyncRunStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SyncRun &run = m_runs.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started: return locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Provider: {
            const ProviderInfo info = ProviderDirectory::info(run.provider);
            return info.id.isEmpty() ? run.provider : info.displayName;
        }
        case Status: return statusText(run.status);
        case Duration:
            if (!run.finishedAt.isValid())
                return QString();
            return tr("%1 s").arg(locale.toString(run.startedAt.secsTo(run.finishedAt)));
        case Items: return describeSyncItems(run.itemsByKind);
        case Requests:
            return tr("%1 (%2 unchanged)")
                .arg(locale.toString(run.requests), locale.toString(run.notModified));
        case Waits:
            return run.waits == 0
                       ? QString()
                       : tr("%1 (%2 s)")
                             .arg(locale.toString(run.waits), locale.toString(run.waitSeconds));
        case Error: return run.error;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Error && !run.error.isEmpty())
        return run.error;
    return {};
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Provider: return tr("Provider");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case Items: return tr("Items");
    case Requests: return tr("Requests");
    case Waits: return tr("Waits");
    case Error: return tr("Error");
    default: return {};
    }
}
