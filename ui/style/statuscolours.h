#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

/// Colours for errors and warnings that stay readable on the palette in use: the dark red of a
/// light theme turns light red on a dark (or dark high-contrast) one. Everything else in the
/// UI takes its colours from the palette itself.
namespace StatusColours {

/// A palette whose window is darker than its text (dark mode, dark high contrast).
bool isDark(const QPalette &palette = QGuiApplication::palette());

QColor error(const QPalette &palette = QGuiApplication::palette());
QColor warning(const QPalette &palette = QGuiApplication::palette());

/// A style sheet for a label that shows an error ("color: #b3261e;").
QString errorStyleSheet(const QPalette &palette = QGuiApplication::palette());
/// A style sheet for the error banner across the top of the window.
QString bannerStyleSheet(const QPalette &palette = QGuiApplication::palette());

} // namespace StatusColours
