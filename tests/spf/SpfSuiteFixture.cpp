#include "SpfSuiteFixture.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString normalName(QString n) {
    n = n.toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

QList<QByteArray> stringsOf(const QJsonValue& v) {
    QList<QByteArray> out;
    if (v.isArray()) {
        for (const QJsonValue& s : v.toArray())
            out << s.toString().toUtf8();
    } else {
        out << v.toString().toUtf8();
    }
    return out;
}

QString escapeLabel(const QString& label) {
    QString out;
    for (const char c : label.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '*')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\%1").arg(u, 3, 10, QLatin1Char('0'));
    }
    return out;
}

QString quoteString(const QByteArray& s) {
    QString out = QStringLiteral("\"");
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\')
            out += QStringLiteral("\\") + QLatin1Char(c);
        else if (u < 0x20 || u > 0x7e)
            out += QStringLiteral("\\%1").arg(u, 3, 10, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + QLatin1Char('"');
}
} // namespace

QList<SpfSuiteScenario> loadSpfSuite(QString* error) {
    const QString path =
        qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/spf/rfc7208-tests.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    const QJsonArray docs = QJsonDocument::fromJson(f.readAll()).array();
    QList<SpfSuiteScenario> out;
    for (const QJsonValue& d : docs) {
        SpfSuiteScenario s;
        s.description = d[QLatin1String("description")].toString();
        s.zonedata = d[QLatin1String("zonedata")].toObject();
        const QJsonObject tests = d[QLatin1String("tests")].toObject();
        for (auto it = tests.begin(); it != tests.end(); ++it) {
            const QJsonObject t = it->toObject();
            SpfSuiteCase c;
            c.scenario = s.description;
            c.name = it.key();
            c.host = t[QLatin1String("host")].toString();
            c.mailfrom = t[QLatin1String("mailfrom")].toString();
            c.helo = t[QLatin1String("helo")].toString();
            const QJsonValue r = t[QLatin1String("result")];
            if (r.isArray()) {
                for (const QJsonValue& x : r.toArray())
                    c.results << x.toString();
            } else {
                c.results << r.toString();
            }
            if (t.contains(QLatin1String("explanation")))
                c.explanation = t[QLatin1String("explanation")].toString();
            s.cases << c;
        }
        out << s;
    }
    return out;
}

SpfSuiteResolver::SpfSuiteResolver(const QJsonObject& zonedata) {
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it) {
        const QString name = normalName(it.key());
        QList<Entry> entries;
        QList<Entry> generatedTxt;
        bool hasTxt = false;
        for (const QJsonValue& v : it->toArray()) {
            if (v.isString()) { // "TIMEOUT"
                entries << Entry{true, {}};
                continue;
            }
            const QJsonObject o = v.toObject();
            for (auto r = o.begin(); r != o.end(); ++r) {
                const QString type = r.key();
                DnsRecord rec;
                rec.name = name;
                rec.ttl = 300;
                if (type == QLatin1String("TXT") || type == QLatin1String("SPF")) {
                    rec.type = type == QLatin1String("TXT") ? DnsRecordType::TXT : DnsRecordType::SPF;
                    if (type == QLatin1String("TXT"))
                        hasTxt = true;
                    if (r->isString() && r->toString() == QLatin1String("NONE"))
                        continue;
                    rec.strings = stringsOf(*r);
                    if (rec.type == DnsRecordType::SPF) {
                        // The suite's driver serves every SPF record as TXT too, unless the name
                        // lists TXT data of its own (rfc7208-tests.yml, header comment).
                        DnsRecord txt = rec;
                        txt.type = DnsRecordType::TXT;
                        generatedTxt << Entry{false, txt};
                    }
                } else if (type == QLatin1String("A") || type == QLatin1String("AAAA")) {
                    rec.type = type == QLatin1String("A") ? DnsRecordType::A : DnsRecordType::AAAA;
                    rec.address = QHostAddress(r->toString()).toString();
                    if (rec.address.isEmpty())
                        rec.address = r->toString();
                } else if (type == QLatin1String("MX")) {
                    rec.type = DnsRecordType::MX;
                    const QJsonArray mx = r->toArray();
                    rec.preference = static_cast<quint16>(mx.at(0).toInt());
                    rec.target = normalName(mx.at(1).toString());
                } else if (type == QLatin1String("PTR") || type == QLatin1String("CNAME")) {
                    rec.type = type == QLatin1String("PTR") ? DnsRecordType::PTR : DnsRecordType::CNAME;
                    rec.target = normalName(r->toString());
                } else {
                    qWarning("unknown zonedata type %s", qPrintable(type));
                    continue;
                }
                entries << Entry{false, rec};
            }
        }
        if (!hasTxt)
            entries += generatedTxt;
        m_names[name] += entries;
    }
}

