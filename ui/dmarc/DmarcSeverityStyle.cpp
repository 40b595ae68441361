#include "DmarcSeverityStyle.h"

#include "AppTheme.h"
#include "SeverityStyle.h"

#include <QApplication>
#include <QStyle>

QIcon DmarcSeverityStyle::icon(Severity severity) {
    return SeverityStyle::icon(severity);
}

QString DmarcSeverityStyle::word(Severity severity) {
    return SeverityStyle::word(severity);
}

QColor DmarcSeverityStyle::colour(Severity severity) {
    return SeverityStyle::colour(severity);
}

QString DmarcSeverityStyle::symbol(Severity severity) {
    return SeverityStyle::symbol(severity);
}

QString DmarcSeverityStyle::verdictWord(const QString& verdict) {
    if (verdict == QLatin1String("protected"))
        return QApplication::translate("DmarcTab", "Protected");
    if (verdict == QLatin1String("partly-protected"))
        return QApplication::translate("DmarcTab", "Partly protected");
    if (verdict == QLatin1String("monitoring"))
        return QApplication::translate("DmarcTab", "Monitoring only");
    if (verdict == QLatin1String("unprotected"))
        return QApplication::translate("DmarcTab", "Not protected");
    return QApplication::translate("DmarcTab", "Unknown");
}

QIcon DmarcSeverityStyle::verdictIcon(const QString& verdict) {
    if (verdict == QLatin1String("protected"))
        return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
    if (verdict == QLatin1String("unknown"))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
    return icon(verdict == QLatin1String("unprotected") ? Severity::Error : Severity::Warning);
}

QColor DmarcSeverityStyle::verdictColour(const QString& verdict) {
    if (verdict == QLatin1String("protected"))
        return AppTheme::readable(QColor(0x2e, 0x7d, 0x32));
    if (verdict == QLatin1String("unknown"))
        return AppTheme::readable(QColor(0x75, 0x75, 0x75));
    return colour(verdict == QLatin1String("unprotected") ? Severity::Error : Severity::Warning);
}
