// ARC header fields arrive in every forwarded message, written by anyone: the three field parsers,
// grouping into sets, the chain validation (structure, AMS and seal checks with a fixed key record
// instead of DNS) and the seal hash input must survive any bytes.
#include "message/ArcChainVerifier.h"
#include "message/ArcHeaderParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    // One field value, read as each of the three fields.
    (void)ArcHeaderParser::parseAuthenticationResults(text).toJson();
    (void)ArcHeaderParser::parseMessageSignature(text).toJson();
    (void)ArcHeaderParser::parseSeal(text).toJson();

    // The bytes as a whole message: sets, chain validation, every signature checked with a key.
    const MailMessage m = MailMessage::parse(bytes);
    QHash<QString, DnsAnswer> keys;
    DnsRecord txt;
    txt.type = DnsRecordType::TXT;
    txt.strings = {"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="};
    for (const QString& name : ArcChainVerifier::keyNames(m)) {
        DnsAnswer answer;
        answer.name = name;
        answer.type = DnsRecordType::TXT;
        answer.outcome = DnsOutcome::Answer;
        answer.records = {txt};
        keys.insert(name, answer);
    }
    (void)ArcChainVerifier::evaluate(m, keys, true).toJson();
    (void)ArcChainVerifier::evaluate(m, {}, false).toJson();
    QList<QByteArray> fields;
    for (const MailHeader& h : m.headers)
        fields << h.raw;
    if (!fields.isEmpty())
        (void)ArcChainVerifier::sealHashInput(fields.mid(1), fields.first());
    return 0;
}
