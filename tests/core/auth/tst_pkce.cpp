#include "core/auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void challengeMatchesRfc7636Example();
    void verifiersAreLongRandomAndUrlSafe();
};

void TestPkce::challengeMatchesRfc7636Example()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifiersAreLongRandomAndUrlSafe()
{
    const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]{43,128}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const Pkce::Pair pair = Pkce::generate();
        QVERIFY2(unreserved.match(QString::fromLatin1(pair.verifier)).hasMatch(), pair.verifier);
        QCOMPARE(pair.challenge, Pkce::challengeFor(pair.verifier));
        seen.insert(pair.verifier);
    }
    QCOMPARE(seen.size(), 200);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
