#include "AuditDiff.h"

#include <QCoreApplication>
#include <QMap>

namespace {

QString findingKey(const Finding& f) {
    return f.code + QLatin1Char('|') + f.evidence.value(0);
}

QJsonObject findingBrief(const Finding& f) {
    return QJsonObject{{QStringLiteral("code"), f.code},
                       {QStringLiteral("severity"), severityName(f.severity)},
                       {QStringLiteral("area"), f.area},
                       {QStringLiteral("title"), f.title}};
}

// Top-level SPF include/redirect targets with their lookup cost.
QMap<QString, int> spfIncludes(const QJsonObject& spf) {
    QMap<QString, int> out;
    for (const auto& v :
         spf.value(QStringLiteral("tree")).toObject().value(QStringLiteral("children")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString term = n.value(QStringLiteral("term")).toString();
        if (term.contains(QLatin1String("include:"), Qt::CaseInsensitive) ||
            term.startsWith(QLatin1String("redirect="), Qt::CaseInsensitive))
            out.insert(term, n.value(QStringLiteral("lookups")).toInt());
    }
    return out;
}

struct KeyInfo {
    QString selector;
    QString type;
    int bits = 0;
    QString fingerprint;
};

QMap<QString, KeyInfo> dkimKeys(const QJsonObject& dkim) {
    QMap<QString, KeyInfo> out;
    for (const auto& v : dkim.value(QStringLiteral("selectors")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(QStringLiteral("found")).toBool())
            continue;
        out.insert(s.value(QStringLiteral("selector")).toString(),
                   KeyInfo{s.value(QStringLiteral("selector")).toString(),
                           s.value(QStringLiteral("keyType")).toString(),
                           s.value(QStringLiteral("keyBits")).toInt(),
                           s.value(QStringLiteral("fingerprint")).toString()});
    }
    return out;
}

QJsonObject keyJson(const KeyInfo& k) {
    return QJsonObject{{QStringLiteral("selector"), k.selector},
                       {QStringLiteral("keyType"), k.type},
                       {QStringLiteral("keyBits"), k.bits},
                       {QStringLiteral("fingerprint"), k.fingerprint}};
}

QString dmarcPolicy(const QJsonObject& dmarc) {
    if (!dmarc.value(QStringLiteral("record")).isString())
        return QStringLiteral("missing");
    return dmarc.value(QStringLiteral("policy"))
        .toObject()
        .value(QStringLiteral("rfc9989"))
        .toObject()
        .value(QStringLiteral("applied"))
        .toString();
}

} // namespace

QString AuditDiff::gradeChange(const QString& before, const QString& after) {
    if (before == after || before.isEmpty() || after.isEmpty())
        return QStringLiteral("unchanged");
    return after < before ? QStringLiteral("improved") : QStringLiteral("regressed");
}

QJsonObject AuditDiff::compare(const AuditReport& before, const AuditReport& after) {
    QJsonObject diff;
    diff.insert(QStringLiteral("from"),
                QJsonObject{{QStringLiteral("id"), before.id},
                            {QStringLiteral("startedAt"), before.startedAt.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("grade"), before.grade}});
    diff.insert(QStringLiteral("to"),
                QJsonObject{{QStringLiteral("id"), after.id},
                            {QStringLiteral("startedAt"), after.startedAt.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("grade"), after.grade}});
    diff.insert(QStringLiteral("grade"),
                QJsonObject{{QStringLiteral("before"), before.grade},
                            {QStringLiteral("after"), after.grade},
                            {QStringLiteral("change"), gradeChange(before.grade, after.grade)}});

    // Findings: matched by code and first evidence line, so two weak keys stay two findings.
    QMultiMap<QString, Finding> old;
    for (const Finding& f : before.findings)
        old.insert(findingKey(f), f);
    QJsonArray added, unchanged, fixed;
    for (const Finding& f : after.findings) {
        const auto it = old.find(findingKey(f));
        if (it != old.end()) {
            unchanged.append(findingBrief(f));
            old.erase(it);
        } else {
            added.append(findingBrief(f));
        }
    }
    for (const Finding& f : std::as_const(old))
        fixed.append(findingBrief(f));
    diff.insert(QStringLiteral("findings"), QJsonObject{{QStringLiteral("new"), added},
                                                        {QStringLiteral("fixed"), fixed},
                                                        {QStringLiteral("unchanged"), unchanged}});

    // Records, by RRset.
    QMap<QString, QStringList> oldSets, newSets;
    for (const AuditRecord& r : before.records)
        oldSets[r.key()] << r.data;
    for (const AuditRecord& r : after.records)
        newSets[r.key()] << r.data;
    QJsonArray recAdded, recRemoved, recChanged;
    for (auto it = newSets.constBegin(); it != newSets.constEnd(); ++it) {
        QStringList now = *it;
        now.sort();
        if (!oldSets.contains(it.key())) {
            for (const QString& d : now)
                recAdded.append(it.key() + QLatin1Char(' ') + d);
            continue;
        }
        QStringList then = oldSets.value(it.key());
        then.sort();
        if (then != now)
            recChanged.append(QJsonObject{{QStringLiteral("rrset"), it.key()},
                                          {QStringLiteral("before"), QJsonArray::fromStringList(then)},
                                          {QStringLiteral("after"), QJsonArray::fromStringList(now)}});
    }
    for (auto it = oldSets.constBegin(); it != oldSets.constEnd(); ++it)
        if (!newSets.contains(it.key()))
            for (const QString& d : *it)
                recRemoved.append(it.key() + QLatin1Char(' ') + d);
    diff.insert(QStringLiteral("records"), QJsonObject{{QStringLiteral("added"), recAdded},
                                                       {QStringLiteral("removed"), recRemoved},
                                                       {QStringLiteral("changed"), recChanged}});

    // SPF: record, lookup count, includes with their costs.
    const QJsonObject spfBefore = before.check(QStringLiteral("spf"));
    const QJsonObject spfAfter = after.check(QStringLiteral("spf"));
    if (!spfBefore.isEmpty() || !spfAfter.isEmpty()) {
        const auto incBefore = spfIncludes(spfBefore);
        const auto incAfter = spfIncludes(spfAfter);
        QJsonArray incAdded, incRemoved, incChanged;
        for (auto it = incAfter.constBegin(); it != incAfter.constEnd(); ++it) {
            if (!incBefore.contains(it.key()))
                incAdded.append(
                    QJsonObject{{QStringLiteral("term"), it.key()}, {QStringLiteral("lookups"), *it}});
            else if (incBefore.value(it.key()) != *it)
                incChanged.append(QJsonObject{{QStringLiteral("term"), it.key()},
                                              {QStringLiteral("before"), incBefore.value(it.key())},
                                              {QStringLiteral("after"), *it}});
        }
        for (auto it = incBefore.constBegin(); it != incBefore.constEnd(); ++it)
            if (!incAfter.contains(it.key()))
                incRemoved.append(
                    QJsonObject{{QStringLiteral("term"), it.key()}, {QStringLiteral("lookups"), *it}});
        diff.insert(
            QStringLiteral("spf"),
            QJsonObject{{QStringLiteral("record"),
                         QJsonObject{{QStringLiteral("before"), spfBefore.value(QStringLiteral("record"))},
                                     {QStringLiteral("after"), spfAfter.value(QStringLiteral("record"))}}},
                        {QStringLiteral("lookups"),
                         QJsonObject{{QStringLiteral("before"), spfBefore.value(QStringLiteral("lookups"))},
                                     {QStringLiteral("after"), spfAfter.value(QStringLiteral("lookups"))}}},
                        {QStringLiteral("includesAdded"), incAdded},
                        {QStringLiteral("includesRemoved"), incRemoved},
                        {QStringLiteral("includesChanged"), incChanged}});
    }

    // DKIM keys by selector.
    const auto keysBefore = dkimKeys(before.check(QStringLiteral("dkim")));
    const auto keysAfter = dkimKeys(after.check(QStringLiteral("dkim")));
    QJsonArray keyAdded, keyRemoved, keyChanged;
    for (auto it = keysAfter.constBegin(); it != keysAfter.constEnd(); ++it) {
        if (!keysBefore.contains(it.key())) {
            keyAdded.append(keyJson(*it));
        } else if (keysBefore.value(it.key()).fingerprint != it->fingerprint) {
            keyChanged.append(QJsonObject{{QStringLiteral("selector"), it.key()},
                                          {QStringLiteral("before"), keyJson(keysBefore.value(it.key()))},
                                          {QStringLiteral("after"), keyJson(*it)}});
        }
    }
    for (auto it = keysBefore.constBegin(); it != keysBefore.constEnd(); ++it)
        if (!keysAfter.contains(it.key()))
            keyRemoved.append(keyJson(*it));
    diff.insert(QStringLiteral("dkim"), QJsonObject{{QStringLiteral("keysAdded"), keyAdded},
                                                    {QStringLiteral("keysRemoved"), keyRemoved},
                                                    {QStringLiteral("keysChanged"), keyChanged}});

    const QJsonObject dmarcBefore = before.check(QStringLiteral("dmarc"));
    const QJsonObject dmarcAfter = after.check(QStringLiteral("dmarc"));
    diff.insert(
        QStringLiteral("dmarc"),
        QJsonObject{
            {QStringLiteral("policy"), QJsonObject{{QStringLiteral("before"), dmarcPolicy(dmarcBefore)},
                                                   {QStringLiteral("after"), dmarcPolicy(dmarcAfter)}}},
            {QStringLiteral("record"),
             QJsonObject{{QStringLiteral("before"), dmarcBefore.value(QStringLiteral("record"))},
                         {QStringLiteral("after"), dmarcAfter.value(QStringLiteral("record"))}}}});
    return diff;
}

namespace {
// The words of the JSON ("improved") as people read them.
QString changeWord(const QString& change) {
    if (change == QLatin1String("improved"))
        return QCoreApplication::translate("AuditDiff", "improved");
    if (change == QLatin1String("regressed"))
        return QCoreApplication::translate("AuditDiff", "regressed");
    if (change == QLatin1String("unchanged"))
        return QCoreApplication::translate("AuditDiff", "unchanged");
    return change;
}
} // namespace

// Lines for people (the GUI, the PDF, the CLI's text output): translated when a translator is
// installed; the diff JSON itself keeps its English keys and words.
QStringList AuditDiff::summary(const QJsonObject& diff) {
    QStringList out;
    const QJsonObject grade = diff.value(QStringLiteral("grade")).toObject();
    out << QCoreApplication::translate("AuditDiff", "Grade: %1 -> %2 (%3)")
               .arg(grade.value(QStringLiteral("before")).toString(),
                    grade.value(QStringLiteral("after")).toString(),
                    changeWord(grade.value(QStringLiteral("change")).toString()));
    const QJsonObject findings = diff.value(QStringLiteral("findings")).toObject();
    auto codes = [](const QJsonArray& a) {
        QStringList c;
        for (const auto& v : a)
            c << v.toObject().value(QStringLiteral("code")).toString();
        return c.join(QStringLiteral(", "));
    };
    if (!findings.value(QStringLiteral("new")).toArray().isEmpty())
        out << QCoreApplication::translate("AuditDiff", "New: ") +
                   codes(findings.value(QStringLiteral("new")).toArray());
    if (!findings.value(QStringLiteral("fixed")).toArray().isEmpty())
        out << QCoreApplication::translate("AuditDiff", "Fixed: ") +
                   codes(findings.value(QStringLiteral("fixed")).toArray());
    const QJsonObject dmarc =
        diff.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")).toObject();
    if (dmarc.value(QStringLiteral("before")) != dmarc.value(QStringLiteral("after")))
        out << QCoreApplication::translate("AuditDiff", "DMARC policy: %1 -> %2")
                   .arg(dmarc.value(QStringLiteral("before")).toString(),
                        dmarc.value(QStringLiteral("after")).toString());
    const QJsonObject spf = diff.value(QStringLiteral("spf")).toObject();
    const QJsonObject lookups = spf.value(QStringLiteral("lookups")).toObject();
    if (!spf.isEmpty() && lookups.value(QStringLiteral("before")) != lookups.value(QStringLiteral("after")))
        out << QCoreApplication::translate("AuditDiff", "SPF lookups: %1 -> %2")
                   .arg(lookups.value(QStringLiteral("before")).toInt())
                   .arg(lookups.value(QStringLiteral("after")).toInt());
    for (const auto& v : spf.value(QStringLiteral("includesAdded")).toArray())
        out << QCoreApplication::translate("AuditDiff", "SPF include added: %1 (%2 lookups)")
                   .arg(v.toObject().value(QStringLiteral("term")).toString())
                   .arg(v.toObject().value(QStringLiteral("lookups")).toInt());
    for (const auto& v : spf.value(QStringLiteral("includesRemoved")).toArray())
        out << QCoreApplication::translate("AuditDiff", "SPF include removed: %1")
                   .arg(v.toObject().value(QStringLiteral("term")).toString());
    const QJsonObject dkim = diff.value(QStringLiteral("dkim")).toObject();
    for (const auto& v : dkim.value(QStringLiteral("keysAdded")).toArray())
        out << QCoreApplication::translate("AuditDiff", "DKIM key added: %1 (%2 %3 bits)")
                   .arg(v.toObject().value(QStringLiteral("selector")).toString(),
                        v.toObject().value(QStringLiteral("keyType")).toString())
                   .arg(v.toObject().value(QStringLiteral("keyBits")).toInt());
    for (const auto& v : dkim.value(QStringLiteral("keysRemoved")).toArray())
        out << QCoreApplication::translate("AuditDiff", "DKIM key removed: %1")
                   .arg(v.toObject().value(QStringLiteral("selector")).toString());
    for (const auto& v : dkim.value(QStringLiteral("keysChanged")).toArray())
        out << QCoreApplication::translate("AuditDiff", "DKIM key replaced: %1")
                   .arg(v.toObject().value(QStringLiteral("selector")).toString());
    const QJsonObject records = diff.value(QStringLiteral("records")).toObject();
    for (const auto& v : records.value(QStringLiteral("added")).toArray())
        out << QCoreApplication::translate("AuditDiff", "Record added: ") + v.toString();
    for (const auto& v : records.value(QStringLiteral("removed")).toArray())
        out << QCoreApplication::translate("AuditDiff", "Record removed: ") + v.toString();
    for (const auto& v : records.value(QStringLiteral("changed")).toArray())
        out << QCoreApplication::translate("AuditDiff", "Record changed: ") +
                   v.toObject().value(QStringLiteral("rrset")).toString();
    return out;
}
