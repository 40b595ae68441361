#include "AggregateReportFastParser.h"

#include "FastXmlCursor.h"

#include <QHostAddress>

namespace {

// The same test as the reference parser: canonical dotted quads need no QHostAddress.
bool isPlainIpv4(QByteArrayView ip) {
    int octets = 0;
    int value = 0;
    int digits = 0;
    for (const char c : ip) {
        if (c >= '0' && c <= '9') {
            if (digits > 0 && value == 0)
                return false;
            value = value * 10 + (c - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == '.') {
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

class FastReader {
public:
    FastReader(QIODevice* device, const AggregateReportParser::HeaderSink& onHeader,
               const AggregateReportParser::RecordSink& onRecord)
        : m_xml(device)
        , m_onHeader(onHeader)
        , m_onRecord(onRecord) {}

    std::optional<AggregateReportParser::Outcome> run();

private:
    void feedback();
    void metadata();
    void dateRange();
    void policy();
    void record();
    void row(AggregateRecord& r);
    void policyEvaluated(AggregateRecord& r);
    void identifiers(AggregateRecord& r);
    void authResults(AggregateRecord& r);
    bool deliverHeader();

    QString result(const QString& value, std::initializer_list<const QString*> allowed);
    qint64 number(const QByteArray& digits);

    FastXmlCursor m_xml;
    const AggregateReportParser::HeaderSink& m_onHeader;
    const AggregateReportParser::RecordSink& m_onRecord;
    AggregateReportParser::Outcome m_outcome;
    bool m_stopped = false;
    bool m_headerDelivered = false;
    bool m_sawMetadata = false;
    bool m_sawPolicy = false;

    // The result words, shared by every record instead of allocated per value.
    const QString m_none = QStringLiteral("none");
    const QString m_pass = QStringLiteral("pass");
    const QString m_fail = QStringLiteral("fail");
    const QString m_quarantine = QStringLiteral("quarantine");
    const QString m_reject = QStringLiteral("reject");
    const QString m_softfail = QStringLiteral("softfail");
    const QString m_neutral = QStringLiteral("neutral");
    const QString m_temperror = QStringLiteral("temperror");
    const QString m_permerror = QStringLiteral("permerror");
    const QString m_policy = QStringLiteral("policy");
    const QString m_mfrom = QStringLiteral("mfrom");
    const QString m_helo = QStringLiteral("helo");
    const QString m_r = QStringLiteral("r");
    const QString m_s = QStringLiteral("s");
    const QString m_y = QStringLiteral("y");
    const QString m_n = QStringLiteral("n");
    const QString m_hardfail = QStringLiteral("hardfail");
};
std::optional<AggregateReportParser::Outcome> FastReader::run() {
    if (!m_xml.openRoot("feedback", &m_outcome.header.namespaceUri))
        return std::nullopt;
    feedback();
    if (m_stopped) {
        m_outcome.stopped = true;
        return m_outcome;
    }
    if (m_xml.failed())
        return std::nullopt;
    // After the root: only white space (a second root or a bad byte is the reference's to judge).
    if (!m_xml.atDocumentEnd())
        return std::nullopt;
    return m_outcome;
}

void FastReader::feedback() {
    QByteArrayView n;
    while (!m_xml.failed() && !m_stopped && m_xml.nextChild(n)) {
        if (n == "record") {
            if (!m_headerDelivered && !deliverHeader())
                return;
            record();
        } else if (n == "report_metadata") {
            m_sawMetadata = true;
            metadata();
        } else if (n == "policy_published") {
            m_sawPolicy = true;
            policy();
        } else if (n == "version") {
            m_outcome.header.version = m_xml.text();
        } else {
            m_xml.fail(); // unknown elements and <extensions>
        }
    }
    if (!m_xml.failed() && !m_stopped && !m_headerDelivered)
        deliverHeader();
}

bool FastReader::deliverHeader() {
    m_headerDelivered = true;
    const AggregateReportHeader& h = m_outcome.header;
    // Missing identity (an error) or an empty org_name (a warning): the reference says so.
    if (!m_sawMetadata || h.reportId.isEmpty() || !m_sawPolicy || h.domain.isEmpty() || h.orgName.isEmpty()) {
        m_xml.fail();
        return false;
    }
    if (m_onHeader && !m_onHeader(h)) {
        m_stopped = true;
        return false;
    }
    return true;
}

QString FastReader::result(const QString& value, std::initializer_list<const QString*> allowed) {
    for (const QString* a : allowed)
        if (value == *a)
            return *a;
    m_xml.fail(); // empty, wrong case or unknown: a warning of the reference parser
    return {};
}

qint64 FastReader::number(const QByteArray& digits) {
    if (digits.isEmpty() || digits.size() > 18) {
        m_xml.fail();
        return 0;
    }
    qint64 v = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            m_xml.fail();
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

void FastReader::metadata() {
    if (!m_xml.enter())
        return;
    AggregateReportHeader& h = m_outcome.header;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "org_name")
            h.orgName = m_xml.text();
        else if (n == "email")
            h.email = m_xml.text();
        else if (n == "extra_contact_info")
            h.extraContactInfo = m_xml.text();
        else if (n == "report_id")
            h.reportId = m_xml.text();
        else if (n == "date_range")
            dateRange();
        else if (n == "error") {
            const QString e = m_xml.text();
            if (!e.isEmpty())
                h.errors.append(e);
        } else if (n == "generator")
            h.generator = m_xml.text();
        else
            m_xml.fail();
    }
}

void FastReader::dateRange() {
    if (!m_xml.enter())
        return;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "begin")
            m_outcome.header.begin = number(m_xml.rawText());
        else if (n == "end")
            m_outcome.header.end = number(m_xml.rawText());
        else
            m_xml.fail();
    }
}

void FastReader::policy() {
    if (!m_xml.enter())
        return;
    AggregateReportHeader& h = m_outcome.header;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "domain")
            h.domain = m_xml.text().toLower();
        else if (n == "adkim")
            h.adkim = result(m_xml.text(), {&m_r, &m_s});
        else if (n == "aspf")
            h.aspf = result(m_xml.text(), {&m_r, &m_s});
        else if (n == "p")
            h.p = result(m_xml.text(), {&m_none, &m_quarantine, &m_reject});
        else if (n == "sp")
            h.sp = result(m_xml.text(), {&m_none, &m_quarantine, &m_reject});
        else if (n == "np")
            h.np = result(m_xml.text(), {&m_none, &m_quarantine, &m_reject});
        else if (n == "pct")
            h.pct = m_xml.text();
        else if (n == "fo")
            h.fo = m_xml.text();
        else if (n == "testing")
            h.testing = result(m_xml.text(), {&m_y, &m_n});
        else if (n == "discovery_method")
            h.discoveryMethod = m_xml.text();
        else
            m_xml.fail();
    }
}

