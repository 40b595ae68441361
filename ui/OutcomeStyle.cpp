#include "OutcomeStyle.h"

#include "AppTheme.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

OutcomeStyle::Kind OutcomeStyle::kind(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
        return Kind::Found;
    case DnsOutcome::NoData:
    case DnsOutcome::NxDomain:
        return Kind::Absent;
    case DnsOutcome::Cancelled:
        return Kind::Cancelled;
    default:
        return Kind::Failed;
    }
}

QString OutcomeStyle::word(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
        return QApplication::translate("OutcomeStyle", "answer");
    case DnsOutcome::NoData:
        return QApplication::translate("OutcomeStyle", "NODATA");
    case DnsOutcome::NxDomain:
        return QApplication::translate("OutcomeStyle", "NXDOMAIN");
    case DnsOutcome::ServFail:
        return QApplication::translate("OutcomeStyle", "SERVFAIL");
    case DnsOutcome::Refused:
        return QApplication::translate("OutcomeStyle", "REFUSED");
    case DnsOutcome::Timeout:
        return QApplication::translate("OutcomeStyle", "timeout");
    case DnsOutcome::NetworkError:
        return QApplication::translate("OutcomeStyle", "network error");
    case DnsOutcome::FormatError:
        return QApplication::translate("OutcomeStyle", "format error");
    case DnsOutcome::InvalidName:
        return QApplication::translate("OutcomeStyle", "invalid name");
    case DnsOutcome::Cancelled:
        return QApplication::translate("OutcomeStyle", "cancelled");
    case DnsOutcome::CnameChain:
        return QApplication::translate("OutcomeStyle", "CNAME loop");
    }
    return {};
}

QIcon OutcomeStyle::icon(DnsOutcome outcome) {
    QStyle* style = QApplication::style();
    switch (kind(outcome)) {
    case Kind::Found:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Kind::Absent:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Kind::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Kind::Cancelled:
        return style->standardIcon(QStyle::SP_MediaStop);
    }
    return {};
}

QColor OutcomeStyle::colour(DnsOutcome outcome) {
    // Hues made readable on the current theme's background (AppTheme::readable).
    const auto hue = [](Kind k) {
        switch (k) {
        case Kind::Found:
            return QColor(0x2e, 0x8b, 0x57);
        case Kind::Absent:
            return QColor(0x4a, 0x7e, 0xbb);
        case Kind::Failed:
            return QColor(0xd0, 0x3a, 0x2f);
        case Kind::Cancelled:
            return QColor(0x9a, 0x7d, 0x0a);
        }
        return QColor();
    };
    return AppTheme::readable(hue(kind(outcome)));
}

QString OutcomeStyle::source(const DnsAnswer& answer) {
    if (answer.outcome == DnsOutcome::Cancelled)
        return QApplication::translate("OutcomeStyle", "not answered: audit cancelled");
    if (answer.outcome == DnsOutcome::InvalidName)
        return QApplication::translate("OutcomeStyle", "not asked");
    QString text;
    switch (answer.source) {
    case DnsSource::Network:
        text = answer.server.isEmpty()
                   ? QApplication::translate("OutcomeStyle", "network")
                   : QApplication::translate("OutcomeStyle", "network %1").arg(answer.server);
        break;
    case DnsSource::ZoneFile:
        text =
            answer.server.isEmpty()
                ? QApplication::translate("OutcomeStyle", "zone file")
                : QApplication::translate("OutcomeStyle", "zone %1").arg(QFileInfo(answer.server).fileName());
        break;
    case DnsSource::Cache:
        text = QApplication::translate("OutcomeStyle", "cache");
        break;
    }
    if (answer.staged)
        text += QApplication::translate("OutcomeStyle", " (staged)");
    return text;
}
