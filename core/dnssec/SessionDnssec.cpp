#include "SessionDnssec.h"

#include "DnssecAnchors.h"
#include "DnssecValidator.h"

SessionDnssec::SessionDnssec(DnsSession& session, const QString& trustAnchorFile, bool offline) {
    const auto anchors =
        DnssecAnchors::choose(session, trustAnchorFile, TrustAnchorSet::defaultPath(), !offline);
    if (!anchors)
        m_why = QStringLiteral("DNSSEC not validated: %1").arg(anchors.error());
    else if (anchors->anchors.isEmpty())
        m_why = offline ? QStringLiteral("DNSSEC not validated: offline, and the zone files are not signed")
                        : QStringLiteral("DNSSEC not validated: no trust anchor");
    else
        m_validator = std::make_unique<DnssecValidator>(session, anchors->anchors);
}

SessionDnssec::~SessionDnssec() = default;

DnssecLookup SessionDnssec::lookup() {
    if (m_validator)
        return m_validator->lookup();
    return [why = m_why](const QString&, DnsRecordType) {
        return DnssecStatus{DnssecState::Indeterminate, why, {}};
    };
}
