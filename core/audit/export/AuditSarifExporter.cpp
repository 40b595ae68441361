#include "AuditSarifExporter.h"

#include "findings/FindingCatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QUrl>

namespace {
QString level(Severity s) {
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

// A file path relative to the working directory (the repository in CI), else a dns: URI. SARIF
// wants a URI reference (§3.4.3, RFC 3986): a path with a space or a non-ASCII letter is
// percent-encoded, '/' kept ("staged zones/ü.zone" -> "staged%20zones/%C3%BC.zone").
QString artifactFor(const AuditReport& r) {
    for (const QString& source : r.stagedSources) {
        if (source.isEmpty() || source.startsWith(QLatin1Char(':')))
            continue;
        const QString rel = QDir::current().relativeFilePath(source);
        if (!rel.startsWith(QLatin1String("..")))
            return QString::fromLatin1(QUrl::toPercentEncoding(rel, "/"));
    }
    return QStringLiteral("dns:") + r.domain;
}
} // namespace

QJsonObject AuditSarifExporter::rule(const Finding& f) {
    const FindingDefinition* d = FindingCatalogue::find(f.code);
    QJsonObject rule{{QStringLiteral("id"), f.code},
                     {QStringLiteral("name"), QString(f.code).remove(QLatin1Char('-'))},
                     // A code the catalogue does not know has no title; the code says more than "".
                     {QStringLiteral("shortDescription"),
                      QJsonObject{{QStringLiteral("text"), f.title.isEmpty() ? f.code : f.title}}},
                     {QStringLiteral("defaultConfiguration"),
                      QJsonObject{{QStringLiteral("level"), level(d ? d->severity : f.severity)}}}};
    if (d) {
        rule.insert(QStringLiteral("fullDescription"),
                    QJsonObject{{QStringLiteral("text"), QString::fromUtf8(d->explanation)}});
        rule.insert(QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), QString::fromUtf8(d->fix)}});
        rule.insert(QStringLiteral("properties"),
                    QJsonObject{{QStringLiteral("rfc"), QString::fromUtf8(d->rfc)}});
    }
    return rule;
}

QJsonObject AuditSarifExporter::result(const AuditReport& r, const Finding& f, int ruleIndex) {
    const QString artifact = artifactFor(r);
    QJsonObject location{
        {QStringLiteral("physicalLocation"),
         QJsonObject{{QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), artifact}}},
                     {QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), 1}}}}},
        {QStringLiteral("logicalLocations"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), r.domain},
                                {QStringLiteral("kind"), QStringLiteral("resource")}}}}};
    const QByteArray fp = QCryptographicHash::hash(
        (r.domain + QLatin1Char('|') + f.code + QLatin1Char('|') + f.evidence.value(0)).toUtf8(),
        QCryptographicHash::Sha256);
    QString message = QStringLiteral("%1: %2").arg(r.domain, f.title.isEmpty() ? f.code : f.title);
    if (!f.detail.isEmpty())
        message += QStringLiteral(". ") + f.detail;
    return QJsonObject{
        {QStringLiteral("ruleId"), f.code},
        {QStringLiteral("ruleIndex"), ruleIndex},
        {QStringLiteral("level"), level(f.severity)},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), message}}},
        {QStringLiteral("locations"), QJsonArray{location}},
        {QStringLiteral("partialFingerprints"),
         QJsonObject{{QStringLiteral("mailsightFinding/v1"), QString::fromLatin1(fp.toHex().left(32))}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("domain"), r.domain},
                     {QStringLiteral("area"), f.area},
                     {QStringLiteral("grade"), r.grade},
                     {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)},
                     {QStringLiteral("staged"), r.staged}}}};
}

QJsonObject AuditSarifExporter::document(const QJsonArray& rules, const QJsonArray& results) {
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("Mailsight")},
                             {QStringLiteral("version"), QStringLiteral(MAILSIGHT_VERSION)},
                             {QStringLiteral("informationUri"), QStringLiteral("https://mailsight.example/")},
                             {QStringLiteral("rules"), rules}};
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"),
         QJsonArray{QJsonObject{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                                {QStringLiteral("results"), results}}}}};
}

QJsonObject AuditSarifExporter::toJson(const QList<AuditReport>& reports) {
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    QJsonArray results;
    for (const AuditReport& r : reports)
        for (const Finding& f : r.findings) {
            if (!ruleIndex.contains(f.code)) {
                ruleIndex.insert(f.code, int(rules.size()));
                rules.append(rule(f));
            }
            results.append(result(r, f, ruleIndex.value(f.code)));
        }
    return document(rules, results);
}

QByteArray AuditSarifExporter::write(const QList<AuditReport>& reports) {
    return QJsonDocument(toJson(reports)).toJson(QJsonDocument::Indented);
}
