#pragma once
// Reads an SMTP TLS report (RFC 8460 JSON). Invalid JSON or a report without report-id or
// policies is refused; odd fields in a valid one become warnings.

#include "TlsRptReport.h"

#include <QByteArray>

#include <expected>

class TlsRptReportParser {
public:
    // The most sessions one count may hold (as AggregateReportParser::kMaxRecordCount): larger
    // values are refused with a warning, which keeps doubles in range and sums from overflowing.
    static constexpr qint64 kMaxSessionCount = 1'000'000'000'000;
    static std::expected<TlsRptReport, QString> parse(const QByteArray& json);
};
