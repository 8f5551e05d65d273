#include "pages/connectionspage.h"

#include "providers/providercatalog.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

ConnectionsPage::ConnectionsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionsPage"));
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *heading = new QLabel(tr("<h2>Connections</h2>"), content);
    contentLayout->addWidget(heading);

    const QList<ProviderInfo> providers = ProviderCatalog::all();
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
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->addWidget(name);
        cardLayout->addWidget(description);
        cardLayout->addWidget(status);
        contentLayout->addWidget(frame);
        m_cards.insert(provider.id, Card{frame, status});
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

void ConnectionsPage::setAccounts(const QList<AccountSummary> &accounts)
{
    QHash<QString, QStringList> lines;
    const QLocale locale;
    for (const AccountSummary &summary : accounts) {
        QString line = tr("Connected as <b>%1</b>").arg(summary.account.login.toHtmlEscaped());
        if (summary.repoCount > 0)
            line += tr(" · %n repositories", nullptr, summary.repoCount);
        line += summary.lastSyncAt.isValid()
                    ? tr(" · last sync %1")
                          .arg(locale.toString(summary.lastSyncAt.toLocalTime(),
                                               QLocale::ShortFormat))
                    : tr(" · not synced yet");
        if (!summary.lastError.isEmpty()) {
            line += QStringLiteral("<br><span style='color:#b3261e'>%1</span>")
                        .arg(tr("Last error: %1").arg(summary.lastError.toHtmlEscaped()));
        }
        lines[summary.account.provider] << line;
    }
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const QStringList providerLines = lines.value(it.key());
        it->status->setText(providerLines.isEmpty() ? tr("Not connected")
                                                    : providerLines.join(QStringLiteral("<br>")));
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
