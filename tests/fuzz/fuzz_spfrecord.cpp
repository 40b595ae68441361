// SPF records read from DNS: the RFC 7208 parser, macro validation and expansion.
#include "spf/SpfMacroExpander.h"
#include "spf/SpfRecordParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)SpfRecordParser::isSpfRecord(bytes);
    if (auto record = SpfRecordParser::parse(bytes)) {
        SpfMacroContext context;
        context.ip = QHostAddress(QStringLiteral("2001:db8::1"));
        context.localPart = QStringLiteral("user");
        context.senderDomain = QStringLiteral("example.com");
        context.domain = QStringLiteral("example.com");
        // RFC 7208 §7.3: labels are removed from the left until the name fits in 253 characters;
        // only a single label longer than that is left as it is (no valid name: the evaluator
        // matches nothing without asking DNS).
        for (const SpfTerm& t : record->terms)
            if (!t.domainSpec.isEmpty()) {
                const QString expanded = SpfMacroExpander::expandDomain(t.domainSpec, context);
                Q_ASSERT(expanded.size() <= 253 || !expanded.contains(QLatin1Char('.')));
            }
    } else {
        Q_ASSERT(!record.error().message.isEmpty());
    }
    const QString text = QString::fromLatin1(bytes.data(), bytes.size());
    if (!SpfMacroExpander::validate(text, SpfMacroExpander::Mode::Explanation)) {
        SpfMacroContext context;
        context.ip = QHostAddress(QStringLiteral("192.0.2.1"));
        (void)SpfMacroExpander::expand(text, context, SpfMacroExpander::Mode::Explanation);
    }
    return 0;
}
