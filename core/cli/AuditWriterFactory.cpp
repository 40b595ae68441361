#include "AuditWriterFactory.h"

#include "audit/export/AuditCsvStreamWriter.h"
#include "audit/export/AuditJsonStreamWriter.h"
#include "audit/export/AuditJunitStreamWriter.h"
#include "audit/export/AuditSarifStreamWriter.h"
#include "audit/export/AuditTextStreamWriter.h"

std::unique_ptr<AuditStreamWriter> AuditWriterFactory::make(CliFormat format, QIODevice* device,
                                                            Severity failOn) {
    switch (format) {
    case CliFormat::Json:
        return std::make_unique<AuditJsonStreamWriter>(device, AuditJsonStreamWriter::Mode::Array);
    case CliFormat::Jsonl:
        return std::make_unique<AuditJsonStreamWriter>(device, AuditJsonStreamWriter::Mode::Lines);
    case CliFormat::Csv:
        return std::make_unique<AuditCsvStreamWriter>(device);
    case CliFormat::Sarif:
        return std::make_unique<AuditSarifStreamWriter>(device);
    case CliFormat::Junit:
        return std::make_unique<AuditJunitStreamWriter>(device, failOn);
    case CliFormat::Html:
        return {}; // written at the end, from every report (the cover and trend need them all)
    default:
        return std::make_unique<AuditTextStreamWriter>(device);
    }
}
