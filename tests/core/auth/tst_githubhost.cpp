#include "core/auth/githubhost.h"

#include <QTest>

class TestGitHubHost : public QObject
{
    Q_OBJECT

private slots:
    void fromUserInput_data();
    void fromUserInput();
    void rejectsWhatIsNotAWebAddress_data();
    void rejectsWhatIsNotAWebAddress();
    void storedBaseUrlRoundTrips();
};

void TestGitHubHost::fromUserInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("web");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("display");
    QTest::addRow("empty is github.com") << QString() << "https://github.com"
                                         << "https://api.github.com"
                                         << "github.com";
    QTest::addRow("github.com typed") << "github.com/"
                                      << "https://github.com"
                                      << "https://api.github.com"
                                      << "github.com";
    QTest::addRow("enterprise bare host") << "ghe.example.com"
                                          << "https://ghe.example.com"
                                          << "https://ghe.example.com/api/v3"
                                          << "ghe.example.com";
    QTest::addRow("enterprise with port and slash") << " https://ghe.example.com:8443/ "
                                                    << "https://ghe.example.com:8443"
                                                    << "https://ghe.example.com:8443/api/v3"
                                                    << "ghe.example.com:8443";
    QTest::addRow("local fake server") << "http://127.0.0.1:5555"
                                       << "http://127.0.0.1:5555"
                                       << "http://127.0.0.1:5555/api/v3"
                                       << "127.0.0.1:5555";
}

void TestGitHubHost::fromUserInput()
{
    QFETCH(QString, input);
    QFETCH(QString, web);
    QFETCH(QString, api);
    QFETCH(QString, display);
    const Result<GitHubHost> host = GitHubHost::fromUserInput(input);
    QVERIFY(host.ok());
    QCOMPARE(host.value().webUrl.toString(), web);
    QCOMPARE(host.value().apiUrl.toString(), api);
    QCOMPARE(host.value().displayName(), display);
    QCOMPARE(host.value().apiEndpoint(QStringLiteral("/user")).toString(),
             api + QStringLiteral("/user"));
}

void TestGitHubHost::rejectsWhatIsNotAWebAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("ftp") << "ftp://ghe.example.com";
    QTest::addRow("spaces") << "not a host";
    QTest::addRow("scheme only") << "https://";
}

void TestGitHubHost::rejectsWhatIsNotAWebAddress()
{
    QFETCH(QString, input);
    const Result<GitHubHost> host = GitHubHost::fromUserInput(input);
    QVERIFY(!host.ok());
    QCOMPARE(host.error().kind, ErrorKind::InvalidInput);
    QVERIFY(host.error().userMessage.contains(QLatin1String("GitHub Enterprise Server")));
}

void TestGitHubHost::storedBaseUrlRoundTrips()
{
    QCOMPARE(GitHubHost::gitHubCom().storedBaseUrl(), QString());
    const GitHubHost enterprise
        = GitHubHost::fromUserInput(QStringLiteral("https://ghe.example.com")).value();
    QCOMPARE(GitHubHost::fromStoredBaseUrl(enterprise.storedBaseUrl()).apiUrl, enterprise.apiUrl);
    QVERIFY(GitHubHost::fromStoredBaseUrl(QString()).isGitHubCom());
}

QTEST_GUILESS_MAIN(TestGitHubHost)
#include "tst_githubhost.moc"
