#include "ui/pages/resultspanel.h"

#include "ui/export/dashboardexport.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("drillDownLabel"));
    m_title->setWordWrap(true);
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeResultsButton"));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the list (Esc)"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QWidget::hide);

    m_table = new QTableWidget(0, 4, this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Repository"), tr("Author"), tr("Message")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Commits of the selected hour or day"));
    DashboardExport::addCsvExportAction(m_table, QStringLiteral("commits"));
    // Enter or a double-click opens the item's page (GitHub); local commits have none.
    auto *openAction = new QAction(tr("Open in browser"), m_table);
    openAction->setObjectName(QStringLiteral("openInBrowserAction"));
    m_table->insertAction(m_table->actions().value(0), openAction);
    auto openCurrent = [this] {
        const int row = m_table->currentRow();
        const QUrl url = row >= 0 && m_table->item(row, 0)
                             ? m_table->item(row, 0)->data(UrlRole).toUrl()
                             : QUrl();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    };
    connect(openAction, &QAction::triggered, this, openCurrent);
    connect(m_table, &QTableWidget::itemActivated, this, openCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 9, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setMinimumWidth(320);
    hide(); // until a cell, a day or a search asks for it
}

void ResultsPanel::open(const QString &title)
{
    m_title->setText(title);
    m_table->setRowCount(0);
    show();
}

void ResultsPanel::fill(const QStringList &headers, const QList<QStringList> &rows,
                        const QList<QDateTime> &times, const QList<QUrl> &urls)
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
        // The first column shows a local time; CSV export writes the exact UTC time.
        m_table->item(row, 0)->setData(DashboardExport::ExportValueRole, times.value(row));
        m_table->item(row, 0)->setData(UrlRole, urls.value(row));
        if (urls.value(row).isValid())
            m_table->item(row, 0)->setToolTip(tr("Enter or double-click opens it in your browser"));
    }
    m_table->resizeColumnsToContents();
}

void ResultsPanel::showSearchHits(const QString &text, const QList<SearchHit> &hits,
                                  const QString &error)
{
    open(tr("%n results for “%1”", nullptr, int(hits.size())).arg(text));
    if (!error.isEmpty()) {
        m_title->setText(error);
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
    fill({tr("Time"), tr("Repository"), tr("Item"), tr("Text")}, rows, exportTimes, urls);
}

void ResultsPanel::showCommits(const QList<CommitListItem> &commits, const QString &error)
{
    m_table->setRowCount(0);
    show();
    if (!error.isEmpty()) {
        m_title->setText(error);
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
    fill({tr("Time"), tr("Repository"), tr("Author"), tr("Message")}, rows, exportTimes, urls);
}
