#include "AlertSettings.h"

#include <QRegularExpression>

QString AlertSettings::modeName(Mode mode) {
    switch (mode) {
    case Mode::Regression:
        return QStringLiteral("regression");
    case Mode::Error:
        return QStringLiteral("error");
    case Mode::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

std::optional<AlertSettings::Mode> AlertSettings::modeFromName(const QString& name) {
    for (Mode m : {Mode::Regression, Mode::Error, Mode::Warning})
        if (modeName(m) == name)
            return m;
    return std::nullopt;
}

std::optional<qint64> AlertSettings::parseDuration(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,9})([smhd])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    if (n <= 0)
        return std::nullopt;
    switch (m.captured(2).at(0).toLatin1()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    default:
        return n * 86400;
    }
}
