#include "DmarcDestinationChecker.h"

#include "DmarcRecordParser.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>
#include <QFuture>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DmarcDestinationChecker", text);
}
} // namespace

DmarcDestinationChecker::DmarcDestinationChecker(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session)) {}

bool DmarcDestinationChecker::isInside(const QString& destination, const QStringList& orgDomains) {
    for (const QString& org : orgDomains)
        if (!org.isEmpty() && (destination == org || destination.endsWith(QLatin1Char('.') + org)))
            return true;
    return false;
}

QList<DmarcReportDestination> DmarcDestinationChecker::check(const QList<DmarcReportUri>& uris,
                                                             const QString& policyDomain,
                                                             const QStringList& orgDomains) const {
    QList<DmarcReportDestination> out;
    QList<QFuture<DnsAnswer>> mx, auth;
    for (const DmarcReportUri& u : uris) {
        DmarcReportDestination d;
        d.uri = u;
        if (u.valid) {
            d.external = !isInside(u.domain, orgDomains);
            mx << m_session->lookup(u.domain, DnsRecordType::MX);
            if (d.external) {
                d.authorizationName = policyDomain + QStringLiteral("._report._dmarc.") + u.domain;
                auth << m_session->lookup(d.authorizationName, DnsRecordType::TXT);
            } else {
                auth << QFuture<DnsAnswer>();
            }
        } else {
            mx << QFuture<DnsAnswer>();
            auth << QFuture<DnsAnswer>();
        }
        out << d;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        DmarcReportDestination& d = out[i];
        if (!d.uri.valid) {
            d.note = tr("not usable: %1").arg(d.uri.error);
            continue;
        }
        const DnsAnswer m = mx[i].result();
        d.mxOutcome = m.outcome;
        for (const DnsRecord& r : m.records) {
            if (r.preference == 0 && (r.target.isEmpty() || r.target == QLatin1String(".")))
                d.nullMx = true;
            d.mxHosts << QStringLiteral("%1 %2")
                             .arg(r.preference)
                             .arg(r.target.isEmpty() ? QStringLiteral(".") : r.target);
        }
        QStringList notes;
        if (!d.external) {
            d.authorized = true;
            notes << tr("inside the organizational domain: no authorization needed");
        } else {
            const DnsAnswer a = auth[i].result();
            d.authorizationOutcome = a.outcome;
            for (const QString& t : a.texts())
                if (DmarcRecordParser::looksLikeDmarc(t) && DmarcRecordParser::parse(t).isDmarc)
                    d.authorizationRecord = t;
            d.authorized = !d.authorizationRecord.isEmpty();
            if (d.authorized)
                notes << tr("external; %1 authorizes reports for %2").arg(d.uri.domain, policyDomain);
            else if (dnsOutcomeIsFailure(a.outcome))
                notes << tr("external; the authorization query %1 failed (%2)")
                             .arg(d.authorizationName, dnsOutcomeName(a.outcome));
            else
                notes << tr("external and not authorized: %1 has no v=DMARC1 TXT record, so receivers send "
                            "nothing there")
                             .arg(d.authorizationName);
        }
        if (dnsOutcomeIsFailure(m.outcome))
            notes << tr("the MX query failed (%1)").arg(dnsOutcomeName(m.outcome));
        else if (d.nullMx)
            notes << tr("%1 publishes a null MX: it takes no mail").arg(d.uri.domain);
        else if (!d.hasMx())
            notes << tr("%1 has no MX record").arg(d.uri.domain);
        d.note = notes.join(QStringLiteral("; "));
    }
    return out;
}
