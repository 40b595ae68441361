#pragma once
// Streams a DMARC aggregate report (RFC 7489 Appendix C; RFC 9990 2.0, namespaced or not) with
// QXmlStreamReader: the header is handed over before the first row, then each row, so that a
// million-row report never sits in memory. A document that is not well-formed (truncated, bad
// encoding) is an error; odd values in a well-formed one become warnings and the rest is kept.

#include "AggregateReport.h"

#include <QIODevice>

#include <expected>
#include <functional>

class AggregateReportParser {
public:
    // Return false to stop reading (e.g. the report is a duplicate).
    using HeaderSink = std::function<bool(const AggregateReportHeader&)>;
    using RecordSink = std::function<bool(const AggregateRecord&)>;
    // The most messages one <record> may count. No source sends 10^12 messages in a reporting
    // period; the bound keeps every sum over records and reports far from qint64 overflow.
    static constexpr qint64 kMaxRecordCount = 1'000'000'000'000;

    struct Outcome {
        AggregateReportHeader header;
        qint64 records = 0;
        qint64 messages = 0;
        QStringList warnings;
        bool stopped = false; // a sink asked to stop
    };

    static std::expected<Outcome, QString> parse(QIODevice* device, const HeaderSink& onHeader,
                                                 const RecordSink& onRecord);
    // Whole report in memory (small reports, tests, the fuzzer).
    static std::expected<AggregateReport, QString> parse(const QByteArray& data);
};
