#include "ConfigSnapshot.h"

#include "audit/AuditReport.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {

QString qualifierName(const QString& qualifier) {
    if (qualifier == u"-"_s)
        return u"fail"_s;
    if (qualifier == u"~"_s)
        return u"softfail"_s;
    if (qualifier == u"?"_s)
        return u"neutral"_s;
    return u"pass"_s;
}

bool hasFlag(const QJsonObject& node, const QString& flag) {
    return node.value(u"flags"_s).toArray().contains(flag);
}

bool evaluated(const QJsonObject& node) {
    return !hasFlag(node, u"after-all"_s) && !hasFlag(node, u"redirect-ignored"_s);
}

struct SpfWalk {
    QMap<QString, QString> senders;    // range -> result of the first term that lists it
    QMap<QString, QString> unresolved; // term (with its domain) -> why
    QStringList includes;              // "include:x", "redirect=x", in evaluation order
    int depth = 0;

    void record(const QJsonObject& recordNode) {
        if (++depth > 40) // a loop the tree builder marked but did not cut
            return;
        for (const auto& v : recordNode.value(u"children"_s).toArray())
            term(v.toObject(), recordNode.value(u"domain"_s).toString());
        --depth;
    }

    void term(const QJsonObject& node, const QString& domain) {
        if (!evaluated(node))
            return;
        const QString mechanism = node.value(u"mechanism"_s).toString();
        const QString text = node.value(u"term"_s).toString();
        if (mechanism == u"include"_s || mechanism == u"redirect"_s) {
            const QString target = node.value(u"target"_s).toString();
            const QString entry =
                mechanism == u"include"_s ? u"include:"_s + target : u"redirect="_s + target;
            if (!includes.contains(entry))
                includes << entry;
        }
        const QString result = qualifierName(node.value(u"qualifier"_s).toString());
        for (const auto& r : node.value(u"ranges"_s).toArray())
            if (!senders.contains(r.toString()))
                senders.insert(r.toString(), result);
        QStringList why;
        static const QList<std::pair<QString, QString>> reasons{
            {u"unexpanded"_s, u"macros expand per message"_s},
            {u"dns-error"_s, u"DNS lookup failed"_s},
            {u"void"_s, u"lookup found nothing"_s},
            {u"no-record"_s, u"target has no SPF record"_s},
            {u"capped"_s, u"not followed (lookup budget)"_s},
            {u"loop"_s, u"loop"_s},
            {u"over-limit"_s, u"past the 10-lookup limit"_s}};
        for (const auto& [flag, reason] : reasons)
            if (hasFlag(node, flag))
                why << reason;
        if (why.isEmpty() && (mechanism == u"exists"_s || mechanism == u"ptr"_s))
            why << u"decided per message"_s;
        if (!why.isEmpty())
            unresolved.insert(u"%1 (in %2)"_s.arg(text, domain), why.join(u", "_s));
        for (const auto& child : node.value(u"children"_s).toArray())
            record(child.toObject());
    }
};

// The qualifier of the "all" that ends evaluation of a record, following a redirect.
QString effectiveAll(const QJsonObject& recordNode, int depth = 0) {
    if (depth > 10)
        return {};
    QJsonObject redirect;
    for (const auto& v : recordNode.value(u"children"_s).toArray()) {
        const QJsonObject t = v.toObject();
        if (!evaluated(t))
            continue;
        const QString mechanism = t.value(u"mechanism"_s).toString();
        if (mechanism == u"all"_s) {
            const QString q = t.value(u"qualifier"_s).toString(u"+"_s);
            return u"%1all (%2)"_s.arg(q, qualifierName(q));
        }
        if (mechanism == u"redirect"_s)
            redirect = t;
    }
    if (!redirect.isEmpty()) {
        const QJsonArray kids = redirect.value(u"children"_s).toArray();
        if (!kids.isEmpty())
            if (QString all = effectiveAll(kids.first().toObject(), depth + 1); !all.isEmpty())
                return all + u" via redirect"_s;
        return u"redirect target without all"_s;
    }
    return u"no all (neutral)"_s;
}

