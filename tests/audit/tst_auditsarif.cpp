// The SARIF export checked against the SARIF 2.1.0 JSON schema (OASIS sarif-schema-2.1.0.json,
// the "Static Analysis Results Interchange Format Version 2.1.0" standard, errata 01): the part of
// the schema the exporter writes, encoded below object by object with the standard's section
// numbers. Every object the schema declares "additionalProperties": false is checked for unknown
// keys too, so a property the exporter adds later without schema support fails here.
#include "audit/AuditRunner.h"
#include "audit/export/AuditSarifExporter.h"
#include "dns/ZoneResolver.h"
#include "findings/FindingCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Collects violations with a JSON-pointer-like path, so one run reports all of them.
class SarifValidator {
public:
    QStringList errors;

    void validateLog(const QJsonValue& v) {
        // §3.13 sarifLog: required ["version", "runs"]; additionalProperties false.
        const QJsonObject o = object(v, u"$"_s);
        only(o, u"$"_s, {"$schema", "version", "runs", "inlineExternalProperties", "properties"});
        // §3.13.2 version: enum ["2.1.0"].
        if (o.value(QStringLiteral("version")).toString() != QLatin1String("2.1.0"))
            fail(u"$.version"_s, QStringLiteral("must be the string \"2.1.0\""));
        // §3.13.3 $schema: string, format "uri" (the exporter always writes it).
        if (!o.contains(QStringLiteral("$schema")))
            fail(u"$.$schema"_s, QStringLiteral("missing (the exporter names the schema)"));
        else
            uri(o.value(QStringLiteral("$schema")), u"$.$schema"_s, true);
        // §3.13.4 runs: array (null allowed by the schema; the exporter writes one run).
        const QJsonArray runs = array(o.value(QStringLiteral("runs")), u"$.runs"_s, true);
        for (qsizetype i = 0; i < runs.size(); ++i)
            validateRun(runs.at(i), QStringLiteral("$.runs[%1]").arg(i));
        properties(o, u"$"_s);
    }

private:
    void validateRun(const QJsonValue& v, const QString& at) {
        // §3.14 run: required ["tool"]; additionalProperties false (keys the exporter may use).
        const QJsonObject o = object(v, at);
        only(o, at,
             {"tool", "results", "invocations", "artifacts", "logicalLocations", "originalUriBaseIds",
              "automationDetails", "columnKind", "language", "properties"});
        // §3.18 tool: required ["driver"]; §3.19 toolComponent: required ["name"].
        const QJsonObject tool = object(o.value(QStringLiteral("tool")), at + u".tool"_s);
        only(tool, at + u".tool"_s, {"driver", "extensions", "properties"});
        const QString dAt = at + u".tool.driver"_s;
        const QJsonObject driver = object(tool.value(QStringLiteral("driver")), dAt);
        only(driver, dAt,
             {"name", "version", "semanticVersion", "informationUri", "rules", "notifications",
              "organization", "fullName", "shortDescription", "fullDescription", "properties"});
        string(driver.value(QStringLiteral("name")), dAt + u".name"_s, true);
        string(driver.value(QStringLiteral("version")), dAt + u".version"_s, false);
        if (driver.contains(QStringLiteral("informationUri")))
            uri(driver.value(QStringLiteral("informationUri")), dAt + u".informationUri"_s, true);
        properties(driver, dAt);
        // §3.19.23 rules: array of reportingDescriptor, uniqueItems (ids unique: §3.49.3).
        QStringList ruleIds;
        const QJsonArray rules = array(driver.value(QStringLiteral("rules")), dAt + u".rules"_s, false);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString id = validateRule(rules.at(i), dAt + QStringLiteral(".rules[%1]").arg(i));
            if (ruleIds.contains(id))
                fail(dAt + QStringLiteral(".rules[%1].id").arg(i), QStringLiteral("duplicate id %1").arg(id));
            ruleIds << id;
        }
        // §3.14.23 results: array of result.
        const QJsonArray results = array(o.value(QStringLiteral("results")), at + u".results"_s, false);
        for (qsizetype i = 0; i < results.size(); ++i)
            validateResult(results.at(i), at + QStringLiteral(".results[%1]").arg(i), ruleIds);
        properties(o, at);
    }

    QString validateRule(const QJsonValue& v, const QString& at) {
        // §3.49 reportingDescriptor: required ["id"]; additionalProperties false.
        const QJsonObject o = object(v, at);
        only(o, at,
             {"id", "deprecatedIds", "guid", "name", "shortDescription", "fullDescription", "messageStrings",
              "defaultConfiguration", "helpUri", "help", "relationships", "properties"});
        const QString id = o.value(QStringLiteral("id")).toString();
        string(o.value(QStringLiteral("id")), at + u".id"_s, true);
        if (id.isEmpty())
            fail(at + u".id"_s, QStringLiteral("empty"));
        string(o.value(QStringLiteral("name")), at + u".name"_s, false);
        // §3.12 multiformatMessageString: required ["text"].
        for (const char* key : {"shortDescription", "fullDescription", "help"})
            if (o.contains(QLatin1String(key)))
                multiformat(o.value(QLatin1String(key)), at + u'.' + QLatin1String(key));
        if (o.contains(QStringLiteral("helpUri")))
            uri(o.value(QStringLiteral("helpUri")), at + u".helpUri"_s, true);
        // §3.50 reportingConfiguration: level enum, enabled boolean, rank -1..100.
        if (o.contains(QStringLiteral("defaultConfiguration"))) {
            const QString cAt = at + u".defaultConfiguration"_s;
            const QJsonObject c = object(o.value(QStringLiteral("defaultConfiguration")), cAt);
            only(c, cAt, {"enabled", "level", "rank", "parameters", "properties"});
            if (c.contains(QStringLiteral("level")))
                level(c.value(QStringLiteral("level")), cAt + u".level"_s);
            if (c.contains(QStringLiteral("enabled")) && !c.value(QStringLiteral("enabled")).isBool())
                fail(cAt + u".enabled"_s, QStringLiteral("not a boolean"));
            properties(c, cAt);
        }
        properties(o, at);
        return id;
    }

    void validateResult(const QJsonValue& v, const QString& at, const QStringList& ruleIds) {
        // §3.27 result: required ["message"]; additionalProperties false.
        const QJsonObject o = object(v, at);
        only(o, at,
             {"guid", "correlationGuid", "ruleId", "ruleIndex", "rule", "kind", "level", "message",
              "analysisTarget", "locations", "fingerprints", "partialFingerprints", "relatedLocations",
              "suppressions", "baselineState", "rank", "hostedViewerUri", "fixes", "properties"});
        // §3.11 message: anyOf required ["text"] / ["id"]; the exporter writes text, non-empty.
        const QJsonObject m = object(o.value(QStringLiteral("message")), at + u".message"_s);
        only(m, at + u".message"_s, {"text", "markdown", "id", "arguments", "properties"});
        string(m.value(QStringLiteral("text")), at + u".message.text"_s, true);
        if (m.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            fail(at + u".message.text"_s, QStringLiteral("empty"));
        // §3.27.5 ruleId: string; it must name a rule of the driver (§3.27.7 / §3.52.3).
        const QString ruleId = o.value(QStringLiteral("ruleId")).toString();
        string(o.value(QStringLiteral("ruleId")), at + u".ruleId"_s, true);
        if (!ruleIds.contains(ruleId))
            fail(at + u".ruleId"_s, QStringLiteral("%1 is not in tool.driver.rules").arg(ruleId));
        // §3.27.6 ruleIndex: integer >= -1; rules[ruleIndex].id == ruleId when both are present.
        if (o.contains(QStringLiteral("ruleIndex"))) {
            const QJsonValue ri = o.value(QStringLiteral("ruleIndex"));
            if (!isInteger(ri) || ri.toInteger() < -1)
                fail(at + u".ruleIndex"_s, QStringLiteral("not an integer >= -1"));
            else if (ri.toInteger() >= 0 &&
                     (ri.toInteger() >= ruleIds.size() || ruleIds.at(ri.toInteger()) != ruleId))
                fail(at + u".ruleIndex"_s,
                     QStringLiteral("%1 does not point at rule %2").arg(ri.toInteger()).arg(ruleId));
        }
        // §3.27.10 level: enum ["none", "note", "warning", "error"]; §3.27.9 kind enum.
        if (o.contains(QStringLiteral("level")))
            level(o.value(QStringLiteral("level")), at + u".level"_s);
        if (o.contains(QStringLiteral("kind")) &&
            !QStringList{u"notApplicable"_s, u"pass"_s, u"fail"_s, u"review"_s, u"open"_s, u"informational"_s}
                 .contains(o.value(QStringLiteral("kind")).toString()))
            fail(at + u".kind"_s, QStringLiteral("not in the enum"));
        // §3.27.12 locations: array of location; each with a physical or a logical location.
        const QJsonArray locations = array(o.value(QStringLiteral("locations")), at + u".locations"_s, false);
        if (locations.isEmpty())
            fail(at + u".locations"_s, QStringLiteral("empty: code-scanning needs a location per result"));
        for (qsizetype i = 0; i < locations.size(); ++i)
            validateLocation(locations.at(i), at + QStringLiteral(".locations[%1]").arg(i));
        // §3.27.17 partialFingerprints: object, additionalProperties string.
        if (o.contains(QStringLiteral("partialFingerprints"))) {
            const QJsonObject fp =
                object(o.value(QStringLiteral("partialFingerprints")), at + u".partialFingerprints"_s);
            for (auto it = fp.constBegin(); it != fp.constEnd(); ++it)
                string(it.value(), at + u".partialFingerprints."_s + it.key(), true);
        }
        properties(o, at);
    }

    void validateLocation(const QJsonValue& v, const QString& at) {
        // §3.28 location: additionalProperties false.
        const QJsonObject o = object(v, at);
        only(o, at,
             {"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships",
              "properties"});
        if (!o.contains(QStringLiteral("physicalLocation")) &&
            !o.contains(QStringLiteral("logicalLocations")))
            fail(at, QStringLiteral("neither physicalLocation nor logicalLocations"));
        if (o.contains(QStringLiteral("physicalLocation"))) {
            // §3.29 physicalLocation: anyOf required ["address"] / ["artifactLocation"].
            const QString pAt = at + u".physicalLocation"_s;
            const QJsonObject p = object(o.value(QStringLiteral("physicalLocation")), pAt);
            only(p, pAt, {"address", "artifactLocation", "region", "contextRegion", "properties"});
            if (!p.contains(QStringLiteral("artifactLocation")) && !p.contains(QStringLiteral("address")))
                fail(pAt, QStringLiteral("neither artifactLocation nor address"));
            if (p.contains(QStringLiteral("artifactLocation"))) {
                // §3.4 artifactLocation: uri format "uri-reference", uriBaseId string.
                const QString aAt = pAt + u".artifactLocation"_s;
                const QJsonObject a = object(p.value(QStringLiteral("artifactLocation")), aAt);
                only(a, aAt, {"uri", "uriBaseId", "index", "description", "properties"});
                uri(a.value(QStringLiteral("uri")), aAt + u".uri"_s, false);
                string(a.value(QStringLiteral("uriBaseId")), aAt + u".uriBaseId"_s, false);
            }
            if (p.contains(QStringLiteral("region"))) {
                // §3.30 region: startLine integer >= 1 (and the other line/column fields likewise).
                const QString rAt = pAt + u".region"_s;
                const QJsonObject r = object(p.value(QStringLiteral("region")), rAt);
                only(r, rAt,
                     {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
                      "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"});
                for (const char* key : {"startLine", "startColumn", "endLine", "endColumn"})
                    if (r.contains(QLatin1String(key)) && (!isInteger(r.value(QLatin1String(key))) ||
                                                           r.value(QLatin1String(key)).toInteger() < 1))
                        fail(rAt + u'.' + QLatin1String(key), QStringLiteral("not an integer >= 1"));
            }
            properties(p, pAt);
        }
        // §3.33 logicalLocation: name, fullyQualifiedName, kind strings; additionalProperties false.
        const QJsonArray logical =
            array(o.value(QStringLiteral("logicalLocations")), at + u".logicalLocations"_s, false);
        for (qsizetype i = 0; i < logical.size(); ++i) {
            const QString lAt = at + QStringLiteral(".logicalLocations[%1]").arg(i);
            const QJsonObject l = object(logical.at(i), lAt);
            only(l, lAt,
                 {"name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind",
                  "properties"});
            for (const char* key : {"name", "fullyQualifiedName", "kind"})
                string(l.value(QLatin1String(key)), lAt + u'.' + QLatin1String(key), false);
        }
        properties(o, at);
    }

    // §3.8 propertyBag: an object; "tags", if present, an array of unique strings.
    void properties(const QJsonObject& owner, const QString& at) {
        if (!owner.contains(QStringLiteral("properties")))
            return;
        const QJsonObject bag = object(owner.value(QStringLiteral("properties")), at + u".properties"_s);
        if (bag.contains(QStringLiteral("tags"))) {
            const QJsonArray tags =
                array(bag.value(QStringLiteral("tags")), at + u".properties.tags"_s, true);
            QSet<QString> seen;
            for (const auto& t : tags) {
                if (!t.isString() || seen.contains(t.toString()))
                    fail(at + u".properties.tags"_s, QStringLiteral("not unique strings"));
                seen.insert(t.toString());
            }
        }
    }

    void multiformat(const QJsonValue& v, const QString& at) {
        const QJsonObject o = object(v, at);
        only(o, at, {"text", "markdown", "properties"});
        string(o.value(QStringLiteral("text")), at + u".text"_s, true);
    }

    void level(const QJsonValue& v, const QString& at) {
        if (!QStringList{u"none"_s, u"note"_s, u"warning"_s, u"error"_s}.contains(v.toString()) ||
            !v.isString())
            fail(at, QStringLiteral("'%1' is not one of none, note, warning, error").arg(v.toString()));
    }

    // format "uri" (absolute: a scheme) or "uri-reference" (RFC 3986: only unreserved, reserved
    // and percent-encoded characters; no spaces, no raw non-ASCII).
    void uri(const QJsonValue& v, const QString& at, bool absolute) {
        if (!string(v, at, true))
            return;
        static const QRegularExpression chars(
            QStringLiteral(R"(^([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$)"));
        static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
        const QString s = v.toString();
        if (s.isEmpty() || !chars.match(s).hasMatch())
            fail(at, QStringLiteral("'%1' is not an RFC 3986 URI reference").arg(s));
        if (absolute && !scheme.match(s).hasMatch())
            fail(at, QStringLiteral("'%1' has no scheme").arg(s));
    }

    bool string(const QJsonValue& v, const QString& at, bool required) {
        if (v.isUndefined()) {
            if (required)
                fail(at, QStringLiteral("missing"));
            return false;
        }
        if (!v.isString()) {
            fail(at, QStringLiteral("not a string"));
            return false;
        }
        return true;
    }

    QJsonObject object(const QJsonValue& v, const QString& at) {
        if (!v.isObject())
            fail(at, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonValue& v, const QString& at, bool required) {
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            fail(at, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not an array"));
        return v.toArray();
    }

    void only(const QJsonObject& o, const QString& at, std::initializer_list<const char*> allowed) {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            bool known = false;
            for (const char* a : allowed)
                known = known || it.key() == QLatin1String(a);
            if (!known)
                fail(at + u'.' + it.key(), QStringLiteral("not a property of this object in the schema"));
        }
    }

    static bool isInteger(const QJsonValue& v) {
        return v.isDouble() && v.toDouble() == double(v.toInteger());
    }

    void fail(const QString& at, const QString& why) { errors << at + QStringLiteral(": ") + why; }
};

Finding finding(const char16_t* code, const QString& domain, const QString& area,
                const QString& detail = {}) {
    Finding f = FindingCatalogue::make(QString::fromUtf16(code), detail, {domain + QStringLiteral(" TXT")});
    f.area = area;
    f.domain = domain;
    return f;
}

AuditReport report(const QString& domain, const QString& grade, const QList<Finding>& findings) {
    AuditReport r;
    r.domain = domain;
    r.grade = grade;
    r.startedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    r.finishedAt = r.startedAt.addMSecs(200);
    r.findings = findings;
    return r;
}

// A zone with something wrong in every area, audited for real (from memory).
const QByteArray badZone = R"($ORIGIN bad.test.
@ 300 IN SOA ns.bad.test. h.bad.test. 1 3600 900 604800 300
@ 300 IN NS ns.bad.test.
@ 300 IN MX 10 mail.bad.test.
mail 300 IN A 192.0.2.25
@ 300 IN TXT "v=spf1 mx include:nothing.bad.test +all"
_dmarc 300 IN TXT "v=DMARC1; p=none"
)";

} // namespace

