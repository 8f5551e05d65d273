#pragma once

#include <QWidget>

class QGridLayout;

/// Lays the dashboard's chart cards out in two columns when the width allows it, else in one,
/// so that nothing is cut off or needs a horizontal scroll bar. A wide card (a calendar, a
/// chart over time) always takes a whole row. GUI thread.
class CardGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGrid)

public:
    /// Below this width per column, one column.
    static constexpr int MinimumColumnWidth = 460;

    explicit CardGrid(QWidget *parent = nullptr);

    /// Cards are placed in the order added.
    void addCard(QWidget *card, bool wide);
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);

    QGridLayout *m_grid = nullptr;
    QList<QPair<QWidget *, bool>> m_cards;
    int m_columns = 0;
};