QSet<QString> SpfSuiteResolver::askedNames() const {
    QMutexLocker lock(&m_mutex);
    return m_asked;
}

bool SpfSuiteResolver::timeoutHit() const {
    QMutexLocker lock(&m_mutex);
    return m_timeoutHit;
}

void SpfSuiteResolver::reset() {
    QMutexLocker lock(&m_mutex);
    m_asked.clear();
    m_timeoutHit = false;
}

DnsAnswer SpfSuiteResolver::resolve(const QString& name, DnsRecordType type) {
    return answer(normalName(name), type, 0);
}

DnsAnswer SpfSuiteResolver::answer(const QString& name, DnsRecordType type, int depth) {
    {
        QMutexLocker lock(&m_mutex);
        m_asked.insert(name);
    }
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.source = DnsSource::ZoneFile;
    a.origin = DnsSource::ZoneFile;
    const auto it = m_names.constFind(name);
    if (it == m_names.constEnd()) {
        a.outcome = DnsOutcome::NxDomain;
        return a;
    }
    std::optional<DnsRecord> cname;
    for (const Entry& e : *it) {
        if (e.timeout) {
            if (a.records.isEmpty()) {
                QMutexLocker lock(&m_mutex);
                m_timeoutHit = true;
                a.outcome = DnsOutcome::Timeout;
                a.error = QStringLiteral("TIMEOUT in the suite's zonedata");
                return a;
            }
            continue;
        }
        if (e.record.type == type)
            a.records << e.record;
        else if (e.record.type == DnsRecordType::CNAME)
            cname = e.record;
    }
    if (a.records.isEmpty() && cname && depth < 8) {
        DnsAnswer next = answer(cname->target, type, depth + 1);
        next.name = name;
        next.cnames.prepend(*cname);
        return next;
    }
    a.outcome = a.records.isEmpty() ? DnsOutcome::NoData : DnsOutcome::Answer;
    return a;
}

QByteArray SpfSuiteResolver::rootZone(QSet<QString>* inexpressible) const {
    QString z = QStringLiteral("$TTL 300\n"
                               ". IN SOA ns.zone.invalid. hostmaster.zone.invalid. 1 3600 600 86400 300\n"
                               ". IN NS ns.zone.invalid.\n");
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        QStringList labels;
        bool ok = !it.key().isEmpty();
        for (const QString& l : it.key().split(QLatin1Char('.'))) {
            ok = ok && !l.isEmpty() && l.toUtf8().size() <= 63;
            labels << escapeLabel(l);
        }
        const QString owner = labels.join(QLatin1Char('.')) + QLatin1Char('.');
        for (const Entry& e : *it) {
            if (e.timeout || !ok) {
                inexpressible->insert(it.key());
                continue;
            }
            const DnsRecord& r = e.record;
            QString rdata;
            switch (r.type) {
            case DnsRecordType::TXT:
            case DnsRecordType::SPF: {
                if (r.strings.isEmpty()) { // zone files cannot write a TXT record of no strings
                    inexpressible->insert(it.key());
                    continue;
                }
                QStringList parts;
                for (const QByteArray& s : r.strings) {
                    // A character-string holds at most 255 bytes: longer suite strings are split
                    // (SPF joins them again without separators, RFC 7208 §3.3).
                    for (qsizetype i = 0; i == 0 || i < s.size(); i += 255)
                        parts << quoteString(s.mid(i, 255));
                }
                rdata = parts.join(QLatin1Char(' '));
                break;
            }
            case DnsRecordType::A:
            case DnsRecordType::AAAA: {
                const QHostAddress a(r.address);
                const bool v4 = r.type == DnsRecordType::A;
                if (a.isNull() || (a.protocol() == QAbstractSocket::IPv4Protocol) != v4) {
                    inexpressible->insert(it.key());
                    continue;
                }
                rdata = a.toString();
                break;
            }
            case DnsRecordType::MX:
                rdata =
                    QStringLiteral("%1 %2.").arg(r.preference).arg(r.target.isEmpty() ? QString() : r.target);
                if (r.target.isEmpty())
                    rdata = QStringLiteral("%1 .").arg(r.preference);
                break;
            case DnsRecordType::PTR:
            case DnsRecordType::CNAME:
                rdata = r.target + QLatin1Char('.');
                break;
            default:
                continue;
            }
            z += QStringLiteral("%1 IN %2 %3\n").arg(owner, dnsRecordTypeName(r.type), rdata);
        }
    }
    return z.toUtf8();
}