class TestAuditSarif : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validates_data() {
        QTest::addColumn<QList<AuditReport>>("reports");
        QTest::addColumn<QString>("expectUri"); // of the first result's artifactLocation

        QTest::newRow("no reports") << QList<AuditReport>{} << QString();
        QTest::newRow("clean domain, no findings")
            << QList<AuditReport>{report(u"a.test"_s, u"A"_s, {})} << QString();

        const QList<Finding> mixed{finding(u"SPF-LOOKUP-LIMIT", u"b.test"_s, u"spf"_s, u"12 lookups"_s),
                                   finding(u"DMARC-NO-RUA", u"b.test"_s, u"dmarc"_s),
                                   finding(u"DKIM-NO-SELECTOR-FOUND", u"b.test"_s, u"dkim"_s)};
        QList<Finding> withInfo = mixed;
        Finding info = FindingCatalogue::make(u"SPF-LOOKUP-LIMIT", {}, {}, Severity::Info);
        info.area = u"spf"_s;
        withInfo << info;
        QTest::newRow("three areas, shared codes across domains")
            << QList<AuditReport>{report(u"b.test"_s, u"D"_s, withInfo),
                                  report(u"c.test"_s, u"C"_s, mixed.mid(1))}
            << u"dns:b.test"_s;

        // A staged file whose path needs percent-encoding: a space and a non-ASCII letter.
        AuditReport staged = report(u"d.test"_s, u"F"_s, mixed);
        staged.staged = true;
        staged.stagedSources << u"staged zones/d-ü.test.zone"_s;
        QTest::newRow("staged file path with space and umlaut")
            << QList<AuditReport>{staged} << u"staged%20zones/d-%C3%BC.test.zone"_s;

