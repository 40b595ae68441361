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
        return std::unexpected(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_summary.add(report, m_senders);
    return {};
}

std::expected<void, QString> AuditDocumentSpool::read(const QString& path, const Visitor& visit) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, in.errorString()));
    int index = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject())
            return std::unexpected(
                QStringLiteral("%1: report %2: %3").arg(path).arg(index + 1).arg(error.errorString()));
        auto report = AuditReport::fromJson(doc.object());
        if (!report)
            return std::unexpected(
                QStringLiteral("%1: report %2: %3").arg(path).arg(index + 1).arg(report.error()));
        visit(index++, *report);
    }
    return {};
}

std::expected<void, QString> AuditDocumentSpool::writeHtml(QIODevice* out,
                                                           const AuditDocumentOptions& options) {
    if (!m_file.flush())
        return std::unexpected(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
    bool written = true;
    const auto put = [&](const QString& html) {
        const QByteArray bytes = html.toUtf8();
        written = written && out->write(bytes) == bytes.size();
    };
    put(AuditHtmlExporter::front(m_summary, options));
    if (auto done =
            read(m_file.fileName(),
                 [&](int i, const AuditReport& r) { put(AuditHtmlExporter::domainSection(i, r, options)); });
        !done)
        return done;
    put(AuditHtmlExporter::recordsHeading());
    if (auto done =
            read(m_file.fileName(), [&](int, const AuditReport& r) { put(AuditHtmlExporter::records(r)); });
        !done)
        return done;
    put(AuditHtmlExporter::back(m_summary));
    if (!written)
        return std::unexpected(out->errorString());
    return {};
}
