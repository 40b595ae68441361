#include "AuditExpectations.h"

#include "findings/FindingCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

int policyRank(const QString& policy) {
    if (policy == QLatin1String("reject"))
        return 2;
    if (policy == QLatin1String("quarantine"))
        return 1;
    if (policy == QLatin1String("none"))
        return 0;
    return -1; // no policy at all
}

std::expected<QStringList, QString> stringList(const QJsonValue& v, const QString& where) {
    if (!v.isArray())
        return std::unexpected(QStringLiteral("%1 must be a list of strings").arg(where));
    QStringList out;
    for (const auto& item : v.toArray()) {
        if (!item.isString())
            return std::unexpected(QStringLiteral("%1 must be a list of strings").arg(where));
        out << item.toString();
    }
    return out;
}

std::expected<int, QString> positiveInt(const QJsonValue& v, const QString& where) {
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt()))
        return std::unexpected(QStringLiteral("%1 must be a whole number of 0 or more").arg(where));
    return v.toInt();
}

// Unknown keys are errors: a typo in a CI gate must not silently disable it.
std::expected<DomainExpectations, QString> parseDomain(const QJsonObject& o, const QString& where) {
    DomainExpectations e;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString area = it.key();
        const QString at = where + QLatin1Char('.') + area;
        if (!it.value().isObject())
            return std::unexpected(QStringLiteral("%1 must be an object").arg(at));
        const QJsonObject a = it.value().toObject();
        for (auto k = a.constBegin(); k != a.constEnd(); ++k) {
            const QString key = k.key();
            const QString path = at + QLatin1Char('.') + key;
            const QJsonValue v = k.value();
            if (area == QLatin1String("dmarc") && key == QLatin1String("minPolicy")) {
                if (policyRank(v.toString()) < 0)
                    return std::unexpected(QStringLiteral("%1 must be none, quarantine or reject").arg(path));
                e.dmarcMinPolicy = v.toString();
            } else if (area == QLatin1String("dmarc") && key == QLatin1String("requireRua")) {
                if (!v.isBool())
                    return std::unexpected(QStringLiteral("%1 must be true or false").arg(path));
                e.dmarcRequireRua = v.toBool();
            } else if (area == QLatin1String("spf") && key == QLatin1String("maxLookups")) {
                auto n = positiveInt(v, path);
                if (!n)
                    return std::unexpected(n.error());
                e.spfMaxLookups = *n;
            } else if (area == QLatin1String("spf") && key == QLatin1String("allowedIncludes")) {
                auto l = stringList(v, path);
                if (!l)
                    return std::unexpected(l.error());
                e.spfAllowedIncludes = *l;
            } else if (area == QLatin1String("dkim") && key == QLatin1String("selectors")) {
                auto l = stringList(v, path);
                if (!l)
                    return std::unexpected(l.error());
                e.dkimSelectors = *l;
            } else if (area == QLatin1String("dkim") && key == QLatin1String("minKeyBits")) {
                auto n = positiveInt(v, path);
                if (!n)
                    return std::unexpected(n.error());
                e.dkimMinKeyBits = *n;
            } else if (area == QLatin1String("dkim") && key == QLatin1String("maxKeyAgeDays")) {
                auto n = positiveInt(v, path);
                if (!n)
                    return std::unexpected(n.error());
                e.dkimMaxKeyAgeDays = *n;
            } else {
                return std::unexpected(
                    QStringLiteral("unknown expectation %1 (see docs/expectations.md)").arg(path));
            }
        }
    }
    return e;
}

Finding unmet(QStringView code, const QString& domain, const QString& what, const QString& expected,
              const QString& actual) {
    Finding f = FindingCatalogue::make(
        code,
        QCoreApplication::translate("AuditExpectations", "%1 Expected: %2. Actual: %3.")
            .arg(what, expected, actual),
        {QStringLiteral("expected: %1").arg(expected), QStringLiteral("actual: %1").arg(actual)});
    f.area = QStringLiteral("expect");
    f.domain = domain;
    return f;
}

} // namespace

DomainExpectations DomainExpectations::mergedWith(const DomainExpectations& over) const {
    DomainExpectations m = *this;
    auto take = [](auto& mine, const auto& theirs) {
        if (theirs)
            mine = theirs;
    };
    take(m.dmarcMinPolicy, over.dmarcMinPolicy);
    take(m.dmarcRequireRua, over.dmarcRequireRua);
    take(m.spfMaxLookups, over.spfMaxLookups);
    take(m.spfAllowedIncludes, over.spfAllowedIncludes);
    take(m.dkimSelectors, over.dkimSelectors);
    take(m.dkimMinKeyBits, over.dkimMinKeyBits);
    take(m.dkimMaxKeyAgeDays, over.dkimMaxKeyAgeDays);
    return m;
}

