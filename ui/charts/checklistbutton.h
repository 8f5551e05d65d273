#pragma once

#include <QToolButton>
#include <QVariant>

#include <functional>

class QLineEdit;
class QListWidget;

/// A filter button whose drop-down lists check boxes with type-to-search, so that hundreds of
/// repositories or people stay manageable. Nothing ticked means "all". Children are named
/// "<name>Button", "<name>Search" and "<name>List" for tests. GUI thread.
class ChecklistButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistButton)

public:
    /// `allText`: the label when nothing is ticked; `countText`: the label for how many are
    /// (a tr() with %n, so that one and many read right in every language).
    ChecklistButton(const QString &name, const QString &allText,
                    std::function<QString(int)> countText, QWidget *parent = nullptr);

    /// Replaces the items (key, label); ticks of keys that remain are kept.
    void setItems(const QList<QPair<QVariant, QString>> &items);
    QVariantList checkedKeys() const;
    /// Ticks exactly `keys` without emitting changed().
    void setCheckedKeys(const QVariantList &keys);

signals:
    void changed();

private:
    void updateText();

    QString m_allText;
    std::function<QString(int)> m_countText;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};
