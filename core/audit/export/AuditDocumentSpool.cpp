#include "AuditDocumentSpool.h"

#include "AuditHtmlExporter.h"
#include "AuditJsonExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

AuditDocumentSpool::AuditDocumentSpool(QHash<QString, QJsonObject> senders)
    : m_senders(std::move(senders)) {}

std::expected<void, QString> AuditDocumentSpool::open(const QString& directory) {
    const QString dir = directory.isEmpty() ? QDir::tempPath() : directory;
    m_file.setFileTemplate(dir + QStringLiteral("/mailsight-spool-XXXXXX.jsonl"));
    if (!m_file.open())
        return std::unexpected(
            QStringLiteral("cannot write a temporary file in %1: %2").arg(dir, m_file.errorString()));
    return {};
}

std::expected<void, QString> AuditDocumentSpool::add(const AuditReport& report) {
    const QByteArray line = AuditJsonExporter::line(report);
    if (m_file.write(line) != line.size())
        return std::unexpected(QStringLiteral("spool: %1").arg(m_file.errorString()));
    m_summary.add(report, m_senders);
    return {};
}

std::expected<void, QString> AuditDocumentSpool::read(const QString& path, const Visitor& visit) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, in.errorString()));
    return read(in, path, visit);
}

std::expected<void, QString> AuditDocumentSpool::read(QIODevice& in, const QString& name,
                                                      const Visitor& visit) {
    int index = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject())
            return std::unexpected(
                QStringLiteral("%1: report %2: %3").arg(name).arg(index + 1).arg(error.errorString()));
        auto report = AuditReport::fromJson(doc.object());
        if (!report)
            return std::unexpected(
                QStringLiteral("%1: report %2: %3").arg(name).arg(index + 1).arg(report.error()));
        visit(index++, *report);
    }
    return {};
}

std::expected<void, QString> AuditDocumentSpool::flush() {
    if (!m_file.flush())
        return std::unexpected(QStringLiteral("spool: %1").arg(m_file.errorString()));
    return {};
}

std::expected<void, QString> AuditDocumentSpool::forEach(const Visitor& visit) {
    // Through the open file: asking for its name would give an unnamed file a name.
    if (!m_file.flush() || !m_file.seek(0))
        return std::unexpected(QStringLiteral("spool: %1").arg(m_file.errorString()));
    auto done = read(m_file, QStringLiteral("spool"), visit);
    m_file.seek(m_file.size());
    return done;
}

std::expected<void, QString> AuditDocumentSpool::writeHtml(QIODevice* out,
                                                           const AuditDocumentOptions& options) {
    bool written = true;
    const auto put = [&](const QString& html) {
        const QByteArray bytes = html.toUtf8();
        written = written && out->write(bytes) == bytes.size();
    };
    put(AuditHtmlExporter::head());
    AuditHtmlExporter::frontBody(m_summary, options, put);
    if (auto done = forEach(
            [&](int i, const AuditReport& r) { put(AuditHtmlExporter::domainSection(i, r, options)); });
        !done)
        return done;
    put(AuditHtmlExporter::recordsHeading());
    if (auto done = forEach([&](int, const AuditReport& r) { put(AuditHtmlExporter::records(r)); }); !done)
        return done;
    AuditHtmlExporter::back(m_summary, put);
    if (!written)
        return std::unexpected(out->errorString());
    return {};
}
