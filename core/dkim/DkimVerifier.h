#pragma once
// Verifies every DKIM-Signature of a message (RFC 6376 §6, RFC 8463, RFC 8301): the keys are
// fetched through the session in parallel, then each signature is checked step by step so that a
// missing key, a revoked key, an expired signature, a changed body and a bad signature are told
// apart. Blocks: run it on DnsSession::checkPool() or in the CLI.

#include "DkimVerification.h"
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
    // Message-level part (Authentication-Results, alignment, findings) over verified signatures.
    static DkimVerification assemble(const MailMessage& message, QList<DkimSignatureVerification> signatures);
    // The body hash for a signature's canonicalization and l=, base64.
    static QByteArray bodyHash(const MailMessage& message, const DkimSignature& signature);
};