void FastReader::record() {
    if (!m_xml.enter())
        return;
    AggregateRecord r;
    bool sawRow = false;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "row") {
            sawRow = true;
            row(r);
        } else if (n == "identifiers") {
            identifiers(r);
        } else if (n == "auth_results") {
            authResults(r);
        } else {
            m_xml.fail();
        }
    }
    if (m_xml.failed())
        return;
    if (!sawRow || r.sourceIp.isEmpty() || r.count < 0) {
        m_xml.fail(); // left out with a warning by the reference parser
        return;
    }
    ++m_outcome.records;
    m_outcome.messages += r.count;
    if (m_onRecord && !m_onRecord(r))
        m_stopped = true;
}

void FastReader::row(AggregateRecord& r) {
    if (!m_xml.enter())
        return;
    r.count = -1;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "source_ip") {
            const QByteArray ip = m_xml.rawText();
            if (isPlainIpv4(ip)) {
                r.sourceIp = QString::fromLatin1(ip);
                continue;
            }
            const QHostAddress address(QString::fromLatin1(ip));
            if (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol &&
                                     address.protocol() != QAbstractSocket::IPv6Protocol))
                m_xml.fail();
            else
                r.sourceIp = address.toString();
        } else if (n == "count") {
            r.count = number(m_xml.rawText());
            if (r.count > AggregateReportParser::kMaxRecordCount)
                m_xml.fail(); // the full parser names it
        } else if (n == "policy_evaluated") {
            policyEvaluated(r);
        } else {
            m_xml.fail();
        }
    }
}

