#include "RegressionDetector.h"

#include "history/AuditDiff.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>

namespace {

QString shortHash(const QString& text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(10));
}

// Findings the expiry rules report on their own (with the date), not as findings.
bool isExpiryCode(const QString& code) {
    return code == QLatin1String("STARTTLS-CERT-EXPIRING") || code == QLatin1String("DNSSEC-RRSIG-EXPIRING");
}

QString valueText(const QJsonValue& v) {
    return v.isString() ? v.toString() : QString();
}

QString shown(const QString& value) {
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

AlertCondition recordChange(const QString& domain, const QString& key, const QString& summary,
                            const QString& before, const QString& after, const QString& severity) {
    AlertCondition c;
    c.domain = domain;
    c.key = key;
    c.kind = QStringLiteral("record");
    c.severity = severity;
    c.summary = summary;
    c.before = before;
    c.after = after;
    c.event = true;
    return c;
}

// "added ~all; removed -all" for two SPF records, term by term.
QString termChanges(const QString& before, const QString& after) {
    auto terms = [](const QString& s) { return s.split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    const QStringList a = terms(before), b = terms(after);
    QStringList added, removed;
    for (const QString& t : b)
        if (!a.contains(t))
            added << t;
    for (const QString& t : a)
        if (!b.contains(t))
            removed << t;
    QStringList parts;
    if (!added.isEmpty())
        parts << QStringLiteral("added %1").arg(added.join(QLatin1Char(' ')));
    if (!removed.isEmpty())
        parts << QStringLiteral("removed %1").arg(removed.join(QLatin1Char(' ')));
    return parts.isEmpty() ? QStringLiteral("terms reordered") : parts.join(QStringLiteral("; "));
}

// "p reject -> none; sp reject -> (none)" for two DMARC records, tag by tag.
QString tagChanges(const QString& before, const QString& after) {
    auto tags = [](const QString& record) {
        QMap<QString, QString> out;
        for (const QString& part : record.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                out.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
        }
        return out;
    };
    const auto a = tags(before), b = tags(after);
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    QStringList parts;
    for (const QString& k : std::as_const(keys))
        if (a.value(k) != b.value(k))
            parts << QStringLiteral("%1 %2 -> %3").arg(k, shown(a.value(k)), shown(b.value(k)));
    return parts.isEmpty() ? QStringLiteral("tags reordered") : parts.join(QStringLiteral("; "));
}

QString mxSet(const AuditReport& r) {
    QStringList out;
    for (const AuditRecord& rec : r.records)
        if (rec.type == QLatin1String("MX") && rec.name.compare(r.domain, Qt::CaseInsensitive) == 0)
            out << rec.data;
    out.removeDuplicates();
    out.sort();
    return out.join(QStringLiteral(", "));
}

QString keyText(const QJsonObject& k) {
    return QStringLiteral("%1 %2 bits, fingerprint %3")
        .arg(k.value(QStringLiteral("keyType")).toString())
        .arg(k.value(QStringLiteral("keyBits")).toInt())
        .arg(k.value(QStringLiteral("fingerprint")).toString());
}

void recordChanges(const AuditReport& current, const AuditReport& baseline, QList<AlertCondition>& out) {
    const QString& d = current.domain;
    // SPF terms and DMARC tags, when both audits ran the check.
    if (current.checks.contains(QStringLiteral("spf")) && baseline.checks.contains(QStringLiteral("spf"))) {
        const QString a = valueText(baseline.check(QStringLiteral("spf")).value(QStringLiteral("record")));
        const QString b = valueText(current.check(QStringLiteral("spf")).value(QStringLiteral("record")));
        if (a != b)
            out << recordChange(d, QStringLiteral("record/spf"),
                                QStringLiteral("SPF record of %1 changed: %2").arg(d, termChanges(a, b)),
                                shown(a), shown(b), QStringLiteral("warning"));
    }
    if (current.checks.contains(QStringLiteral("dmarc")) &&
        baseline.checks.contains(QStringLiteral("dmarc"))) {
        const QString a = valueText(baseline.check(QStringLiteral("dmarc")).value(QStringLiteral("record")));
        const QString b = valueText(current.check(QStringLiteral("dmarc")).value(QStringLiteral("record")));
        if (a != b)
            out << recordChange(d, QStringLiteral("record/dmarc"),
                                QStringLiteral("DMARC record of %1 changed: %2").arg(d, tagChanges(a, b)),
                                shown(a), shown(b), QStringLiteral("warning"));
    }
    // DKIM keys by selector (AuditDiff matches them by fingerprint).
    const QJsonObject dkim = AuditDiff::compare(baseline, current).value(QStringLiteral("dkim")).toObject();
    for (const auto& v : dkim.value(QStringLiteral("keysChanged")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString selector = o.value(QStringLiteral("selector")).toString();
        out << recordChange(d, QStringLiteral("record/dkim/") + selector,
                            QStringLiteral("DKIM key %1._domainkey.%2 replaced").arg(selector, d),
                            keyText(o.value(QStringLiteral("before")).toObject()),
                            keyText(o.value(QStringLiteral("after")).toObject()), QStringLiteral("warning"));
    }
    for (const auto& v : dkim.value(QStringLiteral("keysRemoved")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString selector = o.value(QStringLiteral("selector")).toString();
        out << recordChange(d, QStringLiteral("record/dkim/") + selector,
                            QStringLiteral("DKIM key %1._domainkey.%2 removed").arg(selector, d), keyText(o),
                            QStringLiteral("(none)"), QStringLiteral("warning"));
    }
    // The MX set.
    if (const QString a = mxSet(baseline), b = mxSet(current); a != b)
        out << recordChange(d, QStringLiteral("record/mx"), QStringLiteral("MX set of %1 changed").arg(d),
                            shown(a), shown(b), QStringLiteral("warning"));
    // MTA-STS id (the _mta-sts TXT record) and the policy's mode, when both audits checked transport.
    if (current.checks.contains(QStringLiteral("transport")) &&
        baseline.checks.contains(QStringLiteral("transport"))) {
        const QJsonObject a =
            baseline.check(QStringLiteral("transport")).value(QStringLiteral("mtaSts")).toObject();
        const QJsonObject b =
            current.check(QStringLiteral("transport")).value(QStringLiteral("mtaSts")).toObject();
        if (const QString ia = valueText(a.value(QStringLiteral("id"))),
            ib = valueText(b.value(QStringLiteral("id")));
            ia != ib)
            out << recordChange(d, QStringLiteral("record/mta-sts-id"),
                                QStringLiteral("MTA-STS id of %1 changed").arg(d), shown(ia), shown(ib),
                                QStringLiteral("info"));
        const QString ma =
            valueText(a.value(QStringLiteral("policy")).toObject().value(QStringLiteral("mode")));
        const QString mb =
            valueText(b.value(QStringLiteral("policy")).toObject().value(QStringLiteral("mode")));
        if (ma != mb)
            out << recordChange(d, QStringLiteral("record/mta-sts-mode"),
                                QStringLiteral("MTA-STS policy mode of %1 changed").arg(d), shown(ma),
                                shown(mb), QStringLiteral("warning"));
    }
}

void expiries(const AuditReport& current, const AlertSettings& settings, const QDateTime& now,
              QList<AlertCondition>& out) {
    const QJsonObject starttls =
        current.check(QStringLiteral("transport")).value(QStringLiteral("starttls")).toObject();
    for (auto it = starttls.constBegin(); it != starttls.constEnd(); ++it) {
        const QJsonObject cert = it->toObject().value(QStringLiteral("certificate")).toObject();
        const QDateTime notAfter =
            QDateTime::fromString(cert.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
        if (!notAfter.isValid())
            continue;
        const qint64 days = now.secsTo(notAfter) / 86400;
        if (now.secsTo(notAfter) >= qint64(settings.expiryWindowDays) * 86400)
            continue;
        AlertCondition c;
        c.domain = current.domain;
        c.key = QStringLiteral("expiry/starttls/") + it.key();
        c.kind = QStringLiteral("expiry");
        c.code = QStringLiteral("STARTTLS-CERT-EXPIRING");
        const bool expired = notAfter <= now;
        c.severity = expired ? QStringLiteral("error") : QStringLiteral("warning");
        c.after = notAfter.toUTC().toString(Qt::ISODate);
        c.summary =
            expired ? QStringLiteral("The STARTTLS certificate of %1 expired on %2").arg(it.key(), c.after)
                    : QStringLiteral("The STARTTLS certificate of %1 expires on %2, in %3 day(s)")
                          .arg(it.key(), c.after)
                          .arg(days);
        out << c;
    }
    for (const Finding& f : current.findings)
        if (f.code == QLatin1String("DNSSEC-RRSIG-EXPIRING")) {
            AlertCondition c;
            c.domain = current.domain;
            c.key = QStringLiteral("expiry/dnssec");
            c.kind = QStringLiteral("expiry");
            c.code = f.code;
            c.severity = severityName(f.severity);
            c.after = f.evidence.value(0);
            c.summary =
                QStringLiteral("DNSSEC signatures of %1 expire soon: %2").arg(current.domain, f.title);
            out << c;
            break;
        }
}

} // namespace

AlertCondition RegressionDetector::resolution(const AlertCondition& open, const AuditReport& current) {
    AlertCondition c = open;
    c.before = open.after;
    if (open.kind == QLatin1String("grade"))
        c.after = current.grade;
    else if (open.kind == QLatin1String("finding"))
        c.after = QStringLiteral("absent");
    else
        c.after = QStringLiteral("no longer within the warning window");
    return c;
}

QString RegressionDetector::findingKey(const Finding& finding) {
    const QString first = finding.evidence.value(0);
    return QStringLiteral("finding/") + finding.code +
           (first.isEmpty() ? QString() : QLatin1Char('/') + shortHash(first));
}

QList<AlertCondition> RegressionDetector::detect(const AuditReport& current, const AuditReport* baseline,
                                                 const QHash<QString, AlertCondition>& open,
                                                 const AlertSettings& settings, const QDateTime& now) {
    QList<AlertCondition> out;
    const QString& d = current.domain;

    // Findings.
    QSet<QString> before;
    if (baseline)
        for (const Finding& f : baseline->findings)
            before.insert(findingKey(f));
    QSet<QString> seen;
    for (const Finding& f : current.findings) {
        if (isExpiryCode(f.code) || f.severity < settings.findingThreshold)
            continue;
        const QString key = findingKey(f);
        if (seen.contains(key))
            continue;
        const bool isNew = baseline && !before.contains(key);
        if (settings.mode == AlertSettings::Mode::Regression && !isNew && !open.contains(key))
            continue;
        seen.insert(key);
        AlertCondition c;
        c.domain = d;
        c.key = key;
        c.kind = QStringLiteral("finding");
        c.code = f.code;
        c.severity = severityName(f.severity);
        c.before = baseline && before.contains(key) ? QStringLiteral("present") : QStringLiteral("absent");
        c.after = f.evidence.isEmpty() ? f.title : QStringLiteral("%1 (%2)").arg(f.title, f.evidence.first());
        c.summary = QStringLiteral("%1 %2 on %3: %4")
                        .arg(isNew ? QStringLiteral("New ") + c.severity : c.severity, f.code, d, f.title);
        out << c;
    }

    // The grade: below the baseline's, or still below the grade before an open drop.
    const QString reference = open.contains(QStringLiteral("grade"))
                                  ? open.value(QStringLiteral("grade")).before
                                  : (baseline ? baseline->grade : QString());
    if (AuditDiff::gradeChange(reference, current.grade) == QLatin1String("regressed")) {
        AlertCondition c;
        c.domain = d;
        c.key = QStringLiteral("grade");
        c.kind = QStringLiteral("grade");
        c.severity =
            current.grade >= QLatin1String("D") ? QStringLiteral("error") : QStringLiteral("warning");
        c.before = reference;
        c.after = current.grade;
        c.summary =
            QStringLiteral("Grade of %1 dropped from %2 to %3%4")
                .arg(d, reference, current.grade,
                     current.gradeReasons.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + current.gradeReasons.first());
        out << c;
    }

    if (baseline)
        recordChanges(current, *baseline, out);
    expiries(current, settings, now, out);

    // An open alert keeps the "before" it was raised with: the same regression stays the same alert.
    for (AlertCondition& c : out)
        if (!c.event && open.contains(c.key) && c.kind == QLatin1String("finding"))
            c.before = open.value(c.key).before;
    return out;
}
