#pragma once
// One TLSA record (RFC 6698 §2) read from its presentation form "3 1 1 0123ABCD…": certificate
// usage, selector, matching type and the association data, with each field in plain words as
// RFC 7672 (DANE for SMTP) applies them.

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <expected>

struct TlsaRecord {
    enum Usage : quint8 { PkixTa = 0, PkixEe = 1, DaneTa = 2, DaneEe = 3 };
    enum Selector : quint8 { FullCertificate = 0, SubjectPublicKeyInfo = 1 };
    enum MatchingType : quint8 { Exact = 0, Sha256 = 1, Sha512 = 2 };

    quint8 usage = DaneEe;
    quint8 selector = SubjectPublicKeyInfo;
    quint8 matchingType = Sha256;
    QByteArray data; // the certificate association data, binary

    // Parses "usage selector matching-type hex…" (the hex may be split by white space, as zone
    // files allow). Errors name the field: "certificate usage 4 is not defined (RFC 6698 §2.1.1: 0–3)".
    static std::expected<TlsaRecord, QString> parse(QStringView rdata);

    // RFC 7672 §3.1.3: SMTP clients treat PKIX-TA(0) and PKIX-EE(1) as unusable.
    bool usableForSmtp() const { return usage == DaneTa || usage == DaneEe; }
    QString usageName() const;        // "DANE-EE(3)"
    QString selectorName() const;     // "SPKI(1)"
    QString matchingTypeName() const; // "SHA2-256(1)"
    // The record in plain words: "DANE-EE(3): this exact server key (its SubjectPublicKeyInfo), by SHA-256
    // digest".
    QString meaning() const;
    // "3 1 1 0123abcd…", lower-case hex.
    QString toString() const;

    bool operator==(const TlsaRecord&) const = default;
};
