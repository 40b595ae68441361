// Received, Return-Path, Received-SPF and Authentication-Results fields are written by every server
// a message passes, honest or not: the Received parser (clauses, comments, address literals,
// dates), the delivery path, the receiver's verdict and the envelope read from them must survive
// any bytes.
#include "message/DeliveryPath.h"
#include "message/MessageAnalyzer.h"
#include "message/MessageEnvelope.h"
#include "message/ReceivedHeaderParser.h"
#include "message/ReceiverVerdict.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    (void)ReceivedHeaderParser::parse(text).toJson();
    (void)ReceivedHeaderParser::parseDate(text);
    (void)ReceivedHeaderParser::addressIn(text);

    for (const MailMessage& m : MessageAnalyzer::readInput(bytes, QStringLiteral("fuzz"), true)) {
        const DeliveryPath path = DeliveryPath::read(m, ReceiverVerdict::topAuthServId(m));
        (void)path.toJson();
        const ReceiverVerdict verdict = ReceiverVerdict::read(m, path);
        (void)verdict.toJson();
        (void)MessageEnvelope::read(m, path, verdict, {}, {}, {}).toJson();
        (void)MessageAnalyzer::fromAddresses(m);
    }
    return 0;
}
