#include "TlsRptReportParser.h"

#include "ReportWarnings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
qint64 count(const QJsonValue& v, const QString& where, ReportWarnings& warnings) {
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0) {
        warnings.add(QStringLiteral("%1 is not a number of sessions").arg(where));
        return 0;
    }
    // A double beyond qint64 cannot even be converted (undefined behaviour).
    if (d > double(TlsRptReportParser::kMaxSessionCount)) {
        warnings.add(QStringLiteral("%1 (%2) is too large to be a number of sessions").arg(where).arg(d));
        return 0;
    }
    return static_cast<qint64>(d);
}

qint64 dateTime(const QJsonValue& v, const QString& where, ReportWarnings& warnings) {
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid()) {
        warnings.add(QStringLiteral("%1 '%2' is not an RFC 3339 date-time").arg(where, v.toString()));
        return 0;
    }
    return t.toSecsSinceEpoch();
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const QJsonValue& e : v.toArray())
        out.append(e.toString());
    return out;
}
} // namespace

std::expected<TlsRptReport, QString> TlsRptReportParser::parse(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(
            QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return std::unexpected(QStringLiteral("not a TLS report: the JSON is not an object"));
    const QJsonObject o = doc.object();
    ReportWarnings warnings;
    TlsRptReport report;
    report.organizationName = o.value(QStringLiteral("organization-name")).toString().trimmed();
    report.contactInfo = o.value(QStringLiteral("contact-info")).toString().trimmed();
    report.reportId = o.value(QStringLiteral("report-id")).toString().trimmed();
    if (report.reportId.isEmpty())
        return std::unexpected(QStringLiteral("not a TLS report: no \"report-id\" (RFC 8460 §4.4)"));
    if (!o.value(QStringLiteral("policies")).isArray())
        return std::unexpected(QStringLiteral("not a TLS report: no \"policies\" array (RFC 8460 §4.4)"));
    if (report.organizationName.isEmpty())
        warnings.add(QStringLiteral("empty \"organization-name\""));
    const QJsonObject range = o.value(QStringLiteral("date-range")).toObject();
    report.begin =
        dateTime(range.value(QStringLiteral("start-datetime")), QStringLiteral("start-datetime"), warnings);
    report.end =
        dateTime(range.value(QStringLiteral("end-datetime")), QStringLiteral("end-datetime"), warnings);

    for (const QJsonValue& pv : o.value(QStringLiteral("policies")).toArray()) {
        const QJsonObject po = pv.toObject();
        const QJsonObject policy = po.value(QStringLiteral("policy")).toObject();
        TlsRptPolicy p;
        p.policyType = policy.value(QStringLiteral("policy-type")).toString().toLower();
        p.policyString = strings(policy.value(QStringLiteral("policy-string")));
        p.policyDomain = policy.value(QStringLiteral("policy-domain")).toString().trimmed().toLower();
        p.mxHosts = strings(policy.value(QStringLiteral("mx-host")));
        if (p.policyDomain.isEmpty()) {
            warnings.add(QStringLiteral("a policy without \"policy-domain\" was left out"));
            continue;
        }
        const QJsonObject summary = po.value(QStringLiteral("summary")).toObject();
        p.successfulSessions = count(summary.value(QStringLiteral("total-successful-session-count")),
                                     QStringLiteral("total-successful-session-count"), warnings);
        p.failedSessions = count(summary.value(QStringLiteral("total-failure-session-count")),
                                 QStringLiteral("total-failure-session-count"), warnings);
        for (const QJsonValue& fv : po.value(QStringLiteral("failure-details")).toArray()) {
            const QJsonObject fo = fv.toObject();
            TlsRptFailure f;
            f.resultType = fo.value(QStringLiteral("result-type")).toString().trimmed().toLower();
            f.sendingMtaIp = fo.value(QStringLiteral("sending-mta-ip")).toString();
            f.receivingMxHostname = fo.value(QStringLiteral("receiving-mx-hostname")).toString().toLower();
            f.receivingMxHelo = fo.value(QStringLiteral("receiving-mx-helo")).toString();
            f.receivingIp = fo.value(QStringLiteral("receiving-ip")).toString();
            f.failedSessions = count(fo.value(QStringLiteral("failed-session-count")),
                                     QStringLiteral("failed-session-count"), warnings);
            f.additionalInformation = fo.value(QStringLiteral("additional-information")).toString();
            f.failureReasonCode = fo.value(QStringLiteral("failure-reason-code")).toString();
            if (f.resultType.isEmpty())
                warnings.add(QStringLiteral("a failure detail without \"result-type\""));
            p.failures.append(f);
        }
        report.policies.append(p);
    }
    if (report.policies.isEmpty())
        warnings.add(QStringLiteral("the report lists no usable policy"));
    report.warnings = warnings.toStringList();
    return report;
}
