#include "AuditSarifStreamWriter.h"

#include "AuditSarifExporter.h"

#include <QJsonDocument>

namespace {
constexpr QByteArrayView kMark = "\"@@mailsight-sarif-results@@\"";

// The document with a placeholder result: its bytes before the placeholder's line, the line's
// indentation, and its bytes after that line.
struct Parts {
    QByteArray head;
    QByteArray indent;
    QByteArray tail;
};

Parts splitAround(const QJsonArray& rules) {
    const QByteArray text =
        QJsonDocument(
            AuditSarifExporter::document(rules, QJsonArray{QStringLiteral("@@mailsight-sarif-results@@")}))
            .toJson(QJsonDocument::Indented);
    const qsizetype at = text.indexOf(kMark);
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    const qsizetype lineEnd = text.indexOf('\n', at);
    return {text.left(lineStart), text.mid(lineStart, at - lineStart), text.mid(lineEnd + 1)};
}

// An object as an element at `indent`: every line of its indented text indented more, no final
// newline (a newline in QJsonDocument's output is always structural).
QByteArray nested(const QJsonObject& object, const QByteArray& indent) {
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);
    QByteArray out = indent;
    out.reserve(text.size() * 5 / 4);
    for (const char c : std::as_const(text)) {
        out.append(c);
        if (c == '\n')
            out.append(indent);
    }
    return out;
}
} // namespace

void AuditSarifStreamWriter::add(const AuditReport& report) {
    for (const Finding& f : report.findings) {
        if (!m_ruleIndex.contains(f.code)) {
            m_ruleIndex.insert(f.code, int(m_rules.size()));
            m_rules.append(AuditSarifExporter::rule(f));
        }
        if (m_results == 0) {
            // The part before the results does not depend on the rules.
            const Parts parts = splitAround({});
            m_indent = parts.indent;
            write(parts.head);
        } else {
            write(",\n");
        }
        write(nested(AuditSarifExporter::result(report, f, m_ruleIndex.value(f.code)), m_indent));
        ++m_results;
    }
}

void AuditSarifStreamWriter::finish() {
    if (m_results == 0) {
        write(QJsonDocument(AuditSarifExporter::document(m_rules, {})).toJson(QJsonDocument::Indented));
        return;
    }
    write("\n");
    write(splitAround(m_rules).tail);
}
