#include "tests/support/fakegithub.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
FakeResponse oauthFixture(const QString &name)
{
    return FakeResponse::fromFixture(QStringLiteral("github/oauth/") + name);
}
} // namespace

FakeResponse FakeGitHub::restPage(const QJsonArray &all, int page, int pageSize, const QUrl &base,
                                  const QUrlQuery &query, const QByteArray &ifNoneMatch,
                                  const QString &key)
{
    QJsonArray items;
    for (int i = (page - 1) * pageSize; i < qMin(int(all.size()), page * pageSize); ++i)
        items.append(all.at(i));
    const QByteArray body
        = key.isEmpty()
              ? QJsonDocument(items).toJson(QJsonDocument::Compact)
              : QJsonDocument(
                    QJsonObject{{QStringLiteral("total_count"), int(all.size())}, {key, items}})
                    .toJson(QJsonDocument::Compact);
    const QByteArray etag
        = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex() + '"';
    FakeResponse response = FakeResponse::json(200, body);
    if (ifNoneMatch == etag) {
        response.status = 304;
        response.body.clear();
    }
    response.headers.append({"ETag", etag});
    response.headers.append({QByteArray("X-RateLimit-Limit"), QByteArray("5000")});
    response.headers.append({QByteArray("X-RateLimit-Remaining"), QByteArray("4999")});
    if (page * pageSize < all.size()) {
        QUrlQuery nextQuery = query;
        nextQuery.removeAllQueryItems(QStringLiteral("page"));
        nextQuery.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
        QUrl next = base;
        next.setQuery(nextQuery);
        response.headers.append({"Link", "<" + next.toEncoded() + ">; rel=\"next\""});
    }
    return response;
}

namespace {

QJsonObject graphqlPage(const QJsonArray &nodes, const QString &after, int pageSize,
                        const QString &cursorSuffix = {})
{
    const int offset = after.isEmpty() ? 0 : after.section(QLatin1Char(':'), 1, 1).toInt();
    QJsonArray page;
    for (int i = offset; i < qMin(int(nodes.size()), offset + pageSize); ++i)
        page.append(nodes.at(i));
    const int end = offset + int(page.size());
    return QJsonObject{{QStringLiteral("pageInfo"),
                        QJsonObject{{QStringLiteral("hasNextPage"), end < nodes.size()},
                                    {QStringLiteral("endCursor"),
                                     cursorSuffix.isEmpty()
                                         ? QStringLiteral("c:%1").arg(end)
                                         : QStringLiteral("c:%1:%2").arg(end).arg(cursorSuffix)}}},
                       {QStringLiteral("nodes"), page}};
}

// A pull request as GitHub's PullRequestsQuery answer holds it: its reviews (kept whole in
// Repo::pulls) as a connection of the first hundred, its timeline items as one.
QJsonObject asServed(QJsonObject pull)
{
    if (pull.contains(QLatin1String("reviews")))
        pull.insert(QStringLiteral("reviews"),
                    graphqlPage(pull.value(QLatin1String("reviews")).toArray(), QString(), 100));
    if (pull.contains(QLatin1String("timelineItems")))
        pull.insert(QStringLiteral("timelineItems"),
                    QJsonObject{{QStringLiteral("nodes"),
                                 pull.value(QLatin1String("timelineItems")).toArray()}});
    return pull;
}

QStringList parentsOf(const QJsonObject &commit)
{
    QStringList parents;
    const QJsonArray nodes
        = commit.value(QLatin1String("parents")).toObject().value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &node : nodes)
        parents << node.toObject().value(QLatin1String("oid")).toString();
    return parents;
}

