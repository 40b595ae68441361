#include "AuditJsonStreamWriter.h"

#include "AuditJsonExporter.h"

#include <QJsonArray>
#include <QJsonDocument>

AuditJsonStreamWriter::AuditJsonStreamWriter(QIODevice* device, Mode mode)
    : AuditStreamWriter(device)
    , m_mode(mode) {}

void AuditJsonStreamWriter::add(const AuditReport& report) {
    if (m_mode == Mode::Lines) {
        write(AuditJsonExporter::line(report));
    } else {
        write(m_count == 0 ? QByteArrayView("[\n") : QByteArrayView(",\n"));
        write(AuditJsonExporter::element(report));
    }
    ++m_count;
}

void AuditJsonStreamWriter::finish() {
    if (m_mode == Mode::Lines)
        return;
    if (m_count == 0)
        write(QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
    else
        write("\n]\n");
}
