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
        for (const SpfTerm& t : record->terms)
            if (!t.domainSpec.isEmpty())
                Q_ASSERT(SpfMacroExpander::expandDomain(t.domainSpec, context).size() <= 253 ||
                         !t.domainSpec.contains(QLatin1Char('.')));
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
