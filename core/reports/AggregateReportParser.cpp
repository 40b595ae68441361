#include "AggregateReportParser.h"

#include "AggregateReportFastParser.h"
#include "ReportWarnings.h"

#include <QBuffer>
#include <QHostAddress>
#include <QXmlStreamReader>

namespace {

// "192.0.2.1": four decimal octets without leading zeros, the form QHostAddress would print.
bool isPlainIpv4(QStringView ip) {
    int octets = 0;
    int value = 0;
    int digits = 0;
    for (const QChar c : ip) {
        if (c >= u'0' && c <= u'9') {
            if (digits > 0 && value == 0)
                return false; // leading zero
            value = value * 10 + (c.unicode() - u'0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == u'.') {
            if (digits == 0 || ++octets > 3)
                return false;
            value = 0;
            digits = 0;
        } else {
            return false;
        }
    }
    return octets == 3 && digits > 0;
}

// Signals that a sink asked to stop; unwinds the descent without an exception.
enum class Step { Continue, Stop, Error };

class Reader {
public:
    Reader(QIODevice* device, const AggregateReportParser::HeaderSink& onHeader,
           const AggregateReportParser::RecordSink& onRecord)
        : m_xml(device)
        , m_onHeader(onHeader)
        , m_onRecord(onRecord) {}

    std::expected<AggregateReportParser::Outcome, QString> run();

private:
    Step feedback();
    void metadata();
    void dateRange();
    void policy();
    Step record();
    void row(AggregateRecord& r);
    void policyEvaluated(AggregateRecord& r);
    void identifiers(AggregateRecord& r);
    void authResults(AggregateRecord& r);
    Step deliverHeader();

    QString text();
    QString wellFormednessError() const;
    void skip(QStringView parent);
    QString result(const QString& value, QStringView where, std::initializer_list<QStringView> allowed);
    qint64 timestamp(const QString& value, QStringView where);

    QXmlStreamReader m_xml;
    const AggregateReportParser::HeaderSink& m_onHeader;
    const AggregateReportParser::RecordSink& m_onRecord;
    AggregateReportParser::Outcome m_outcome;
    ReportWarnings m_warnings;
    bool m_headerDelivered = false;
    bool m_sawMetadata = false;
    bool m_sawPolicy = false;
    QString m_error;
};

QString Reader::wellFormednessError() const {
    // The decoder reports bad bytes ahead of the parser, so their line and column would mislead.
    if (m_xml.errorString().contains(QLatin1String("encoded")))
        return QStringLiteral("not well-formed XML: bytes that are not valid UTF-8 (or not in the declared "
                              "encoding): %1")
            .arg(m_xml.errorString());
    return QStringLiteral("not well-formed XML at line %1, column %2: %3")
        .arg(m_xml.lineNumber())
        .arg(m_xml.columnNumber())
        .arg(m_xml.errorString());
}

QString Reader::text() {
    return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

void Reader::skip(QStringView parent) {
    // RFC 9990 <extensions> are legitimate; anything else unknown is worth telling the user about.
    if (m_xml.name() != u"extensions")
        m_warnings.add(QStringLiteral("unknown element <%1> in <%2> ignored").arg(m_xml.name(), parent));
    m_xml.skipCurrentElement();
}

QString Reader::result(const QString& value, QStringView where, std::initializer_list<QStringView> allowed) {
    if (value.isEmpty()) {
        m_warnings.add(QStringLiteral("empty <%1>").arg(where));
        return {};
    }
    for (QStringView a : allowed)
        if (value == a)
            return value; // the common case: no case folding, no allocation
    const QString lower = value.toLower();
    for (QStringView a : allowed) {
        if (lower == a) {
            if (lower != value)
                m_warnings.add(QStringLiteral("<%1> '%2' read as '%3'").arg(where, value, lower));
            return lower;
        }
    }
    m_warnings.add(QStringLiteral("<%1> has the unknown value '%2' (ignored)").arg(where, value));
    return {};
}

qint64 Reader::timestamp(const QString& value, QStringView where) {
    bool ok = false;
    const qint64 t = value.toLongLong(&ok);
    if (ok && t >= 0)
        return t;
    // Some reporters write "1536105600.0".
    const double d = value.toDouble(&ok);
    // Beyond 2^53 a double is no longer a count of seconds, and beyond qint64 it cannot be converted.
    if (ok && d >= 0 && d <= 9007199254740992.0) {
        m_warnings.add(QStringLiteral("<%1> '%2' is not a whole number of seconds").arg(where, value));
        return static_cast<qint64>(d);
    }
    m_warnings.add(QStringLiteral("<%1> '%2' is not a timestamp (ignored)").arg(where, value));
    return 0;
}

std::expected<AggregateReportParser::Outcome, QString> Reader::run() {
    bool feedbackDone = false;
    bool wrapped = false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != u"feedback") {
            // A few reporters wrap <feedback> (IKEA: an unclosed <xs:schema>); look one level down.
            if (!wrapped) {
                m_warnings.add(QStringLiteral("the report is wrapped in <%1>; read the <feedback> inside")
                                   .arg(m_xml.qualifiedName()));
                wrapped = true;
            }
            continue;
        }
        m_outcome.header.namespaceUri = m_xml.namespaceUri().toString();
        const Step step = feedback();
        if (step == Step::Error)
            return std::unexpected(m_error);
        if (step == Step::Stop) {
            m_outcome.stopped = true;
            m_outcome.warnings = m_warnings.toStringList();
            return m_outcome;
        }
        feedbackDone = true;
        break;
    }
    if (m_xml.hasError() && !feedbackDone)
        return std::unexpected(wellFormednessError());
    if (!feedbackDone)
        return std::unexpected(QStringLiteral("not a DMARC aggregate report: no <feedback> element"));
    // Read to the end so that a bad byte or a second root after </feedback> is still noticed.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError()) {
        if (wrapped && m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            m_warnings.add(QStringLiteral("the element wrapping <feedback> is never closed"));
        else
            return std::unexpected(wellFormednessError());
    }
    m_outcome.warnings = m_warnings.toStringList();
    return m_outcome;
}

Step Reader::feedback() {
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"record") {
            if (!m_headerDelivered && deliverHeader() != Step::Continue)
                return m_error.isEmpty() ? Step::Stop : Step::Error;
            const Step s = record();
            if (s != Step::Continue)
                return s;
        } else if (n == u"report_metadata") {
            m_sawMetadata = true;
            metadata();
        } else if (n == u"policy_published") {
            m_sawPolicy = true;
            policy();
        } else if (n == u"version") {
            m_outcome.header.version = text();
        } else {
            skip(u"feedback");
        }
    }
    if (m_xml.hasError()) {
        m_error = wellFormednessError();
        return Step::Error;
    }
    if (!m_headerDelivered && deliverHeader() != Step::Continue)
        return m_error.isEmpty() ? Step::Stop : Step::Error;
    return Step::Continue;
}

