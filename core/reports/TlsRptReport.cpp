#include "TlsRptReport.h"

#include <QJsonArray>

QJsonObject TlsRptReport::toJson() const {
    QJsonArray policyArray;
    for (const TlsRptPolicy& p : policies) {
        QJsonArray failureArray;
        for (const TlsRptFailure& f : p.failures)
            failureArray.append(QJsonObject{{QStringLiteral("resultType"), f.resultType},
                                            {QStringLiteral("sendingMtaIp"), f.sendingMtaIp},
                                            {QStringLiteral("receivingMxHostname"), f.receivingMxHostname},
                                            {QStringLiteral("receivingIp"), f.receivingIp},
                                            {QStringLiteral("failedSessions"), f.failedSessions},
                                            {QStringLiteral("failureReasonCode"), f.failureReasonCode}});
        policyArray.append(QJsonObject{{QStringLiteral("policyType"), p.policyType},
                                       {QStringLiteral("policyDomain"), p.policyDomain},
                                       {QStringLiteral("mxHosts"), QJsonArray::fromStringList(p.mxHosts)},
                                       {QStringLiteral("successfulSessions"), p.successfulSessions},
                                       {QStringLiteral("failedSessions"), p.failedSessions},
                                       {QStringLiteral("failures"), failureArray}});
    }
    return QJsonObject{{QStringLiteral("organizationName"), organizationName},
                       {QStringLiteral("contactInfo"), contactInfo},
                       {QStringLiteral("reportId"), reportId},
                       {QStringLiteral("begin"), begin},
                       {QStringLiteral("end"), end},
                       {QStringLiteral("policies"), policyArray},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}
