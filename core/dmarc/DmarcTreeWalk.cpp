#include "DmarcTreeWalk.h"

#include "DmarcDiscovery.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DmarcTreeWalk", text);
}

QString dmarcName(const QString& domain) {
    return QStringLiteral("_dmarc.") + domain;
}

// The last n labels of a name.
QString lastLabels(const QString& domain, qsizetype n) {
    const QStringList labels = domain.split(QLatin1Char('.'));
    return labels.mid(qMax<qsizetype>(0, labels.size() - n)).join(QLatin1Char('.'));
}
} // namespace

QJsonObject DmarcOrgDomain::toJson() const {
    QJsonObject o{{QStringLiteral("domain"), domain}, {QStringLiteral("reason"), reason}};
    if (!complete)
        o.insert(QStringLiteral("complete"), false);
    return o;
}

QStringList DmarcTreeWalk::domains(const QString& start) {
    QStringList out;
    if (start.isEmpty())
        return out;
    out << start;
    qsizetype labels = start.count(QLatin1Char('.')) + 1;
    // RFC 9989 §4.10 step 4: from 8 labels or more, jump straight to 7; then one at a time.
    labels = labels >= 8 ? 7 : labels - 1;
    for (; labels >= 1; --labels)
        out << lastLabels(start, labels);
    return out;
}

QList<DmarcDiscoveryStep> DmarcTreeWalk::run(DnsSession& session, const QString& start) {
    const QStringList names = domains(start);
    QList<QFuture<DnsAnswer>> answers;
    for (const QString& domain : names)
        answers << session.lookup(dmarcName(domain), DnsRecordType::TXT);
    QList<DmarcDiscoveryStep> walk;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const DmarcDiscoveryStep step = DmarcDiscovery::stepFromAnswer(names.at(i), answers[i].result());
        walk << step;
        if (step.failed())
            break; // a receiver cannot go on either (temporary error)
        if (const DmarcRecord* r = step.single())
            if (r->psd == QLatin1Char('n') || (i > 0 && r->psd == QLatin1Char('y')))
                break;
    }
    return walk;
}

DmarcOrgDomain DmarcTreeWalk::organizationalDomain(const QString& start,
                                                   const QList<DmarcDiscoveryStep>& walk) {
    DmarcOrgDomain out;
    for (const DmarcDiscoveryStep& s : walk)
        out.complete = out.complete && !s.failed();
    // From the longest name to the shortest (the walk's order): psd=n marks the organizational
    // domain, psd=y (other than at the start) marks the level above it.
    for (qsizetype i = 0; i < walk.size(); ++i) {
        const DmarcRecord* r = walk.at(i).single();
        if (!r)
            continue;
        const QString& d = walk.at(i).domain;
        if (r->psd == QLatin1Char('n')) {
            out.domain = d;
            out.reason = tr("the record at %1 says psd=n").arg(dmarcName(d));
            out.complete = true; // the walk stops here whatever lies above
            return out;
        }
        if (i > 0 && r->psd == QLatin1Char('y')) {
            out.domain = lastLabels(start, d.count(QLatin1Char('.')) + 2);
            out.reason = tr("the record at %1 says psd=y (a public suffix domain): the organizational "
                            "domain is one label below it")
                             .arg(dmarcName(d));
            out.complete = true;
            return out;
        }
    }
    for (const DmarcDiscoveryStep& s : walk)
        if (s.single()) {
            out.domain = s.domain; // later steps have fewer labels
            out.reason = tr("the record with the fewest labels on the tree walk is at %1").arg(s.queryName);
        }
    if (out.domain.isEmpty()) {
        out.domain = start;
        out.reason = tr("no record on the tree walk: %1 is its own organizational domain").arg(start);
    }
    if (!out.complete)
        out.reason += tr(" (a query of the walk failed: the organizational domain may lie higher)");
    return out;
}
