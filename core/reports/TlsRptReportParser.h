#pragma once
// Reads an SMTP TLS report (RFC 8460 JSON). Invalid JSON or a report without report-id or
// policies is refused; odd fields in a valid one become warnings.

#include "TlsRptReport.h"

#include <QByteArray>

#include <expected>

class TlsRptReportParser {
public:
    static std::expected<TlsRptReport, QString> parse(const QByteArray& json);
};
