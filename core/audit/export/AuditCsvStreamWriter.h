#pragma once
// CSV as AuditCsvExporter writes it: the header, then each domain's rows as it arrives.

#include "AuditStreamWriter.h"

class AuditCsvStreamWriter : public AuditStreamWriter {
public:
    using AuditStreamWriter::AuditStreamWriter;
    void begin() override;
    void add(const AuditReport& report) override;
    void finish() override {}
};
