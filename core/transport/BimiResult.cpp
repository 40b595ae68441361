#include "BimiResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject BimiResult::Dmarc::toJson() const {
    return {{u"checked"_s, checked},
            {u"enforced"_s, enforced},
            {u"rfc9989"_s, QJsonObject{{u"policy"_s, orNull(policy9989)},
                                       {u"recordDomain"_s, orNull(recordDomain9989)},
                                       {u"testing"_s, testing}}},
            {u"rfc7489"_s, QJsonObject{{u"policy"_s, orNull(policy7489)},
                                       {u"recordDomain"_s, orNull(recordDomain7489)},
                                       {u"pct"_s, pct}}},
            {u"problems"_s, QJsonArray::fromStringList(problems)}};
}

QJsonObject BimiResult::Logo::toJson() const {
    QJsonObject o{{u"url"_s, orNull(url)},
                  {u"valid"_s, valid},
                  {u"errors"_s, QJsonArray::fromStringList(errors)},
                  {u"title"_s, orNull(title)},
                  {u"size"_s, fetched && fetch.ok() ? QJsonValue(double(fetch.body.size())) : QJsonValue()}};
    if (fetched)
        o.insert(u"fetch"_s, fetch.toJson());
    // The logo itself (at most 32 KiB) once it passed the profile check, so that the PDF, made
    // from the JSON, can show it.
    if (valid && !svg.isEmpty())
        o.insert(u"svg"_s, QString::fromLatin1(svg.toBase64()));
    return o;
}

QJsonObject BimiResult::Authority::toJson() const {
    QJsonObject o{
        {u"url"_s, orNull(url)}, {u"valid"_s, valid}, {u"errors"_s, QJsonArray::fromStringList(errors)}};
    if (fetched)
        o.insert(u"fetch"_s, fetch.toJson());
    if (evidence) {
        const BimiAuthorityEvidence& e = *evidence;
        o.insert(u"subject"_s, e.subject);
        o.insert(u"issuer"_s, e.issuer);
        o.insert(u"notBefore"_s, e.notBefore.toString(Qt::ISODate));
        o.insert(u"notAfter"_s, e.notAfter.toString(Qt::ISODate));
        o.insert(u"sans"_s, QJsonArray::fromStringList(e.sans));
        o.insert(u"certificates"_s, e.certificates);
        o.insert(u"chainValid"_s, e.chainValid);
        o.insert(u"logoMatches"_s, e.logoMatches);
        o.insert(u"embeddedSvgSha256"_s, orNull(e.embeddedSvgSha256));
    }
    return o;
}

QJsonObject BimiResult::toJson() const {
    QJsonObject o{{u"name"_s, name},
                  {u"organizationalDomain"_s, fromOrganizationalDomain},
                  {u"record"_s, record ? QJsonValue(record->text) : QJsonValue()},
                  {u"declined"_s, declined()}};
    if (record) {
        o.insert(u"recordErrors"_s, QJsonArray::fromStringList(record->errors));
        o.insert(u"recordWarnings"_s, QJsonArray::fromStringList(record->warnings));
        o.insert(u"l"_s, record->location);
        o.insert(u"a"_s, record->evidence);
    }
    if (!dnsError.isEmpty())
        o.insert(u"error"_s, dnsError);
    if (!notFetched.isEmpty())
        o.insert(u"notFetched"_s, notFetched);
    o.insert(u"dmarc"_s, dmarc.toJson());
    o.insert(u"logo"_s, logo.toJson());
    o.insert(u"authority"_s, authority.toJson());
    return o;
}