void FastReader::policyEvaluated(AggregateRecord& r) {
    if (!m_xml.enter())
        return;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "disposition") {
            r.disposition = result(m_xml.text(), {&m_none, &m_quarantine, &m_reject, &m_pass});
        } else if (n == "dkim") {
            r.dkimAligned = result(m_xml.text(), {&m_pass, &m_fail});
        } else if (n == "spf") {
            r.spfAligned = result(m_xml.text(), {&m_pass, &m_fail});
        } else if (n == "reason") {
            if (!m_xml.enter())
                return;
            QString type;
            QString comment;
            QByteArrayView c;
            while (!m_xml.failed() && m_xml.nextChild(c)) {
                if (c == "type")
                    type = m_xml.text();
                else if (c == "comment")
                    comment = m_xml.text();
                else
                    m_xml.fail();
            }
            if (type.isEmpty() && comment.isEmpty())
                m_xml.fail(); // "empty <reason>"
            else
                r.reasons.append(comment.isEmpty() ? type.toLower()
                                                   : QStringLiteral("%1: %2").arg(type.toLower(), comment));
        } else {
            m_xml.fail();
        }
    }
}

void FastReader::identifiers(AggregateRecord& r) {
    if (!m_xml.enter())
        return;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "header_from")
            r.headerFrom = m_xml.text().toLower();
        else if (n == "envelope_from")
            r.envelopeFrom = m_xml.text().toLower();
        else if (n == "envelope_to")
            r.envelopeTo = m_xml.text().toLower();
        else
            m_xml.fail();
    }
}

void FastReader::authResults(AggregateRecord& r) {
    if (!m_xml.enter())
        return;
    QByteArrayView n;
    while (!m_xml.failed() && m_xml.nextChild(n)) {
        if (n == "dkim") {
            if (!m_xml.enter())
                return;
            DmarcDkimAuth d;
            QByteArrayView c;
            while (!m_xml.failed() && m_xml.nextChild(c)) {
                if (c == "domain")
                    d.domain = m_xml.text().toLower();
                else if (c == "selector")
                    d.selector = m_xml.text();
                else if (c == "result")
                    d.result = result(m_xml.text(), {&m_none, &m_pass, &m_fail, &m_policy, &m_neutral,
                                                     &m_temperror, &m_permerror});
                else if (c == "human_result")
                    d.humanResult = m_xml.text();
                else
                    m_xml.fail();
            }
            r.dkim.append(d);
        } else if (n == "spf") {
            if (!m_xml.enter())
                return;
            DmarcSpfAuth s;
            QByteArrayView c;
            while (!m_xml.failed() && m_xml.nextChild(c)) {
                if (c == "domain")
                    s.domain = m_xml.text().toLower();
                else if (c == "scope")
                    s.scope = result(m_xml.text(), {&m_mfrom, &m_helo});
                else if (c == "result")
                    s.result = result(m_xml.text(), {&m_none, &m_neutral, &m_pass, &m_fail, &m_softfail,
                                                     &m_temperror, &m_permerror, &m_hardfail});
                else if (c == "human_result")
                    (void)m_xml.rawText();
                else
                    m_xml.fail();
            }
            if (s.result == u"hardfail")
                s.result = m_fail;
            r.spf.append(s);
        } else {
            m_xml.fail();
        }
    }
}

} // namespace

std::optional<AggregateReportParser::Outcome>
AggregateReportFastParser::parse(QIODevice* device, const AggregateReportParser::HeaderSink& onHeader,
                                 const AggregateReportParser::RecordSink& onRecord) {
    if (device->isSequential())
        return std::nullopt;
    FastReader reader(device, onHeader, onRecord);
    return reader.run();
}
