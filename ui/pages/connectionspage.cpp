#include "ui/pages/connectionspage.h"

#include "core/accounts/providerdirectory.h"
#include "core/auth/githubhost.h"
#include "core/common/syncprogress.h"
#include "core/sync/syncmanager.h"
#include "ui/style/statuscolours.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr char GitHub[] = "github";

/// Local CSV files among dropped URLs.
QStringList csvFilesIn(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && url.toLocalFile().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            files << url.toLocalFile();
    }
    return files;
}
} // namespace

QString ConnectionsPage::connectLabel(const ProviderInfo &provider)
{
    switch (provider.authKind) {
    case ProviderAuthKind::Folder: return tr("&Add folder…");
    case ProviderAuthKind::File: return tr("&Import CSV file…");
    case ProviderAuthKind::OAuth:
    case ProviderAuthKind::ApiKey:
    case ProviderAuthKind::Username: break;
    }
    return tr("Connect %1…").arg(provider.displayName);
}

void ConnectionsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!csvFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ConnectionsPage::dropEvent(QDropEvent *event)
{
    const QStringList files = csvFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &file : files)
        emit csvImportRequested(file);
}

void ConnectionsPage::setReadOnly(const QString &why)
{
    // The accounts stay readable; what would change them is off, and the page says why.
    m_readOnlyNote->setText(why);
    m_readOnlyNote->setVisible(true);
    for (const Card &card : std::as_const(m_cards))
        card.frame->setEnabled(false);
    setAcceptDrops(false);
}

void ConnectionsPage::followSyncs(SyncManager *syncManager)
{
    connect(this, &ConnectionsPage::syncRequested, syncManager, &SyncManager::syncAccount);
    connect(this, &ConnectionsPage::cancelSyncRequested, syncManager, &SyncManager::cancel);
    connect(syncManager, &SyncManager::syncStarted, this,
            [this](qint64 accountId) { setSyncState(accountId, true, tr("Starting…")); });
    connect(syncManager, &SyncManager::progressChanged, this,
            [this](qint64 accountId, const SyncProgress &progress) {
                setSyncState(accountId, true,
                             describeSyncProgress(progress, QDateTime::currentDateTimeUtc()),
                             progress.reposDone, progress.reposTotal);
            });
}

ConnectionsPage::ConnectionsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionsPage"));
    setAcceptDrops(true); // CSV files dropped anywhere on the page are imported
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *heading = new QLabel(tr("<h2>Connections</h2>"), content);
    contentLayout->addWidget(heading);
    m_readOnlyNote = new QLabel(content);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(false);
    contentLayout->addWidget(m_readOnlyNote);

    const QList<ProviderInfo> providers = ProviderDirectory::all();
    for (const ProviderInfo &provider : providers) {
        auto *frame = new QFrame(content);
        frame->setObjectName(QStringLiteral("card_") + provider.id);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setFocusPolicy(Qt::StrongFocus);
        frame->setAccessibleName(provider.displayName);
        auto *name = new QLabel(
            QStringLiteral("<b>%1</b>").arg(provider.displayName.toHtmlEscaped()), frame);
        auto *description = new QLabel(provider.description, frame);
        description->setWordWrap(true);
        auto *status = new QLabel(frame);
        status->setObjectName(QStringLiteral("status_") + provider.id);
        status->setWordWrap(true);
        status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *accountList = new QWidget(frame);
        accountList->setObjectName(QStringLiteral("accounts_") + provider.id);
        auto *accountLayout = new QVBoxLayout(accountList);
        accountLayout->setContentsMargins(0, 0, 0, 0);

        auto *header = new QHBoxLayout;
        header->addWidget(name);
        header->addStretch(1);
        if (provider.id == QLatin1String(GitHub)) {
            auto *connectButton = new QPushButton(tr("Connect &GitHub…"), frame);
            connectButton->setObjectName(QStringLiteral("connectGitHubAccountButton"));
            connect(connectButton, &QPushButton::clicked, this,
                    [this] { emit connectGitHubRequested(QString()); });
            header->addWidget(connectButton);
        } else {
            auto *connectButton = new QPushButton(connectLabel(provider), frame);
            connectButton->setObjectName(QStringLiteral("connectButton_") + provider.id);
            connectButton->setAccessibleDescription(provider.description);
            const QString providerId = provider.id;
            connect(connectButton, &QPushButton::clicked, this,
                    [this, providerId] { emit connectProviderRequested(providerId, QString()); });
            header->addWidget(connectButton);
        }
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->addLayout(header);
        cardLayout->addWidget(description);
        cardLayout->addWidget(status);
        cardLayout->addWidget(accountList);
        contentLayout->addWidget(frame);
        m_cards.insert(provider.id, Card{frame, status, accountList});
    }
    contentLayout->addStretch(1);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    setAccounts({});
}

