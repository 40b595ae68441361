#pragma once
// The reports of a batch on their way to the HTML document or the PDF, held on disk instead of in
// memory (docs/batch-audits.md): each finished report is appended to a temporary file as the
// object a JSON Lines output writes, and only its AuditDocumentSummary entry stays in memory.
// At the end the document is written from the file, one report at a time. The file is removed
// when the spool is destroyed (also when the batch is interrupted: the run ends normally). Where
// the system allows it (Linux: O_TMPFILE) the file has no name in its directory until fileName()
// is asked for (the PDF renderer reads it by name): a process killed outright leaves nothing.

#include "AuditDocumentOptions.h"
#include "AuditDocumentSummary.h"
#include "audit/AuditReport.h"

#include <QTemporaryFile>
#include <expected>
#include <functional>

class QIODevice;

class AuditDocumentSpool {
public:
    // senders: the "Who sends as this domain" summaries, for the area summary (AuditDocumentOptions).
    explicit AuditDocumentSpool(QHash<QString, QJsonObject> senders = {});

    // Creates the temporary file in directory (default: the system's temporary directory).
    std::expected<void, QString> open(const QString& directory = {});
    std::expected<void, QString> add(const AuditReport& report);
    std::expected<void, QString> flush(); // before another process reads fileName()
    const AuditDocumentSummary& summary() const { return m_summary; }
    QString fileName() const { return m_file.fileName(); } // gives an unnamed file its name
    qsizetype count() const { return m_summary.entries.size(); }

    // Writes the HTML document (AuditHtmlExporter::html of the reports) to out, one report at a time.
    std::expected<void, QString> writeHtml(QIODevice* out, const AuditDocumentOptions& options);

    using Visitor = std::function<void(int index, const AuditReport& report)>;
    // Reads the spooled reports back in order, one at a time.
    std::expected<void, QString> forEach(const Visitor& visit);
    // Reads the reports of a spool file (JSON Lines) back in order, one at a time.
    static std::expected<void, QString> read(const QString& path, const Visitor& visit);
    static std::expected<void, QString> read(QIODevice& in, const QString& name, const Visitor& visit);

private:
    QTemporaryFile m_file;
    AuditDocumentSummary m_summary;
    QHash<QString, QJsonObject> m_senders;
};
