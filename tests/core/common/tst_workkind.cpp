#include "core/common/workkind.h"

#include <QTest>

Q_DECLARE_METATYPE(WorkKind)

// WorkKinds::classify on subjects as real projects write them (git.git, Qt, npm packages with
// Conventional Commits, Dependabot): the rules the window lists, and no word matched inside
// another ("prefix", "debug").
class TestWorkKind : public QObject
{
    Q_OBJECT

private slots:
    void classifiesRealSubjects_data();
    void classifiesRealSubjects();
    void idsRoundTrip();
};

void TestWorkKind::classifiesRealSubjects_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<WorkKind>("kind");
    const QList<QPair<const char *, WorkKind>> cases{
        {"feat(parser)!: drop support for node 6", WorkKind::Feature},
        {"Feat: Add login with a passkey", WorkKind::Feature},
        {"fix: prevent racing of requests", WorkKind::Fix},
        {"fix(sync)!: retry on 502\n\nCloses #88", WorkKind::Fix},
        {"refactor: split the mapper\n\nFixes #12", WorkKind::Refactor},
        {"perf(snapshot): read commits in two halves", WorkKind::Performance},
        {"docs: correct spelling of CHANGELOG", WorkKind::Docs},
        {"test: cover the empty range", WorkKind::Test},
        {"build(deps-dev): bump eslint from 8.1.0 to 8.2.0", WorkKind::Build},
        {"ci: add Windows to the matrix", WorkKind::Ci},
        {"chore(deps): bump lodash from 4.17.20 to 4.17.21", WorkKind::Chore},
        {"style: format with clang-format 14", WorkKind::Style},
        {"revert: undo the cache rename", WorkKind::Revert},
        {"Revert \"builtin/add: fix the crash on empty pathspec\"", WorkKind::Revert},
        {"Merge branch 'jc/fix-foo' into maint", WorkKind::Merge},
        {"Merge pull request #1234 from octo/topic", WorkKind::Merge},
        {"Merge remote-tracking branch 'origin/5.15' into dev", WorkKind::Merge},
        {"Merge tag 'v2.43.0'", WorkKind::Merge},
        {"t7004: fix typo in test", WorkKind::Fix},
        {"Fixed a bug in the parser", WorkKind::Fix},
        {"Hotfix for the login page", WorkKind::Fix},
        {"  fix: leading spaces are not the subject", WorkKind::Fix},
        {"diff: avoid bogus warning", WorkKind::Other},
        {"prefix: handle empty values", WorkKind::Other},
        {"debug: print the request", WorkKind::Other},
        {"Merge-base: speed up the common case", WorkKind::Other},
        {"feature: add x (not a Conventional Commits type)", WorkKind::Other},
        {"docs:no space after the colon", WorkKind::Other},
        {"Update README.md", WorkKind::Other},
        {"", WorkKind::Other},
    };
    for (const auto &[message, kind] : cases)
        QTest::newRow(message) << QString::fromUtf8(message) << kind;
}

void TestWorkKind::classifiesRealSubjects()
{
    QFETCH(QString, message);
    QFETCH(WorkKind, kind);
    QCOMPARE(WorkKinds::id(WorkKinds::classify(message)), WorkKinds::id(kind));
}

void TestWorkKind::idsRoundTrip()
{
    QStringList ids;
    for (WorkKind kind : WorkKinds::all()) {
        ids << WorkKinds::id(kind);
        QCOMPARE(WorkKinds::fromId(WorkKinds::id(kind)), kind);
        QVERIFY(!WorkKinds::name(kind).isEmpty());
    }
    QCOMPARE(ids.size(), 13);
    QCOMPARE(ids.removeDuplicates(), 0);
    QVERIFY(!WorkKinds::fromId(QStringLiteral("feature")));
    QCOMPARE(WorkKinds::rules().size(), 4);
}

QTEST_GUILESS_MAIN(TestWorkKind)
#include "tst_workkind.moc"