QString textOf(const QJsonValue& v) {
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"yes"_s : u"no"_s;
    return v.toString();
}

} // namespace

QList<ConfigItem> ConfigSnapshot::spfItems(const QJsonObject& spf) {
    QList<ConfigItem> items;
    if (spf.isEmpty())
        return items;
    const QString area = u"spf"_s;
    const QString status = spf.value(u"status"_s).toString();
    items << ConfigItem{area, u"record"_s, status.isEmpty() ? u"none"_s : status, u"spf-status"_s};
    const QJsonObject tree = spf.value(u"tree"_s).toObject();
    // Without a usable record there is nothing to evaluate: the record item says it all.
    if (tree.isEmpty() || status != u"found"_s)
        return items;
    items << ConfigItem{area, u"all-qualifier"_s, effectiveAll(tree), u"spf-all"_s};
    items << ConfigItem{
        area, u"DNS lookups"_s,
        u"%1 of %2"_s.arg(spf.value(u"lookups"_s).toInt()).arg(spf.value(u"lookupLimit"_s).toInt(10)),
        u"spf-lookups"_s};
    SpfWalk walk;
    walk.record(tree);
    for (const QString& include : std::as_const(walk.includes))
        items << ConfigItem{area, include, u"evaluated"_s, u"spf-include"_s};
    for (auto it = walk.senders.cbegin(); it != walk.senders.cend(); ++it)
        items << ConfigItem{area, u"sender "_s + it.key(), it.value(), u"spf-sender"_s};
    for (auto it = walk.unresolved.cbegin(); it != walk.unresolved.cend(); ++it)
        items << ConfigItem{area, u"unresolved "_s + it.key(), it.value(), u"spf-unresolved"_s};
    return items;
}

QList<ConfigItem> ConfigSnapshot::dmarcItems(const QJsonObject& dmarc) {
    QList<ConfigItem> items;
    if (dmarc.isEmpty())
        return items;
    const QString area = u"dmarc"_s;
    const QJsonArray tags = dmarc.value(u"tags"_s).toArray();
    const bool found = !dmarc.value(u"record"_s).toString().isEmpty() || !tags.isEmpty();
    items << ConfigItem{area, u"record"_s, found ? u"found"_s : u"none"_s, u"dmarc-record"_s};
    if (!found)
        return items;
    const QJsonObject policy = dmarc.value(u"policy"_s).toObject();
    const QJsonObject discovery = dmarc.value(u"discovery"_s).toObject();
    struct Reading {
        QString rfc;     // "RFC 9989"
        QString key;     // "rfc9989"
        QString unknown; // how the tag source says the reading does not know a tag
    };
    const QList<Reading> readings{{u"RFC 9989"_s, u"rfc9989"_s, u"removed by RFC 9989"_s},
                                  {u"RFC 7489"_s, u"rfc7489"_s, u"unknown to RFC 7489"_s}};
    for (const Reading& reading : readings) {
        const QString suffix = u" ("_s + reading.rfc + u")"_s;
        const QJsonObject p = policy.value(reading.key).toObject();
        QString applied = p.value(u"applied"_s).toString();
        if (applied.isEmpty())
            applied = u"no policy"_s;
        if (p.value(u"testing"_s).toBool())
            applied += u" (testing, t=y)"_s;
        if (p.contains(u"pct"_s) && p.value(u"pct"_s).toInt(100) != 100)
            applied += u" (pct=%1)"_s.arg(p.value(u"pct"_s).toInt());
        items << ConfigItem{area, u"applied policy"_s + suffix, applied, u"dmarc-policy"_s};
        const QString recordDomain = discovery.value(reading.key + u"RecordDomain"_s).toString();
        if (!recordDomain.isEmpty())
            items << ConfigItem{area, u"record domain"_s + suffix, recordDomain, u"dmarc-record-domain"_s};
        // Effective values: the stated value, else the default of this reading. sp and np
        // default to other tags, resolved here so that "sp absent" and "sp=p's value" compare equal.
        QMap<QString, QString> effective;
        for (const auto& v : tags) {
            const QJsonObject t = v.toObject();
            const QString source = t.value(u"source"_s).toString();
            if (!source.contains(reading.rfc) || source.contains(reading.unknown))
                continue;
            const QString tag = t.value(u"tag"_s).toString();
            QString value;
            if (t.value(u"present"_s).toBool()) {
                value = textOf(t.value(u"value"_s));
            } else if (tag == u"p"_s) {
                value = p.value(u"stated"_s).toString();
                if (value.isEmpty())
                    value = u"(none)"_s;
            } else if (tag == u"sp"_s) {
                value = effective.value(u"p"_s);
            } else if (tag == u"np"_s) {
                value = effective.value(u"sp"_s, effective.value(u"p"_s));
            } else {
                const QString def = t.value(u"default"_s).toString();
                value = def.startsWith(QLatin1Char('(')) ? u"(none)"_s : def.section(QLatin1Char(' '), 0, 0);
            }
            effective.insert(tag, value);
            if (tag == u"v"_s)
                continue;
            items << ConfigItem{area, u"tag %1%2"_s.arg(tag, suffix), value, u"dmarc-tag"_s};
        }
    }
    return items;
}

