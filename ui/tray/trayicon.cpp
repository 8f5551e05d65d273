#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

namespace {

/// The app icon with a badge in the lower right corner: colour and mark differ per state,
/// so the states differ for colour-blind users too.
QPixmap badged(const QIcon &base, int size, SyncStatus::State state)
{
    QPixmap pixmap = base.pixmap(size, size);
    if (state == SyncStatus::State::Idle)
        return pixmap;
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const double badge = size * 0.55;
    const QRectF area(size - badge, size - badge, badge, badge);
    QColor colour;
    switch (state) {
    case SyncStatus::State::Syncing: colour = QColor(0x1f, 0x77, 0xd0); break;
    case SyncStatus::State::Error: colour = QColor(0xc6, 0x28, 0x28); break;
    case SyncStatus::State::RateLimited: colour = QColor(0xe0, 0x8a, 0x00); break;
    case SyncStatus::State::Offline: colour = QColor(0x75, 0x75, 0x75); break;
    case SyncStatus::State::Idle: break;
    }
    painter.setPen(QPen(Qt::white, qMax(1.0, size / 24.0)));
    painter.setBrush(colour);
    painter.drawEllipse(area.adjusted(0.5, 0.5, -0.5, -0.5));
    QPen mark(Qt::white, qMax(1.5, badge / 7.0), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = area.center();
    const double r = badge * 0.25;
    switch (state) {
    case SyncStatus::State::Syncing: // a circular arrow
        painter.drawArc(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 30 * 16, 280 * 16);
        break;
    case SyncStatus::State::Error: // "!"
        painter.drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r * 0.3));
        painter.drawPoint(QPointF(c.x(), c.y() + r));
        break;
    case SyncStatus::State::RateLimited: // a pause sign
        painter.drawLine(QPointF(c.x() - r * 0.45, c.y() - r),
                         QPointF(c.x() - r * 0.45, c.y() + r));
        painter.drawLine(QPointF(c.x() + r * 0.45, c.y() - r),
                         QPointF(c.x() + r * 0.45, c.y() + r));
        break;
    case SyncStatus::State::Offline: // a cross
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    case SyncStatus::State::Idle: break;
    }
    return pixmap;
}

} // namespace

TrayIcon::TrayIcon(SyncStatus *status, QObject *parent)
    : QObject(parent)
    , m_status(status)
{
    m_menu = new QMenu();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(tr("&Open DevPulse"), this, &TrayIcon::openRequested);
    open->setObjectName(QStringLiteral("trayOpenAction"));
    QAction *sync = m_menu->addAction(tr("&Sync now"), this, &TrayIcon::syncRequested);
    sync->setObjectName(QStringLiteral("traySyncAction"));
    m_pause = m_menu->addAction(QString(), this, [this] { emit pauseRequested(!m_paused); });
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit DevPulse"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuitAction"));

    if (isAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        emit openRequested();
                });
        connect(status, &SyncStatus::failed, this, [this](const QString &message) {
            m_tray->showMessage(tr("DevPulse: sync failed"), message, QSystemTrayIcon::Warning);
        });
    }
    connect(status, &SyncStatus::changed, this, &TrayIcon::update);
    update();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // not parented: a QMenu's parent must be a widget
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

QIcon TrayIcon::iconFor(SyncStatus::State state)
{
    const QIcon base(QStringLiteral(":/devpulse/icons/devpulse.svg"));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(badged(base, size, state));
    return icon;
}

void TrayIcon::setPaused(bool paused)
{
    m_paused = paused;
    update();
}

QString TrayIcon::toolTip() const
{
    const QLocale locale;
    QString state;
    switch (m_status->state()) {
    case SyncStatus::State::Idle: state = tr("Idle"); break;
    case SyncStatus::State::Syncing: {
        const QString progress = m_status->progressSentence(QDateTime::currentDateTimeUtc());
        state = progress.isEmpty() ? tr("Syncing…") : progress;
        break;
    }
    case SyncStatus::State::Error:
        state = tr("Last sync failed: %1").arg(m_status->lastError());
        break;
    case SyncStatus::State::RateLimited:
        state = tr("Rate-limited until %1")
                    .arg(locale.toString(m_status->rateLimitedUntil().toLocalTime().time(),
                                         QLocale::ShortFormat));
        break;
    case SyncStatus::State::Offline: state = tr("Offline: syncing waits for the network"); break;
    }
    QStringList lines{QStringLiteral("DevPulse"), state};
    if (m_status->lastSyncAt().isValid())
        lines << tr("Last sync %1: %2")
                     .arg(locale.toString(m_status->lastSyncAt().toLocalTime(),
                                          QLocale::ShortFormat),
                          m_status->lastSummary().isEmpty() ? tr("failed")
                                                            : m_status->lastSummary());
    if (m_paused)
        lines << tr("Automatic sync paused");
    return lines.join(QLatin1Char('\n'));
}

void TrayIcon::update()
{
    m_pause->setText(m_paused ? tr("&Resume automatic sync") : tr("&Pause automatic sync"));
    if (!m_tray)
        return;
    m_tray->setIcon(iconFor(m_status->state()));
    m_tray->setToolTip(toolTip());
}
