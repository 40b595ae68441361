#pragma once
// Verifies every DKIM-Signature of a message (RFC 6376 §6, RFC 8463, RFC 8301): the keys are
// fetched through the session in parallel, then each signature is checked step by step so that a
// missing key, a revoked key, an expired signature, a changed body and a bad signature are told
// apart. The From domain's DMARC record (both readings) gives adkim, and each d= is aligned with
// From under RFC 9989 (tree walk) and RFC 7489 (Public Suffix List). Blocks: run it on
// DnsSession::checkPool() or in the CLI.

#include "DkimVerification.h"
#include "dmarc/DmarcAlignment.h"
#include "dmarc/DmarcDiscoveryResult.h"
#include "dns/DnsAnswer.h"
#include "mail/MailMessage.h"

#include <QDateTime>

class DnsSession;

class DkimVerifier {
public:
    static DkimVerification verify(const MailMessage& message, DnsSession& session,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());
    // One signature against the answer for its key (tests give answers directly).
    static DkimSignatureVerification verifySignature(const MailMessage& message, int headerIndex,
                                                     const DnsAnswer& keyAnswer, const QDateTime& now);
    // Message-level part over verified signatures: DomainKey-Signature headers (reported, not
    // evaluated), Authentication-Results, DMARC alignment of each d= under both readings (with the
    // modes of `dmarc`; RFC 9989 organizational domains through `alignment`, undetermined without
    // it unless the names are equal), findings.
    static DkimVerification assemble(const MailMessage& message, QList<DkimSignatureVerification> signatures,
                                     const DkimDmarcContext& dmarc = {},
                                     const DmarcAlignment* alignment = nullptr);
    // The alignment modes from the From domain's DMARC discovery: adkim of the record each reading
    // applies (relaxed without one).
    static DkimDmarcContext dmarcContext(const DmarcDiscoveryResult& discovery);
    // The body hash for a signature's canonicalization and l=, base64.
    static QByteArray bodyHash(const MailMessage& message, const DkimSignature& signature);
};
