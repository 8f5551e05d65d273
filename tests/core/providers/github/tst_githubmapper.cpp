#include "core/providers/github/githubmapper.h"
#include "tests/support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestGitHubMapper : public QObject
{
    Q_OBJECT

private slots:
    void oldRepoShapesAreRead();
    void issuesListDropsPullRequests();
    void commitWithUnlinkedAuthorKeepsNameAndEmail();
    void mergedPullRequestIsClosedWithMergeTime();
    void missingFieldsNeverCrash();
};

void TestGitHubMapper::oldRepoShapesAreRead()
{
    // The recorded /user/repos from 2012: no default_branch, master_branch instead.
    const QJsonArray repos
        = QJsonDocument::fromJson(readFixture(QStringLiteral("github/replay/user-repos.json")))
              .array();
    QVERIFY(repos.size() >= 10);
    int forks = 0;
    int withBranch = 0;
    for (const QJsonValue &value : repos) {
        const RepoRecord repo = GitHubMapper::repoFromRest(value.toObject(), 7);
        QCOMPARE(repo.accountId, 7);
        QVERIFY(!repo.fullName.isEmpty());
        QVERIFY(!repo.owner.isEmpty());
        withBranch += repo.defaultBranch.isEmpty() ? 0 : 1;
        QVERIFY(repo.createdAt.isValid());
        forks += repo.isFork ? 1 : 0;
    }
    QCOMPARE(forks, 2);
    QCOMPARE(withBranch, 5); // the five that name a master_branch; the rest have none
    QCOMPARE(GitHubMapper::repoFromRest(repos.at(11).toObject(), 7).defaultBranch,
             QStringLiteral("master"));
}

void TestGitHubMapper::issuesListDropsPullRequests()
{
    const QJsonArray items
        = QJsonDocument::fromJson(readFixture(QStringLiteral("github/replay/issues-list.json")))
              .array();
    QCOMPARE(items.size(), 4);
    int issues = 0;
    for (const QJsonValue &value : items) {
        const std::optional<IssueRecord> issue = GitHubMapper::issueFromRest(value.toObject(), 1);
        if (!issue)
            continue;
        ++issues;
        QVERIFY(issue->number > 0);
        QVERIFY(issue->createdAt.isValid());
        QVERIFY(!issue->authorLogin.isEmpty());
    }
    QCOMPARE(issues, 2);
}

void TestGitHubMapper::commitWithUnlinkedAuthorKeepsNameAndEmail()
{
    const QJsonObject node = QJsonDocument::fromJson(R"({
        "oid": "abc123", "message": "Ünïcode ✓", "additions": 7, "deletions": 2,
        "authoredDate": "2026-03-01T08:00:00Z", "committedDate": "2026-03-01T09:00:00Z",
        "author": {"name": "Ada", "email": "ada@example.com", "date": "2026-03-01T10:00:00+02:00", "user": null},
        "committer": {"name": "GitHub", "email": "noreply@github.com", "date": "2026-03-01T09:00:00Z", "user": {"login": "web-flow"}}
    })")
                                 .object();
    const CommitRecord commit = GitHubMapper::commitFromGraphql(node, 3);
    QCOMPARE(commit.sha, QStringLiteral("abc123"));
    QVERIFY(commit.author.login.isEmpty());
    QCOMPARE(commit.author.name, QStringLiteral("Ada"));
    QCOMPARE(commit.author.email, QStringLiteral("ada@example.com"));
    QCOMPARE(commit.authoredAt, QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(commit.authoredOffsetMinutes, 120);
    QCOMPARE(commit.committer.login, QStringLiteral("web-flow"));
    QCOMPARE(commit.additions, 7);
    QCOMPARE(commit.message, QStringLiteral("Ünïcode ✓"));
}

void TestGitHubMapper::mergedPullRequestIsClosedWithMergeTime()
{
    const QJsonObject node = QJsonDocument::fromJson(R"({
        "number": 3370, "title": "Fix", "state": "MERGED", "isDraft": false,
        "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-02T00:00:00Z",
        "mergedAt": "2025-01-02T00:00:00Z", "closedAt": "2025-01-02T00:00:00Z",
        "additions": 7, "deletions": 7, "changedFiles": 4, "commits": {"totalCount": 2},
        "author": null, "headRefName": "fix", "baseRefName": "main"
    })")
                                 .object();
    const PullRequestRecord pull = GitHubMapper::pullFromGraphql(node, 1);
    QCOMPARE(pull.state, QStringLiteral("closed"));
    QVERIFY(pull.mergedAt.isValid());
    QCOMPARE(pull.commitCount, 2);
    QCOMPARE(pull.changedFiles, 4);
    QVERIFY(pull.authorLogin.isEmpty()); // a deleted user ("ghost") has no author object
}

void TestGitHubMapper::missingFieldsNeverCrash()
{
    const CommitRecord commit = GitHubMapper::commitFromGraphql(QJsonObject(), 1);
    QVERIFY(commit.sha.isEmpty());
    QVERIFY(!commit.additions.has_value());
    const PullRequestRecord pull = GitHubMapper::pullFromGraphql(QJsonObject(), 1);
    QVERIFY(!pull.additions.has_value());
    const RepoRecord repo = GitHubMapper::repoFromRest(QJsonObject(), 1);
    QVERIFY(repo.fullName.isEmpty());
}

QTEST_GUILESS_MAIN(TestGitHubMapper)
#include "tst_githubmapper.moc"
