#include "ui/repositorychoice.h"

#include "core/accounts/providerdirectory.h"
#include "core/sync/syncmanager.h"
#include "ui/dialogs/repositorypickerdialog.h"

#include <QTimer>

RepositoryChoice::RepositoryChoice(QWidget *window, CacheSession *cache, SyncManager *syncManager)
    : QObject(window)
    , m_window(window)
    , m_cache(cache)
    , m_syncManager(syncManager)
{
    connect(m_syncManager, &SyncManager::syncFinished, this, &RepositoryChoice::syncFinished);
}

bool RepositoryChoice::isListing(qint64 accountId) const
{
    return m_afterListing.contains(accountId);
}

void RepositoryChoice::choose(qint64 accountId)
{
    openPicker(accountId, true);
}

void RepositoryChoice::openPicker(qint64 accountId, bool listIfEmpty)
{
    const Result<AccountSummary> account = m_cache->account(accountId);
    if (!account) {
        emit cacheError(account.error());
        return;
    }
    const bool listsRepositories
        = ProviderDirectory::info(account.value().account.provider).listsRepositories;
    if (listIfEmpty && listsRepositories && !m_afterListing.contains(accountId)) {
        // Before the first sync the cache knows no repository: ask the service for the list.
        const Result<QList<SelectableRepo>> known = m_cache->knownRepositories(accountId);
        if (!known) {
            emit cacheError(known.error());
            return;
        }
        if (known.value().isEmpty()) {
            startListing(account.value(), AfterListing::Pick);
            return;
        }
    }
    const int picked = pickRepositories(accountId, QString(), listsRepositories);
    if (picked == RepositoryPickerDialog::ReadListAgain)
        startListing(account.value(), AfterListing::Pick);
    else if (picked == QDialog::Accepted)
        emit statusMessage(tr("Selection saved; the next sync follows it."), 8000);
}

void RepositoryChoice::beginFirstSync(qint64 accountId)
{
    const Result<AccountSummary> account = m_cache->account(accountId);
    if (!account) {
        emit cacheError(account.error());
        return;
    }
    if (ProviderDirectory::info(account.value().account.provider).listsRepositories)
        startListing(account.value(), AfterListing::FirstSync);
    else
        m_syncManager->syncAccount(accountId);
}

void RepositoryChoice::startListing(const AccountSummary &account, AfterListing next)
{
    m_afterListing.insert(account.id, next);
    emit statusMessage(tr("Reading the list of repositories of %1…").arg(account.account.login));
    m_syncManager->listRepositories(account.id);
}

void RepositoryChoice::syncFinished(qint64 accountId, const SyncRun &run)
{
    if (!m_afterListing.contains(accountId))
        return;
    const AfterListing next = m_afterListing.take(accountId);
    if (run.status != SyncRunStatus::Succeeded)
        return; // the window said why; the buttons try again
    // After the signal's other receivers: the picker's event loop must not run inside it.
    QTimer::singleShot(0, this, [this, accountId, next] {
        if (next == AfterListing::Pick) {
            openPicker(accountId, false); // still empty: the picker says so
            return;
        }
        if (const Result<RepositoryChoiceData> choice = m_cache->repositoryChoice(accountId);
            choice && !choice.value().orgs.isEmpty())
            pickRepositories(accountId, RepositoryPickerDialog::organisationsSentence(
                                            choice.value().orgs, choice.value().repos));
        m_syncManager->syncAccount(accountId); // the dashboard fills without another click
    });
}

int RepositoryChoice::pickRepositories(qint64 accountId, const QString &intro, bool canReadAgain)
{
    const Result<RepositoryChoiceData> choice = m_cache->repositoryChoice(accountId);
    if (!choice) {
        emit cacheError(choice.error());
        return QDialog::Rejected;
    }
    RepositoryPickerDialog dialog(choice.value().account.account.login, choice.value().orgs,
                                  choice.value().repos, intro, canReadAgain, m_window);
    const int result = dialog.exec();
    if (result != QDialog::Accepted)
        return result;
    const Result<void> saved
        = m_cache->saveRepositoryChoice(accountId, dialog.selectedOrgs(), dialog.selectedRepos());
    if (!saved) {
        emit cacheError(saved.error());
        return QDialog::Rejected;
    }
    return QDialog::Accepted;
}
