#include "SpfTermExplainer.h"

#include "SpfExpansionBudget.h"
#include "SpfMacroExpander.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfTermExplainer", text);
}

QString listed(const QStringList& items, int max = 4) {
    if (items.isEmpty())
        return QString();
    QStringList shown = items.mid(0, max);
    QString s = shown.join(QStringLiteral(", "));
    if (items.size() > max)
        s += QCoreApplication::translate("SpfTermExplainer", " and %1 more").arg(items.size() - max);
    return s;
}

int innerLookups(const SpfTreeNode& n) {
    int sum = 0;
    for (const SpfTreeNode& c : n.children)
        sum += c.lookups;
    return sum;
}
} // namespace

QString SpfTermExplainer::verb(SpfQualifier qualifier) {
    switch (qualifier) {
    case SpfQualifier::Pass:
        return tr("passes");
    case SpfQualifier::Fail:
        return tr("fails");
    case SpfQualifier::SoftFail:
        return tr("soft-fails (accepted but marked suspicious)");
    case SpfQualifier::Neutral:
        return tr("is neutral (neither passes nor fails)");
    }
    return {};
}

QString SpfTermExplainer::explain(const SpfTreeNode& n) {
    if (n.kind == SpfTreeNode::Kind::Record) {
        if (n.status != SpfTreeNode::RecordStatus::Found)
            return tr("%1: %2.").arg(n.domain, n.statusDetail);
        return tr("The SPF record of %1; evaluating it costs %2 DNS lookups.").arg(n.domain).arg(n.lookups);
    }
    const SpfTerm& t = n.term;
    const QString v = verb(t.qualifier);
    if (n.has(SpfTreeNode::Unexpanded)) {
        const QStringList letters = SpfMacroExpander::lettersUsed(t.domainSpec);
        return tr("Depends on the message (macros %1): with an IP and sender it looks up \"%2\" expanded; "
                  "costs 1 "
                  "lookup.")
            .arg(QStringLiteral("%{") + letters.join(QStringLiteral("}, %{")) + QLatin1Char('}'),
                 t.domainSpec);
    }
    if (n.has(SpfTreeNode::Capped)) {
        if (!n.children.isEmpty())
            return tr("Evaluates %1; costs 1 lookup plus what it holds, not followed here: %2.")
                .arg(n.target, n.children.first().statusDetail);
        return tr("Looks up %1; costs 1 lookup. Not resolved here: the tree is shown only up to its %2th "
                  "lookup, and asks at most %3 DNS questions.")
            .arg(n.target)
            .arg(SpfExpansionBudget::DisplayLookups)
            .arg(SpfExpansionBudget::ExpansionQuestions + SpfExpansionBudget::CompletionQuestions);
    }
    switch (t.kind) {
    case SpfTermKind::All:
        return tr("Every other sender %1.").arg(v);
    case SpfTermKind::Ip4:
    case SpfTermKind::Ip6:
        return tr("Mail from %1 %2.").arg(t.network4or6Text(), v);
    case SpfTermKind::A:
        if (n.has(SpfTreeNode::DnsError))
            return tr("Looks up the addresses of %1, but the lookup failed (temperror); costs 1 lookup.")
                .arg(n.target);
        if (n.resolved.isEmpty())
            return tr("Mail from the addresses of %1 %2, but it has none (a void lookup); costs 1 lookup.")
                .arg(n.target, v);
        return tr("Mail from the addresses of %1 (%2) %3; costs 1 lookup.")
            .arg(n.target, listed(n.ranges), v);
    case SpfTermKind::Mx:
        if (n.resolved.isEmpty())
            return tr("Mail from the mail servers of %1 %2, but it has no MX records (a void lookup); costs "
                      "1 lookup.")
                .arg(n.target, v);
        return tr("Mail from the mail servers of %1 (%2) %3; costs 1 lookup plus address lookups of %4 "
                  "host(s).")
            .arg(n.target, listed(n.resolved))
            .arg(v)
            .arg(n.resolved.size());
    case SpfTermKind::Ptr:
        return tr("Mail %1 if the client's reverse DNS name, confirmed forward, ends in %2 (slow and "
                  "discouraged); "
                  "costs 1 lookup plus up to 10 more.")
            .arg(v, n.target);
    case SpfTermKind::Exists:
        return tr("Mail %1 if %2 has an IPv4 address (any address); costs 1 lookup.").arg(v, n.target);
    case SpfTermKind::Include:
        if (n.has(SpfTreeNode::Loop))
            return tr("Evaluates %1, which is already on this path: a loop, not followed.").arg(n.target);
        if (n.has(SpfTreeNode::NoRecord))
            return tr("Evaluates %1, which has no SPF record: evaluation ends in permerror here.")
                .arg(n.target);
        return tr("Evaluates %1; %2 if that passes; costs 1 lookup plus %3 inside.")
            .arg(n.target, t.qualifier == SpfQualifier::Pass ? tr("passes") : v)
            .arg(innerLookups(n));
    case SpfTermKind::Redirect:
        if (n.has(SpfTreeNode::RedirectIgnored))
            return tr("Ignored: the record has \"all\", so redirect to %1 never applies.").arg(n.target);
        return tr("If nothing above matched, the result is that of %1's record; costs 1 lookup plus %2 "
                  "inside.")
            .arg(n.target)
            .arg(innerLookups(n));
    case SpfTermKind::Exp:
        return tr("On fail, the reason shown to the sender comes from the TXT record of %1; costs no counted "
                  "lookup.")
            .arg(n.target.isEmpty() ? t.domainSpec : n.target);
    case SpfTermKind::UnknownModifier:
        return tr("An unknown modifier \"%1\": receivers ignore it.").arg(t.modifierName);
    }
    return {};
}
