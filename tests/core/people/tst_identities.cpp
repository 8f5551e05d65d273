#include "core/metrics/codemetrics.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/metricssql.h"
#include "core/people/identities.h"
#include "core/people/teams.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

/// Merging a person's logins, emails and names into one identity and splitting it again, as
/// every metric, filter and team sees it. Hand-made cache: Ada commits as the GitHub login
/// "ada" (3 commits), as ada@home without a login (2) and as the bare name "Ada L." (1); she
/// opened 2 pull requests as "ada". Grace commits as "grace" (4).
class TestIdentities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyAliasIsItsOwnPersonUntilMerged();
    void mergedPeopleCountAsOneEverywhere();
    void filterByAnAliasFindsTheWholePerson();
    void splitUndoesTheMerge();
    void teamsFollowMergeAndSplit();
    void mergeRefusesNonsense();
    void teamNamesAreUniqueAndLookedUpCaseBlind();

private:
    bool commit(const QString &login, const QString &email, const QString &name);
    Result<MetricsFilter> prepared(const QStringList &authors = {});

    std::unique_ptr<TestCache> m_cache;
    qint64 m_repoId = 0;
    int m_sha = 0;
};

void TestIdentities::init()
{
    m_cache = std::make_unique<TestCache>();
    QVERIFY(m_cache->isValid());
    m_repoId = m_cache->addRepo(m_cache->addAccount(), QStringLiteral("octo/app"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(commit(QStringLiteral("ada"), QStringLiteral("ada@work.example"),
                       QStringLiteral("Ada")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(
            commit(QString(), QStringLiteral("ada@home.example"), QStringLiteral("Ada Lovelace")));
    QVERIFY(commit(QString(), QString(), QStringLiteral("Ada L.")));
    for (int i = 0; i < 4; ++i)
        QVERIFY(commit(QStringLiteral("grace"), QStringLiteral("grace@example.com"),
                       QStringLiteral("Grace")));
    CacheWriter writer(m_cache->db());
    for (int number = 1; number <= 2; ++number) {
        PullRequestRecord pull;
        pull.repoId = m_repoId;
        pull.number = number;
        pull.state = QStringLiteral("open");
        pull.authorLogin = QStringLiteral("ada");
        pull.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(writer.upsertPullRequest(pull).ok());
    }
}

void TestIdentities::cleanup()
{
    m_cache.reset();
}

bool TestIdentities::commit(const QString &login, const QString &email, const QString &name)
{
    CommitRecord record;
    record.repoId = m_repoId;
    record.sha = QStringLiteral("sha%1").arg(++m_sha);
    record.author.login = login;
    record.author.email = email;
    record.author.name = name;
    record.authoredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    record.message = QStringLiteral("Change %1").arg(m_sha);
    return CacheWriter(m_cache->db()).upsertCommit(record).ok();
}

Result<MetricsFilter> TestIdentities::prepared(const QStringList &authors)
{
    MetricsFilter filter;
    filter.authors = authors;
    return MetricsSql::prepare(m_cache->db(), filter);
}

void TestIdentities::everyAliasIsItsOwnPersonUntilMerged()
{
    const QList<Person> people = Identities::people(m_cache->db()).value();
    QStringList keys;
    for (const Person &person : people)
        keys << person.key;
    // ada: 3 commits + 2 pull requests; grace 4; ada@home 2; "Ada L." 1.
    QCOMPARE(keys, (QStringList{QStringLiteral("ada"), QStringLiteral("grace"),
                                QStringLiteral("ada@home.example"), QStringLiteral("Ada L.")}));
    QCOMPARE(people.at(0).items, 5);
    QCOMPARE(people.at(2).displayName, QStringLiteral("Ada Lovelace"));
    QVERIFY(!Identities::any(m_cache->db()).value());
    QVERIFY(!prepared().value().mergedIdentities);
}

void TestIdentities::mergedPeopleCountAsOneEverywhere()
{
    const Result<qint64> merged = Identities::merge(
        m_cache->db(),
        {QStringLiteral("ada"), QStringLiteral("ada@home.example"), QStringLiteral("Ada L.")},
        QStringLiteral("Ada Lovelace"));
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().userMessage));
    const QString key = Identities::identityKey(merged.value());

    const QList<Person> people = Identities::people(m_cache->db()).value();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).key, key);
    QCOMPARE(people.at(0).displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(people.at(0).items, 8); // 6 commits + 2 pull requests
    QCOMPARE(people.at(0).aliases.size(), 3);

    const MetricsFilter filter = prepared().value();
    QVERIFY(filter.mergedIdentities);
    const QList<Contributor> contributors
        = CodeMetrics::contributors(m_cache->db(), filter).value();
    QCOMPARE(contributors.size(), 2);
    QCOMPARE(contributors.at(0).name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(contributors.at(0).commits, 6);
    QCOMPARE(contributors.at(0).pullRequestsOpened, 2);
    QCOMPARE(contributors.at(1).name, QStringLiteral("grace"));
    QCOMPARE(contributors.at(1).commits, 4);

    const ContributionSeries series
        = CodeMetrics::contributionsOverTime(m_cache->db(), filter, ContributionGrouping::Developer,
                                             ContributionPeriod::Month, 5,
                                             ContributionMeasure::Commits)
              .value();
    QCOMPARE(series.names, (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("grace")}));
}

void TestIdentities::filterByAnAliasFindsTheWholePerson()
{
    QVERIFY(Identities::merge(m_cache->db(),
                              {QStringLiteral("ada"), QStringLiteral("ada@home.example")},
                              QStringLiteral("Ada"))
                .ok());
    // Typed by hand (devpulse metrics --author ada@home.example): the whole of Ada.
    const MetricsFilter filter = prepared({QStringLiteral("ada@home.example")}).value();
    QCOMPARE(filter.authors.size(), 1);
    QVERIFY(filter.authors.constFirst().startsWith(QLatin1Char('#')));
    const PunchCard card = CommitActivity::punchCard(m_cache->db(), filter).value();
    QCOMPARE(card.total, 5); // 3 as "ada", 2 as ada@home; not "Ada L." (not merged)
    const QList<Contributor> contributors
        = CodeMetrics::contributors(m_cache->db(), filter).value();
    QCOMPARE(contributors.size(), 1);
    QCOMPARE(contributors.at(0).pullRequestsOpened, 2);
}

void TestIdentities::splitUndoesTheMerge()
{
    const qint64 id = Identities::merge(m_cache->db(),
                                        {QStringLiteral("ada"), QStringLiteral("ada@home.example")},
                                        QStringLiteral("Ada"))
                          .value();
    QVERIFY(Identities::split(m_cache->db(), id).ok());
    QVERIFY(!Identities::any(m_cache->db()).value());
    QCOMPARE(Identities::people(m_cache->db()).value().size(), 4);
    const QList<Contributor> contributors
        = CodeMetrics::contributors(m_cache->db(), prepared().value()).value();
    QCOMPARE(contributors.size(), 4);
}

void TestIdentities::teamsFollowMergeAndSplit()
{
    QSqlDatabase &db = m_cache->db();
    const qint64 team = Teams::create(db, QStringLiteral("Core")).value();
    QVERIFY(
        Teams::setMembers(db, team, {QStringLiteral("ada@home.example"), QStringLiteral("grace")})
            .ok());
    const qint64 id
        = Identities::merge(db, {QStringLiteral("ada"), QStringLiteral("ada@home.example")},
                            QStringLiteral("Ada"))
              .value();
    QStringList members = Teams::all(db).value().constFirst().members;
    members.sort();
    QCOMPARE(members, (QStringList{Identities::identityKey(id), QStringLiteral("grace")}));

    // The team's filter counts all of Ada's commits and Grace's: 5 + 4.
    MetricsFilter filter;
    filter.authors = members;
    QCOMPARE(CommitActivity::punchCard(db, MetricsSql::prepare(db, filter).value()).value().total,
             9);

    QVERIFY(Identities::split(db, id).ok());
    members = Teams::all(db).value().constFirst().members;
    members.sort();
    QCOMPARE(members, (QStringList{QStringLiteral("ada"), QStringLiteral("ada@home.example"),
                                   QStringLiteral("grace")}));
}

void TestIdentities::mergeRefusesNonsense()
{
    const Result<qint64> one
        = Identities::merge(m_cache->db(), {QStringLiteral("ada")}, QStringLiteral("Ada"));
    QVERIFY(!one.ok());
    QCOMPARE(one.error().kind, ErrorKind::InvalidInput);
    const Result<qint64> unnamed = Identities::merge(
        m_cache->db(), {QStringLiteral("ada"), QStringLiteral("grace")}, QStringLiteral("  "));
    QVERIFY(!unnamed.ok());
    QVERIFY(!Identities::any(m_cache->db()).value()); // nothing half-written
}

void TestIdentities::teamNamesAreUniqueAndLookedUpCaseBlind()
{
    QSqlDatabase &db = m_cache->db();
    QVERIFY(Teams::create(db, QStringLiteral("Backend")).ok());
    const Result<qint64> again = Teams::create(db, QStringLiteral("backend"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().userMessage.contains(QLatin1String("backend")));
    QCOMPARE(Teams::byName(db, QStringLiteral("BACKEND")).value().name, QStringLiteral("Backend"));
    const Result<Team> missing = Teams::byName(db, QStringLiteral("Frontend"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().userMessage.contains(QLatin1String("Backend"))); // names the known
}

QTEST_GUILESS_MAIN(TestIdentities)
#include "tst_identities.moc"
