#pragma once
// Matches TLSA records against the certificate chain an SMTP server presented (RFC 7672 §3,
// RFC 6698 §2.1): DANE-EE(3) against the leaf only, DANE-TA(2) against any certificate above the
// leaf that the leaf chains up to; PKIX-TA(0)/PKIX-EE(1) are unusable for SMTP (RFC 7672 §3.1.3)
// and never match.
// Chains are DER certificates, leaf first.

#include "TlsaRecord.h"

#include <QByteArray>
#include <QList>
#include <optional>

class DaneMatcher {
public:
    // The DER SubjectPublicKeyInfo of a DER certificate; nullopt when it does not parse.
    static std::optional<QByteArray> subjectPublicKeyInfo(const QByteArray& certificateDer);
    // The bytes a record's selector and matching type compare with its data.
    static std::optional<QByteArray> associationData(const QByteArray& certificateDer, quint8 selector,
                                                     quint8 matchingType);
    // Whether the record's data matches this one certificate (usage not considered).
    static bool matchesCertificate(const TlsaRecord& record, const QByteArray& certificateDer);
    // Whether the certificate's signature verifies with the issuer's public key.
    static bool signedBy(const QByteArray& certificateDer, const QByteArray& issuerDer);
    // The index in the chain of the certificate the record matches, honouring its usage; -1 none.
    static int match(const TlsaRecord& record, const QList<QByteArray>& chain);
};
