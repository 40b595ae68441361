#include "AuditJsonExporter.h"

#include <QJsonDocument>

QByteArray AuditJsonExporter::write(const QList<AuditReport>& reports) {
    QJsonArray a;
    for (const AuditReport& r : reports)
        a.append(r.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}
