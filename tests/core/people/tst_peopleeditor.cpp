#include "core/people/identities.h"
#include "core/people/peopleeditor.h"
#include "core/people/teams.h"
#include "core/storage/cachewriter.h"
#include "tests/support/testcache.h"

#include <QTest>

/// PeopleEditor makes the window's People and teams changes on connections of its own: each
/// change is in the cache at once (read back here through the test's own connection), and a
/// cache that cannot be opened is an error with a sentence, not a crash.
class TestPeopleEditor : public QObject
{
    Q_OBJECT

private slots:
    void changesAreInTheCacheAtOnce();
    void anUnreachableCacheIsAnError();
};

void TestPeopleEditor::changesAreInTheCacheAtOnce()
{
    TestCache cache;
    QVERIFY(cache.isValid());
    const qint64 repo = cache.addRepo(cache.addAccount(), QStringLiteral("octo/app"));
    CacheWriter writer(cache.db());
    int sha = 0;
    for (const auto &[login, email] :
         {std::pair{"ada", "ada@work.example"}, std::pair{"", "ada@home.example"},
          std::pair{"grace", "grace@example.com"}}) {
        CommitRecord commit;
        commit.repoId = repo;
        commit.sha = QString::number(++sha);
        commit.author
            = {QString::fromLatin1(login), QStringLiteral("Someone"), QString::fromLatin1(email)};
        commit.authoredAt = QDateTime::currentDateTimeUtc();
        QVERIFY(writer.upsertCommit(commit).ok());
    }
    const PeopleEditor editor(cache.address());
    auto personWith = [&cache](const QString &key) -> std::optional<Person> {
        for (const Person &person : Identities::people(cache.db()).value()) {
            for (const PersonAlias &alias : person.aliases) {
                if (alias.value == key)
                    return person;
            }
        }
        return std::nullopt;
    };

    const Result<qint64> merged = editor.merge(
        {QStringLiteral("ada"), QStringLiteral("ada@home.example")}, QStringLiteral("Ada"));
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().userMessage));
    QCOMPARE(personWith(QStringLiteral("ada@home.example"))->identityId, merged.value());
    QCOMPARE(personWith(QStringLiteral("ada"))->items, 2);
    QVERIFY(editor.rename(merged.value(), QStringLiteral("Ada Lovelace")).ok());
    QCOMPARE(personWith(QStringLiteral("ada"))->displayName, QStringLiteral("Ada Lovelace"));

    const Result<qint64> team = editor.createTeam(QStringLiteral("Core"));
    QVERIFY(team.ok());
    QVERIFY(editor
                .setTeamMembers(team.value(),
                                {Identities::identityKey(merged.value()), QStringLiteral("grace")})
                .ok());
    QVERIFY(editor.renameTeam(team.value(), QStringLiteral("Platform")).ok());
    const Team read = Teams::byName(cache.db(), QStringLiteral("Platform")).value();
    QCOMPARE(read.members.size(), 2);

    QVERIFY(editor.split(merged.value()).ok()); // the team keeps Ada as her aliases
    QCOMPARE(personWith(QStringLiteral("ada"))->identityId, 0);
    QVERIFY(editor.removeTeam(team.value()).ok());
    QVERIFY(Teams::all(cache.db()).value().isEmpty());
}

void TestPeopleEditor::anUnreachableCacheIsAnError()
{
    const PeopleEditor editor(QStringLiteral("/nonexistent-folder/devpulse.sqlite"));
    const Result<qint64> team = editor.createTeam(QStringLiteral("Core"));
    QVERIFY(!team.ok());
    QVERIFY(!team.error().userMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestPeopleEditor)
#include "tst_peopleeditor.moc"
