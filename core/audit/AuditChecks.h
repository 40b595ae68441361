#pragma once
// The registry of checks an audit runs, one line per check in AuditChecks.cpp.

#include "AuditCheck.h"

#include <memory>

class AuditChecks {
public:
    static QList<std::shared_ptr<AuditCheck>> all();
};
