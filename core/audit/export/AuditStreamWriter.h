#pragma once
// Writes a batch audit's output as the reports arrive, holding none of them: begin() once,
// add() per domain in the input order, finish() once (also after a cancelled batch, so that the
// document is closed and valid). The subclasses reuse the in-memory exporters' per-report pieces,
// so their output is the same bytes as AuditJsonExporter & co. except where noted.

#include "audit/AuditReport.h"

#include <QIODevice>

class AuditStreamWriter {
public:
    explicit AuditStreamWriter(QIODevice* device)
        : m_device(device) {}
    virtual ~AuditStreamWriter() = default;
    AuditStreamWriter(const AuditStreamWriter&) = delete;
    AuditStreamWriter& operator=(const AuditStreamWriter&) = delete;

    virtual void begin() {}
    virtual void add(const AuditReport& report) = 0;
    virtual void finish() = 0;
    // The first write error ("No space left on device"); empty when every write went through.
    QString error() const { return m_error; }

protected:
    QIODevice* device() const { return m_device; }
    void write(QByteArrayView bytes) {
        if (!m_error.isEmpty() || bytes.isEmpty())
            return;
        if (m_device->write(bytes.data(), bytes.size()) != bytes.size())
            m_error = m_device->errorString();
    }
    void setError(const QString& error) {
        if (m_error.isEmpty())
            m_error = error;
    }

private:
    QIODevice* m_device;
    QString m_error;
};
