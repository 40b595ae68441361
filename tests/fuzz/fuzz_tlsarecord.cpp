// TLSA records (RFC 6698 §2.2 presentation form) come from any zone: any text must give a record
// or an error, a parsed record must print back to itself, and its digest length must fit its
// matching type. The same bytes, as a "certificate", must never crash the DANE matcher.
#include "transport/DaneMatcher.h"
#include "transport/TlsaRecord.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    const auto r = TlsaRecord::parse(text);
    if (!r) {
        if (r.error().isEmpty())
            std::abort();
    } else {
        if (r->usage > 3 || r->selector > 1 || r->matchingType > 2 || r->data.isEmpty())
            std::abort();
        if ((r->matchingType == 1 && r->data.size() != 32) || (r->matchingType == 2 && r->data.size() != 64))
            std::abort();
        const auto again = TlsaRecord::parse(r->toString());
        if (!again || !(*again == *r) || r->meaning().isEmpty())
            std::abort();
        DaneMatcher::match(*r, {bytes, bytes});
    }
    if (DaneMatcher::subjectPublicKeyInfo(bytes) && !DaneMatcher::associationData(bytes, 1, 1))
        std::abort();
    return 0;
}
