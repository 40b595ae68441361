#include "BimiLogotype.h"

using namespace Qt::StringLiterals;

namespace {
// One DER element: identifier octet and contents. Only low tag numbers, definite lengths.
struct Tlv {
    quint8 tag = 0;
    QByteArray content;
};

class DerReader {
public:
    explicit DerReader(QByteArray data)
        : m_data(std::move(data)) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    std::expected<Tlv, QString> next() {
        if (m_data.size() - m_pos < 2)
            return std::unexpected(u"truncated DER element"_s);
        Tlv t;
        t.tag = quint8(m_data.at(m_pos++));
        if ((t.tag & 0x1f) == 0x1f)
            return std::unexpected(u"DER high tag numbers are not used here"_s);
        quint8 first = quint8(m_data.at(m_pos++));
        qsizetype length = 0;
        if (first < 0x80) {
            length = first;
        } else {
            const int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 3)
                return std::unexpected(u"DER length form not allowed"_s);
            if (m_data.size() - m_pos < bytes)
                return std::unexpected(u"truncated DER length"_s);
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | quint8(m_data.at(m_pos++));
        }
        if (length > m_data.size() - m_pos)
            return std::unexpected(u"DER element longer than its container"_s);
        t.content = m_data.mid(m_pos, length);
        m_pos += length;
        return t;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QString oidText(const QByteArray& raw) {
    if (raw.isEmpty())
        return {};
    QStringList parts;
    const quint8 first = quint8(raw.at(0));
    parts << QString::number(first / 40) << QString::number(first % 40);
    quint64 value = 0;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const quint8 b = quint8(raw.at(i));
        value = (value << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            parts << QString::number(value);
            value = 0;
        }
        if (value > (quint64(1) << 56))
            return u"(invalid OID)"_s;
    }
    return parts.join(u'.');
}

QString hashName(const QString& oid) {
    if (oid == u"2.16.840.1.101.3.4.2.1"_s)
        return u"sha256"_s;
    if (oid == u"2.16.840.1.101.3.4.2.2"_s)
        return u"sha384"_s;
    if (oid == u"2.16.840.1.101.3.4.2.3"_s)
        return u"sha512"_s;
    if (oid == u"1.3.14.3.2.26"_s)
        return u"sha1"_s;
    return oid;
}

// A SEQUENCE's elements, all of them or an error.
std::expected<QList<Tlv>, QString> elements(const QByteArray& content) {
    DerReader r(content);
    QList<Tlv> out;
    while (!r.atEnd()) {
        auto t = r.next();
        if (!t)
            return std::unexpected(t.error());
        out << *t;
        if (out.size() > 64)
            return std::unexpected(u"too many elements"_s);
    }
    return out;
}

std::expected<BimiLogotype::Image, QString> parseImage(const Tlv& image) {
    if (image.tag != 0x30)
        return std::unexpected(u"LogotypeImage is not a SEQUENCE"_s);
    auto fields = elements(image.content);
    if (!fields || fields->isEmpty() || fields->first().tag != 0x30)
        return std::unexpected(u"LogotypeImage has no LogotypeDetails"_s);
    auto details = elements(fields->first().content);
    if (!details || details->size() != 3)
        return std::unexpected(u"LogotypeDetails is not mediaType, logotypeHash, logotypeURI"_s);
    BimiLogotype::Image out;
    const Tlv& media = details->at(0);
    if (media.tag != 0x16)
        return std::unexpected(u"mediaType is not an IA5String"_s);
    out.mediaType = QString::fromLatin1(media.content);
    if (details->at(1).tag != 0x30)
        return std::unexpected(u"logotypeHash is not a SEQUENCE"_s);
    auto hashes = elements(details->at(1).content);
    if (!hashes || hashes->isEmpty())
        return std::unexpected(u"logotypeHash is empty or malformed"_s);
    for (const Tlv& h : *hashes) {
        auto pair = elements(h.content);
        if (h.tag != 0x30 || !pair || pair->size() != 2 || pair->at(0).tag != 0x30 || pair->at(1).tag != 0x04)
            return std::unexpected(u"a HashAlgAndValue is malformed"_s);
        auto alg = elements(pair->at(0).content);
        if (!alg || alg->isEmpty() || alg->first().tag != 0x06)
            return std::unexpected(u"a hash AlgorithmIdentifier is malformed"_s);
        out.hashes << BimiLogotype::Hash{hashName(oidText(alg->first().content)), pair->at(1).content};
    }
    if (details->at(2).tag != 0x30)
        return std::unexpected(u"logotypeURI is not a SEQUENCE"_s);
    auto uris = elements(details->at(2).content);
    if (!uris || uris->isEmpty())
        return std::unexpected(u"logotypeURI is empty or malformed"_s);
    for (const Tlv& u : *uris) {
        if (u.tag != 0x16)
            return std::unexpected(u"a logotypeURI is not an IA5String"_s);
        out.uris << QString::fromLatin1(u.content);
    }
    return out;
}
} // namespace

