#include "DmarcAlignmentResult.h"

QString dmarcAlignmentModeName(DmarcAlignmentMode mode) {
    return mode == DmarcAlignmentMode::Strict ? QStringLiteral("strict") : QStringLiteral("relaxed");
}

DmarcAlignmentMode dmarcAlignmentModeFrom(std::optional<QChar> tagValue) {
    return tagValue && tagValue->toLower() == QLatin1Char('s') ? DmarcAlignmentMode::Strict
                                                               : DmarcAlignmentMode::Relaxed;
}

QString DmarcAlignmentReading::how() const {
    if (!aligned)
        return QStringLiteral("unknown");
    if (!*aligned)
        return QStringLiteral("none");
    // Aligned: by equal names, or (relaxed) by equal organizational domains.
    return fromOrgDomain.domain.isEmpty() ? QStringLiteral("strict") : QStringLiteral("relaxed");
}

QJsonObject DmarcAlignmentReading::toJson() const {
    QJsonObject o{{QStringLiteral("mode"), dmarcAlignmentModeName(mode)},
                  {QStringLiteral("aligned"), aligned ? QJsonValue(*aligned) : QJsonValue()},
                  {QStringLiteral("how"), how()},
                  {QStringLiteral("explanation"), explanation}};
    if (tentative)
        o.insert(QStringLiteral("tentative"), true);
    if (!fromOrgDomain.domain.isEmpty())
        o.insert(QStringLiteral("fromOrganizationalDomain"), fromOrgDomain.toJson());
    if (!identifierOrgDomain.domain.isEmpty())
        o.insert(QStringLiteral("identifierOrganizationalDomain"), identifierOrgDomain.toJson());
    return o;
}

QString DmarcAlignmentResult::summary() const {
    if (!readingsDiffer() && rfc9989.how() == rfc7489.how())
        return rfc9989.how();
    return QStringLiteral("RFC 9989: %1; RFC 7489: %2").arg(rfc9989.how(), rfc7489.how());
}

QJsonObject DmarcAlignmentResult::toJson() const {
    return {{QStringLiteral("fromDomain"), fromDomain},
            {QStringLiteral("identifierDomain"), identifierDomain},
            {QStringLiteral("rfc9989"), rfc9989.toJson()},
            {QStringLiteral("rfc7489"), rfc7489.toJson()},
            {QStringLiteral("readingsDiffer"), readingsDiffer()},
            {QStringLiteral("organizationalDomainsDiffer"), orgDomainsDiffer()},
            {QStringLiteral("summary"), summary()}};
}
