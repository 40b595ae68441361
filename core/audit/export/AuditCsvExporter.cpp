#include "AuditCsvExporter.h"

namespace {
QString field(QString value) {
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
} // namespace

QStringList AuditCsvExporter::columns() {
    return {QStringLiteral("domain"), QStringLiteral("grade"),    QStringLiteral("area"),
            QStringLiteral("code"),   QStringLiteral("severity"), QStringLiteral("title"),
            QStringLiteral("detail"), QStringLiteral("evidence"), QStringLiteral("rfc"),
            QStringLiteral("fix"),    QStringLiteral("staged"),   QStringLiteral("audited_at")};
}

QByteArray AuditCsvExporter::header() {
    return (columns().join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray AuditCsvExporter::rows(const AuditReport& r) {
    QString out;
    for (const Finding& f : r.findings) {
        const QStringList row{r.domain,
                              r.grade,
                              f.area,
                              f.code,
                              severityName(f.severity),
                              f.title,
                              f.detail,
                              f.evidence.join(QLatin1Char('\n')),
                              f.rfc,
                              f.fix,
                              r.staged ? QStringLiteral("true") : QStringLiteral("false"),
                              r.startedAt.toUTC().toString(Qt::ISODate)};
        QStringList quoted;
        for (const QString& v : row)
            quoted << field(v);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray AuditCsvExporter::write(const QList<AuditReport>& reports) {
    QByteArray out = header();
    for (const AuditReport& r : reports)
        out += rows(r);
    return out;
}
