#include "core/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {

const QString ResourceFolder = QStringLiteral(":/i18n");

QString fileStem(const QString &code)
{
    return QStringLiteral("devpulse_") + code;
}

} // namespace

QStringList available()
{
    QStringList codes{QStringLiteral("en")};
    // The build embeds one .qm per .ts file; English carries only plural forms.
    const QStringList files
        = QDir(ResourceFolder).entryList({QStringLiteral("devpulse_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString resolve(const QString &chosen, const QLocale &system)
{
    const QStringList shipped = available();
    if (!chosen.isEmpty() && shipped.contains(chosen))
        return chosen;
    for (const QString &uiLanguage : system.uiLanguages()) {
        // "de-DE" and "de" both mean German here: DevPulse ships one German.
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (shipped.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString nativeName(const QString &code)
{
    // Qt names the default English "American English"; DevPulse's English is not regional.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.at(0).toUpper() + name.mid(1);
}

bool install(const QString &code)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    QLocale::setDefault(QLocale(code));

    auto *own = new QTranslator(app);
    const bool ownLoaded = own->load(fileStem(code), ResourceFolder);
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own words (Cancel, Yes, file dialogs); absent when the Qt translations package is
    // not installed, which leaves those few in English.
    auto *qt = new QTranslator(app);
    if (code != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + code,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ownLoaded || code == QLatin1String("en");
}

} // namespace Translations
