#include "ui/pages/settingspage.h"

#include "core/accounts/providerdirectory.h"
#include "core/accounts/teamdatabase.h"
#include "core/common/translations.h"
#include "core/storage/cacheaddress.h"
#include "core/sync/syncmanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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
    const bool shared = CacheAddress::isPostgreSql(cache.address);
    form->addRow(shared ? tr("Team database:") : tr("Cache file:"),
                 selectable(CacheAddress::displayName(cache.address)
                                + (cache.readOnly ? tr(" (read only)") : QString()),
                            QStringLiteral("cacheFileLabel")));
    form->addRow(tr("Cache schema:"), selectable(tr("version %1").arg(cache.schemaVersion),
                                                 QStringLiteral("schemaVersionLabel")));
    form->addRow(tr("Settings file:"), selectable(QDir::toNativeSeparators(QSettings().fileName()),
                                                  QStringLiteral("settingsFileLabel")));
    auto *openFolder = new QPushButton(tr("&Open data folder"), storage);
    openFolder->setObjectName(QStringLiteral("openDataFolderButton"));
    connect(openFolder, &QPushButton::clicked, this,
            [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    openFolder->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), openFolder);

    // The same three steps as the README's "To reset DevPulse".
    auto *note = new QLabel(tr("Tokens and API keys are kept in your system's keychain, never in "
                               "these files. To start over, quit DevPulse and delete the data "
                               "folder and the settings file; to forget the tokens too, "
                               "disconnect the accounts first, or remove the “DevPulse” entries "
                               "from your keychain."),
                            this);
    note->setObjectName(QStringLiteral("startOverNote"));
    note->setWordWrap(true);

    // Codewars and Exercism report what was solved, not for how long: each solution counts
    // as this many minutes in the Activity chart (applied from the next full re-sync).
    auto *activity = new QGroupBox(tr("Activity"), this);
    auto *activityForm = new QFormLayout(activity);
    for (const auto &[providerId, label] :
         {std::pair{QStringLiteral("codewars"), tr("Minutes per Codewars kata:")},
          std::pair{QStringLiteral("exercism"), tr("Minutes per Exercism solution:")}}) {
        auto *minutes = new QSpinBox(activity);
        minutes->setObjectName(QStringLiteral("nominalMinutes_") + providerId);
        minutes->setRange(0, 24 * 60);
        minutes->setSuffix(tr(" min"));
        minutes->setValue(ProviderDirectory::nominalMinutes(providerId));
        minutes->setAccessibleName(label);
        connect(minutes, &QSpinBox::valueChanged, this,
                [id = providerId](int value) { ProviderDirectory::setNominalMinutes(id, value); });
        minutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number, not a line
        activityForm->addRow(label, minutes);
    }
    activityForm->addRow(QString(), new QLabel(tr("These services say what you solved, not for "
                                                  "how long. New solutions use the value set "
                                                  "here; a full re-sync applies it to all."),
                                               activity));

    auto *syncing = new QGroupBox(tr("Syncing"), this);
    auto *syncForm = new QFormLayout(syncing);
    auto *interval = m_syncInterval = new QComboBox(syncing);
    interval->setObjectName(QStringLiteral("syncIntervalCombo"));
    interval->setAccessibleName(tr("Automatic sync"));
    for (const auto &[minutes, label] :
         {std::pair{0, tr("Off")}, std::pair{15, tr("Every 15 minutes")},
          std::pair{30, tr("Every 30 minutes")}, std::pair{60, tr("Every hour")},
          std::pair{180, tr("Every 3 hours")}, std::pair{720, tr("Every 12 hours")},
          std::pair{1440, tr("Once a day")}})
        interval->addItem(label, minutes);
    const int current
        = QSettings().value(QLatin1String(SyncIntervalKey), DefaultSyncIntervalMinutes).toInt();
    interval->setCurrentIndex(qMax(0, interval->findData(current)));
    connect(interval, &QComboBox::currentIndexChanged, this, [this, interval] {
        const int minutes = interval->currentData().toInt();
        QSettings().setValue(QLatin1String(SyncIntervalKey), minutes);
        emit syncIntervalChanged(minutes);
    });
    // Choices and numbers keep their own width; only text fields span the form.
    interval->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    syncForm->addRow(tr("&Automatic sync:"), interval);
    // How many of a GitHub account's requests may be on their way at once (issue 20): more
    // is faster on a distant network, 1 is gentlest on a struggling server.
    auto *requests = new QSpinBox(syncing);
    requests->setObjectName(QStringLiteral("concurrentRequestsSpin"));
    requests->setAccessibleName(tr("Requests at once"));
    requests->setRange(1, SyncManager::MaxConcurrentRequests);
    requests->setValue(SyncManager::concurrentRequests());
    requests->setToolTip(tr("How many requests a sync sends at once, each for another "
                            "repository. After GitHub asks DevPulse to slow down, it sends one "
                            "at a time for a while. 1: one repository after the other."));
    connect(requests, &QSpinBox::valueChanged, this, [](int value) {
        QSettings().setValue(QLatin1String(SyncManager::ConcurrentRequestsKey), value);
    });
    requests->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    syncForm->addRow(tr("&Requests at once:"), requests);
    auto *closeToTray
        = new QCheckBox(tr("&Keep DevPulse in the tray when its window is closed"), syncing);
    closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    closeToTray->setChecked(QSettings().value(QLatin1String(CloseToTrayKey), true).toBool());
    connect(closeToTray, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(CloseToTrayKey), on); });
    syncForm->addRow(closeToTray);
    syncForm->addRow(new QLabel(tr("Automatic syncs wait while you are offline or have paused "
                                   "them from the tray, and back off after failures."),
                                syncing));
    m_syncUnavailableNote = new QLabel(syncing);
    m_syncUnavailableNote->setObjectName(QStringLiteral("syncUnavailableNote"));
    m_syncUnavailableNote->setWordWrap(true);
    m_syncUnavailableNote->setVisible(false);
    syncForm->addRow(m_syncUnavailableNote);

    auto *appearance = new QGroupBox(tr("Language"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    auto *language = new QComboBox(appearance);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->setAccessibleName(tr("Language"));
    language->addItem(
        tr("System language (%1)").arg(Translations::nativeName(Translations::resolve(QString()))),
        QString());
    for (const QString &code : Translations::available())
        language->addItem(Translations::nativeName(code), code);
    language->setCurrentIndex(std::max(
        0, language->findData(QSettings().value(QLatin1String(Translations::LanguageKey)))));
    auto *restartNote = new QLabel(appearance);
    restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    restartNote->setWordWrap(true);
    connect(language, &QComboBox::currentIndexChanged, this, [language, restartNote] {
        QSettings().setValue(QLatin1String(Translations::LanguageKey), language->currentData());
        restartNote->setText(tr("DevPulse uses the new language from its next start."));
    });
    language->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    appearanceForm->addRow(tr("&Language:"), language);
    appearanceForm->addRow(restartNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Settings</h2>"), this));
    layout->addWidget(storage);
    layout->addWidget(buildTeamDatabaseGroup(cache.address));
    layout->addWidget(appearance);
    layout->addWidget(syncing);
    layout->addWidget(activity);
    layout->addWidget(note);
    layout->addStretch(1);
}

void SettingsPage::setSyncingUnavailable(const QString &why)
{
    m_syncInterval->setEnabled(false);
    m_syncInterval->setToolTip(why);
    m_syncUnavailableNote->setText(why);
    m_syncUnavailableNote->setVisible(true);
}

QWidget *SettingsPage::buildTeamDatabaseGroup(const QString &inUse)
{
    // A team shares one PostgreSQL cache: one machine syncs, everyone reads (docs/TEAM.md).
    auto *group = new QGroupBox(tr("Team database"), this);
    auto *form = new QFormLayout(group);
    auto *address = new QLineEdit(group);
    address->setObjectName(QStringLiteral("teamDatabaseEdit"));
    address->setAccessibleName(tr("Team database address"));
    address->setPlaceholderText(tr("postgresql://user@host:5432/database"));
    address->setClearButtonEnabled(true);
    address->setText(QSettings().value(QLatin1String(TeamDatabase::SettingsKey)).toString());
    auto *readOnly
        = new QCheckBox(tr("&Only read it (a teammate's DevPulse: no accounts, no sync)"), group);
    readOnly->setObjectName(QStringLiteral("teamDatabaseReadOnlyCheck"));
    readOnly->setChecked(
        QSettings().value(QLatin1String(TeamDatabase::ReadOnlySettingsKey)).toBool());
    auto *status = new QLabel(group);
    status->setObjectName(QStringLiteral("teamDatabaseStatus"));
    status->setWordWrap(true);
    // --database or $DEVPULSE_DATABASE win over this setting: say which one is open now.
    if (CacheAddress::isPostgreSql(inUse)
        && CacheAddress::displayName(inUse)
               != CacheAddress::displayName(address->text().trimmed())) {
        status->setText(tr("In use now: %1 (given by --database or DEVPULSE_DATABASE; the "
                           "address here applies when neither is given).")
                            .arg(CacheAddress::displayName(inUse)));
    }
    auto explain = [status](const QString &text) { status->setText(text); };
    connect(address, &QLineEdit::editingFinished, this, [address, explain] {
        const QString text = address->text().trimmed();
        if (!text.isEmpty()) {
            const Result<CacheAddress::PostgreSql> parsed = CacheAddress::parsePostgreSql(text);
            if (!parsed) {
                explain(parsed.error().userMessage); // kept as it was
                return;
            }
        }
        QSettings().setValue(QLatin1String(TeamDatabase::SettingsKey), text);
        explain(text.isEmpty() ? tr("DevPulse uses the cache in its data folder from its next "
                                    "start.")
                               : tr("DevPulse uses this team database from its next start. If "
                                    "it needs a password, store it first with: devpulse cache "
                                    "password --database %1")
                                     .arg(text));
    });
    connect(readOnly, &QCheckBox::toggled, this, [explain](bool on) {
        QSettings().setValue(QLatin1String(TeamDatabase::ReadOnlySettingsKey), on);
        explain(tr("Applies from the next start."));
    });
    form->addRow(tr("&Address:"), address);
    form->addRow(readOnly);
    form->addRow(status);
    return group;
}
