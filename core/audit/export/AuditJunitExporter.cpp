#include "AuditJunitExporter.h"

#include <QXmlStreamWriter>

namespace {
struct Case {
    QString name;
    QList<Finding> failing;
    QList<Finding> other;
};

QList<Case> casesOf(const AuditReport& r, Severity failOn) {
    QStringList areas = r.checks.keys();
    for (const Finding& f : r.findings)
        if (!areas.contains(f.area) && !f.area.isEmpty())
            areas << f.area;
    QList<Case> cases;
    for (const QString& area : std::as_const(areas)) {
        Case c{area, {}, {}};
        for (const Finding& f : r.findings)
            if (f.area == area)
                (f.severity >= failOn ? c.failing : c.other) << f;
        cases << c;
    }
    return cases;
}
} // namespace

std::pair<int, int> AuditJunitExporter::counts(const AuditReport& report, Severity failOn) {
    const QList<Case> cases = casesOf(report, failOn);
    int failures = 0;
    for (const Case& c : cases)
        failures += !c.failing.isEmpty();
    return {int(cases.size()), failures};
}

void AuditJunitExporter::writeSuite(QXmlStreamWriter& xml, const AuditReport& r, Severity failOn) {
    const QList<Case> cases = casesOf(r, failOn);
    int failures = 0;
    for (const Case& c : cases)
        failures += !c.failing.isEmpty();
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), r.domain);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(cases.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("timestamp"), r.startedAt.toUTC().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("time"),
                       QString::number(double(r.startedAt.msecsTo(r.finishedAt)) / 1000.0, 'f', 3));
    xml.writeStartElement(QStringLiteral("properties"));
    xml.writeStartElement(QStringLiteral("property"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("grade"));
    xml.writeAttribute(QStringLiteral("value"), r.grade);
    xml.writeEndElement();
    xml.writeEndElement();
    for (const Case& c : cases) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), r.domain);
        xml.writeAttribute(QStringLiteral("name"), c.name);
        if (!c.failing.isEmpty()) {
            QStringList codes, body;
            for (const Finding& f : c.failing) {
                codes << f.code;
                body << QStringLiteral("[%1] %2: %3\n  %4\n  Fix: %5")
                            .arg(severityName(f.severity), f.code, f.title, f.detail, f.fix);
                for (const QString& e : f.evidence)
                    body << QStringLiteral("  Evidence: ") + e;
            }
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), c.failing.first().code);
            xml.writeAttribute(QStringLiteral("message"), codes.join(QStringLiteral(", ")));
            xml.writeCharacters(body.join(QLatin1Char('\n')));
            xml.writeEndElement();
        }
        if (!c.other.isEmpty()) {
            QStringList lines;
            for (const Finding& f : c.other)
                lines << QStringLiteral("[%1] %2: %3").arg(severityName(f.severity), f.code, f.title);
            xml.writeTextElement(QStringLiteral("system-out"), lines.join(QLatin1Char('\n')));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray AuditJunitExporter::write(const QList<AuditReport>& reports, Severity failOn) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("mailsight audit"));
    int allTests = 0, allFailures = 0;
    for (const AuditReport& r : reports) {
        const auto [tests, failures] = counts(r, failOn);
        allTests += tests;
        allFailures += failures;
    }
    xml.writeAttribute(QStringLiteral("tests"), QString::number(allTests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(allFailures));
    for (const AuditReport& r : reports)
        writeSuite(xml, r, failOn);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
