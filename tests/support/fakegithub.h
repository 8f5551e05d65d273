#pragma once

#include "tests/support/fakehttpserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

/// A fake GitHub (web sign-in endpoints and the REST API under /api/v3, like a GitHub
/// Enterprise Server) on 127.0.0.1, answering with the recorded fixtures. It checks what the
/// real one checks: client id, redirect URI on loopback, PKCE S256, the one-time code, the
/// Bearer token. Scenario fields choose how the sign-in goes.
class FakeGitHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGitHub)

public:
    enum class Consent { Approve, Deny, AnswerWithWrongState };

    static constexpr char ClientId[] = "Iv1.fake-client-id";
    static constexpr char ClientSecret[] = "fake-client-secret";
    /// The token in fixtures/github/oauth/access-token.json.
    static constexpr char Token[] = "gho_16C7e42F292c6912E7710c838347Ae178B4a";

    explicit FakeGitHub(QObject *parent = nullptr);

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    FakeHttpServer &server() { return m_server; }

    Consent consent = Consent::Approve;
    /// When set, the token endpoint answers with this fixture (e.g. "access-token-error-bad-code").
    QString tokenErrorFixture;
    /// What the device flow's polls answer, in order (fixture names under github/oauth/); the
    /// last one repeats.
    QStringList devicePollFixtures{QStringLiteral("access-token")};
    /// A token GET /user accepts besides Token (e.g. a pasted personal access token).
    QByteArray extraValidToken;

    int devicePolls() const { return m_devicePolls; }

    /// A repository the fake serves: REST listing and issues, GraphQL history and pull requests.
    struct Repo
    {
        QString owner;
        QString name;
        bool fork = false;
        bool archived = false;
        int status = 200; ///< 404 or 451: GitHub refuses it
        /// GraphQL commit nodes, oldest first; the last is the default branch's head. A node
        /// without "parents" has the one before it as its parent; history is served in
        /// `git log` order from the head.
        QList<QJsonObject> commits;
        /// GraphQL pull request nodes; `reviews` and `timelineItems`, when there, are plain
        /// arrays of every node (served as connections, reviews a hundred a page)
        QList<QJsonObject> pulls;
        QList<QJsonObject> issues;               ///< REST issue objects (some are pull requests)
        QList<QPair<QString, QString>> branches; ///< name, head sha
        QList<QPair<QString, QString>> tags;     ///< name, commit sha (annotated when odd)
        QList<QJsonObject> issueEvents;          ///< REST issue events, newest first
        QString mailmap; ///< the default branch's .mailmap ("": none, GraphQL's null)
        /// GraphQL Deployment and Release nodes as DeliveryQuery reads them, any order
        /// (served newest created first); `updatedAt` beside them for the change check.
        QList<QJsonObject> deployments;
        QList<QJsonObject> releases;
        /// GitHub Actions: REST workflow objects (id, name, path, state) and run objects
        /// (id, workflow_id, head_sha, head_branch, event, status, conclusion, created_at,
        /// updated_at), any order; the default branch's workflow files are the workflows' paths.
        QList<QJsonObject> workflows;
        QList<QJsonObject> workflowRuns;
    };
    /// The user's organisations (/user/orgs); their repositories are the entries of `repos`
    /// whose owner is the organisation (served by /orgs/{org}/repos, not /user/repos).
    QStringList orgLogins;
    /// Served as /users/{login}/events (newest first); the recorded fixture by default.
    QList<QJsonObject> userEvents;
    QList<Repo> repos;
    int restPageSize = 100;
    /// The most items a GraphQL page holds (also no more than the query's `first`).
    int graphqlPageSize = 100;
    /// When set, a GraphQL query asking for more than this many items gets GitHub's time-out
    /// answer (HTTP 200, `data` null, "Something went wrong while executing your query...").
    int graphqlTimeoutAbove = 0;
    /// The `first` of each GraphQL query received, in order.
    QList<int> graphqlFirsts;
    /// When set, the next commit history page answers part of the query: its first commit's
    /// author has no resolvable user (null) and `errors` says so beside `data`.
    bool graphqlPartialOnce = false;
    /// When set, the batched change check answers each head commit's checkSuites with null and
    /// a FORBIDDEN field error, as for a token without the Checks permission.
    bool checkSuitesForbidden = false;

    /// Adds a repository of `login` with generated history: commit i at start + i hours
    /// (every 7th author not linked to an account, unicode messages), pull requests with line
    /// counts, issues of which every third is a pull request.
    Repo &
    addGeneratedRepo(const QString &owner, const QString &name, int commits, int pulls, int issues,
                     const QDateTime &start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    static QJsonObject generatedCommit(int index, const QDateTime &start, const QString &salt = {});
    Repo *findRepo(const QString &owner, const QString &name);
    /// The global id the REST listing gives a repository (its node_id).
    static QString nodeIdOf(const Repo &repo);
    /// How many batched "did anything change" queries (nodes(ids:)) were answered.
    int stateChecks() const { return m_stateChecks; }
    /// GitHub's recorded "rate limit exceeded" answer (403, remaining 0), resetting
    /// `secondsAhead` from now.
    static FakeResponse rateLimitExhausted(qint64 secondsAhead);

private:
    FakeResponse authorize(const FakeRequest &request);
    FakeResponse accessToken(const FakeRequest &request);
    FakeResponse user(const FakeRequest &request);
    FakeResponse userRepos(const FakeRequest &request);
    FakeResponse repositoryStates(const QJsonArray &ids);
    FakeResponse repoIssues(const FakeRequest &request);
    /// /repos/{owner}/{name}/actions/workflows and .../workflows/{id}/runs (fakegithubactions.cpp).
    FakeResponse repoActions(const FakeRequest &request, const Repo &repo);
    /// A page of a REST list from `all`, with GitHub's Link header when more follow and an
    /// ETag (304 when it matches); `key` set: the page is an object ({total_count, key: [...]}).
    static FakeResponse restPage(const QJsonArray &all, int page, int pageSize, const QUrl &base,
                                 const QUrlQuery &query, const QByteArray &ifNoneMatch,
                                 const QString &key = {});
    FakeResponse graphql(const FakeRequest &request);
    bool authorised(const FakeRequest &request) const;

    FakeHttpServer m_server;
    QByteArray m_codeChallenge;
    QString m_redirectUri;
    QString m_issuedCode;
    int m_devicePolls = 0;
    int m_stateChecks = 0;
};
