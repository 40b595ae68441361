// BIMI evidence documents (PEM Mark Certificates) and their RFC 3709 logotype extensions come from
// servers anyone runs. The first input byte picks the target: odd bytes feed the DER reader of the
// logotype extension and the data: URI decoder directly, even ones the whole PEM evaluation
// (OpenSSL parsing, chain verification, SAN/EKU/logotype checks) with the rest as logo.
#include "transport/BimiAuthorityEvidence.h"
#include "transport/BimiLogotype.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    if (data[0] & 1) {
        const BimiLogotype l = BimiLogotype::parse(bytes);
        if (l.errors.isEmpty() && l.images.isEmpty())
            std::abort();
        for (const BimiLogotype::Image& i : l.images)
            for (const QString& uri : i.uris)
                (void)BimiLogotype::decodeDataUri(uri);
        return 0;
    }
    const qsizetype split = bytes.indexOf("\n--LOGO--\n");
    const QByteArray pem = split < 0 ? bytes : bytes.left(split);
    const QByteArray logo = split < 0 ? QByteArray() : bytes.mid(split + 10);
    const BimiAuthorityEvidence e =
        BimiAuthorityEvidence::evaluate(pem, QStringLiteral("example.com"), QStringLiteral("default"), logo,
                                        {}, QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    // Nothing here is trusted: without extra CAs a fuzzed chain would have to be signed by a system
    // root, which a fuzzer cannot forge; and a document without certificates is never evidence.
    if (e.valid() || e.chainValid || (e.certificates == 0 && e.errors.isEmpty()))
        std::abort();
    return 0;
}
