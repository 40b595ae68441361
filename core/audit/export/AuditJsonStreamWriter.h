#pragma once
// JSON as AuditJsonExporter writes it ("[", the elements, "]": one valid document, the same
// bytes), or JSON Lines: one compact report object a line, the same object as the array's element.

#include "AuditStreamWriter.h"

class AuditJsonStreamWriter : public AuditStreamWriter {
public:
    enum class Mode { Array, Lines };
    AuditJsonStreamWriter(QIODevice* device, Mode mode);
    void add(const AuditReport& report) override;
    void finish() override;

private:
    Mode m_mode;
    qsizetype m_count = 0;
};
