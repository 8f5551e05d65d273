#include "ui/charts/checklistbutton.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWidgetAction>

ChecklistButton::ChecklistButton(const QString &name, const QString &allText,
                                 std::function<QString(int)> countText, QWidget *parent)
    : QToolButton(parent)
    , m_allText(allText)
    , m_countText(std::move(countText))
{
    setObjectName(name + QStringLiteral("Button"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    auto *panel = new QWidget(menu);
    m_search = new QLineEdit(panel);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Type to filter…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(panel);
    m_list->setObjectName(name + QStringLiteral("List"));
    m_list->setMinimumSize(280, 220);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, m_search, [this] { m_search->setFocus(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateText();
        emit changed();
    });
    updateText();
}

void ChecklistButton::setItems(const QList<QPair<QVariant, QString>> &items)
{
    const QVariantList ticked = checkedKeys();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const auto &[key, label] : items) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    updateText();
}

QVariantList ChecklistButton::checkedKeys() const
{
    QVariantList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            keys << m_list->item(row)->data(Qt::UserRole);
    }
    return keys;
}

void ChecklistButton::setCheckedKeys(const QVariantList &keys)
{
    const QSignalBlocker quiet(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(keys.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
    updateText();
}

void ChecklistButton::updateText()
{
    const int ticked = int(checkedKeys().size());
    setText(ticked == 0 ? m_allText : m_countText(ticked));
}