// `git log <head>` order: a commit is queued once a child of it is listed, and the newest
// committer date among those queued comes next (so the head comes first, and a commit
// before its parents). Commits without "parents" have the one
// before them in `commits` as their parent (a straight line); each listed node carries
// its parents, as GitHub's answer does.
QList<QJsonObject> historyFrom(const QList<QJsonObject> &commits, const QString &head)
{
    QHash<QString, QJsonObject> bySha;
    for (qsizetype i = 0; i < commits.size(); ++i) {
        QJsonObject commit = commits.at(i);
        if (!commit.contains(QLatin1String("parents"))) {
            QJsonArray parents;
            if (i > 0)
                parents.append(QJsonObject{
                    {QStringLiteral("oid"), commits.at(i - 1).value(QLatin1String("oid"))}});
            commit.insert(QStringLiteral("parents"),
                          QJsonObject{{QStringLiteral("nodes"), parents}});
        }
        bySha.insert(commit.value(QLatin1String("oid")).toString(), commit);
    }
    QList<QJsonObject> listed;
    QSet<QString> queued{head};
    QList<QJsonObject> ready{bySha.value(head)};
    while (!ready.isEmpty()) {
        auto newest = std::max_element(
            ready.begin(), ready.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QLatin1String("committedDate")).toString()
                       < b.value(QLatin1String("committedDate")).toString();
            });
        const QJsonObject commit = *newest;
        ready.erase(newest);
        listed << commit;
        for (const QString &parent : parentsOf(commit)) {
            if (bySha.contains(parent) && !queued.contains(parent)) {
                queued.insert(parent);
                ready << bySha.value(parent);
            }
        }
    }
    return listed;
}

} // namespace

FakeGitHub::FakeGitHub(QObject *parent)
    : QObject(parent)
{
    m_server.route("GET", QStringLiteral("/login/oauth/authorize"),
                   [this](const FakeRequest &request) { return authorize(request); });
    m_server.route("POST", QStringLiteral("/login/oauth/access_token"),
                   [this](const FakeRequest &request) { return accessToken(request); });
    m_server.route("POST", QStringLiteral("/login/device/code"), [](const FakeRequest &request) {
        if (request.form().queryItemValue(QStringLiteral("client_id")) != QLatin1String(ClientId))
            return FakeResponse::json(404, R"({"error":"Not Found"})");
        return oauthFixture(QStringLiteral("device-code"));
    });
    m_server.route("GET", QStringLiteral("/api/v3/user"),
                   [this](const FakeRequest &request) { return user(request); });
    m_server.route("GET", QStringLiteral("/avatars/u/1"), [](const FakeRequest &) {
        FakeResponse response;
        response.headers = {{"Content-Type", "image/png"}};
        // A 1×1 PNG.
        response.body = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        return response;
    });
    m_server.route("GET", QStringLiteral("/api/v3/user/repos"),
                   [this](const FakeRequest &request) { return userRepos(request); });
    m_server.routePrefix("GET", QStringLiteral("/api/v3/repos/"),
                         [this](const FakeRequest &request) { return repoIssues(request); });
    m_server.route("POST", QStringLiteral("/api/graphql"),
                   [this](const FakeRequest &request) { return graphql(request); });
    for (const QJsonValue &event :
         QJsonDocument::fromJson(readFixture(QStringLiteral("github/replay/user-events.json")))
             .array())
        userEvents << event.toObject();
    m_server.routePrefix("GET", QStringLiteral("/api/v3/orgs/"),
                         [this](const FakeRequest &request) { return userRepos(request); });
    m_server.route("GET", QStringLiteral("/api/v3/user/orgs"), [this](const FakeRequest &request) {
        if (!authorised(request))
            return FakeResponse::fromFixture(QStringLiteral("github/replay/error-401"));
        QJsonArray all;
        for (const QString &login : std::as_const(orgLogins))
            all.append(
                QJsonObject{{QStringLiteral("login"), login},
                            {QStringLiteral("description"), QStringLiteral("Team %1").arg(login)}});
        const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
        return restPage(all, page, restPageSize, m_server.url(request.path), request.query,
                        request.header("If-None-Match"));
    });
    m_server.routePrefix(
        "GET", QStringLiteral("/api/v3/users/"), [this](const FakeRequest &request) {
            if (!authorised(request))
                return FakeResponse::fromFixture(QStringLiteral("github/replay/error-401"));
            QJsonArray all;
            for (const QJsonObject &event : std::as_const(userEvents))
                all.append(event);
            const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
            return restPage(all, page, restPageSize, m_server.url(request.path), request.query,
                            request.header("If-None-Match"));
        });
}

