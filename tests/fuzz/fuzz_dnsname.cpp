// Domain names typed by users or read from records.
#include "dns/DnsName.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto n = DnsName::fromUserInput(input)) {
        Q_ASSERT(n->ace().toUtf8().size() <= 253);
        (void)n->labels();
    }
    (void)DnsName::fromWire(input);
    return 0;
}
