#pragma once

#include "core/metrics/commitactivity.h"
#include "core/metrics/search.h"

#include <QWidget>

class QLabel;
class QTableWidget;

/// The panel beside the dashboard's charts that lists what the user asked for: the commits
/// behind a clicked punch-card cell or calendar day, or search results. Enter or a
/// double-click opens an item's page in the browser; Esc or Close hides the panel; the list
/// exports as CSV (exact UTC times). GUI thread.
class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    /// Shows the panel, emptied, under `title`, while its list is being read.
    void open(const QString &title);

public slots:
    /// The commits of the cell or day open() was called for, or why they could not be read.
    void showCommits(const QList<CommitListItem> &commits, const QString &error);
    void showSearchHits(const QString &text, const QList<SearchHit> &hits, const QString &error);

private:
    void fill(const QStringList &headers, const QList<QStringList> &rows,
              const QList<QDateTime> &times, const QList<QUrl> &urls);
    static constexpr int UrlRole = Qt::UserRole + 43; ///< an item's web page

    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
};
