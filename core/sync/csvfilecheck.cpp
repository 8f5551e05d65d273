#include "core/sync/csvfilecheck.h"

#include "core/storage/synchistory.h"

CsvFileCheck::CsvFileCheck(QObject *parent)
    : QObject(parent)
{}

CsvFileCheck::~CsvFileCheck()
{
    m_cancelled->store(true);
    if (m_thread)
        m_thread->wait();
}

void CsvFileCheck::start(const QString &path)
{
    QPointer<CsvFileCheck> guard(this);
    const auto cancelled = m_cancelled;
    m_thread = QThread::create([guard, path, cancelled] {
        const Result<CsvReport> report = CsvActivityImport::validate(
            path,
            [guard](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, total] {
                        if (guard)
                            emit guard->progress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            cancelled);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, report] {
                if (!guard)
                    return;
                if (report)
                    guard->m_report = report.value();
                emit guard->finished(report);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("csv-check"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void CsvFileCheck::cancel()
{
    m_cancelled->store(true);
}

CsvImportSummary CsvFileCheck::summaryAfter(const SyncRun &run, qint64 accountId) const
{
    CsvImportSummary summary = CsvActivityImport::summaryOf(
        m_report, run.itemsByKind.value(QStringLiteral("activities")));
    summary.accountId = accountId;
    return summary;
}
