#pragma once
// The streaming writer of an audit's --format (json, jsonl, csv, sarif, junit, text); none for
// html, which is written at the end from every report. Shared by audit and merge.

#include "CliContext.h"
#include "audit/export/AuditStreamWriter.h"
#include "findings/Severity.h"

#include <memory>

class AuditWriterFactory {
public:
    static std::unique_ptr<AuditStreamWriter> make(CliFormat format, QIODevice* device, Severity failOn);
};
