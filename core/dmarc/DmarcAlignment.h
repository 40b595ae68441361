#pragma once
// DMARC identifier alignment (RFC 9989 §3.2.10, §4.4, §4.10.2; RFC 7489 §3.1) of an authenticated
// domain (DKIM d=, SPF MAIL FROM or HELO domain) with the From domain, under both readings at once.
// Strict: the names are equal. Relaxed: the organizational domains are equal, found by the DNS tree
// walk under RFC 9989 (psd=y, psd=n, else the record with the fewest labels) and by the Public
// Suffix List under RFC 7489. Used by `dkim verify`, the report analyzer and the message analyzer.
//
//   DmarcAlignment alignment(session);
//   const DmarcAlignmentResult r = alignment.align(u"giant.parent.example"_qs,
//                                                  u"mail.mega.parent.example"_qs,
//                                                  DmarcAlignmentMode::Relaxed);
//   r.rfc9989.aligned, r.rfc7489.aligned, r.readingsDiffer(), r.rfc9989.fromOrgDomain.domain ...
//
// Blocking (tree walks wait on DNS): call on DnsSession::checkPool() threads or the CLI main thread.
// Tree walks are cached per object (thread-safe), so one object serves a whole message or report.

#include "DmarcAlignmentResult.h"

#include <QHash>
#include <QMutex>

class DnsSession;

class DmarcAlignment {
public:
    // `session` must outlive this object. Without a session (nullptr) nothing is asked: RFC 9989
    // organizational domains come only from remember(), the others are undetermined.
    explicit DmarcAlignment(DnsSession* session);

    // Both readings with the same mode (a record's adkim or aspf).
    DmarcAlignmentResult align(const QString& fromDomain, const QString& identifierDomain,
                               DmarcAlignmentMode mode) const;
    // Each reading with its own mode: the readings may apply different records (RFC 9989 §4.10.1
    // against RFC 7489 §6.6.3), whose adkim/aspf differ.
    DmarcAlignmentResult align(const QString& fromDomain, const QString& identifierDomain,
                               DmarcAlignmentMode mode9989, DmarcAlignmentMode mode7489) const;

    // RFC 9989: the tree walk from `domain` (cached).
    DmarcOrgDomain treeWalkOrganizationalDomain(const QString& domain) const;
    // RFC 7489: the registrable domain under the Public Suffix List; a public suffix stands for itself.
    static DmarcOrgDomain pslOrganizationalDomain(const QString& domain);
    // The organizational domain from a walk's steps; empty (undetermined) when its first query failed.
    static DmarcOrgDomain organizationalDomainFromWalk(const QString& start,
                                                       const QList<DmarcDiscoveryStep>& walk);
    // A walk already made (DMARC discovery of the From domain walks from it): saves its queries.
    void remember(const QString& domain, const DmarcOrgDomain& org);

    // Pure: both readings from organizational domains already known (tests; callers that cache).
    static DmarcAlignmentResult decide(const QString& fromDomain, const QString& identifierDomain,
                                       DmarcAlignmentMode mode9989, DmarcAlignmentMode mode7489,
                                       const DmarcOrgDomain& fromOrg9989,
                                       const DmarcOrgDomain& identifierOrg9989);

private:
    DnsSession* m_session;
    mutable QMutex m_mutex;
    mutable QHash<QString, DmarcOrgDomain> m_walks;
};
