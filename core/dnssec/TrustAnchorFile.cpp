#include "TrustAnchorFile.h"

#include "DnssecCrypto.h"
#include "dns/LdnsRecordConverter.h"

#include <QFile>

#include <ldns/ldns.h>
#include <memory>

namespace {
struct RrDeleter {
    void operator()(ldns_rr* rr) const noexcept { ldns_rr_free(rr); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* rdf) const noexcept { ldns_rdf_deep_free(rdf); }
};

constexpr qsizetype MaxFileBytes = 1 << 20; // a root key file is about 1 KB
constexpr int MaxAnchors = 256;

// Removes a ';' comment (DS and DNSKEY rdata hold no quoted strings).
QByteArray withoutComment(const QByteArray& line) {
    const qsizetype semi = line.indexOf(';');
    return semi < 0 ? line : line.left(semi);
}

bool isTtl(const QByteArray& token) {
    if (token.isEmpty())
        return false;
    for (const char c : token)
        if (!(c >= '0' && c <= '9') && !QByteArrayLiteral("smhdwSMHDW").contains(c))
            return false;
    return token.front() >= '0' && token.front() <= '9';
}

std::expected<TrustAnchor, QString> anchorFromLine(const QList<QByteArray>& tokens, const QString& origin,
                                                   const QString& where) {
    if (tokens.size() < 3)
        return std::unexpected(QStringLiteral("%1: a trust anchor needs an owner, a type (DS or DNSKEY) "
                                              "and its data")
                                   .arg(where));
    QString owner = QString::fromUtf8(tokens.at(0));
    if (owner == QLatin1String("@"))
        owner = origin.isEmpty() ? QStringLiteral(".") : origin + QLatin1Char('.');
    else if (!owner.endsWith(QLatin1Char('.')))
        owner += QLatin1Char('.') + (origin.isEmpty() ? QString() : origin + QLatin1Char('.'));
    qsizetype i = 1;
    QByteArray ttl = "3600";
    for (int k = 0; k < 2 && i < tokens.size(); ++k) {
        if (isTtl(tokens.at(i)))
            ttl = tokens.at(i++);
        else if (tokens.at(i).compare("IN", Qt::CaseInsensitive) == 0)
            ++i;
    }
    if (i >= tokens.size())
        return std::unexpected(QStringLiteral("%1: no record type").arg(where));
    const QByteArray type = tokens.at(i).toUpper();
    if (type != "DS" && type != "DNSKEY")
        return std::unexpected(QStringLiteral("%1: %2 is not a trust anchor: give DS or DNSKEY records")
                                   .arg(where, QString::fromUtf8(tokens.at(i))));
    if (i + 1 >= tokens.size())
        return std::unexpected(
            QStringLiteral("%1: the %2 record has no data").arg(where, QString::fromUtf8(type)));
    QByteArray text = owner.toUtf8() + ' ' + ttl + " IN " + type;
    for (qsizetype k = i + 1; k < tokens.size(); ++k)
        text += ' ' + tokens.at(k);
    ldns_rr* raw = nullptr;
    const ldns_status status = ldns_rr_new_frm_str(&raw, text.constData(), 3600, nullptr, nullptr);
    std::unique_ptr<ldns_rr, RrDeleter> rr(raw);
    if (status != LDNS_STATUS_OK || !rr)
        return std::unexpected(
            QStringLiteral("%1: the %2 record cannot be read: %3")
                .arg(where, QString::fromUtf8(type), QString::fromLatin1(ldns_get_errorstr_by_id(status))));
    TrustAnchor a;
    a.record = LdnsRecordConverter::convert(rr.get());
    if (type == "DS") {
        if (ldns_rr_rd_count(rr.get()) < 4)
            return std::unexpected(QStringLiteral("%1: the DS record is incomplete").arg(where));
        a.keyTag = ldns_rdf2native_int16(ldns_rr_rdf(rr.get(), 0));
        a.algorithm = ldns_rdf2native_int8(ldns_rr_rdf(rr.get(), 1));
    } else {
        if (ldns_rr_rd_count(rr.get()) < 4)
            return std::unexpected(QStringLiteral("%1: the DNSKEY record is incomplete").arg(where));
        if (ldns_rdf2native_int8(ldns_rr_rdf(rr.get(), 1)) != 3)
            return std::unexpected(
                QStringLiteral("%1: the DNSKEY's protocol field must be 3 (RFC 4034 §2.1.2)").arg(where));
        a.keyTag = ldns_calc_keytag(rr.get());
        a.algorithm = ldns_rdf2native_int8(ldns_rr_rdf(rr.get(), 2));
    }
    // The validator rebuilds the record from its zone line: one that does not come back (an owner
    // name with bytes ldns reads differently, found by fuzz_trustanchor) could never anchor a chain.
    if (!DnssecCrypto::parses(a.record))
        return std::unexpected(
            QStringLiteral("%1: the record cannot be read back as a trust anchor").arg(where));
    return a;
}
} // namespace

