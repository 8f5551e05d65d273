// FakeGitHub, continued: the generated repositories tests and benchmarks read (history,
// pull requests with reviews, issues, branches, tags, deployments and releases).
#include "tests/support/fakegithub.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace {
QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

QJsonObject FakeGitHub::generatedCommit(int index, const QDateTime &start, const QString &salt)
{
    const QDateTime committed = start.addSecs(qint64(index) * 3600);
    // Authors write in their own time zone (+02:00); every seventh email has no account.
    const QString authorDate = committed.toOffsetFromUtc(7200).toString(Qt::ISODate);
    const QJsonValue user = index % 7 == 3
                                ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(QJsonObject{{QStringLiteral("login"),
                                                          QStringLiteral("dev%1").arg(index % 5)}});
    const QJsonObject author{
        {QStringLiteral("name"), QStringLiteral("Dévelopeur %1").arg(index % 5)},
        {QStringLiteral("email"), QStringLiteral("dev%1@example.com").arg(index % 5)},
        {QStringLiteral("date"), authorDate},
        {QStringLiteral("user"), user}};
    const QByteArray oid
        = QCryptographicHash::hash((salt + QString::number(index) + iso(start)).toUtf8(),
                                   QCryptographicHash::Sha1)
              .toHex();
    return QJsonObject{{QStringLiteral("oid"), QString::fromLatin1(oid)},
                       {QStringLiteral("message"), QStringLiteral("Fix ünïcödé 🚀 #%1").arg(index)},
                       {QStringLiteral("additions"), 10 + index % 50},
                       {QStringLiteral("deletions"), index % 13},
                       {QStringLiteral("authoredDate"), iso(committed)},
                       {QStringLiteral("committedDate"), iso(committed)},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("committer"), author}};
}

namespace {
// Two reviews on most generated pull requests (one changes requested, one approval, by
// people other than the author), none on every fourth: real shapes for the sync to page.
QJsonArray generatedReviews(const QString &repoName, int number, const QDateTime &created)
{
    if (number % 4 == 0)
        return {};
    auto review = [&](int k, const char *state, int minutes) {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("PRR_%1_%2_%3").arg(repoName).arg(number).arg(k)},
            {QStringLiteral("state"), QLatin1String(state)},
            {QStringLiteral("submittedAt"), iso(created.addSecs(qint64(minutes) * 60))},
            {QStringLiteral("author"),
             QJsonObject{
                 {QStringLiteral("__typename"), QStringLiteral("User")},
                 {QStringLiteral("login"), QStringLiteral("dev%1").arg((number + 1 + k) % 5)}}}};
    };
    return {review(1, "CHANGES_REQUESTED", 20), review(2, "APPROVED", 50)};
}
} // namespace

