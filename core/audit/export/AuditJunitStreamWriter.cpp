#include "AuditJunitStreamWriter.h"

#include "AuditJunitExporter.h"

AuditJunitStreamWriter::AuditJunitStreamWriter(QIODevice* device, Severity failOn)
    : AuditStreamWriter(device)
    , m_failOn(failOn)
    , m_xml(device) {
    m_xml.setAutoFormatting(true);
}

void AuditJunitStreamWriter::begin() {
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("testsuites"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("mailsight audit"));
    checkError();
}

void AuditJunitStreamWriter::add(const AuditReport& report) {
    AuditJunitExporter::writeSuite(m_xml, report, m_failOn);
    checkError();
}

void AuditJunitStreamWriter::finish() {
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    checkError();
}

void AuditJunitStreamWriter::checkError() {
    if (m_xml.hasError())
        setError(device()->errorString());
}
