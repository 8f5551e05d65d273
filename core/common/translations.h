#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// DevPulse's user interface languages: which one to use and installing it on the running
/// application (DevPulse's own strings from ":/i18n", Qt's from its translations folder).
/// English is the source language; every other language is a `translations/devpulse_<code>.ts`.
namespace Translations {

/// QSettings key of the language chosen in Settings ("" or absent: follow the system).
inline constexpr char LanguageKey[] = "ui/language";

/// Language codes DevPulse ships ("en", "de", ...), English first.
QStringList available();

/// The language to use: `chosen` when DevPulse ships it, else the first of the system's UI
/// languages that it ships, else English.
QString resolve(const QString &chosen, const QLocale &system = QLocale::system());

/// The language's own name for itself ("Deutsch").
QString nativeName(const QString &code);

/// Loads and installs the translators for `code` on the QCoreApplication (which owns them)
/// and makes it the default QLocale, so numbers and dates match the words around them.
/// Returns false when DevPulse's translation for a non-English language is missing.
bool install(const QString &code);

} // namespace Translations
