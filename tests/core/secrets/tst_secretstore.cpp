#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QTest>

namespace {

template<typename T>
std::optional<Result<T>> waitFor(std::optional<Result<T>> &slot)
{
    (void)QTest::qWaitFor([&slot] { return slot.has_value(); }, 20000);
    return slot;
}

} // namespace

/// Runs against the real Secret Service (scripts/test.sh starts a private D-Bus session with
/// an unlocked gnome-keyring). The `unavailable` CTest entry runs `keychainMissingIsExplained`
/// alone with a D-Bus address where nothing listens.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void entriesAreSeparateByProviderHostAndLogin();
    void missingEntryMeansSignInAgain();
    void keychainMissingIsExplained();

private:
    // Each run gets its own service name, so runs never see each other's entries.
    const QString m_service
        = QStringLiteral("DevPulse-test-%1").arg(QCoreApplication::applicationPid());
};

void TestSecretStore::roundTrip()
{
    if (qEnvironmentVariableIsSet("DEVPULSE_EXPECT_NO_KEYCHAIN"))
        QSKIP("this run checks the missing keychain only");
    SecretStore store(m_service);
    const SecretKey key{QStringLiteral("github"), QStringLiteral("github.com"),
                        QStringLiteral("octocat")};
    std::optional<Result<void>> written;
    store.write(key, QStringLiteral("gho_secret-value"),
                [&written](const Result<void> &result) { written = result; });
    QVERIFY(waitFor(written).has_value());
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().toLogString()));

    std::optional<Result<QString>> read;
    store.read(key, [&read](const Result<QString> &result) { read = result; });
    QVERIFY(waitFor(read).has_value());
    QVERIFY(read->ok());
    QCOMPARE(read->value(), QStringLiteral("gho_secret-value"));

    std::optional<Result<void>> removed;
    store.remove(key, [&removed](const Result<void> &result) { removed = result; });
    QVERIFY(waitFor(removed).has_value());
    QVERIFY(removed->ok());

    std::optional<Result<QString>> gone;
    store.read(key, [&gone](const Result<QString> &result) { gone = result; });
    QVERIFY(waitFor(gone).has_value());
    QVERIFY(!gone->ok());
}

void TestSecretStore::entriesAreSeparateByProviderHostAndLogin()
{
    if (qEnvironmentVariableIsSet("DEVPULSE_EXPECT_NO_KEYCHAIN"))
        QSKIP("this run checks the missing keychain only");
    SecretStore store(m_service);
    const SecretKey public_{QStringLiteral("github"), QStringLiteral("github.com"),
                            QStringLiteral("octocat")};
    const SecretKey enterprise{QStringLiteral("github"), QStringLiteral("ghe.example.com"),
                               QStringLiteral("octocat")};
    QCOMPARE(public_.entryName(), QStringLiteral("github:github.com:octocat"));
    std::optional<Result<void>> first, second;
    store.write(public_, QStringLiteral("one"), [&first](const Result<void> &r) { first = r; });
    store.write(enterprise, QStringLiteral("two"),
                [&second](const Result<void> &r) { second = r; });
    QVERIFY(waitFor(first).has_value() && first->ok());
    QVERIFY(waitFor(second).has_value() && second->ok());

    std::optional<Result<QString>> read;
    store.read(public_, [&read](const Result<QString> &r) { read = r; });
    QVERIFY(waitFor(read).has_value() && read->ok());
    QCOMPARE(read->value(), QStringLiteral("one"));

    std::optional<Result<void>> a, b;
    store.remove(public_, [&a](const Result<void> &r) { a = r; });
    store.remove(enterprise, [&b](const Result<void> &r) { b = r; });
    QVERIFY(waitFor(a).has_value() && waitFor(b).has_value());
}

void TestSecretStore::missingEntryMeansSignInAgain()
{
    if (qEnvironmentVariableIsSet("DEVPULSE_EXPECT_NO_KEYCHAIN"))
        QSKIP("this run checks the missing keychain only");
    SecretStore store(m_service);
    std::optional<Result<QString>> read;
    store.read({QStringLiteral("github"), QStringLiteral("github.com"), QStringLiteral("nobody")},
               [&read](const Result<QString> &r) { read = r; });
    QVERIFY(waitFor(read).has_value());
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, ErrorKind::AuthenticationRequired);
    QVERIFY(read->error().userMessage.contains(QLatin1String("Reconnect")));
}

void TestSecretStore::keychainMissingIsExplained()
{
    if (!qEnvironmentVariableIsSet("DEVPULSE_EXPECT_NO_KEYCHAIN"))
        QSKIP("run by the tst_secretstore_unavailable CTest entry");
    SecretStore store(m_service);
    store.setTimeout(std::chrono::seconds(10));
    std::optional<Result<void>> written;
    store.write({QStringLiteral("github"), QStringLiteral("github.com"), QStringLiteral("x")},
                QStringLiteral("must-not-land-anywhere"),
                [&written](const Result<void> &r) { written = r; });
    QVERIFY(waitFor(written).has_value());
    QVERIFY(!written->ok());
    QVERIFY2(written->error().userMessage.contains(QLatin1String("No keychain is available")),
             qPrintable(written->error().toLogString()));
    QVERIFY(written->error().userMessage.contains(QLatin1String("gnome-keyring")));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
