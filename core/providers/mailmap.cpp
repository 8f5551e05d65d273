#include "core/providers/mailmap.h"

#include <QStringList>

namespace {

struct NameAndEmail
{
    QString name; ///< empty when none was written
    QString email;
    bool found = false;
    qsizetype end = 0; ///< just after the '>'
};

/// One "Name <email>" from `from` on, as git's parse_name_and_email reads it.
NameAndEmail nameAndEmail(const QString &line, qsizetype from, bool allowEmptyEmail)
{
    NameAndEmail result;
    const qsizetype left = line.indexOf(QLatin1Char('<'), from);
    if (left < 0)
        return result;
    const qsizetype right = line.indexOf(QLatin1Char('>'), left + 1);
    if (right < 0 || (!allowEmptyEmail && right == left + 1))
        return result;
    result.name = line.mid(from, left - from).trimmed();
    result.email = line.mid(left + 1, right - left - 1);
    result.found = true;
    result.end = right + 1;
    return result;
}

} // namespace

Mailmap Mailmap::parse(const QString &text)
{
    Mailmap mailmap;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const NameAndEmail first = nameAndEmail(line, 0, false);
        if (!first.found)
            continue;
        const NameAndEmail second
            = first.end < line.size() ? nameAndEmail(line, first.end, true) : NameAndEmail{};
        // One address: the name for that address. Two: the first pair replaces the second.
        const QString oldEmail = second.found ? second.email : first.email;
        const QString oldName = second.found ? second.name : QString();
        const Replacement replacement{first.name, second.found ? first.email : QString()};
        Entry &entry = mailmap.m_byEmail[oldEmail.toLower()];
        if (oldName.isEmpty()) {
            if (!replacement.name.isEmpty())
                entry.simple.name = replacement.name;
            if (!replacement.email.isEmpty())
                entry.simple.email = replacement.email;
        } else {
            entry.byName.insert(oldName.toLower(), replacement);
        }
    }
    return mailmap;
}

QPair<QString, QString> Mailmap::map(const QString &name, const QString &email) const
{
    const auto entry = m_byEmail.constFind(email.toLower());
    if (entry == m_byEmail.cend())
        return {name, email};
    const auto byName = entry->byName.constFind(name.toLower());
    const Replacement &use = byName != entry->byName.cend() ? *byName : entry->simple;
    return {use.name.isEmpty() ? name : use.name, use.email.isEmpty() ? email : use.email};
}