std::expected<AuditExpectations, QString> AuditExpectations::parse(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(
            QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return std::unexpected(QStringLiteral("the expectations file must hold a JSON object"));
    const QJsonObject root = doc.object();
    AuditExpectations out;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() == QLatin1String("default")) {
            if (!it.value().isObject())
                return std::unexpected(QStringLiteral("default must be an object"));
            auto d = parseDomain(it.value().toObject(), QStringLiteral("default"));
            if (!d)
                return std::unexpected(d.error());
            out.m_default = *d;
        } else if (it.key() == QLatin1String("domains")) {
            if (!it.value().isObject())
                return std::unexpected(QStringLiteral("domains must be an object of domain -> expectations"));
            const QJsonObject domains = it.value().toObject();
            for (auto d = domains.constBegin(); d != domains.constEnd(); ++d) {
                if (!d.value().isObject())
                    return std::unexpected(QStringLiteral("domains.%1 must be an object").arg(d.key()));
                auto e = parseDomain(d.value().toObject(), QStringLiteral("domains.") + d.key());
                if (!e)
                    return std::unexpected(e.error());
                QString name = d.key().toLower();
                if (name.endsWith(QLatin1Char('.')))
                    name.chop(1);
                out.m_domains.insert(name, *e);
            }
        } else if (!it.key().startsWith(QLatin1Char('$'))) { // "$schema", "$comment" are allowed
            return std::unexpected(
                QStringLiteral("unknown top-level key '%1' (expected default, domains)").arg(it.key()));
        }
    }
    return out;
}

std::expected<AuditExpectations, QString> AuditExpectations::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file.errorString()));
    auto e = parse(file.readAll());
    if (!e)
        return std::unexpected(QStringLiteral("%1: %2").arg(path, e.error()));
    return e;
}

DomainExpectations AuditExpectations::forDomain(const QString& domain) const {
    const auto it = m_domains.constFind(domain.toLower());
    return it == m_domains.constEnd() ? m_default : m_default.mergedWith(*it);
}

AuditCheckOptions AuditExpectations::checkOptionsFor(const QString& domain, AuditCheckOptions base) const {
    const DomainExpectations e = forDomain(domain);
    if (e.dkimSelectors)
        for (const QString& s : *e.dkimSelectors)
            if (!base.dkimSelectors.contains(s))
                base.dkimSelectors << s;
    return base;
}