bool FakeGitHub::authorised(const FakeRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    return authorization == QByteArray("Bearer ") + Token
           || (!extraValidToken.isEmpty() && authorization == "Bearer " + extraValidToken);
}

FakeResponse FakeGitHub::rateLimitExhausted(qint64 secondsAhead)
{
    FakeResponse response
        = FakeResponse::fromFixture(QStringLiteral("github/replay/error-403-rate-limit"));
    response.headers.append(
        {QByteArray("X-RateLimit-Reset"),
         QByteArray::number(QDateTime::currentSecsSinceEpoch() + secondsAhead)});
    return response;
}

FakeGitHub::Repo *FakeGitHub::findRepo(const QString &owner, const QString &name)
{
    for (Repo &repo : repos) {
        if (repo.owner == owner && repo.name == name)
            return &repo;
    }
    return nullptr;
}

FakeResponse FakeGitHub::userRepos(const FakeRequest &request)
{
    if (!authorised(request))
        return FakeResponse::fromFixture(QStringLiteral("github/replay/error-401"));
    const bool orgListing = request.path.startsWith(QLatin1String("/api/v3/orgs/"));
    const QString org = orgListing ? request.path.section(QLatin1Char('/'), 4, 4) : QString();
    if (orgListing && !orgLogins.contains(org))
        return FakeResponse::fromFixture(QStringLiteral("github/replay/error-404"));
    QJsonArray all;
    int id = 1000;
    for (const Repo &repo : std::as_const(repos)) {
        ++id;
        if (orgListing ? repo.owner != org : orgLogins.contains(repo.owner))
            continue;
        all.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), repo.name},
            {QStringLiteral("full_name"), repo.owner + QLatin1Char('/') + repo.name},
            {QStringLiteral("node_id"), nodeIdOf(repo)},
            {QStringLiteral("owner"), QJsonObject{{QStringLiteral("login"), repo.owner}}},
            {QStringLiteral("private"), false},
            {QStringLiteral("fork"), repo.fork},
            {QStringLiteral("archived"), repo.archived},
            {QStringLiteral("default_branch"), QStringLiteral("main")},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}});
    }
    const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    return restPage(all, page, restPageSize, m_server.url(request.path), request.query,
                    request.header("If-None-Match"));
}

FakeResponse FakeGitHub::repoIssues(const FakeRequest &request)
{
    if (!authorised(request))
        return FakeResponse::fromFixture(QStringLiteral("github/replay/error-401"));
    // /api/v3/repos/{owner}/{name}/issues
    const QStringList parts = request.path.split(QLatin1Char('/'));
    if (parts.size() >= 8 && parts.at(6) == QLatin1String("actions")) {
        const Repo *actionsRepo = findRepo(parts.at(4), parts.at(5));
        if (!actionsRepo || actionsRepo->status != 200)
            return FakeResponse::fromFixture(QStringLiteral("github/replay/error-404"));
        return repoActions(request, *actionsRepo);
    }
    const bool events = parts.size() == 8 && parts.at(6) == QLatin1String("issues")
                        && parts.at(7) == QLatin1String("events");
    Repo *repo = (parts.size() == 7 && parts.at(6) == QLatin1String("issues")) || events
                     ? findRepo(parts.at(4), parts.at(5))
                     : nullptr;
    if (!repo || repo->status == 404)
        return FakeResponse::fromFixture(QStringLiteral("github/replay/error-404"));
    if (repo->status == 451)
        return FakeResponse::json(451, readFixture(QStringLiteral("github/errors/451-dmca.json")));
    if (events) {
        QJsonArray all;
        for (const QJsonObject &event : std::as_const(repo->issueEvents))
            all.append(event);
        const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
        return restPage(all, page, restPageSize, m_server.url(request.path), request.query,
                        request.header("If-None-Match"));
    }
    QList<QJsonObject> sorted = repo->issues;
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("updated_at")).toString()
               < b.value(QLatin1String("updated_at")).toString();
    });
    const QDateTime since = QDateTime::fromString(
        request.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODate);
    QJsonArray all;
    for (const QJsonObject &issue : std::as_const(sorted)) {
        if (since.isValid()
            && QDateTime::fromString(issue.value(QLatin1String("updated_at")).toString(),
                                     Qt::ISODate)
                   < since)
            continue;
        all.append(issue);
    }
    const int page = qMax(1, request.query.queryItemValue(QStringLiteral("page")).toInt());
    return restPage(all, page, restPageSize, m_server.url(request.path), request.query,
                    request.header("If-None-Match"));
}

