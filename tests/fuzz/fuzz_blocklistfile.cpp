// Blocklist files (--blocklists FILE, docs/blocklists.md) are written by hand: any bytes must give
// lists or an error naming a line, and every list accepted must be usable: a zone, a test entry
// that can be asked, codes in 127.0.0.0/8 that no refusal code overlaps, and answers interpreted
// without ever calling a refusal a listing.
#include "blocklist/BlocklistFileParser.h"
#include "blocklist/BlocklistVerdict.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto lists = BlocklistFileParser::parse(text, QStringLiteral("fuzz.conf"));
    if (!lists) {
        if (!lists.error().startsWith(QStringLiteral("fuzz.conf")))
            std::abort();
        return 0;
    }
    if (lists->isEmpty())
        std::abort();
    for (const BlocklistDefinition& l : *lists) {
        if (l.zone.isEmpty() || l.name.isEmpty())
            std::abort();
        if (!l.test.isEmpty() && l.queryName(l.test).isEmpty())
            std::abort();
        for (const auto& c : l.codes) {
            if ((c.first >> 24) != 127 || (c.last >> 24) != 127 || c.first > c.last)
                std::abort();
            for (const auto& r : l.refusals)
                if (c.first <= r.last && r.first <= c.last)
                    std::abort();
        }
        for (const auto& r : l.refusals) {
            const BlocklistVerdict v = l.interpret({BlocklistDefinition::ipv4Text(r.first)});
            if (v.result != BlocklistVerdict::Result::Refused)
                std::abort();
        }
        const BlocklistVerdict outside = l.interpret({QStringLiteral("192.0.2.1")});
        if (outside.result != BlocklistVerdict::Result::Error)
            std::abort();
    }
    return 0;
}