QWidget *ConnectionsPage::accountRow(const AccountSummary &summary, QWidget *parent)
{
    const QLocale locale;
    auto *row = new QFrame(parent);
    row->setObjectName(QStringLiteral("account_%1").arg(summary.id));
    const GitHubHost host = GitHubHost::fromStoredBaseUrl(summary.account.baseUrl);
    const bool isGitHub = summary.account.provider == QLatin1String(GitHub);

    QStringList lines;
    const ProviderInfo provider = ProviderDirectory::info(summary.account.provider);
    const bool isFolder = provider.authKind == ProviderAuthKind::Folder;
    const bool isFiles = provider.authKind == ProviderAuthKind::File;
    // A folder shows its name, the whole path follows in the facts; imported activity (one
    // account for every CSV file) lists its files there.
    QString title = QStringLiteral("<b>%1</b>")
                        .arg((isFiles ? tr("Imported activity")
                              : isFolder && !summary.account.displayName.isEmpty()
                                  ? summary.account.displayName
                                  : summary.account.login)
                                 .toHtmlEscaped());
    if (isGitHub)
        title += tr(" on %1").arg(host.displayName().toHtmlEscaped());
    switch (summary.authState) {
    case AccountAuthState::Connected: title += tr(" · connected"); break;
    case AccountAuthState::NeedsReauthorisation:
        title += QStringLiteral(" · <span style='color:%1'>%2</span>")
                     .arg(StatusColours::warning().name(), tr("needs re-authorisation"));
        break;
    case AccountAuthState::SignedOut: title += tr(" · signed out (cached data kept)"); break;
    }
    lines << title;
    QStringList facts;
    if (summary.account.connectedAt.isValid())
        facts << tr("since %1")
                     .arg(locale.toString(summary.account.connectedAt.toLocalTime(),
                                          QLocale::ShortFormat));
    // A signed-out account holds no token: its scopes and rate limit described the old one.
    const bool signedOut = summary.authState == AccountAuthState::SignedOut;
    if (isGitHub && !signedOut)
        facts << (summary.account.scopes.isEmpty()
                      ? tr("scopes: none listed (fine-grained token)")
                      : tr("scopes: %1").arg(summary.account.scopes.toHtmlEscaped()));
    if (isFolder)
        facts << QDir::toNativeSeparators(summary.account.login).toHtmlEscaped();
    if (isFiles) {
        QStringList files;
        for (const QString &file : summary.files)
            files << QDir::toNativeSeparators(file).toHtmlEscaped();
        facts << tr("from %1").arg(files.join(QStringLiteral(", ")));
    }
    if (summary.rateLimitRemaining >= 0 && !signedOut) {
        QString rate = tr("rate limit %1 of %2 left")
                           .arg(locale.toString(summary.rateLimitRemaining),
                                locale.toString(summary.rateLimit));
        if (summary.rateLimitResetAt.isValid())
            rate += tr(", resets %1")
                        .arg(locale.toString(summary.rateLimitResetAt.toLocalTime(),
                                             QLocale::ShortFormat));
        facts << rate;
    }
    if (summary.repoCount > 0)
        facts << tr("%n repositories", nullptr, summary.repoCount);
    facts << (summary.lastSyncAt.isValid()
                  ? tr("last sync %1")
                        .arg(
                            locale.toString(summary.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
                  : tr("not synced yet"));
    lines << facts.join(QStringLiteral(" · "));
    if (!summary.lastError.isEmpty()) {
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(StatusColours::error().name(),
                          tr("Last error: %1").arg(summary.lastError.toHtmlEscaped()));
    }

    auto *label = new QLabel(lines.join(QStringLiteral("<br>")), row);
    label->setObjectName(QStringLiteral("accountLabel_%1").arg(summary.id));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *syncStatus = new QLabel(row);
    syncStatus->setObjectName(QStringLiteral("syncStatus_%1").arg(summary.id));
    syncStatus->setWordWrap(true);
    syncStatus->setVisible(false);
    auto *syncProgress = new QProgressBar(row);
    syncProgress->setObjectName(QStringLiteral("syncProgress_%1").arg(summary.id));
    syncProgress->setAccessibleName(tr("Sync progress of %1").arg(summary.account.login));
    syncProgress->setFormat(tr("%v of %m repositories"));
    syncProgress->setVisible(false);
    auto *texts = new QVBoxLayout;
    texts->addWidget(label);
    texts->addWidget(syncStatus);
    texts->addWidget(syncProgress);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    const QString avatarFile = m_avatarPathFor ? m_avatarPathFor(summary.id) : QString();
    QPixmap avatar;
    if (!avatarFile.isEmpty() && avatar.load(avatarFile)) {
        auto *picture = new QLabel(row);
        picture->setObjectName(QStringLiteral("avatar_%1").arg(summary.id));
        const int side = fontMetrics().height() * 3;
        QPixmap sharp = avatar.scaled(QSize(side, side) * devicePixelRatioF(), Qt::KeepAspectRatio,
                                      Qt::SmoothTransformation);
        sharp.setDevicePixelRatio(devicePixelRatioF()); // HiDPI-sharp
        picture->setPixmap(sharp);
        picture->setFixedSize(side, side);
        picture->setAccessibleName(tr("Avatar of %1").arg(summary.account.login));
        layout->addWidget(picture, 0, Qt::AlignTop);
    }
    layout->addLayout(texts, 1);

    if (summary.authState != AccountAuthState::Connected) {
        // Alt+C: Alt+R is Remove… on the same row.
        auto *reconnect = new QPushButton(tr("Re&connect…"), row);
        reconnect->setObjectName(QStringLiteral("reconnectButton_%1").arg(summary.id));
        if (isGitHub) {
            reconnect->setAccessibleDescription(
                tr("Sign in to %1 again").arg(summary.account.login));
            const QString baseUrl = summary.account.baseUrl;
            connect(reconnect, &QPushButton::clicked, this,
                    [this, baseUrl] { emit connectGitHubRequested(baseUrl); });
        } else {
            reconnect->setAccessibleDescription(
                tr("Enter the credentials of %1 again").arg(summary.account.login));
            const QString providerId = summary.account.provider;
            const QString login = summary.account.login;
            connect(reconnect, &QPushButton::clicked, this, [this, providerId, login] {
                emit connectProviderRequested(providerId, login);
            });
        }
        layout->addWidget(reconnect, 0, Qt::AlignTop); // in line with the other buttons
    }
    if (summary.authState == AccountAuthState::Connected) {
        // Click: sync what is new (or cancel the running sync); the arrow offers a full re-sync.
        auto *syncButton = new QToolButton(row);
        syncButton->setText(tr("&Sync now"));
        syncButton->setObjectName(QStringLiteral("syncButton_%1").arg(summary.id));
        syncButton->setPopupMode(QToolButton::MenuButtonPopup);
        syncButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const qint64 accountId = summary.id;
        auto *menu = new QMenu(syncButton);
        QAction *full = menu->addAction(tr("&Full re-sync (walk everything again)"));
        full->setObjectName(QStringLiteral("fullSyncAction_%1").arg(summary.id));
        connect(full, &QAction::triggered, this, [this, accountId] {
            if (!m_syncStates.value(accountId).running)
                emit syncRequested(accountId, true);
        });
        syncButton->setMenu(menu);
        connect(syncButton, &QToolButton::clicked, this, [this, accountId] {
            if (m_syncStates.value(accountId).running)
                emit cancelSyncRequested(accountId);
            else
                emit syncRequested(accountId, false);
        });
        layout->addWidget(syncButton, 0, Qt::AlignTop);
    }
    if (isGitHub) {
        auto *chooseButton = new QPushButton(tr("C&hoose repositories…"), row);
        chooseButton->setObjectName(QStringLiteral("chooseRepositoriesButton_%1").arg(summary.id));
        const qint64 accountId = summary.id;
        connect(chooseButton, &QPushButton::clicked, this,
                [this, accountId] { emit chooseRepositoriesRequested(accountId); });
        layout->addWidget(chooseButton, 0, Qt::AlignTop);
    }
    auto *disconnectButton = new QPushButton(
        summary.authState == AccountAuthState::SignedOut ? tr("&Remove…") : tr("&Disconnect…"),
        row);
    disconnectButton->setObjectName(QStringLiteral("disconnectButton_%1").arg(summary.id));
    disconnectButton->setAccessibleDescription(
        tr("Disconnect %1 and choose whether to keep its cached data").arg(summary.account.login));
    const qint64 id = summary.id;
    connect(disconnectButton, &QPushButton::clicked, this,
            [this, id] { emit disconnectRequested(id); });
    layout->addWidget(disconnectButton, 0, Qt::AlignTop);
    return row;
}

void ConnectionsPage::setAccounts(const QList<AccountSummary> &accounts)
{
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        // Rebuilt from scratch: the list is short and this keeps rows and data in step.
        qDeleteAll(it->accountList->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
        int count = 0;
        for (const AccountSummary &summary : accounts) {
            if (summary.account.provider != it.key())
                continue;
            it->accountList->layout()->addWidget(accountRow(summary, it->accountList));
            applySyncState(summary.id);
            ++count;
        }
        it->status->setText(count == 0 ? tr("Not connected") : QString());
        it->status->setVisible(count == 0);
    }
}

void ConnectionsPage::setSyncState(qint64 accountId, bool running, const QString &status,
                                   int reposDone, int reposTotal)
{
    m_syncStates[accountId] = SyncState{running, status, reposDone, reposTotal};
    applySyncState(accountId);
}

void ConnectionsPage::applySyncState(qint64 accountId)
{
    const SyncState state = m_syncStates.value(accountId);
    if (auto *button = findChild<QToolButton *>(QStringLiteral("syncButton_%1").arg(accountId)))
        button->setText(state.running ? tr("&Cancel sync") : tr("&Sync now"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("syncStatus_%1").arg(accountId))) {
        label->setText(state.status);
        label->setVisible(!state.status.isEmpty());
    }
    if (auto *bar = findChild<QProgressBar *>(QStringLiteral("syncProgress_%1").arg(accountId))) {
        bar->setRange(0, state.reposTotal);
        bar->setValue(qMin(state.reposDone, state.reposTotal));
        bar->setVisible(state.running);
    }
}

void ConnectionsPage::highlightProvider(const QString &providerId)
{
    const auto it = m_cards.constFind(providerId);
    if (it == m_cards.constEnd())
        return;
    m_scrollArea->ensureWidgetVisible(it->frame);
    it->frame->setFocus(Qt::OtherFocusReason);
}