std::expected<TrustAnchorSet, QString> TrustAnchorFile::parse(const QByteArray& text, const QString& label) {
    if (text.size() > MaxFileBytes)
        return std::unexpected(
            QStringLiteral("%1: too large for a trust anchor file (over 1 MiB)").arg(label));
    QList<TrustAnchor> anchors;
    QString origin;
    QList<QByteArray> pending; // tokens of a record continued inside parentheses
    int depth = 0;
    int startLine = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray line = withoutComment(lines.at(n));
        const QString where = QStringLiteral("%1:%2").arg(label).arg(n + 1);
        if (depth == 0) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (trimmed.startsWith('$')) {
                const QList<QByteArray> parts = trimmed.simplified().split(' ');
                if (parts.at(0).toUpper() == "$ORIGIN" && parts.size() == 2) {
                    origin = QString::fromUtf8(parts.at(1)).toLower();
                    if (origin.endsWith(QLatin1Char('.')))
                        origin.chop(1);
                } else if (parts.at(0).toUpper() != "$TTL" || parts.size() != 2) {
                    return std::unexpected(QStringLiteral("%1: unknown directive %2")
                                               .arg(where, QString::fromUtf8(parts.at(0))));
                }
                continue;
            }
            if (line.front() == ' ' || line.front() == '\t')
                return std::unexpected(
                    QStringLiteral("%1: the record has no owner name (write it, e.g. '.')").arg(where));
            startLine = static_cast<int>(n + 1);
        }
        QByteArray spaced = line;
        spaced.replace('(', " ( ").replace(')', " ) ");
        for (const QByteArray& token : spaced.simplified().split(' ')) {
            if (token.isEmpty())
                continue;
            if (token == "(") {
                ++depth;
            } else if (token == ")") {
                if (--depth < 0)
                    return std::unexpected(QStringLiteral("%1: ')' without '('").arg(where));
            } else {
                pending << token;
            }
        }
        if (depth > 0)
            continue;
        if (pending.isEmpty())
            continue;
        auto anchor = anchorFromLine(pending, origin, QStringLiteral("%1:%2").arg(label).arg(startLine));
        pending.clear();
        if (!anchor)
            return std::unexpected(anchor.error());
        if (anchors.size() >= MaxAnchors)
            return std::unexpected(
                QStringLiteral("%1: more than %2 trust anchors").arg(label).arg(MaxAnchors));
        anchors << *anchor;
    }
    if (depth > 0)
        return std::unexpected(QStringLiteral("%1:%2: '(' is never closed").arg(label).arg(startLine));
    if (anchors.isEmpty())
        return std::unexpected(
            QStringLiteral("%1: no DS or DNSKEY record: not a trust anchor file").arg(label));
    return TrustAnchorSet(anchors, label);
}

std::expected<TrustAnchorSet, QString> TrustAnchorFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            QStringLiteral("cannot open trust anchor file %1: %2").arg(path, file.errorString()));
    return parse(file.read(MaxFileBytes + 1), path);
}