Step Reader::deliverHeader() {
    m_headerDelivered = true;
    AggregateReportHeader& h = m_outcome.header;
    if (!m_sawMetadata || h.reportId.isEmpty()) {
        m_error = QStringLiteral("no <report_metadata><report_id>: the report cannot be identified");
        return Step::Error;
    }
    if (!m_sawPolicy || h.domain.isEmpty()) {
        m_error =
            QStringLiteral("no <policy_published><domain>: the report does not say which domain it covers");
        return Step::Error;
    }
    if (h.orgName.isEmpty())
        m_warnings.add(h.email.isEmpty()
                           ? QStringLiteral("empty <org_name> and <email>")
                           : QStringLiteral("empty <org_name>; the reporter is identified by its email"));
    if (m_xml.hasError())
        return Step::Continue; // reported by the caller
    if (m_onHeader && !m_onHeader(h))
        return Step::Stop;
    return Step::Continue;
}

void Reader::metadata() {
    AggregateReportHeader& h = m_outcome.header;
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"org_name")
            h.orgName = text();
        else if (n == u"email")
            h.email = text();
        else if (n == u"extra_contact_info")
            h.extraContactInfo = text();
        else if (n == u"report_id")
            h.reportId = text();
        else if (n == u"date_range")
            dateRange();
        else if (n == u"error") {
            const QString e = text();
            if (!e.isEmpty())
                h.errors.append(e);
        } else if (n == u"generator")
            h.generator = text();
        else
            skip(u"report_metadata");
    }
}