QList<Finding> AuditExpectations::evaluate(const AuditReport& report,
                                           const QHash<QString, QDateTime>& keyFirstSeen,
                                           const QDateTime& now) const {
    const DomainExpectations e = forDomain(report.domain);
    const QString domain = report.domain;
    QList<Finding> out;
    auto tr = [](const char* text) { return QCoreApplication::translate("AuditExpectations", text); };

    if (report.checks.contains(QStringLiteral("dmarc"))) {
        const QJsonObject dmarc = report.check(QStringLiteral("dmarc"));
        const bool hasRecord = dmarc.value(QStringLiteral("record")).isString();
        if (e.dmarcMinPolicy) {
            // A receiver of either reading may be the one that matters: judge the weaker policy.
            const QJsonObject policy = dmarc.value(QStringLiteral("policy")).toObject();
            QString actual = hasRecord ? QStringLiteral("reject") : tr("no DMARC record");
            if (hasRecord)
                for (const QString& reading : {QStringLiteral("rfc9989"), QStringLiteral("rfc7489")}) {
                    const QString applied =
                        policy.value(reading).toObject().value(QStringLiteral("applied")).toString();
                    if (!applied.isEmpty() && policyRank(applied) < policyRank(actual))
                        actual = applied;
                }
            if (policyRank(actual) < policyRank(*e.dmarcMinPolicy))
                out << unmet(u"EXPECT-DMARC-POLICY", domain,
                             tr("The DMARC policy must be at least the expected one."), *e.dmarcMinPolicy,
                             actual);
        }
        if (e.dmarcRequireRua && *e.dmarcRequireRua) {
            int rua = 0;
            int authorized = 0;
            for (const auto& v : dmarc.value(QStringLiteral("reportDestinations")).toArray()) {
                const QJsonObject d = v.toObject();
                if (d.value(QStringLiteral("tag")).toString() != QLatin1String("rua"))
                    continue;
                ++rua;
                authorized += d.value(QStringLiteral("authorized")).toBool() &&
                              d.value(QStringLiteral("valid")).toBool(true);
            }
            if (authorized == 0)
                out << unmet(u"EXPECT-DMARC-RUA", domain, tr("DMARC aggregate reports must be requested."),
                             tr("an authorised rua= address"),
                             rua == 0 ? tr("no rua= address")
                                      : tr("%1 rua= address(es), none authorised").arg(rua));
        }
    }

    if (report.checks.contains(QStringLiteral("spf"))) {
        const QJsonObject spf = report.check(QStringLiteral("spf"));
        if (e.spfMaxLookups && spf.contains(QStringLiteral("lookups"))) {
            const int lookups = spf.value(QStringLiteral("lookups")).toInt();
            if (lookups > *e.spfMaxLookups)
                out << unmet(u"EXPECT-SPF-LOOKUPS", domain, tr("SPF must stay within the lookup budget."),
                             tr("at most %1 lookups").arg(*e.spfMaxLookups), tr("%1 lookups").arg(lookups));
        }
        if (e.spfAllowedIncludes) {
            QStringList allowed;
            for (const QString& a : *e.spfAllowedIncludes)
                allowed << a.toLower();
            // The record's own include: and redirect= terms; what a provider includes in turn is
            // the provider's business.
            const QJsonObject tree = spf.value(QStringLiteral("tree")).toObject();
            for (const auto& v : tree.value(QStringLiteral("children")).toArray()) {
                const QString term = v.toObject().value(QStringLiteral("term")).toString();
                QString target;
                for (const QString& prefix : {QStringLiteral("include:"), QStringLiteral("redirect=")})
                    for (const QString& q : {QString(), QStringLiteral("+"), QStringLiteral("-"),
                                             QStringLiteral("~"), QStringLiteral("?")})
                        if (term.startsWith(q + prefix, Qt::CaseInsensitive) && target.isEmpty())
                            target = term.mid(q.size() + prefix.size()).toLower();
                if (target.endsWith(QLatin1Char('.')))
                    target.chop(1);
                if (!target.isEmpty() && !allowed.contains(target))
                    out << unmet(
                        u"EXPECT-SPF-INCLUDE", domain, tr("Every SPF include must be on the allowed list."),
                        allowed.isEmpty() ? tr("no includes") : allowed.join(QStringLiteral(", ")), target);
            }
        }
    }

    if (report.checks.contains(QStringLiteral("dkim"))) {
        const QJsonArray selectors =
            report.check(QStringLiteral("dkim")).value(QStringLiteral("selectors")).toArray();
        auto selectorObject = [&](const QString& name) {
            for (const auto& v : selectors)
                if (v.toObject()
                        .value(QStringLiteral("selector"))
                        .toString()
                        .compare(name, Qt::CaseInsensitive) == 0)
                    return v.toObject();
            return QJsonObject();
        };
        if (e.dkimSelectors)
            for (const QString& s : *e.dkimSelectors) {
                const QJsonObject o = selectorObject(s);
                if (!o.value(QStringLiteral("found")).toBool())
                    out << unmet(
                        u"EXPECT-DKIM-SELECTOR", domain, tr("The selector '%1' must publish a key.").arg(s),
                        tr("a key at %1._domainkey.%2").arg(s, domain),
                        o.isEmpty() ? tr("not probed") : o.value(QStringLiteral("outcome")).toString());
            }
        for (const auto& v : selectors) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("found")).toBool())
                continue;
            const QString name = o.value(QStringLiteral("selector")).toString();
            const QString type = o.value(QStringLiteral("keyType")).toString();
            const int bits = o.value(QStringLiteral("keyBits")).toInt();
            if (e.dkimMinKeyBits && type.compare(QLatin1String("rsa"), Qt::CaseInsensitive) == 0 &&
                bits > 0 && bits < *e.dkimMinKeyBits)
                out << unmet(u"EXPECT-DKIM-KEY-BITS", domain,
                             tr("The key at selector '%1' must be large enough.").arg(name),
                             tr("at least %1 bits").arg(*e.dkimMinKeyBits), tr("%1 bits").arg(bits));
            const QString fingerprint = o.value(QStringLiteral("fingerprint")).toString();
            if (e.dkimMaxKeyAgeDays && !fingerprint.isEmpty() && keyFirstSeen.contains(fingerprint)) {
                const qint64 days = keyFirstSeen.value(fingerprint).daysTo(now);
                if (days > *e.dkimMaxKeyAgeDays)
                    out << unmet(u"EXPECT-DKIM-KEY-AGE", domain,
                                 tr("The key at selector '%1' must be rotated in time (first seen %2).")
                                     .arg(name, keyFirstSeen.value(fingerprint).toString(Qt::ISODate)),
                                 tr("at most %1 days old").arg(*e.dkimMaxKeyAgeDays),
                                 tr("%1 days old").arg(days));
            }
        }
    }
    return out;
}
