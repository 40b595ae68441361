#include "LdnsRecordConverter.h"

#include <cctype>
#include <memory>

namespace {
struct FreeDeleter {
    void operator()(char* p) const noexcept { free(p); }
};
using CString = std::unique_ptr<char, FreeDeleter>;

QString rdfToString(const ldns_rdf* rdf) {
    if (!rdf)
        return {};
    CString s(ldns_rdf2str(rdf));
    return s ? QString::fromUtf8(s.get()) : QString();
}
} // namespace

QString LdnsRecordConverter::nameToString(const ldns_rdf* dname) {
    // ldns prints presentation form (\032 for a space, \. for a dot inside a label); names in
    // DnsRecord are the raw text that was asked (SPF macros can put any byte in a label).
    const QByteArray text = rdfToString(dname).toLower().toUtf8();
    QByteArray raw;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 3]))) {
            raw += static_cast<char>(text.mid(i + 1, 3).toInt());
            i += 3;
        } else if (text[i] == '\\' && i + 1 < text.size()) {
            raw += text[++i];
        } else {
            raw += text[i];
        }
    }
    QString s = QString::fromUtf8(raw);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QByteArray LdnsRecordConverter::presentationName(const QString& name) {
    if (name.isEmpty())
        return QByteArrayLiteral(".");
    QByteArray out;
    for (const QString& label : name.split(QLatin1Char('.'))) {
        for (const char c : label.toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            if (std::isalnum(u) || u == '-' || u == '_' || u == '*')
                out += c;
            else
                out += '\\' + QByteArray::number(u).rightJustified(3, '0');
        }
        out += '.';
    }
    return out;
}

DnsRecord LdnsRecordConverter::convert(const ldns_rr* rr) {
    DnsRecord r;
    r.name = nameToString(ldns_rr_owner(rr));
    r.type = static_cast<DnsRecordType>(ldns_rr_get_type(rr));
    r.ttl = ldns_rr_ttl(rr);
    QStringList parts;
    const size_t count = ldns_rr_rd_count(rr);
    for (size_t i = 0; i < count; ++i)
        parts << rdfToString(ldns_rr_rdf(rr, i));
    r.rdata = parts.join(QLatin1Char(' '));
    switch (r.type) {
    case DnsRecordType::A:
    case DnsRecordType::AAAA:
        r.address = parts.value(0);
        break;
    case DnsRecordType::CNAME:
    case DnsRecordType::DNAME:
    case DnsRecordType::PTR:
    case DnsRecordType::NS:
        r.target = count > 0 ? nameToString(ldns_rr_rdf(rr, 0)) : QString();
        break;
    case DnsRecordType::MX:
        if (count >= 2) {
            r.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
            r.target = nameToString(ldns_rr_rdf(rr, 1));
        }
        break;
    case DnsRecordType::TXT:
    case DnsRecordType::SPF:
        for (size_t i = 0; i < count; ++i) {
            const ldns_rdf* rdf = ldns_rr_rdf(rr, i);
            if (ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_STR || ldns_rdf_size(rdf) < 1)
                continue;
            const uint8_t* data = ldns_rdf_data(rdf);
            const size_t len = std::min<size_t>(data[0], ldns_rdf_size(rdf) - 1);
            r.strings << QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(len));
        }
        break;
    default:
        break;
    }
    return r;
}
