#include "ui/pages/connectionstatuscards.h"

#include "core/accounts/providerdirectory.h"
#include "ui/style/statuscolours.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int CardsPerRow = 3;
}

ConnectionStatusCards::ConnectionStatusCards(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionStatusCards"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<ProviderInfo> providers = ProviderDirectory::all();
    for (int i = 0; i < providers.size(); ++i) {
        const ProviderInfo &provider = providers.at(i);
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("statusCard_") + provider.id);
        card->setFrameShape(QFrame::StyledPanel);
        auto *name = new QLabel(
            QStringLiteral("<b>%1</b>").arg(provider.displayName.toHtmlEscaped()), card);
        auto *status = new QLabel(card);
        status->setObjectName(QStringLiteral("statusCardText_") + provider.id);
        status->setWordWrap(true);
        status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *open = new QToolButton(card);
        open->setObjectName(QStringLiteral("statusCardOpen_") + provider.id);
        open->setText(tr("Open…"));
        open->setAccessibleName(tr("Open the %1 connection").arg(provider.displayName));
        const QString providerId = provider.id;
        connect(open, &QToolButton::clicked, this,
                [this, providerId] { emit providerActivated(providerId); });
        auto *top = new QHBoxLayout;
        top->addWidget(name, 1);
        top->addWidget(open);
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->addLayout(top);
        layout->addWidget(status);
        grid->addWidget(card, i / CardsPerRow, i % CardsPerRow);
        m_status.insert(provider.id, status);
    }
    setAccounts({});
}

void ConnectionStatusCards::setAccounts(const QList<AccountSummary> &accounts)
{
    const QLocale locale;
    for (auto it = m_status.begin(); it != m_status.end(); ++it) {
        QStringList lines;
        QString accessible;
        int count = 0;
        for (const AccountSummary &summary : accounts) {
            if (summary.account.provider != it.key())
                continue;
            ++count;
            const QString who
                = (summary.account.displayName.isEmpty() ? summary.account.login
                                                         : summary.account.displayName)
                      .toHtmlEscaped();
            QString line;
            switch (summary.authState) {
            case AccountAuthState::Connected: line = who; break;
            case AccountAuthState::NeedsReauthorisation:
                line = tr("%1 · <span style='color:%2'>needs re-authorisation</span>")
                           .arg(who, StatusColours::warning().name());
                break;
            case AccountAuthState::SignedOut: line = tr("%1 · signed out").arg(who); break;
            }
            line += QStringLiteral(" · ")
                    + (summary.lastSyncAt.isValid()
                           ? tr("synced %1")
                                 .arg(locale.toString(summary.lastSyncAt.toLocalTime(),
                                                      QLocale::ShortFormat))
                           : tr("not synced yet"));
            if (summary.rateLimitRemaining >= 0)
                line += QStringLiteral(" · ")
                        + tr("%1 requests left").arg(locale.toString(summary.rateLimitRemaining));
            if (!summary.lastError.isEmpty())
                line += QStringLiteral("<br><span style='color:%1'>%2</span>")
                            .arg(StatusColours::error().name(),
                                 tr("Last error: %1").arg(summary.lastError.toHtmlEscaped()));
            lines << line;
        }
        it.value()->setText(count == 0 ? tr("Not connected") : lines.join(QStringLiteral("<br>")));
        it.value()->parentWidget()->setAccessibleName(tr("%1: %2").arg(
            ProviderDirectory::info(it.key()).displayName,
            count == 0 ? tr("not connected") : tr("%n account(s) connected", nullptr, count)));
    }
}