BimiLogotype BimiLogotype::parse(const QByteArray& der) {
    BimiLogotype out;
    DerReader top(der);
    auto root = top.next();
    if (!root || root->tag != 0x30 || !top.atEnd()) {
        out.errors << u"the logotype extension is not a single DER SEQUENCE"_s;
        return out;
    }
    auto fields = elements(root->content);
    if (!fields) {
        out.errors << u"the logotype extension is malformed: %1"_s.arg(fields.error());
        return out;
    }
    const Tlv* subject = nullptr;
    for (const Tlv& t : *fields)
        if (t.tag == 0xa2) // subjectLogo [2] EXPLICIT LogotypeInfo
            subject = &t;
    if (!subject) {
        out.errors << u"the logotype extension has no subjectLogo"_s;
        return out;
    }
    DerReader info(subject->content);
    auto choice = info.next();
    if (!choice) {
        out.errors << u"the subjectLogo is malformed: %1"_s.arg(choice.error());
        return out;
    }
    if (choice->tag == 0xa1) {
        out.errors << u"the subjectLogo is an indirect reference; BIMI needs the logo embedded (direct)"_s;
        return out;
    }
    if (choice->tag != 0xa0) { // direct [0] LogotypeData (implicit)
        out.errors << u"the subjectLogo is neither direct nor indirect"_s;
        return out;
    }
    auto data = elements(choice->content);
    if (!data) {
        out.errors << u"the subjectLogo's LogotypeData is malformed: %1"_s.arg(data.error());
        return out;
    }
    for (const Tlv& d : *data) {
        if (d.tag != 0x30) // [1] audio is ignored
            continue;
        auto images = elements(d.content);
        if (!images) {
            out.errors << u"the logotype images are malformed: %1"_s.arg(images.error());
            return out;
        }
        for (const Tlv& i : *images) {
            auto image = parseImage(i);
            if (!image) {
                out.errors << image.error();
                return out;
            }
            out.images << *image;
        }
    }
    if (out.images.isEmpty())
        out.errors << u"the subjectLogo holds no image"_s;
    return out;
}

std::expected<std::pair<QString, QByteArray>, QString> BimiLogotype::decodeDataUri(const QString& uri) {
    if (!uri.startsWith(u"data:"_s, Qt::CaseInsensitive))
        return std::unexpected(u"'%1' is not a data: URI"_s.arg(uri.left(40)));
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return std::unexpected(u"the data: URI has no comma"_s);
    QString meta = uri.mid(5, comma - 5);
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    const bool base64 = meta.endsWith(u";base64"_s, Qt::CaseInsensitive);
    if (base64)
        meta.chop(7);
    if (!base64)
        return std::pair{meta, QByteArray::fromPercentEncoding(payload)};
    const auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(u"the data: URI's base64 is invalid"_s);
    return std::pair{meta, decoded.decoded};
}