FakeResponse FakeGitHub::graphql(const FakeRequest &request)
{
    if (!authorised(request))
        return FakeResponse::json(401, R"({"message":"Bad credentials"})");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString query = body.value(QLatin1String("query")).toString();
    const QJsonObject variables = body.value(QLatin1String("variables")).toObject();
    if (query.contains(QLatin1String("nodes(ids:")))
        return repositoryStates(variables.value(QLatin1String("ids")).toArray());
    Repo *repo = findRepo(variables.value(QLatin1String("owner")).toString(),
                          variables.value(QLatin1String("name")).toString());
    if (!repo || repo->status != 200) {
        return FakeResponse::json(
            200,
            R"({"data":{"repository":null},"errors":[{"type":"NOT_FOUND","path":["repository"],"message":"Could not resolve to a Repository with the name 'x'."}]})");
    }
    const int first = variables.value(QLatin1String("first")).toInt(100);
    graphqlFirsts << first;
    if (graphqlTimeoutAbove > 0 && first > graphqlTimeoutAbove) {
        return FakeResponse::json(
            200,
            R"({"data":null,"errors":[{"message":"Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `C0DE:1234:5678:9ABC:DEF0` when reporting this issue."}]})");
    }
    const int pageSize = qMin(graphqlPageSize, first);
    const QString after = variables.value(QLatin1String("after")).toString();
    QJsonObject repository;
    QJsonArray partialErrors;
    if (query.contains(QLatin1String("HEAD:.mailmap"))) // object(expression:): a Blob, or null
        repository.insert(QStringLiteral("mailmap"),
                          repo->mailmap.isEmpty()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject{{QStringLiteral("text"), repo->mailmap}}));
    if (query.contains(QLatin1String("history("))) {
        if (repo->commits.isEmpty()) {
            repository.insert(QStringLiteral("defaultBranchRef"), QJsonValue(QJsonValue::Null));
        } else {
            // GitHub's cursor pins the head the walk started from: later pushes do not shift
            // a walk in progress. "c:<offset>:<head sha>".
            QString head = after.section(QLatin1Char(':'), 2);
            if (head.isEmpty())
                head = repo->commits.last().value(QLatin1String("oid")).toString();
            const QDateTime since = QDateTime::fromString(
                variables.value(QLatin1String("since")).toString(), Qt::ISODate);
            QJsonArray newestFirst;
            for (const QJsonObject &commit : historyFrom(repo->commits, head)) {
                if (since.isValid()
                    && QDateTime::fromString(
                           commit.value(QLatin1String("committedDate")).toString(), Qt::ISODate)
                           < since)
                    continue;
                newestFirst.append(commit);
            }
            QJsonObject history = graphqlPage(newestFirst, after, pageSize, head);
            if (graphqlPartialOnce) {
                graphqlPartialOnce = false;
                QJsonArray nodes = history.value(QLatin1String("nodes")).toArray();
                QJsonObject node = nodes.first().toObject();
                QJsonObject author = node.value(QLatin1String("author")).toObject();
                author.insert(QStringLiteral("user"), QJsonValue(QJsonValue::Null));
                node.insert(QStringLiteral("author"), author);
                nodes.replace(0, node);
                history.insert(QStringLiteral("nodes"), nodes);
                partialErrors.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("FORBIDDEN")},
                    {QStringLiteral("path"),
                     QJsonArray{QStringLiteral("repository"), QStringLiteral("defaultBranchRef"),
                                QStringLiteral("target"), QStringLiteral("history"),
                                QStringLiteral("nodes"), 0, QStringLiteral("author"),
                                QStringLiteral("user")}},
                    {QStringLiteral("message"),
                     QStringLiteral("Resource not accessible by integration")}});
            }
            repository.insert(QStringLiteral("defaultBranchRef"),
                              QJsonObject{{QStringLiteral("target"),
                                           QJsonObject{{QStringLiteral("history"), history}}}});
        }
    } else if (query.contains(QLatin1String("refs/heads/"))
               || query.contains(QLatin1String("refs/tags/"))) {
        const bool tags = query.contains(QLatin1String("refs/tags/"));
        QJsonArray nodes;
        const auto &refs = tags ? repo->tags : repo->branches;
        for (int i = 0; i < refs.size(); ++i) {
            const auto &[name, sha] = refs.at(i);
            QJsonObject commit{{QStringLiteral("oid"), sha}};
            for (const QJsonObject &c : std::as_const(repo->commits)) {
                if (c.value(QLatin1String("oid")).toString() == sha)
                    commit.insert(QStringLiteral("committedDate"),
                                  c.value(QLatin1String("committedDate")));
            }
            // Odd tags are annotated: a Tag object pointing at the commit.
            const QJsonObject target
                = tags && i % 2 == 1
                      ? QJsonObject{{QStringLiteral("oid"), QStringLiteral("tagobject%1").arg(i)},
                                    {QStringLiteral("target"), commit}}
                      : commit;
            nodes.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("target"), target}});
        }
        repository.insert(QStringLiteral("refs"), graphqlPage(nodes, after, pageSize));
    } else if (query.contains(QLatin1String("pullRequests("))) {
        QList<QJsonObject> sorted = repo->pulls;
        std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("updatedAt")).toString()
                   > b.value(QLatin1String("updatedAt")).toString();
        });
        QJsonArray nodes;
        for (const QJsonObject &pull : std::as_const(sorted))
            nodes.append(asServed(pull));
        repository.insert(QStringLiteral("pullRequests"), graphqlPage(nodes, after, pageSize));
    } else if (query.contains(QLatin1String("deployments(first: $first"))) {
        // Each connection only when the query includes it (@include), with its own cursor.
        auto newestFirst = [](QList<QJsonObject> nodes) {
            std::sort(nodes.begin(), nodes.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QLatin1String("createdAt")).toString()
                       > b.value(QLatin1String("createdAt")).toString();
            });
            QJsonArray array;
            for (QJsonObject node : nodes) {
                node.remove(QStringLiteral("updatedAt"));
                array.append(node);
            }
            return array;
        };
        if (variables.value(QLatin1String("withDeployments")).toBool())
            repository.insert(
                QStringLiteral("deployments"),
                graphqlPage(newestFirst(repo->deployments),
                            variables.value(QLatin1String("afterDeployments")).toString(),
                            pageSize));
        if (variables.value(QLatin1String("withReleases")).toBool())
            repository.insert(
                QStringLiteral("releases"),
                graphqlPage(newestFirst(repo->releases),
                            variables.value(QLatin1String("afterReleases")).toString(), pageSize));
        if (variables.value(QLatin1String("withWorkflowFiles")).toBool()) {
            QJsonArray entries;
            for (const QJsonObject &workflow : std::as_const(repo->workflows))
                entries.append(
                    QJsonObject{{QStringLiteral("name"), workflow.value(QLatin1String("path"))
                                                             .toString()
                                                             .section(QLatin1Char('/'), -1)}});
            repository.insert(QStringLiteral("workflowFiles"),
                              entries.isEmpty()
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(QJsonObject{{QStringLiteral("entries"), entries}}));
        }
    } else if (query.contains(QLatin1String("pullRequest(number:"))) {
        const int number = variables.value(QLatin1String("number")).toInt();
        QJsonValue pull(QJsonValue::Null);
        for (const QJsonObject &each : std::as_const(repo->pulls)) {
            if (each.value(QLatin1String("number")).toInt() == number)
                pull = QJsonObject{
                    {QStringLiteral("reviews"),
                     graphqlPage(each.value(QLatin1String("reviews")).toArray(), after, pageSize)}};
        }
        repository.insert(QStringLiteral("pullRequest"), pull);
    } else {
        return FakeResponse::json(200, R"({"errors":[{"message":"unknown query"}]})");
    }
    QJsonObject answer{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("repository"), repository}}}};
    if (!partialErrors.isEmpty())
        answer.insert(QStringLiteral("errors"), partialErrors);
    return FakeResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

