#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

/// translations/*.ts against the code: every string lupdate finds in app/, core/ and ui/ has a
/// finished German translation with the same placeholders and a keyboard mnemonic where the
/// English has one; English has both plural forms of every "%n" string; neither file keeps
/// strings the code no longer has.
class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanCoversEveryString();
    void germanTranslationsAreFinishedAndKeepPlaceholders();
    void englishHasEveryPluralForm();

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool finished = false;
        QStringList forms; // one translation, or each numerus form
        QString key() const { return context + QLatin1Char('\x1f') + source; }
    };
    static QList<Message> read(const QString &path, QString *error);
    static QString scanSources(const QStringList &extraOptions, QString *error);

    QList<Message> m_scanned;
    QList<Message> m_german;
    QList<Message> m_english;
    QTemporaryDir m_scratch;
};

QList<TestTranslationFiles::Message> TestTranslationFiles::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current
                = Message{context,
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                          false,
                          {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.finished = type.isEmpty();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// What lupdate finds in the code now, with the options the devpulse_lupdate target uses.
QString TestTranslationFiles::scanSources(const QStringList &extraOptions, QString *error)
{
    static int counter = 0;
    const QString output = QDir::temp().filePath(QStringLiteral("devpulse-scan-%1-%2.ts")
                                                     .arg(QCoreApplication::applicationPid())
                                                     .arg(++counter));
    QStringList arguments = QString::fromUtf8(DEVPULSE_LUPDATE_OPTIONS).split(QLatin1Char('|'));
    arguments << extraOptions;
    arguments << QString::fromUtf8(DEVPULSE_TRANSLATED_SOURCE_DIRS).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << output;
    QProcess lupdate;
    lupdate.start(QStringLiteral(DEVPULSE_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QString::fromUtf8(lupdate.readAllStandardError());
        return {};
    }
    return output;
}

void TestTranslationFiles::initTestCase()
{
    QString error;
    const QString scanned = scanSources({}, &error);
    QVERIFY2(!scanned.isEmpty(), qPrintable(error));
    m_scanned = read(scanned, &error);
    QFile::remove(scanned);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_scanned.size() > 100, "lupdate found almost nothing: is the scan broken?");

    const QDir translations(QStringLiteral(DEVPULSE_TRANSLATIONS_DIR));
    m_german = read(translations.filePath(QStringLiteral("devpulse_de.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_english = read(translations.filePath(QStringLiteral("devpulse_en.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTranslationFiles::germanCoversEveryString()
{
    QSet<QString> german;
    for (const Message &message : std::as_const(m_german))
        german << message.key();
    QSet<QString> scanned;
    QStringList missing;
    for (const Message &message : std::as_const(m_scanned)) {
        scanned << message.key();
        if (!german.contains(message.key()))
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    QStringList stale;
    for (const Message &message : std::as_const(m_german)) {
        if (!scanned.contains(message.key()))
            stale << message.context + QStringLiteral(": ") + message.source;
    }
    const QString advice = QStringLiteral(
        "\nRun `cmake --build <build> --target devpulse_lupdate` and translate what is new.");
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Not in devpulse_de.ts:\n  ")
                                           + missing.join(u"\n  ") + advice));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("In devpulse_de.ts but no longer in the code:\n  ")
                        + stale.join(u"\n  ") + advice));
}

void TestTranslationFiles::germanTranslationsAreFinishedAndKeepPlaceholders()
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d+|n)"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
            found << match.captured();
        found.removeDuplicates();
        found.sort();
        return found;
    };
    QStringList problems;
    for (const Message &message : std::as_const(m_german)) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (!message.finished) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (message.forms.size() != (message.numerus ? 2 : 1)) {
            problems
                << QStringLiteral("German needs exactly %1 form(s): ").arg(message.numerus ? 2 : 1)
                       + where;
            continue;
        }
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + where;
            } else if (placeholders(form) != placeholders(message.source)) {
                problems << QStringLiteral("placeholders differ (%1 vs %2): ")
                                    .arg(placeholders(form).join(u' '),
                                         placeholders(message.source).join(u' '))
                                + where;
            } else if (form.count(mnemonic) != message.source.count(mnemonic)) {
                problems << QStringLiteral("keyboard mnemonic (&) lost or added: ") + where;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationFiles::englishHasEveryPluralForm()
{
    static const QRegularExpression count(QStringLiteral("%L?n"));
    QHash<QString, Message> english;
    for (const Message &message : std::as_const(m_english))
        english.insert(message.key(), message);
    QStringList problems;
    for (const Message &message : std::as_const(m_scanned)) {
        if (!message.numerus)
            continue;
        const Message found = english.value(message.key());
        if (found.forms.size() != 2 || !found.finished || found.forms.contains(QString())
            || !found.forms.at(0).contains(count) || !found.forms.at(1).contains(count))
            problems << message.context + QStringLiteral(": ") + message.source;
    }
    for (const Message &message : std::as_const(m_english)) {
        if (!message.numerus)
            problems << QStringLiteral("not a plural string (English is the source language): ")
                            + message.source;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("devpulse_en.ts needs a singular and a plural form of:\n  ")
                        + problems.join(u"\n  ")));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
