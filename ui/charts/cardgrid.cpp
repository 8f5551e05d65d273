#include "ui/charts/cardgrid.h"

#include <QGridLayout>
#include <QResizeEvent>

CardGrid::CardGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never wider than given
}

void CardGrid::addCard(QWidget *card, bool wide)
{
    card->setParent(this);
    m_cards.append({card, wide});
    arrange(m_columns == 0 ? 1 : m_columns);
}

void CardGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns
        = event->size().width() >= 2 * MinimumColumnWidth + m_grid->horizontalSpacing() ? 2 : 1;
    if (columns != m_columns)
        arrange(columns);
}

void CardGrid::arrange(int columns)
{
    m_columns = columns;
    for (const auto &[card, wide] : std::as_const(m_cards))
        m_grid->removeWidget(card);
    int row = 0;
    int column = 0;
    for (const auto &[card, wide] : std::as_const(m_cards)) {
        if (wide || columns == 1) {
            if (column != 0)
                ++row;
            m_grid->addWidget(card, row++, 0, 1, columns);
            column = 0;
            continue;
        }
        m_grid->addWidget(card, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}
