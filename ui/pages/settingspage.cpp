#include "pages/settingspage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

SettingsPage::SettingsPage(const QString &dataDir, const CacheOpenReport &cache, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *form = new QFormLayout(storage);
    auto selectable = [storage](const QString &text, const QString &objectName) {
        auto *label = new QLabel(text, storage);
        label->setObjectName(objectName);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        return label;
    };
    form->addRow(tr("Data folder:"),
                 selectable(QDir::toNativeSeparators(dataDir), QStringLiteral("dataDirLabel")));
    form->addRow(tr("Cache file:"), selectable(QDir::toNativeSeparators(cache.filePath),
                                               QStringLiteral("cacheFileLabel")));
    form->addRow(tr("Cache schema:"), selectable(tr("version %1").arg(cache.schemaVersion),
                                                 QStringLiteral("schemaVersionLabel")));
    form->addRow(tr("Settings file:"), selectable(QDir::toNativeSeparators(QSettings().fileName()),
                                                  QStringLiteral("settingsFileLabel")));
    auto *openFolder = new QPushButton(tr("&Open data folder"), storage);
    openFolder->setObjectName(QStringLiteral("openDataFolderButton"));
    connect(openFolder, &QPushButton::clicked, this,
            [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    form->addRow(QString(), openFolder);

    auto *note = new QLabel(tr("Tokens and API keys are kept in your system's keychain, never in "
                               "these files. To start over, quit DevPulse and delete the data "
                               "folder; nothing else needs to be removed."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Settings</h2>"), this));
    layout->addWidget(storage);
    layout->addWidget(note);
    layout->addStretch(1);
}