void Reader::dateRange() {
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"begin")
            m_outcome.header.begin = timestamp(text(), u"date_range/begin");
        else if (n == u"end")
            m_outcome.header.end = timestamp(text(), u"date_range/end");
        else
            skip(u"date_range");
    }
}

void Reader::policy() {
    AggregateReportHeader& h = m_outcome.header;
    static constexpr std::initializer_list<QStringView> policies{u"none", u"quarantine", u"reject"};
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"domain")
            h.domain = text().toLower();
        else if (n == u"adkim")
            h.adkim = result(text(), u"policy_published/adkim", {u"r", u"s"});
        else if (n == u"aspf")
            h.aspf = result(text(), u"policy_published/aspf", {u"r", u"s"});
        else if (n == u"p")
            h.p = result(text(), u"policy_published/p", policies);
        else if (n == u"sp")
            h.sp = result(text(), u"policy_published/sp", policies);
        else if (n == u"np")
            h.np = result(text(), u"policy_published/np", policies);
        else if (n == u"pct")
            h.pct = text();
        else if (n == u"fo")
            h.fo = text();
        else if (n == u"testing")
            h.testing = result(text(), u"policy_published/testing", {u"y", u"n"});
        else if (n == u"discovery_method")
            h.discoveryMethod = text();
        else
            skip(u"policy_published");
    }
}

Step Reader::record() {
    AggregateRecord r;
    bool sawRow = false;
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"row") {
            sawRow = true;
            row(r);
        } else if (n == u"identifiers") {
            identifiers(r);
        } else if (n == u"auth_results") {
            authResults(r);
        } else {
            skip(u"record");
        }
    }
    if (m_xml.hasError())
        return Step::Continue; // the caller turns it into an error
    if (!sawRow || r.sourceIp.isEmpty()) {
        m_warnings.add(QStringLiteral("a <record> without a usable <source_ip> was left out"));
        return Step::Continue;
    }
    if (r.count < 0) {
        m_warnings.add(QStringLiteral("a <record> without a usable <count> was left out"));
        return Step::Continue;
    }
    ++m_outcome.records;
    m_outcome.messages += r.count;
    if (m_onRecord && !m_onRecord(r))
        return Step::Stop;
    return Step::Continue;
}

void Reader::row(AggregateRecord& r) {
    r.count = -1;
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"source_ip") {
            const QString ip = text();
            if (isPlainIpv4(ip)) { // already canonical; QHostAddress is the slow path
                r.sourceIp = ip;
                continue;
            }
            const QHostAddress address(ip);
            if (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol &&
                                     address.protocol() != QAbstractSocket::IPv6Protocol))
                m_warnings.add(QStringLiteral("<source_ip> '%1' is not an IP address").arg(ip));
            else
                r.sourceIp = address.toString();
        } else if (n == u"count") {
            const QString c = text();
            bool ok = false;
            const qint64 v = c.toLongLong(&ok);
            if (ok && v >= 0 && v <= AggregateReportParser::kMaxRecordCount)
                r.count = v;
            else if (ok && v > AggregateReportParser::kMaxRecordCount)
                m_warnings.add(QStringLiteral("<count> '%1' is more messages than any source sends").arg(c));
            else
                m_warnings.add(QStringLiteral("<count> '%1' is not a number of messages").arg(c));
        } else if (n == u"policy_evaluated") {
            policyEvaluated(r);
        } else {
            skip(u"row");
        }
    }
}

