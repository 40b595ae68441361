#pragma once
// Writes a query log as JSON text directly, byte for byte what QJsonDocument::toJson(Indented)
// writes for the QJsonArray of QueryLogEntry::toJson() (same keys, sorted, same indentation,
// same string escapes): a 200-domain batch's query log is ~20,000 entries and 30 MB, and building
// QJsonObjects for it, then walking them again, was a third of the batch's CPU time.
// tests/audit/tst_auditexports.cpp compares the two.

#include "QueryLogEntry.h"

#include <QByteArray>

class QueryLogJsonWriter {
public:
    // Appends the array as the value of a key at nesting level `indent` (the opening '[' at the
    // current position, elements at indent + 1, the closing ']' at indent), as Qt's writer does.
    static void appendArray(QByteArray& out, const QList<QueryLogEntry>& entries, int indent);
    // A JSON string literal's content, escaped as QJsonDocument escapes it.
    static void appendEscaped(QByteArray& out, QStringView text);
};
