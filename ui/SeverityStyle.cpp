#include "SeverityStyle.h"

#include "AppTheme.h"

#include <QApplication>
#include <QStyle>

QIcon SeverityStyle::icon(Severity severity) {
    const QStyle* style = QApplication::style();
    if (!style)
        return {};
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

QString SeverityStyle::word(Severity severity) {
    return severityLabel(severity);
}

QColor SeverityStyle::colour(Severity severity) {
    // Adjusted to the theme: the same hue, light enough on dark backgrounds, dark enough on light.
    switch (severity) {
    case Severity::Error:
        return AppTheme::readable(QColor(0xd3, 0x2f, 0x2f));
    case Severity::Warning:
        return AppTheme::readable(QColor(0xc7, 0x7c, 0x02));
    case Severity::Info:
        return AppTheme::readable(QColor(0x1e, 0x88, 0xe5));
    }
    return {};
}

QString SeverityStyle::symbol(Severity severity) {
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

QIcon SeverityStyle::okIcon() {
    const QStyle* style = QApplication::style();
    return style ? style->standardIcon(QStyle::SP_DialogApplyButton) : QIcon();
}

QColor SeverityStyle::okColour() {
    return AppTheme::readable(QColor(0x2e, 0x8b, 0x57));
}
