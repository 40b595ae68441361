#include "DnsQueryWire.h"

QByteArray DnsQueryWire::encodeName(const QString& name) {
    QByteArray out;
    out.reserve(name.size() + 2);
    qsizetype start = 0;
    const qsizetype end = name.endsWith(QLatin1Char('.')) ? name.size() - 1 : name.size();
    while (start < end) {
        qsizetype dot = name.indexOf(QLatin1Char('.'), start);
        if (dot < 0 || dot > end)
            dot = end;
        const QStringView label = QStringView(name).mid(start, dot - start);
        bool ascii = true;
        for (const QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
        // Non-ASCII labels go out as their UTF-8 bytes (as ldns read them from the presentation
        // form before); a lookup through DnsSession only ever sends A-labels.
        const QByteArray bytes = ascii ? QByteArray() : label.toUtf8();
        const qsizetype length = ascii ? label.size() : bytes.size();
        if (length == 0 || length > 63)
            return {};
        out.append(static_cast<char>(length));
        if (ascii) {
            for (const QChar c : label)
                out.append(static_cast<char>(c.unicode()));
        } else {
            out.append(bytes);
        }
        start = dot + 1;
    }
    out.append('\0');
    return out.size() > 255 ? QByteArray() : out;
}

std::expected<QByteArray, QString> DnsQueryWire::build(const QString& name, DnsRecordType type, quint16 id,
                                                       const Options& options) {
    const QByteArray qname = encodeName(name);
    if (qname.isEmpty())
        return std::unexpected(QStringLiteral("'%1' is not a valid DNS name").arg(name));
    return fromWireName(qname, type, id, options);
}

QByteArray DnsQueryWire::fromWireName(const QByteArray& qname, DnsRecordType type, quint16 id,
                                      const Options& options) {
    const bool edns = options.ednsBufferSize > 0;
    QByteArray out;
    out.reserve(12 + qname.size() + 4 + 11);
    auto u16 = [&out](quint16 v) {
        out.append(static_cast<char>(v >> 8));
        out.append(static_cast<char>(v & 0xff));
    };
    u16(id);
    u16(options.recursionDesired ? 0x0100 : 0); // QR=0, opcode QUERY, RD
    u16(1);                                     // QDCOUNT
    u16(0);                                     // ANCOUNT
    u16(0);                                     // NSCOUNT
    u16(edns ? 1 : 0);                          // ARCOUNT: the OPT record
    out.append(qname);
    u16(static_cast<quint16>(type));
    u16(1); // class IN
    if (edns) {
        out.append('\0'); // owner: the root
        u16(41);          // OPT
        u16(options.ednsBufferSize);
        out.append('\0');                   // extended RCODE
        out.append('\0');                   // version 0
        u16(options.dnssecOk ? 0x8000 : 0); // DO
        u16(0);                             // no options
    }
    return out;
}

bool DnsQueryWire::isReplyTo(const char* reply, qsizetype size, const QByteArray& query) {
    constexpr qsizetype Header = 12;
    if (size < Header + 5 || query.size() < Header + 5)
        return false;
    const auto* r = reinterpret_cast<const unsigned char*>(reply);
    const auto* q = reinterpret_cast<const unsigned char*>(query.constData());
    if (r[0] != q[0] || r[1] != q[1] || (r[2] & 0x80) == 0) // id, QR
        return false;
    if (r[4] != 0 || r[5] != 1) // QDCOUNT 1
        return false;
    // The question as sent: name (uncompressed, our own encoding), type, class.
    qsizetype qEnd = Header;
    while (qEnd < query.size() && q[qEnd] != 0)
        qEnd += q[qEnd] + 1;
    const qsizetype nameEnd = qEnd;
    qEnd += 1 + 4;
    if (qEnd > query.size() || qEnd > size)
        return false;
    for (qsizetype i = Header; i < qEnd; ++i) {
        unsigned char a = r[i];
        unsigned char b = q[i];
        if (i >= nameEnd) {
            if (a != b)
                return false;
            continue;
        }
        if (a >= 'A' && a <= 'Z')
            a = static_cast<unsigned char>(a + 32);
        if (b >= 'A' && b <= 'Z')
            b = static_cast<unsigned char>(b + 32);
        if (a != b)
            return false;
    }
    return true;
}