void Reader::policyEvaluated(AggregateRecord& r) {
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"disposition") {
            r.disposition =
                result(text(), u"policy_evaluated/disposition", {u"none", u"quarantine", u"reject", u"pass"});
        } else if (n == u"dkim") {
            r.dkimAligned = result(text(), u"policy_evaluated/dkim", {u"pass", u"fail"});
        } else if (n == u"spf") {
            r.spfAligned = result(text(), u"policy_evaluated/spf", {u"pass", u"fail"});
        } else if (n == u"reason") {
            QString type;
            QString comment;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"type")
                    type = text();
                else if (m_xml.name() == u"comment")
                    comment = text();
                else
                    skip(u"reason");
            }
            if (type.isEmpty() && comment.isEmpty())
                m_warnings.add(QStringLiteral("empty <reason>"));
            else
                r.reasons.append(comment.isEmpty() ? type.toLower()
                                                   : QStringLiteral("%1: %2").arg(type.toLower(), comment));
        } else {
            skip(u"policy_evaluated");
        }
    }
}

void Reader::identifiers(AggregateRecord& r) {
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"header_from")
            r.headerFrom = text().toLower();
        else if (n == u"envelope_from")
            r.envelopeFrom = text().toLower();
        else if (n == u"envelope_to")
            r.envelopeTo = text().toLower();
        else
            skip(u"identifiers");
    }
}

void Reader::authResults(AggregateRecord& r) {
    while (m_xml.readNextStartElement()) {
        const QStringView n = m_xml.name();
        if (n == u"dkim") {
            DmarcDkimAuth d;
            while (m_xml.readNextStartElement()) {
                const QStringView c = m_xml.name();
                if (c == u"domain")
                    d.domain = text().toLower();
                else if (c == u"selector")
                    d.selector = text();
                else if (c == u"result")
                    d.result = result(
                        text(), u"auth_results/dkim/result",
                        {u"none", u"pass", u"fail", u"policy", u"neutral", u"temperror", u"permerror"});
                else if (c == u"human_result")
                    d.humanResult = text();
                else
                    skip(u"auth_results/dkim");
            }
            r.dkim.append(d);
        } else if (n == u"spf") {
            DmarcSpfAuth s;
            while (m_xml.readNextStartElement()) {
                const QStringView c = m_xml.name();
                if (c == u"domain")
                    s.domain = text().toLower();
                else if (c == u"scope")
                    s.scope = result(text(), u"auth_results/spf/scope", {u"mfrom", u"helo"});
                else if (c == u"result")
                    s.result = result(text(), u"auth_results/spf/result",
                                      {u"none", u"neutral", u"pass", u"fail", u"softfail", u"temperror",
                                       u"permerror", u"hardfail"});
                else if (c == u"human_result")
                    m_xml.skipCurrentElement();
                else
                    skip(u"auth_results/spf");
            }
            if (s.result == u"hardfail") // an old draft's spelling
                s.result = QStringLiteral("fail");
            r.spf.append(s);
        } else {
            skip(u"auth_results");
        }
    }
}

} // namespace

std::expected<AggregateReportParser::Outcome, QString>
AggregateReportParser::parse(QIODevice* device, const HeaderSink& onHeader, const RecordSink& onRecord) {
    Reader reader(device, onHeader, onRecord);
    return reader.run();
}

std::expected<AggregateReport, QString> AggregateReportParser::parse(const QByteArray& data) {
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    AggregateReport report;
    const auto collect = [&report](const AggregateRecord& r) {
        report.records.append(r);
        return true;
    };
    if (auto fast = AggregateReportFastParser::parse(
            &buffer, [](const AggregateReportHeader&) { return true; }, collect)) {
        report.header = fast->header;
        report.warnings = fast->warnings;
        return report;
    }
    report.records.clear(); // the reference parser reads it again
    buffer.seek(0);
    const auto outcome = parse(
        &buffer, [](const AggregateReportHeader&) { return true; },
        [&report](const AggregateRecord& r) {
            report.records.append(r);
            return true;
        });
    if (!outcome)
        return std::unexpected(outcome.error());
    report.header = outcome->header;
    report.warnings = outcome->warnings;
    return report;
}
