#include "core/providers/localgit/localgitprovider.h"

#include "core/common/logging.h"
#include "core/providers/localgit/gitlogparser.h"
#include "core/storage/boundquery.h"
#include "core/storage/cachewriter.h"
#include "core/storage/mailmapstore.h"
#include "core/storage/syncstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

namespace {

const QString Id = QStringLiteral("localgit");
const QString CursorKind = QStringLiteral("localgit-head");
constexpr int GitTimeoutMs = 120000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalGitProvider)
};

Error gitMissing()
{
    return Error{Tr::tr("DevPulse reads local repositories with git, which is not installed. "
                        "Install it (on Debian: sudo apt install git) and try again."),
                 QStringLiteral("git not found")};
}

/// Runs git in `folder` (with `input` on its standard input) and returns its standard output;
/// a failure becomes an Error.
Result<QByteArray> runGit(const QString &folder, const QStringList &arguments,
                          const QByteArray &input = {})
{
    QProcess git;
    git.setProgram(QStringLiteral("git"));
    git.setArguments(QStringList{QStringLiteral("-C"), folder} + arguments);
    git.start(QIODevice::ReadWrite);
    if (!git.waitForStarted())
        return gitMissing();
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(GitTimeoutMs)) {
        git.kill();
        git.waitForFinished();
        return Error{Tr::tr("git did not answer within two minutes in “%1”.").arg(folder),
                     QStringLiteral("git %1 timed out").arg(arguments.value(0))};
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        const QString message = QString::fromUtf8(git.readAllStandardError()).trimmed();
        return Error{Tr::tr("git could not read “%1”: %2").arg(folder, message),
                     QStringLiteral("git %1 exit %2").arg(arguments.value(0)).arg(git.exitCode()),
                     ErrorKind::InvalidInput};
    }
    return git.readAllStandardOutput();
}

/// "Name <email>" as git writes a contact, and back.
QByteArray contact(const QString &name, const QString &email)
{
    return (name.isEmpty() ? QString() : name + QLatin1Char(' ')).toUtf8() + '<' + email.toUtf8()
           + '>';
}

std::optional<QPair<QString, QString>> parseContact(const QByteArray &line)
{
    const qsizetype open = line.lastIndexOf('<');
    if (open < 0 || !line.endsWith('>'))
        return std::nullopt;
    return QPair{QString::fromUtf8(line.left(open)).trimmed(),
                 QString::fromUtf8(line.mid(open + 1, line.size() - open - 2))};
}

/// What the repository's .mailmap (and git's mailmap.file, if set) makes of each commit author,
/// asked of git itself (`git check-mailmap`, as `git shortlog` applies it): the authors it
/// changes, to be offered as merges in People and teams, never merged by themselves.
Result<QList<MailmapEntry>> askMailmap(const QString &folder,
                                       const QList<QPair<QString, QString>> &authors)
{
    QList<MailmapEntry> changed;
    if (authors.isEmpty())
        return changed;
    QByteArray input;
    for (const auto &[name, email] : authors)
        input += contact(name, email) + '\n';
    const Result<QByteArray> answer
        = runGit(folder, {QStringLiteral("check-mailmap"), QStringLiteral("--stdin")}, input);
    if (!answer)
        return answer.error();
    const QList<QByteArray> lines = answer.value().split('\n');
    for (qsizetype i = 0; i < authors.size() && i < lines.size(); ++i) {
        const std::optional<QPair<QString, QString>> mapped = parseContact(lines.at(i).trimmed());
        if (mapped && *mapped != authors.at(i))
            changed << MailmapEntry{authors.at(i).first, authors.at(i).second, mapped->first,
                                    mapped->second};
    }
    return changed;
}

} // namespace

ProviderInfo LocalGitProvider::info() const
{
    ProviderInfo info;
    info.id = Id;
    info.displayName = Tr::tr("Local git repositories");
    info.description = Tr::tr("Commit history of git folders on this computer; no account needed.");
    info.authKind = ProviderAuthKind::Folder;
    info.loginLabel = Tr::tr("Folder");
    info.writesCommits = true;
    return info;
}

