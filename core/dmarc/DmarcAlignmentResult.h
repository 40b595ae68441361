#pragma once
// Whether one authenticated identifier (a DKIM d=, an SPF MAIL FROM or HELO domain) aligns with the
// From domain, under each reading: RFC 9989 (organizational domains by the DNS tree walk, §4.10.2)
// and RFC 7489 (by the Public Suffix List, §3.2), each with its mode (adkim/aspf).

#include "DmarcTreeWalk.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// adkim / aspf: relaxed (the default) or strict.
enum class DmarcAlignmentMode { Relaxed, Strict };

QString dmarcAlignmentModeName(DmarcAlignmentMode mode); // "relaxed", "strict"
// From a record's adkim/aspf value ('r', 's'); absent means relaxed.
DmarcAlignmentMode dmarcAlignmentModeFrom(std::optional<QChar> tagValue);

struct DmarcAlignmentReading {
    QString standard; // "rfc9989" or "rfc7489"
    DmarcAlignmentMode mode = DmarcAlignmentMode::Relaxed;
    std::optional<bool> aligned; // unset: an organizational domain is unknown (its first query failed)
    bool tentative = false;      // a later query of a tree walk failed: a higher record could change it
    // Organizational domains, filled in relaxed mode (strict mode compares the names only).
    DmarcOrgDomain fromOrgDomain;
    DmarcOrgDomain identifierOrgDomain;
    QString explanation;

    // "strict", "relaxed" (aligned through the organizational domain), "none" or "unknown".
    QString how() const;
    QJsonObject toJson() const;
};

struct DmarcAlignmentResult {
    QString fromDomain;
    QString identifierDomain;
    DmarcAlignmentReading rfc9989;
    DmarcAlignmentReading rfc7489;

    bool identical() const { return !fromDomain.isEmpty() && fromDomain == identifierDomain; }
    // The readings reach different answers (aligned or not, or one undetermined).
    bool readingsDiffer() const { return rfc9989.aligned != rfc7489.aligned; }
    // The tree walk and the Public Suffix List name different organizational domains for either
    // name (relaxed mode only), whether or not that changes the answer.
    bool orgDomainsDiffer() const {
        return rfc9989.fromOrgDomain.domain != rfc7489.fromOrgDomain.domain ||
               rfc9989.identifierOrgDomain.domain != rfc7489.identifierOrgDomain.domain;
    }
    // Aligned under both readings.
    bool alignedUnderBoth() const { return rfc9989.aligned == true && rfc7489.aligned == true; }
    // One line: "strict", "relaxed", "none", or "RFC 9989: none; RFC 7489: relaxed" when they differ.
    QString summary() const;
    QJsonObject toJson() const;
};
