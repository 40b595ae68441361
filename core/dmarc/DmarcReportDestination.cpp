#include "DmarcReportDestination.h"

#include <QJsonArray>

bool DmarcReportDestination::dnsError() const {
    return dnsOutcomeIsFailure(mxOutcome) || (external && dnsOutcomeIsFailure(authorizationOutcome));
}

QJsonObject DmarcReportDestination::toJson() const {
    QJsonObject o = uri.toJson();
    o.insert(QStringLiteral("authorized"), authorized);
    o.insert(QStringLiteral("external"), external);
    if (external) {
        o.insert(QStringLiteral("authorizationQuery"), authorizationName);
        o.insert(QStringLiteral("authorizationOutcome"), dnsOutcomeName(authorizationOutcome));
        if (!authorizationRecord.isEmpty())
            o.insert(QStringLiteral("authorizationRecord"), authorizationRecord);
    }
    if (uri.valid) {
        o.insert(QStringLiteral("mxOutcome"), dnsOutcomeName(mxOutcome));
        o.insert(QStringLiteral("mx"), QJsonArray::fromStringList(mxHosts));
        o.insert(QStringLiteral("acceptsMail"), hasMx());
    }
    o.insert(QStringLiteral("note"), note);
    return o;
}
