#include "DmarcSeverityStyle.h"

#include <QApplication>
#include <QStyle>

QIcon DmarcSeverityStyle::icon(Severity severity) {
    QStyle* style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString DmarcSeverityStyle::word(Severity severity) {
    return severityLabel(severity);
}

QColor DmarcSeverityStyle::colour(Severity severity) {
    // Mid-tone colours that stay readable on light and dark palettes.
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case Severity::Info:
        return QColor(0x1e, 0x88, 0xe5);
    }
    return {};
}

QString DmarcSeverityStyle::symbol(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("\u2716");
    case Severity::Warning:
        return QStringLiteral("\u26A0");
    case Severity::Info:
        return QStringLiteral("\u2139");
    }
    return {};
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
        return QColor(0x2e, 0x7d, 0x32);
    if (verdict == QLatin1String("unknown"))
        return QColor(0x75, 0x75, 0x75);
    return colour(verdict == QLatin1String("unprotected") ? Severity::Error : Severity::Warning);
}
