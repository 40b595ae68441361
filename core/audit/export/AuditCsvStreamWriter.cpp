#include "AuditCsvStreamWriter.h"

#include "AuditCsvExporter.h"

void AuditCsvStreamWriter::begin() {
    write(AuditCsvExporter::header());
}

void AuditCsvStreamWriter::add(const AuditReport& report) {
    write(AuditCsvExporter::rows(report));
}
