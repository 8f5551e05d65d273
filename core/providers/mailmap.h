#pragma once

#include <QHash>
#include <QPair>
#include <QString>

/// A .mailmap file read the way git reads it (mailmap.c): "Proper Name <commit@email>",
/// "<proper@email> <commit@email>", "Proper Name <proper@email> <commit@email>" and
/// "Proper Name <proper@email> Commit Name <commit@email>"; lines starting with '#' are
/// comments; emails and names compare without regard to case; a later line for the same
/// author wins. For repositories git cannot be asked about (GitHub's), where the local git
/// provider runs `git check-mailmap` itself. Value type, any thread.
class Mailmap final
{
public:
    static Mailmap parse(const QString &text);

    /// The (name, email) .mailmap makes of a commit author's; the same pair when it says
    /// nothing of them.
    QPair<QString, QString> map(const QString &name, const QString &email) const;
    bool isEmpty() const { return m_byEmail.isEmpty(); }

private:
    struct Replacement
    {
        QString name;  ///< empty: keep the commit's
        QString email; ///< empty: keep the commit's
    };
    struct Entry
    {
        Replacement simple;                 ///< for any name with this email
        QHash<QString, Replacement> byName; ///< by the commit's name, folded to lower case
    };
    QHash<QString, Entry> m_byEmail; ///< by the commit's email, folded to lower case
};
