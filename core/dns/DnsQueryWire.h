#pragma once
// The wire form of one DNS question (RFC 1035 §4.1, with an EDNS OPT record, RFC 6891 §6.1),
// written directly: building it as an ldns packet and encoding that cost ~5% of a batch audit's
// CPU, for ~40 fixed bytes. tests/dns/test_dnsquerywire.cpp checks it byte for byte against ldns.

#include "DnsRecordType.h"

#include <QByteArray>
#include <QString>

#include <expected>

class DnsQueryWire {
public:
    struct Options {
        bool recursionDesired = true;
        quint16 ednsBufferSize = 1232; // 0: no OPT record
        bool dnssecOk = true;
    };
    // name: lower-case ASCII (an A-label name), with or without the final dot; "" or "." is the
    // root. Fails on an empty label, a label over 63 bytes or a name over 255 bytes on the wire.
    static std::expected<QByteArray, QString> build(const QString& name, DnsRecordType type, quint16 id,
                                                    const Options& options);
    // The same from a name already in wire form (encodeName's result, not empty).
    static QByteArray fromWireName(const QByteArray& qname, DnsRecordType type, quint16 id,
                                   const Options& options);
    // The name alone in wire form (length-prefixed labels, final zero byte), or empty if invalid.
    static QByteArray encodeName(const QString& name);
    // Whether a datagram is a reply to query (RFC 5452 §9.1): the same id, QR set, one question
    // with the same name (ASCII case ignored), type and class. Anything else is not a reply to
    // this question but a stray or forged packet, to be dropped while the real reply is awaited.
    static bool isReplyTo(const char* reply, qsizetype size, const QByteArray& query);
};
