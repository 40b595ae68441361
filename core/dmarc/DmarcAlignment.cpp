#include "DmarcAlignment.h"

#include "PublicSuffixList.h"

#include <QCoreApplication>

namespace {
// A context lupdate can see (the free functions of this file translate in it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DmarcAlignment)
};

QString normalized(const QString& domain) {
    QString d = domain.trimmed().toLower();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

// One reading, once the organizational domains are known (relaxed mode) or not needed (strict,
// or the same name).
DmarcAlignmentReading reading(const QString& standard, const QString& from, const QString& id,
                              DmarcAlignmentMode mode, const DmarcOrgDomain& fromOrg,
                              const DmarcOrgDomain& idOrg) {
    DmarcAlignmentReading r;
    r.standard = standard;
    r.mode = mode;
    const QString method = standard == QLatin1String("rfc9989") ? Tr::tr("DNS tree walk, RFC 9989 §4.10.2")
                                                                : Tr::tr("Public Suffix List, RFC 7489 §3.2");
    if (from.isEmpty() || id.isEmpty()) {
        r.aligned = false;
        r.explanation = from.isEmpty() ? Tr::tr("there is no From domain to align with")
                                       : Tr::tr("there is no authenticated domain to align");
        return r;
    }
    if (from == id) {
        r.aligned = true;
        r.explanation = Tr::tr("%1 is the From domain itself (aligned in both modes)").arg(id);
        return r;
    }
    if (mode == DmarcAlignmentMode::Strict) {
        r.aligned = false;
        r.explanation = Tr::tr("strict alignment needs %1 exactly; %2 is another name").arg(from, id);
        return r;
    }
    r.fromOrgDomain = fromOrg;
    r.identifierOrgDomain = idOrg;
    if (fromOrg.domain.isEmpty() || idOrg.domain.isEmpty()) {
        r.explanation =
            Tr::tr("the organizational domain of %1 cannot be determined: a query of the tree walk "
                   "failed")
                .arg(fromOrg.domain.isEmpty() ? from : id);
        return r;
    }
    r.aligned = fromOrg.domain == idOrg.domain;
    r.explanation = *r.aligned
                        ? Tr::tr("relaxed: %1 and %2 share the organizational domain %3 (%4)")
                              .arg(id, from, fromOrg.domain, method)
                        : Tr::tr("relaxed: the organizational domain of %1 is %2, that of %3 is %4 (%5)")
                              .arg(id, idOrg.domain, from, fromOrg.domain, method);
    if (!fromOrg.complete || !idOrg.complete) {
        // The walk read what it could: a record above the failed query could still change the
        // organizational domains (as it could change the policy record, see DmarcDiscovery).
        r.tentative = true;
        r.explanation += Tr::tr("; a query of the tree walk failed, so a record higher up could change this");
    }
    return r;
}
} // namespace

DmarcAlignment::DmarcAlignment(DnsSession* session)
    : m_session(session) {}

DmarcOrgDomain DmarcAlignment::pslOrganizationalDomain(const QString& domain) {
    const QString d = normalized(domain);
    DmarcOrgDomain out;
    const QString org = PublicSuffixList::organizationalDomain(d);
    if (org.isEmpty()) {
        out.domain = d;
        out.reason = Tr::tr("%1 is a public suffix (or a single label): it stands for itself").arg(d);
    } else {
        out.domain = org;
        out.reason = Tr::tr("the registrable domain under the public suffix %1 (Public Suffix List)")
                         .arg(PublicSuffixList::publicSuffix(d));
    }
    return out;
}

void DmarcAlignment::remember(const QString& domain, const DmarcOrgDomain& org) {
    QMutexLocker lock(&m_mutex);
    m_walks.insert(normalized(domain), org);
}

DmarcOrgDomain DmarcAlignment::organizationalDomainFromWalk(const QString& start,
                                                            const QList<DmarcDiscoveryStep>& walk) {
    if (walk.isEmpty() || walk.first().failed()) {
        // Not even the first query answered: nothing is known.
        DmarcOrgDomain unknown;
        unknown.complete = false;
        unknown.reason = walk.isEmpty()
                             ? Tr::tr("no tree walk was made")
                             : Tr::tr("the query for %1 failed (%2)")
                                   .arg(walk.first().queryName, dnsOutcomeName(walk.first().outcome));
        return unknown;
    }
    return DmarcTreeWalk::organizationalDomain(start, walk);
}

DmarcOrgDomain DmarcAlignment::treeWalkOrganizationalDomain(const QString& domain) const {
    const QString d = normalized(domain);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_walks.constFind(d); it != m_walks.constEnd())
            return *it;
    }
    if (!m_session || d.isEmpty())
        return {};
    const DmarcOrgDomain org = organizationalDomainFromWalk(d, DmarcTreeWalk::run(*m_session, d));
    QMutexLocker lock(&m_mutex);
    m_walks.insert(d, org);
    return org;
}

DmarcAlignmentResult DmarcAlignment::decide(const QString& fromDomain, const QString& identifierDomain,
                                            DmarcAlignmentMode mode9989, DmarcAlignmentMode mode7489,
                                            const DmarcOrgDomain& fromOrg9989,
                                            const DmarcOrgDomain& identifierOrg9989) {
    DmarcAlignmentResult r;
    r.fromDomain = normalized(fromDomain);
    r.identifierDomain = normalized(identifierDomain);
    r.rfc9989 = reading(QStringLiteral("rfc9989"), r.fromDomain, r.identifierDomain, mode9989, fromOrg9989,
                        identifierOrg9989);
    r.rfc7489 = reading(QStringLiteral("rfc7489"), r.fromDomain, r.identifierDomain, mode7489,
                        pslOrganizationalDomain(r.fromDomain), pslOrganizationalDomain(r.identifierDomain));
    return r;
}

DmarcAlignmentResult DmarcAlignment::align(const QString& fromDomain, const QString& identifierDomain,
                                           DmarcAlignmentMode mode) const {
    return align(fromDomain, identifierDomain, mode, mode);
}

DmarcAlignmentResult DmarcAlignment::align(const QString& fromDomain, const QString& identifierDomain,
                                           DmarcAlignmentMode mode9989, DmarcAlignmentMode mode7489) const {
    const QString from = normalized(fromDomain);
    const QString id = normalized(identifierDomain);
    // The tree walks only when RFC 9989 relaxed mode has two different names to compare.
    DmarcOrgDomain fromOrg, idOrg;
    if (mode9989 == DmarcAlignmentMode::Relaxed && !from.isEmpty() && !id.isEmpty() && from != id) {
        fromOrg = treeWalkOrganizationalDomain(from);
        idOrg = treeWalkOrganizationalDomain(id);
    }
    return decide(from, id, mode9989, mode7489, fromOrg, idOrg);
}
