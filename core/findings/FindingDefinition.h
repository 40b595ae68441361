#pragma once
// The fixed part of a finding code, written once: the catalogue, docs/findings.md and the
// SARIF rules are generated from these.

#include "Severity.h"

struct FindingDefinition {
    const char* code;        // "SPF-LOOKUP-LIMIT": a public interface, never renamed
    Severity severity;       // default severity
    const char* title;       // one line
    const char* explanation; // plain words: what it means and why it matters
    const char* rfc;         // "RFC 7208 §4.6.4"
    const char* fix;         // a concrete fix
};