FakeResponse FakeGitHub::authorize(const FakeRequest &request)
{
    const QUrl redirect(
        request.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    if (request.query.queryItemValue(QStringLiteral("client_id")) != QLatin1String(ClientId)
        || redirect.host() != QLatin1String("127.0.0.1")
        || request.query.queryItemValue(QStringLiteral("code_challenge_method"))
               != QLatin1String("S256")) {
        return FakeResponse::json(400, R"({"error":"invalid authorize request"})");
    }
    m_codeChallenge = request.query.queryItemValue(QStringLiteral("code_challenge")).toLatin1();
    m_redirectUri = redirect.toString();
    m_issuedCode = QStringLiteral("code-%1").arg(m_server.requests().size());

    QUrlQuery answer;
    const QString state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    switch (consent) {
    case Consent::Approve:
        answer.addQueryItem(QStringLiteral("code"), m_issuedCode);
        answer.addQueryItem(QStringLiteral("state"), state);
        break;
    case Consent::Deny:
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("The user has denied your application access."));
        answer.addQueryItem(QStringLiteral("state"), state);
        break;
    case Consent::AnswerWithWrongState:
        answer.addQueryItem(QStringLiteral("code"), m_issuedCode);
        answer.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
        break;
    }
    QUrl location = redirect;
    location.setQuery(answer);
    return FakeResponse::redirect(location);
}

