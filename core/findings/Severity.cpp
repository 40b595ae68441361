#include "Severity.h"

#include <QCoreApplication>

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("Severity", "Error");
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView name) {
    if (name == QLatin1String("error"))
        return Severity::Error;
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    if (name == QLatin1String("info"))
        return Severity::Info;
    return std::nullopt;
}