FakeGitHub::Repo &FakeGitHub::addGeneratedRepo(const QString &owner, const QString &name,
                                               int commits, int pulls, int issues,
                                               const QDateTime &start)
{
    Repo repo;
    repo.owner = owner;
    repo.name = name;
    for (int i = 0; i < commits; ++i)
        repo.commits << generatedCommit(i, start, name);
    // A deployment to production and a release every 50 commits (every fifth deployment
    // failed), an hour after the commit they ship.
    for (int i = 49; i < commits; i += 50) {
        const QJsonObject &shipped = repo.commits.at(i);
        const QDateTime at
            = QDateTime::fromString(shipped.value(QLatin1String("committedDate")).toString(),
                                    Qt::ISODate)
                  .addSecs(3600);
        const int n = i / 50;
        const QString sha = shipped.value(QLatin1String("oid")).toString();
        repo.deployments << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("DE_%1_%2").arg(name).arg(n)},
            {QStringLiteral("environment"), QStringLiteral("production")},
            {QStringLiteral("commitOid"), sha},
            {QStringLiteral("createdAt"), iso(at)},
            {QStringLiteral("latestStatus"),
             QJsonObject{{QStringLiteral("state"),
                          n % 5 == 4 ? QStringLiteral("FAILURE") : QStringLiteral("SUCCESS")},
                         {QStringLiteral("createdAt"), iso(at.addSecs(300))}}}};
        repo.releases << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("RE_%1_%2").arg(name).arg(n)},
            {QStringLiteral("tagName"), QStringLiteral("v1.%1.0").arg(n)},
            {QStringLiteral("name"), QStringLiteral("Release 1.%1").arg(n)},
            {QStringLiteral("isDraft"), false},
            {QStringLiteral("isPrerelease"), false},
            {QStringLiteral("createdAt"), iso(at)},
            {QStringLiteral("publishedAt"), iso(at.addSecs(60))},
            {QStringLiteral("tagCommit"), QJsonObject{{QStringLiteral("oid"), sha}}}};
    }
    for (int i = 1; i <= pulls; ++i) {
        const QDateTime created = start.addSecs(qint64(i) * 7200);
        const bool merged = i % 2 == 0;
        repo.pulls << QJsonObject{
            {QStringLiteral("number"), i},
            {QStringLiteral("title"), QStringLiteral("Änderung %1").arg(i)},
            {QStringLiteral("state"),
             merged ? QStringLiteral("MERGED")
                    : (i % 5 == 0 ? QStringLiteral("CLOSED") : QStringLiteral("OPEN"))},
            {QStringLiteral("isDraft"), false},
            {QStringLiteral("createdAt"), iso(created)},
            {QStringLiteral("updatedAt"), iso(created.addSecs(3600))},
            {QStringLiteral("mergedAt"),
             merged ? QJsonValue(iso(created.addSecs(3600))) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("closedAt"),
             merged ? QJsonValue(iso(created.addSecs(3600))) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("additions"), i * 3},
            {QStringLiteral("deletions"), i},
            {QStringLiteral("changedFiles"), 1 + i % 4},
            {QStringLiteral("commits"), QJsonObject{{QStringLiteral("totalCount"), 1 + i % 3}}},
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("login"), QStringLiteral("dev%1").arg(i % 5)}}},
            {QStringLiteral("headRefName"), QStringLiteral("topic-%1").arg(i)},
            {QStringLiteral("baseRefName"), QStringLiteral("main")},
            {QStringLiteral("reviews"), generatedReviews(name, i, created)},
            {QStringLiteral("timelineItems"), QJsonArray{}}};
    }
    for (int i = 1; i <= issues; ++i) {
        const QDateTime created = start.addSecs(qint64(i) * 5400);
        QJsonObject issue{
            {QStringLiteral("number"), 1000 + i},
            {QStringLiteral("title"), QStringLiteral("Problème %1 ✓").arg(i)},
            {QStringLiteral("state"),
             i % 4 == 0 ? QStringLiteral("closed") : QStringLiteral("open")},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("login"), QStringLiteral("dev%1").arg(i % 5)}}},
            {QStringLiteral("created_at"), iso(created)},
            {QStringLiteral("updated_at"), iso(created.addSecs(600))},
            {QStringLiteral("closed_at"),
             i % 4 == 0 ? QJsonValue(iso(created.addSecs(600))) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("comments"), i % 3},
            {QStringLiteral("labels"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bug")}}}}};
        if (i % 3 == 0)
            issue.insert(
                QStringLiteral("pull_request"),
                QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.invalid/pr")}});
        repo.issues << issue;
    }
    repo.branches << qMakePair(
        QStringLiteral("main"),
        commits > 0 ? repo.commits.last().value(QLatin1String("oid")).toString() : QString());
    for (int i = 0; i < commits / 50; ++i)
        repo.branches << qMakePair(QStringLiteral("feature/ü-%1").arg(i),
                                   repo.commits.at(i * 50).value(QLatin1String("oid")).toString());
    for (int i = 0; i < commits / 100; ++i)
        repo.tags << qMakePair(QStringLiteral("v1.%1").arg(i),
                               repo.commits.at(i * 100).value(QLatin1String("oid")).toString());
    for (int i = issues; i >= 1; --i) {
        repo.issueEvents << QJsonObject{
            {QStringLiteral("id"), 5000000 + i},
            {QStringLiteral("event"), i % 2 ? QStringLiteral("closed") : QStringLiteral("labeled")},
            {QStringLiteral("actor"),
             QJsonObject{{QStringLiteral("login"), QStringLiteral("dev%1").arg(i % 5)}}},
            {QStringLiteral("created_at"), iso(start.addSecs(qint64(i) * 5400 + 300))},
            {QStringLiteral("issue"), QJsonObject{{QStringLiteral("number"), 1000 + i}}}};
    }
    repos << repo;
    return repos.last();
}