        AuditReport unknown = report(u"e.test"_s, u"B"_s, {});
        Finding made;
        made.code = u"X-NOT-IN-CATALOGUE"_s;
        made.severity = Severity::Warning;
        made.area = u"x"_s;
        made.domain = u"e.test"_s;
        unknown.findings << made;
        QTest::newRow("code the catalogue does not know, no title")
            << QList<AuditReport>{unknown} << u"dns:e.test"_s;
    }

    void validates() {
        QFETCH(QList<AuditReport>, reports);
        QFETCH(QString, expectUri);
        const QByteArray bytes = AuditSarifExporter::write(reports);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        SarifValidator v;
        v.validateLog(doc.object());
        QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));

        const QJsonArray results =
            doc.object().value(u"runs"_s).toArray().at(0).toObject().value(u"results"_s).toArray();
        int findings = 0;
        for (const AuditReport& r : reports)
            findings += int(r.findings.size());
        QCOMPARE(results.size(), findings);
        if (!expectUri.isEmpty())
            QCOMPARE(results.at(0)
                         .toObject()
                         .value(u"locations"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"physicalLocation"_s)
                         .toObject()
                         .value(u"artifactLocation"_s)
                         .toObject()
                         .value(u"uri"_s)
                         .toString(),
                     expectUri);
    }

    // The validator itself catches what it claims to: each broken log yields an error.
    void validatorRejects_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        const QByteArray good =
            R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"M","rules":[{"id":"R1"}]}},"results":[{"ruleId":"R1","ruleIndex":0,"level":"error","message":{"text":"t"},"locations":[{"logicalLocations":[{"name":"a.test"}]}]}]}]})";
        QTest::newRow("good") << good << QString();
        QTest::newRow("version") << QByteArray(good).replace(R"("version":"2.1.0")", R"("version":"2.0")")
                                 << u"$.version"_s;
        QTest::newRow("no driver name")
            << QByteArray(good).replace(R"("name":"M",)", "") << u"$.runs[0].tool.driver.name"_s;
        QTest::newRow("unknown rule")
            << QByteArray(good).replace(R"("ruleId":"R1")", R"("ruleId":"R2")") << u".ruleId"_s;
        QTest::newRow("ruleIndex off")
            << QByteArray(good).replace(R"("ruleIndex":0)", R"("ruleIndex":3)") << u".ruleIndex"_s;
        QTest::newRow("level") << QByteArray(good).replace(R"("level":"error")", R"("level":"info")")
                               << u".level"_s;
        QTest::newRow("no message text")
            << QByteArray(good).replace(R"({"text":"t"})", "{}") << u".message.text"_s;
        QTest::newRow("no location") << QByteArray(good).replace(
                                            R"({"logicalLocations":[{"name":"a.test"}]})", "{}")
                                     << u"locations[0]"_s;
        QTest::newRow("extra property")
            << QByteArray(good).replace(R"("level":"error",)", R"("level":"error","severity":3,)")
            << u".severity"_s;
        QTest::newRow("uri with space")
            << QByteArray(good).replace(R"({"logicalLocations":[{"name":"a.test"}]})",
                                        R"({"physicalLocation":{"artifactLocation":{"uri":"a b.zone"}}})")
            << u".artifactLocation.uri"_s;
        QTest::newRow("tags not unique")
            << QByteArray(good).replace(R"({"id":"R1"})", R"({"id":"R1","properties":{"tags":["a","a"]}})")
            << u".properties.tags"_s;
    }

    void validatorRejects() {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        SarifValidator v;
        v.validateLog(QJsonDocument::fromJson(json).object());
        if (where.isEmpty()) {
            QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
            return;
        }
        QVERIFY2(!v.errors.isEmpty(), qPrintable(where));
        QVERIFY2(v.errors.join(u'\n').contains(where), qPrintable(v.errors.join(u'\n')));
    }

    // A real audit (every check, from a zone in memory) exports a valid log with rules for all.
    void realAudit() {
        auto zone = ZoneResolver::parseZone(badZone, u"bad.test"_s, u"bad.test.zone"_s);
        QVERIFY2(zone, zone ? "" : qPrintable(zone.error()));
        auto root = ZoneResolver::parseZone(". 300 IN SOA a.root.test. h.root.test. 1 3600 900 604800 300\n",
                                            QString(), u"root.zone"_s);
        QVERIFY2(root, root ? "" : qPrintable(root.error()));
        auto resolver = std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone, *root});
        AuditRunner runner(resolver, AuditRunOptions{});
        const QList<AuditReport> reports = runner.run({u"bad.test"_s});
        QCOMPARE(reports.size(), 1);
        QVERIFY(reports.at(0).findings.size() >= 3);
        SarifValidator v;
        v.validateLog(AuditSarifExporter::toJson(reports));
        QVERIFY2(v.errors.isEmpty(), qPrintable(v.errors.join(u'\n')));
        QSet<QString> areas;
        for (const Finding& f : reports.at(0).findings)
            areas.insert(f.area);
        QVERIFY2(areas.contains(u"spf"_s) && areas.contains(u"dmarc"_s) && areas.contains(u"dkim"_s),
                 qPrintable(QStringList(areas.values()).join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestAuditSarif)
#include "tst_auditsarif.moc"
