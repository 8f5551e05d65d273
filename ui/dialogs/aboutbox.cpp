#include "ui/dialogs/aboutbox.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

void showAboutBox(QWidget *parent, const QString &dataDir)
{
    QMessageBox::about(
        // The window's translation context, where the text has always been.
        parent, QCoreApplication::translate("MainWindow", "About DevPulse"),
        QCoreApplication::translate(
            "MainWindow",
            "<h3>DevPulse %1</h3>"
            "<p>A desktop dashboard of your development activity: GitHub, WakaTime, Codewars, "
            "Exercism, CSV imports and local git repositories, cached on your computer.</p>"
            "<p>Built with Qt %2 (running on Qt %3).</p>"
            "<p>Data folder: <tt>%4</tt></p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(dataDir).toHtmlEscaped()));
}
