// libFuzzer harness for DmarcRecordParser: DMARC records come from anyone's DNS. Checks that
// parsing never crashes and that its invariants hold on any input.

#include "dmarc/DmarcRecordParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const DmarcRecord r = DmarcRecordParser::parse(text);
    // A record is DMARC only if it says so at its start.
    if (r.isDmarc && !DmarcRecordParser::looksLikeDmarc(text))
        std::abort();
    for (const DmarcReportUri& u : r.rua + r.ruf)
        if (u.valid && (u.scheme != QLatin1String("mailto") || u.domain.isEmpty()))
            std::abort();
    if (r.pct && (*r.pct < 0 || *r.pct > 100))
        std::abort();
    for (const DmarcRecordIssue& i : r.issues)
        if (i.code.isEmpty() || i.receiverAction.isEmpty())
            std::abort();
    (void)r.toJson();
    return 0;
}
