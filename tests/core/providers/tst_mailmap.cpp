#include "core/providers/mailmap.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Mailmap reads .mailmap as git does: every author below is mapped by `git check-mailmap` in a
// repository holding the same file, and Mailmap must answer the same.
class TestMailmap : public QObject
{
    Q_OBJECT

private slots:
    void mapsAsGitCheckMailmapDoes();
};

void TestMailmap::mapsAsGitCheckMailmapDoes()
{
    const QByteArray file
        = "# Every form git knows, with comments, case and a later line that wins\n"
          "Ada Lovelace <ada@example.com>\n"
          "<ada@example.com> <ada@OLD.example.com>\n"
          "Ada Lovelace <ada@example.com> <al@example.com>\n"
          "Robert Builder <bob@example.com> Bob <builder@example.com>\n"
          "Bobby <bobby@example.com> bob <builder@example.com>\n"
          "  Spaced   Name   <spaced@example.com>   \n"
          "Cyd Charisse <cyd@example.com> <cyd@old.example.com> # trailing words\n"
          "Cyd C. <cyd@example.com> <cyd@old.example.com>\n"
          "Empty Email <empty@example.com> <>\n"
          "<> <ignored@example.com>\n"
          "no email at all\n"
          "Dé Ünicode <de@example.com> <dé@example.com>\n";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto git = [&dir](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("git"), arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    git({QStringLiteral("init"), QStringLiteral("-q")});
    QFile mailmapFile(QDir(dir.path()).filePath(QStringLiteral(".mailmap")));
    QVERIFY(mailmapFile.open(QIODevice::WriteOnly));
    mailmapFile.write(file);
    mailmapFile.close();

    const Mailmap mailmap = Mailmap::parse(QString::fromUtf8(file));
    const QList<QPair<QString, QString>> authors{
        {QStringLiteral("Ada"), QStringLiteral("ada@example.com")},
        {QStringLiteral("ada"), QStringLiteral("ADA@example.com")},
        {QStringLiteral("A. L."), QStringLiteral("ada@old.example.com")},
        {QStringLiteral("Al"), QStringLiteral("al@example.com")},
        {QStringLiteral("Bob"), QStringLiteral("builder@example.com")},
        {QStringLiteral("BOB"), QStringLiteral("builder@example.com")},
        {QStringLiteral("Someone"), QStringLiteral("builder@example.com")},
        {QStringLiteral("S"), QStringLiteral("spaced@example.com")},
        {QStringLiteral("Cyd"), QStringLiteral("cyd@old.example.com")},
        {QStringLiteral("Nobody"), QString()},
        {QStringLiteral("Ignored"), QStringLiteral("ignored@example.com")},
        {QStringLiteral("Dé"), QStringLiteral("dé@example.com")},
        {QStringLiteral("Stranger"), QStringLiteral("stranger@example.com")},
    };
    for (const auto &[name, email] : authors) {
        const QString contact = name + QStringLiteral(" <") + email + QLatin1Char('>');
        const QString byGit = git({QStringLiteral("check-mailmap"), contact}).trimmed();
        const QPair<QString, QString> mapped = mailmap.map(name, email);
        const QString ours = (mapped.first.isEmpty() ? QString() : mapped.first + QLatin1Char(' '))
                             + QLatin1Char('<') + mapped.second + QLatin1Char('>');
        QCOMPARE(ours, byGit);
    }
    QVERIFY(Mailmap::parse(QStringLiteral("# nothing\n\n")).isEmpty());
}

QTEST_GUILESS_MAIN(TestMailmap)
#include "tst_mailmap.moc"
