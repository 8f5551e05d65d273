#pragma once

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

/// Helpers for UI tests (header-only: the support library itself has no QtWidgets).
namespace UiTest {

/// Saves what `widget` shows when DEVPULSE_SCREENSHOT_DIR is set, for a person to look at.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEVPULSE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QApplication::processEvents(); // let pending layout changes land first
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// Shows the window and gives it the keyboard focus, offscreen or in a real X window without a
/// window manager (where nobody activates a new window on its own).
inline bool showAndActivate(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

/// Runs `steps` on the next modal dialog once it is shown (exec() blocks the test meanwhile).
inline void whenModalShows(std::function<void(QWidget *)> steps)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [steps, attempt] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible())
            steps(modal);
        else
            QTimer::singleShot(20, *attempt);
    };
    QTimer::singleShot(0, *attempt);
}

} // namespace UiTest