FakeResponse FakeGitHub::accessToken(const FakeRequest &request)
{
    const QUrlQuery form = request.form();
    if (form.queryItemValue(QStringLiteral("client_id")) != QLatin1String(ClientId))
        return oauthFixture(QStringLiteral("access-token-error-client"));
    if (request.header("Accept") != "application/json")
        return FakeResponse::json(406, R"({"error":"want Accept: application/json"})");

    if (form.hasQueryItem(QStringLiteral("device_code"))) {
        const QString name
            = devicePollFixtures.value(qMin(m_devicePolls, int(devicePollFixtures.size()) - 1));
        ++m_devicePolls;
        return oauthFixture(name);
    }
    if (!tokenErrorFixture.isEmpty())
        return oauthFixture(tokenErrorFixture);
    const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
    const QByteArray challenge
        = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (form.queryItemValue(QStringLiteral("code")) != m_issuedCode || m_issuedCode.isEmpty()
        || challenge != m_codeChallenge
        || form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) != m_redirectUri
        || form.queryItemValue(QStringLiteral("client_secret")) != QLatin1String(ClientSecret)) {
        qWarning() << "FakeGitHub: token request refused:" << form.toString() << "expected code"
                   << m_issuedCode << "challenge" << m_codeChallenge << "redirect" << m_redirectUri;
        return oauthFixture(QStringLiteral("access-token-error-bad-code"));
    }
    m_issuedCode.clear(); // a code works once
    return oauthFixture(QStringLiteral("access-token"));
}

FakeResponse FakeGitHub::user(const FakeRequest &request)
{
    if (!authorised(request))
        return FakeResponse::fromFixture(QStringLiteral("github/replay/error-401"));
    // The recorded user, with the avatar served here instead of on GitHub's image host.
    FakeResponse response = FakeResponse::fromFixture(QStringLiteral("github/replay/user"));
    QJsonObject user = QJsonDocument::fromJson(response.body).object();
    user.insert(QStringLiteral("avatar_url"),
                m_server.url(QStringLiteral("/avatars/u/1")).toString());
    response.body = QJsonDocument(user).toJson();
    return response;
}
