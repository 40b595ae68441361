#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList AppLanguage::available() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString AppLanguage::nativeName(const QString& code) {
    // Each language named in itself, so a user can find theirs whatever the current language is.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString AppLanguage::resolve(const QString& setting) {
    const QString wanted = setting.trimmed().toLower();
    if (available().contains(wanted))
        return wanted;
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool AppLanguage::install(QCoreApplication* app, const QString& code) {
    if (!available().contains(code))
        return false;
    const QLocale locale(code);
    // Numbers and dates follow the language, but a system locale of the same language (de_AT,
    // en_GB) is kept with its own conventions.
    if (QLocale::system().language() != locale.language())
        QLocale::setDefault(locale);
    if (code == QLatin1String("en"))
        return true; // the sources are English
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/mailsight_%1.qm").arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (Cancel, the file dialog): optional, the package may not be installed.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
