#include "DmarcPolicy.h"

#include <QCoreApplication>

QString dmarcPolicyName(DmarcPolicy policy) {
    switch (policy) {
    case DmarcPolicy::None:
        return QStringLiteral("none");
    case DmarcPolicy::Quarantine:
        return QStringLiteral("quarantine");
    case DmarcPolicy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

std::optional<DmarcPolicy> dmarcPolicyFromName(QStringView name) {
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return DmarcPolicy::None;
    if (name.compare(QLatin1String("quarantine"), Qt::CaseInsensitive) == 0)
        return DmarcPolicy::Quarantine;
    if (name.compare(QLatin1String("reject"), Qt::CaseInsensitive) == 0)
        return DmarcPolicy::Reject;
    return std::nullopt;
}

DmarcPolicy dmarcPolicyDowngraded(DmarcPolicy policy) {
    switch (policy) {
    case DmarcPolicy::Reject:
        return DmarcPolicy::Quarantine;
    case DmarcPolicy::Quarantine:
    case DmarcPolicy::None:
        return DmarcPolicy::None;
    }
    return DmarcPolicy::None;
}

QString dmarcPolicyEffect(DmarcPolicy policy) {
    switch (policy) {
    case DmarcPolicy::None:
        return QCoreApplication::translate("Dmarc", "delivered as if there were no DMARC (only reported)");
    case DmarcPolicy::Quarantine:
        return QCoreApplication::translate("Dmarc", "treated as suspicious (usually put in the spam folder)");
    case DmarcPolicy::Reject:
        return QCoreApplication::translate("Dmarc", "refused during delivery");
    }
    return {};
}