QList<ConfigItem> ConfigSnapshot::dkimItems(const QJsonObject& dkim) {
    QList<ConfigItem> items;
    if (dkim.isEmpty())
        return items;
    for (const auto& v : dkim.value(u"selectors"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(u"found"_s).toBool())
            continue;
        QString key = s.value(u"keyType"_s).toString();
        if (key.isEmpty())
            key = u"key"_s;
        if (s.value(u"keyBits"_s).toInt() > 0)
            key += QLatin1Char(' ') + QString::number(s.value(u"keyBits"_s).toInt());
        const QStringList flags = s.value(u"flags"_s).toVariant().toStringList();
        if (!flags.isEmpty())
            key += u" ("_s + flags.join(u", "_s) + QLatin1Char(')');
        items << ConfigItem{u"dkim"_s, u"selector "_s + s.value(u"selector"_s).toString(), key,
                            u"dkim-selector"_s};
    }
    return items;
}

QList<ConfigItem> ConfigSnapshot::transportItems(const QJsonObject& transport) {
    QList<ConfigItem> items;
    if (transport.isEmpty())
        return items;
    const QString area = u"transport"_s;
    if (transport.value(u"nullMx"_s).toBool())
        items << ConfigItem{area, u"null MX"_s, u"takes no mail"_s, u"mx-null"_s};
    for (const auto& v : transport.value(u"mx"_s).toArray()) {
        const QJsonObject mx = v.toObject();
        items << ConfigItem{area, u"MX "_s + mx.value(u"host"_s).toString().toLower(),
                            u"preference %1"_s.arg(mx.value(u"preference"_s).toInt()), u"mx"_s};
    }
    const QJsonObject sts = transport.value(u"mtaSts"_s).toObject();
    QString mode = u"none"_s;
    if (const QJsonObject policy = sts.value(u"policy"_s).toObject(); !policy.isEmpty())
        mode = policy.value(u"mode"_s).toString(u"(policy without mode)"_s);
    else if (!sts.value(u"record"_s).toString().isEmpty())
        mode = u"record published, policy not fetched"_s;
    items << ConfigItem{area, u"MTA-STS mode"_s, mode, u"mta-sts"_s};
    QStringList rua = transport.value(u"tlsRpt"_s).toObject().value(u"rua"_s).toVariant().toStringList();
    rua.sort(Qt::CaseInsensitive);
    items << ConfigItem{area, u"TLS-RPT rua"_s, rua.isEmpty() ? u"none"_s : rua.join(u", "_s), u"tls-rpt"_s};
    return items;
}

QList<ConfigItem> ConfigSnapshot::fromReport(const AuditReport& report) {
    QList<ConfigItem> items;
    items << spfItems(report.check(u"spf"_s));
    items << dmarcItems(report.check(u"dmarc"_s));
    items << dkimItems(report.check(u"dkim"_s));
    items << transportItems(report.check(u"transport"_s));
    return items;
}
