#include "SpfTreeNode.h"

#include <QJsonArray>

QString SpfTreeNode::label() const {
    return kind == Kind::Record ? domain : term.text;
}

QStringList SpfTreeNode::flagNames(quint32 flags) {
    static const std::pair<Flag, const char*> names[] = {
        {AfterAll, "after-all"},
        {RedirectIgnored, "redirect-ignored"},
        {Loop, "loop"},
        {DuplicateInclude, "duplicate-include"},
        {CrossesLimit, "crosses-limit"},
        {OverLimit, "over-limit"},
        {Void, "void"},
        {CrossesVoidLimit, "crosses-void-limit"},
        {DnsError, "dns-error"},
        {MxTooMany, "mx-too-many"},
        {Unexpanded, "unexpanded"},
        {Overlapping, "overlapping"},
        {Matched, "matched"},
        {NoRecord, "no-record"},
        {CostliestBranch, "costliest-branch"},
        {Capped, "capped"},
    };
    QStringList out;
    for (const auto& [f, n] : names)
        if (flags & f)
            out << QString::fromLatin1(n);
    return out;
}

QString SpfTreeNode::statusName(RecordStatus status) {
    switch (status) {
    case RecordStatus::Found:
        return QStringLiteral("found");
    case RecordStatus::NoRecord:
        return QStringLiteral("no-record");
    case RecordStatus::Multiple:
        return QStringLiteral("multiple-records");
    case RecordStatus::DnsFailure:
        return QStringLiteral("dns-error");
    case RecordStatus::SyntaxError:
        return QStringLiteral("syntax-error");
    case RecordStatus::InvalidDomain:
        return QStringLiteral("invalid-domain");
    case RecordStatus::NotFollowed:
        return QStringLiteral("not-followed");
    }
    return {};
}

QJsonObject SpfTreeNode::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("node"),
             kind == Kind::Record ? QStringLiteral("record") : QStringLiteral("term"));
    o.insert(QStringLiteral("term"), kind == Kind::Record ? QString() : term.text);
    o.insert(QStringLiteral("domain"), domain);
    if (kind == Kind::Record) {
        o.insert(QStringLiteral("record"), record);
        o.insert(QStringLiteral("status"), statusName(status));
        if (recordStrings.size() > 1) {
            QJsonArray strings;
            for (const QByteArray& s : recordStrings)
                strings.append(QString::fromLatin1(s));
            o.insert(QStringLiteral("strings"), strings);
        }
    } else {
        o.insert(QStringLiteral("mechanism"), term.mechanismName());
        if (term.isMechanism())
            o.insert(QStringLiteral("qualifier"), QString(spfQualifierChar(term.qualifier)));
        if (!target.isEmpty())
            o.insert(QStringLiteral("target"), target);
        o.insert(QStringLiteral("record"), children.isEmpty() ? QString() : children.first().record);
    }
    if (!statusDetail.isEmpty())
        o.insert(QStringLiteral("detail"), statusDetail);
    o.insert(QStringLiteral("cost"), cost);
    o.insert(QStringLiteral("lookups"), lookups);
    o.insert(QStringLiteral("cumulative"), cumulative);
    o.insert(QStringLiteral("voidCumulative"), voidCumulative);
    o.insert(QStringLiteral("resolved"), QJsonArray::fromStringList(resolved));
    o.insert(QStringLiteral("ranges"), QJsonArray::fromStringList(ranges));
    o.insert(QStringLiteral("explanation"), explanation);
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flagNames(flags)));
    QJsonArray kids;
    for (const SpfTreeNode& c : children)
        kids.append(c.toJson());
    o.insert(QStringLiteral("children"), kids);
    return o;
}
