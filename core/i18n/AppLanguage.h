#pragma once
// Which language the GUI and the PDF speak, and loading it: Mailsight's own translation
// (:/i18n/mailsight_<lang>.qm, built from translations/) and Qt's (qtbase_<lang>.qm from Debian's
// qt6-translations-l10n, for the standard buttons and file dialogs) when it is installed.

#include <QString>
#include <QStringList>

class QCoreApplication;

class AppLanguage {
public:
    // The languages Mailsight is translated into, as settings values: "en", "de", "fr".
    static QStringList available();
    // The name of a language in that language ("Deutsch"), for the Settings list.
    static QString nativeName(const QString& code);
    // The language to use for a setting: "" or "system" follows the system locale (the first of
    // its UI languages that Mailsight has, else English); a known code is taken as it is.
    static QString resolve(const QString& setting);
    // Installs the translators for `code` ("de") on the application and makes QLocale's default
    // match; English installs none. Returns false when the code is unknown or its file is missing.
    static bool install(QCoreApplication* app, const QString& code);
};
