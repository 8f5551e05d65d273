// DashboardPage: the results panel beside the charts (the commits of a clicked cell, search
// results).
#include "ui/pages/dashboardpage.h"

#include "ui/export/dashboardexport.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>

void DashboardPage::fillResults(const QStringList &headers, const QList<QStringList> &rows,
                                const QList<QDateTime> &times, const QList<QUrl> &urls)
{
    m_drillDown->setHorizontalHeaderLabels(headers);
    m_drillDown->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            m_drillDown->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
        // The first column shows a local time; CSV export writes the exact UTC time.
        m_drillDown->item(row, 0)->setData(DashboardExport::ExportValueRole, times.value(row));
        m_drillDown->item(row, 0)->setData(UrlRole, urls.value(row));
        if (urls.value(row).isValid())
            m_drillDown->item(row, 0)->setToolTip(
                tr("Enter or double-click opens it in your browser"));
    }
    m_drillDown->resizeColumnsToContents();
}

void DashboardPage::showSearchHits(const QString &text, const QList<SearchHit> &hits,
                                   const QString &error)
{
    openResults(tr("%n results for “%1”", nullptr, int(hits.size())).arg(text));
    if (!error.isEmpty()) {
        m_drillDownLabel->setText(error);
        return;
    }
    const QLocale locale;
    QList<QStringList> rows;
    QList<QDateTime> exportTimes;
    QList<QUrl> urls;
    for (const SearchHit &hit : hits) {
        rows << QStringList{locale.toString(hit.time.toLocalTime(), QLocale::ShortFormat), hit.repo,
                            hit.reference, hit.text};
        exportTimes << hit.time;
        urls << hit.url;
    }
    fillResults({tr("Time"), tr("Repository"), tr("Item"), tr("Text")}, rows, exportTimes, urls);
}

void DashboardPage::showCommits(const QList<CommitListItem> &commits, const QString &error)
{
    m_drillDown->setRowCount(0);
    m_resultsPanel->show();
    if (!error.isEmpty()) {
        m_drillDownLabel->setText(error);
        return;
    }
    const QLocale locale;
    QList<QStringList> rows;
    QList<QDateTime> exportTimes;
    QList<QUrl> urls;
    for (const CommitListItem &commit : commits) {
        rows << QStringList{locale.toString(commit.authoredAt.toLocalTime(), QLocale::ShortFormat),
                            commit.repo, commit.author, commit.message};
        exportTimes << commit.authoredAt;
        urls << commit.url;
    }
    fillResults({tr("Time"), tr("Repository"), tr("Author"), tr("Message")}, rows, exportTimes,
                urls);
}