Result<AccountRecord> LocalGitProvider::verify(const ProviderCredentials &credentials,
                                               ProviderSyncContext &context) const
{
    const QString folder = credentials.login.trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Error{Tr::tr("“%1” is not a folder.").arg(folder), QStringLiteral("not a folder"),
                     ErrorKind::InvalidInput};
    const Result<QByteArray> top
        = runGit(folder, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (!top) {
        if (top.error().kind == ErrorKind::InvalidInput)
            return Error{Tr::tr("“%1” is not inside a git repository. Choose the folder that holds "
                                "the repository (the one with .git in it).")
                             .arg(folder),
                         top.error().detail, ErrorKind::InvalidInput};
        return top.error();
    }
    AccountRecord account;
    account.provider = Id;
    account.login = QDir::cleanPath(QString::fromUtf8(top.value()).trimmed());
    account.displayName = QFileInfo(account.login).fileName();
    account.connectedAt = context.clock->now();
    return account;
}

ProviderSyncOutcome LocalGitProvider::sync(ProviderSyncContext &context) const
{
    ProviderSyncOutcome outcome;
    auto fail = [&outcome](Error error) {
        outcome.result = std::move(error);
        return outcome;
    };
    const QString folder = context.account.login;
    if (!QFileInfo(folder).isDir())
        return fail(Error{Tr::tr("The repository folder “%1” is no longer there. Add it again from "
                                 "its new place, or remove it.")
                              .arg(folder),
                          QStringLiteral("missing folder"), ErrorKind::InvalidInput});

    const QString name = QFileInfo(folder).fileName();
    RepoRecord repo;
    repo.accountId = context.accountId;
    repo.fullName = QStringLiteral("local/") + name;
    repo.owner = QStringLiteral("local");
    repo.name = name;
    repo.description = folder;
    repo.isPrivate = true;
    const Result<QByteArray> branch
        = runGit(folder, {QStringLiteral("symbolic-ref"), QStringLiteral("--short"),
                          QStringLiteral("-q"), QStringLiteral("HEAD")});
    if (branch)
        repo.defaultBranch = QString::fromUtf8(branch.value()).trimmed();
    const Result<qint64> repoId = CacheWriter(context.db).upsertRepo(repo);
    if (!repoId)
        return fail(repoId.error());

    // An empty repository has no HEAD yet: nothing to read, not an error.
    const Result<QByteArray> headAnswer
        = runGit(folder, {QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                          QStringLiteral("-q"), QStringLiteral("HEAD")});
    const QString head = headAnswer ? QString::fromLatin1(headAnswer.value()).trimmed() : QString();
    if (head.isEmpty())
        return outcome;

    SyncState state(context.db);
    const Result<SyncCursor> cursor = state.cursor(context.accountId, repoId.value(), CursorKind);
    if (!cursor)
        return fail(cursor.error());
    QString range = head;
    const QString lastHead = context.full ? QString() : cursor.value().watermark;
    if (lastHead == head)
        range.clear();
    else if (!lastHead.isEmpty()
             && runGit(folder, {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"),
                                lastHead, head}))
        range = lastHead + QStringLiteral("..") + head;
    // else: first sync, a full one, or rewritten history: read everything (upserts keep it
    // idempotent).

    if (!range.isEmpty()) {
        const Result<QByteArray> counted
            = runGit(folder, {QStringLiteral("rev-list"), QStringLiteral("--count"), range});
        const int total = counted ? QString::fromLatin1(counted.value()).trimmed().toInt() : 0;

        // git writes the whole log to a file at its own pace while this thread parses and
        // stores what is already there: the two overlap instead of taking turns on a pipe.
        QTemporaryFile logFile(QDir::temp().filePath(QStringLiteral("devpulse-gitlog-XXXXXX")));
        const bool created = logFile.open(); // the name exists from here on
        QFile log(logFile.fileName());
        if (!created || !log.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return fail(
                Error{Tr::tr("DevPulse could not create a temporary file to read the history "
                             "of “%1”: %2")
                          .arg(name, logFile.errorString()),
                      QStringLiteral("temporary file")});
        QProcess git;
        git.setProgram(QStringLiteral("git"));
        git.setArguments(QStringList{QStringLiteral("-C"), folder} + GitLogParser::logArguments()
                         + QStringList{range});
        git.setStandardOutputFile(logFile.fileName());
        git.start(QIODevice::ReadOnly);
        if (!git.waitForStarted())
            return fail(gitMissing());
        GitLogParser parser;
        int written = 0;
        auto store = [&](const QList<CommitRecord> &commits) -> Result<void> {
            if (commits.isEmpty())
                return Result<void>();
            const Result<void> stored = BoundQuery::inTransaction(
                context.db, QStringLiteral("saving local commits"), [&]() -> Result<void> {
                    CacheWriter writer(context.db);
                    for (CommitRecord commit : commits) {
                        commit.repoId = repoId.value();
                        if (Result<void> saved = writer.upsertCommit(commit); !saved)
                            return saved;
                    }
                    return Result<void>();
                });
            if (!stored)
                return stored;
            written += int(commits.size());
            outcome.progress.itemsByKind[QStringLiteral("commits")] = written;
            outcome.progress.phase = Tr::tr("Reading %1: %2 of %3 commits")
                                         .arg(name)
                                         .arg(written)
                                         .arg(qMax(total, written));
            if (context.reportProgress)
                context.reportProgress(outcome.progress);
            return Result<void>();
        };
        QList<CommitRecord> batch;
        bool gitFinished = false;
        for (;;) {
            if (context.isCancelled()) {
                git.kill();
                git.waitForFinished();
                return fail(Error{Tr::tr("Sync cancelled."), QStringLiteral("cancelled"),
                                  ErrorKind::Cancelled});
            }
            const QByteArray chunk = log.read(1 << 20);
            if (chunk.isEmpty()) {
                if (gitFinished)
                    break; // everything git wrote has been read
                gitFinished = git.waitForFinished(20);
                continue;
            }
            parser.feed(chunk);
            batch.append(parser.take());
            if (batch.size() >= BatchSize) {
                if (Result<void> stored = store(batch); !stored) {
                    git.kill();
                    git.waitForFinished();
                    return fail(stored.error());
                }
                batch.clear();
            }
        }
        parser.finish();
        batch.append(parser.take());
        if (Result<void> stored = store(batch); !stored)
            return fail(stored.error());
        if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
            return fail(
                Error{Tr::tr("git could not read the history of “%1”: %2")
                          .arg(folder, QString::fromUtf8(git.readAllStandardError()).trimmed()),
                      QStringLiteral("git log exit %1").arg(git.exitCode())});
        }
        if (parser.malformedCount() > 0)
            qCWarning(lcSync) << parser.malformedCount() << "commits of" << name
                              << "could not be read from git log";
    }

    // Who is who by .mailmap, over every author the cache holds for this repository.
    const Result<QList<QPair<QString, QString>>> authors
        = MailmapStore(context.db).commitAuthors(repoId.value());
    if (!authors)
        return fail(authors.error());
    const Result<QList<MailmapEntry>> mailmap = askMailmap(folder, authors.value());
    if (!mailmap)
        return fail(mailmap.error());
    if (const Result<void> kept = MailmapStore(context.db).replace(repoId.value(), mailmap.value());
        !kept)
        return fail(kept.error());

    // Branches and tags, with the dates git knows (a tag's or its commit's date).
    const QDateTime now = context.clock->now();
    const Result<QByteArray> refs = runGit(
        folder, {QStringLiteral("for-each-ref"),
                 // %1f is for-each-ref's hex escape for the unit separator.
                 QStringLiteral("--format=%(refname)%1f%(objectname)%1f%(creatordate:unix)"),
                 QStringLiteral("refs/heads"), QStringLiteral("refs/tags")});
    if (!refs)
        return fail(refs.error());
    const Result<void> refsStored = BoundQuery::inTransaction(
        context.db, QStringLiteral("saving local branches and tags"), [&]() -> Result<void> {
            CacheWriter writer(context.db);
            int branches = 0;
            int tags = 0;
            for (const QByteArray &line : refs.value().split('\n')) {
                const QList<QByteArray> parts = line.split('\x1f');
                if (parts.size() < 3)
                    continue;
                const QString ref = QString::fromUtf8(parts.at(0));
                const QDateTime created
                    = QDateTime::fromSecsSinceEpoch(parts.at(2).toLongLong(), Qt::UTC);
                if (ref.startsWith(QLatin1String("refs/heads/"))) {
                    BranchRecord branchRecord;
                    branchRecord.repoId = repoId.value();
                    branchRecord.name = ref.mid(11);
                    branchRecord.headSha = QString::fromLatin1(parts.at(1));
                    branchRecord.seenAt = now;
                    if (Result<void> saved = writer.upsertBranch(branchRecord); !saved)
                        return saved;
                    ++branches;
                } else {
                    TagRecord tag;
                    tag.repoId = repoId.value();
                    tag.name = ref.mid(10);
                    tag.sha = QString::fromLatin1(parts.at(1));
                    tag.taggedAt = created;
                    tag.seenAt = now;
                    if (Result<void> saved = writer.upsertTag(tag); !saved)
                        return saved;
                    ++tags;
                }
            }
            outcome.progress.itemsByKind[QStringLiteral("branches")] = branches;
            outcome.progress.itemsByKind[QStringLiteral("tags")] = tags;
            SyncCursor updated;
            updated.watermark = head;
            if (Result<void> marked = writer.markRepoSynced(repoId.value(), now); !marked)
                return marked; // "last synced" in devpulse repos list
            return state.saveCursor(context.accountId, repoId.value(), CursorKind, updated);
        });
    if (!refsStored)
        return fail(refsStored.error());
    if (context.reportProgress)
        context.reportProgress(outcome.progress);
    return outcome;
}
