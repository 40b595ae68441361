// DMARC aggregate reports come from anyone who sends mail: any bytes must give a report or a reason.
#include "reports/AggregateReportParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray xml(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto report = AggregateReportParser::parse(xml);
    if (report) {
        (void)report->toJson();
        for (const AggregateRecord& r : report->records)
            (void)r.dmarcPass();
    } else {
        (void)report.error().size();
    }
    return 0;
}
