#include "TransportResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

Severity TransportResult::worstSeverity() const {
    Severity worst = Severity::Info;
    for (const Finding& f : findings)
        worst = qMax(worst, f.severity);
    return worst;
}

QJsonObject TransportResult::toJson() const {
    QJsonArray hosts;
    for (const MxHost& h : mx.hosts) {
        QJsonArray fcrdns;
        for (const ReverseName& r : h.fcrdns)
            fcrdns.append(QJsonObject{{u"address"_s, r.address},
                                      {u"ptr"_s, QJsonArray::fromStringList(r.ptr)},
                                      {u"confirmed"_s, r.confirmed()},
                                      {u"name"_s, r.confirmedName},
                                      {u"error"_s, r.error}});
        QJsonObject o{{u"host"_s, h.host},
                      {u"preference"_s, h.preference},
                      {u"addresses"_s, QJsonArray::fromStringList(h.addresses)},
                      {u"fcrdns"_s, fcrdns},
                      {u"dane"_s, h.dane.toJson()}};
        if (!h.cnameTarget.isEmpty())
            o.insert(u"cname"_s, h.cnameTarget);
        if (h.ipLiteral)
            o.insert(u"ipLiteral"_s, true);
        hosts.append(o);
    }
    QJsonObject sts{
        {u"record"_s, mtaSts.record ? QJsonValue(mtaSts.record->text) : QJsonValue()},
        {u"id"_s, mtaSts.record && mtaSts.record->isValid() ? QJsonValue(mtaSts.record->id) : QJsonValue()}};
    if (mtaSts.record)
        sts.insert(u"recordErrors"_s, QJsonArray::fromStringList(mtaSts.record->errors));
    if (!mtaSts.notFetched.isEmpty())
        sts.insert(u"fetch"_s, QJsonObject{{u"url"_s, QJsonValue()}, {u"error"_s, mtaSts.notFetched}});
    if (mtaSts.fetched) {
        sts.insert(u"fetch"_s, mtaSts.fetch.toJson());
        sts.insert(u"raw"_s, QString::fromUtf8(mtaSts.fetch.body));
    }
    if (mtaSts.policy) {
        const MtaStsPolicy& p = *mtaSts.policy;
        sts.insert(
            u"policy"_s,
            QJsonObject{{u"mode"_s, p.mode ? QJsonValue(MtaStsPolicy::modeName(*p.mode)) : QJsonValue()},
                        {u"maxAge"_s, p.maxAge ? QJsonValue(double(*p.maxAge)) : QJsonValue()},
                        {u"mx"_s, QJsonArray::fromStringList(p.mx)},
                        {u"errors"_s, QJsonArray::fromStringList(p.errors)}});
    } else {
        sts.insert(u"policy"_s, QJsonValue());
    }
    QJsonObject covered;
    for (auto it = mtaSts.covered.cbegin(); it != mtaSts.covered.cend(); ++it)
        covered.insert(it.key(), it.value());
    sts.insert(u"covered"_s, covered);

    QJsonObject tls{
        {u"record"_s, tlsRpt.record ? QJsonValue(tlsRpt.record->text) : QJsonValue()},
        {u"rua"_s, QJsonArray::fromStringList(tlsRpt.record ? tlsRpt.record->rua : QStringList())}};
    if (tlsRpt.record)
        tls.insert(u"errors"_s, QJsonArray::fromStringList(tlsRpt.record->errors));

    QJsonArray list;
    for (const Finding& f : findings)
        list.append(f.toJson());
    QJsonObject mxObject{{u"missing"_s, mx.missing}};
    if (mx.missing)
        mxObject.insert(u"fallbackAddresses"_s, QJsonArray::fromStringList(mx.fallbackAddresses));
    if (!mx.dnsError.isEmpty())
        mxObject.insert(u"error"_s, mx.dnsError);
    QJsonObject o{{u"domain"_s, domain},      {u"mx"_s, hosts},     {u"nullMx"_s, mx.nullMx},
                  {u"mxStatus"_s, mxObject},  {u"mtaSts"_s, sts},   {u"tlsRpt"_s, tls},
                  {u"bimi"_s, bimi.toJson()}, {u"findings"_s, list}};
    if (smtpProbed) {
        QJsonObject probes;
        for (auto it = starttls.cbegin(); it != starttls.cend(); ++it)
            probes.insert(it.key(), it.value().toJson());
        o.insert(u"starttls"_s, probes);
    }
    return o;
}
