// Differential fuzzing of the fast aggregate-report reader against the reference parser
// (QXmlStreamReader): whenever the fast reader vouches for a document, the reference must accept it
// with the same header, records and warnings; otherwise the harness aborts.
#include "reports/AggregateReportFastParser.h"
#include "reports/AggregateReportParser.h"

#include <QBuffer>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QByteArray readWith(bool fast, const QByteArray& xml, bool* vouched) {
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    AggregateReport report;
    const auto onHeader = [](const AggregateReportHeader&) { return true; };
    const auto onRecord = [&report](const AggregateRecord& r) {
        report.records.append(r);
        return true;
    };
    if (fast) {
        const auto outcome = AggregateReportFastParser::parse(&buffer, onHeader, onRecord);
        *vouched = outcome.has_value();
        if (!outcome)
            return {};
        report.header = outcome->header;
        report.warnings = outcome->warnings;
    } else {
        const auto outcome = AggregateReportParser::parse(&buffer, onHeader, onRecord);
        *vouched = outcome.has_value();
        if (!outcome)
            return {};
        report.header = outcome->header;
        report.warnings = outcome->warnings;
    }
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray xml(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    bool vouched = false;
    const QByteArray fast = readWith(true, xml, &vouched);
    if (!vouched)
        return 0;
    bool accepted = false;
    const QByteArray reference = readWith(false, xml, &accepted);
    if (!accepted || fast != reference)
        std::abort();
    return 0;
}
