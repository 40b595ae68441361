#include "SpfTreeFindings.h"

#include "SpfEvaluator.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>
#include <QSet>

namespace {
// The strings keep the context they had when SpfTreeBuilder held them, visible to lupdate.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SpfTreeBuilder)
};
} // namespace

void SpfTreeFindings::collect(SpfLookupTree& tree, const SpfTreeNode* costliest,
                              const QStringList& overlaps) {
    const QString& domain = tree.domain;
    QList<Finding>& fs = tree.findings;
    auto add = [&](const char* code, const QString& detail, const QStringList& evidence) {
        Finding f = FindingCatalogue::make(QString::fromLatin1(code), detail, evidence);
        f.domain = domain;
        fs << f;
    };
    const SpfTreeNode& root = tree.root;
    switch (root.status) {
    case SpfTreeNode::RecordStatus::NoRecord:
        add("SPF-MISSING", Tr::tr("%1: %2.").arg(domain, root.statusDetail), {domain});
        break;
    case SpfTreeNode::RecordStatus::Multiple:
        add("SPF-MULTIPLE-RECORDS", root.statusDetail, {domain});
        break;
    case SpfTreeNode::RecordStatus::DnsFailure:
        add("SPF-DNS-ERROR", Tr::tr("%1: %2").arg(domain, root.statusDetail), {domain});
        break;
    default:
        break;
    }
    if (!tree.type99Records.isEmpty())
        add("SPF-TYPE99",
            Tr::tr("%1 also publishes %2 type-99 record(s): %3")
                .arg(domain)
                .arg(tree.type99Records.size())
                .arg(tree.type99Records.join(QStringLiteral(" | "))),
            tree.type99Records);
    QSet<QString> afterAllReported;
    tree.forEach([&](const SpfTreeNode& n, const QStringList& path) {
        if (n.kind == SpfTreeNode::Kind::Record) {
            if (n.depth > 0 && n.status == SpfTreeNode::RecordStatus::Multiple)
                add("SPF-MULTIPLE-RECORDS", Tr::tr("%1: %2").arg(n.domain, n.statusDetail), path);
            if (n.status == SpfTreeNode::RecordStatus::SyntaxError)
                add("SPF-SYNTAX", Tr::tr("%1: %2").arg(n.domain, n.statusDetail),
                    path + QStringList{n.record});
            if (n.depth > 0 && n.status == SpfTreeNode::RecordStatus::DnsFailure)
                add("SPF-DNS-ERROR", Tr::tr("%1: %2").arg(n.domain, n.statusDetail), path);
            const bool own = n.domain == domain || n.domain.endsWith(QLatin1Char('.') + domain);
            if (own && n.record.toLatin1().size() > 450)
                add("SPF-RECORD-TOO-LONG",
                    Tr::tr("The record of %1 is %2 bytes long.")
                        .arg(n.domain)
                        .arg(n.record.toLatin1().size()),
                    path + QStringList{n.record});
            return;
        }
        if (n.has(SpfTreeNode::AfterAll) && !afterAllReported.contains(n.domain)) {
            afterAllReported.insert(n.domain);
            add("SPF-TERMS-AFTER-ALL", Tr::tr("\"%1\" in %2 comes after \"all\".").arg(n.term.text, n.domain),
                path);
        }
        if (!n.evaluated())
            return;
        if (n.has(SpfTreeNode::CrossesLimit))
            add("SPF-LOOKUP-LIMIT",
                Tr::tr("The expanded record needs %1 DNS lookups. The count passes 10 at \"%2\" in %3: "
                       "evaluation "
                       "ends in permerror there.%4")
                    .arg(tree.capped.isEmpty() ? QString::number(tree.lookups)
                                               : Tr::tr("at least %1").arg(tree.lookups))
                    .arg(n.term.text, n.domain)
                    .arg(costliest ? Tr::tr(" The costliest branch is \"%1\" with %2 lookups.")
                                         .arg(costliest->term.text)
                                         .arg(costliest->lookups)
                                   : QString()),
                path);
        if (n.has(SpfTreeNode::CrossesVoidLimit))
            add("SPF-VOID-LIMIT",
                Tr::tr("The third lookup that finds nothing is \"%1\" in %2.").arg(n.term.text, n.domain),
                path);
        if (n.has(SpfTreeNode::Loop))
            add("SPF-INCLUDE-LOOP",
                Tr::tr(
                    "\"%1\" in %2 leads back to %3. A receiver follows the loop until the 10-lookup limit: "
                    "permerror, "
                    "unless an earlier term matches. The counts shown stop at the loop.")
                    .arg(n.term.text, n.domain, n.target),
                path);
        if (n.has(SpfTreeNode::NoRecord))
            add("SPF-INCLUDE-NO-RECORD",
                Tr::tr("\"%1\" in %2: %3 has no SPF record (%4).")
                    .arg(n.term.text, n.domain, n.target,
                         n.children.isEmpty() ? QString() : n.children.first().statusDetail),
                path);
        if (n.has(SpfTreeNode::DuplicateInclude))
            add("SPF-DUPLICATE-INCLUDE",
                Tr::tr("%1 is evaluated again by \"%2\" in %3.").arg(n.target, n.term.text, n.domain), path);
        if (n.has(SpfTreeNode::DnsError) && n.kind == SpfTreeNode::Kind::Term && n.children.isEmpty())
            add("SPF-DNS-ERROR",
                Tr::tr("\"%1\" in %2: %3").arg(n.term.text, n.domain, n.resolved.join(QStringLiteral("; "))),
                path);
        if (n.has(SpfTreeNode::MxTooMany))
            add("SPF-MX-TOO-MANY",
                Tr::tr("\"%1\" in %2 finds %3 mail servers.")
                    .arg(n.term.text, n.domain)
                    .arg(n.resolved.size()),
                path);
        if (n.term.kind == SpfTermKind::Ptr)
            add("SPF-PTR", Tr::tr("\"%1\" in %2.").arg(n.term.text, n.domain), path);
        if (n.has(SpfTreeNode::RedirectIgnored))
            add("SPF-REDIRECT-IGNORED", Tr::tr("\"%1\" in %2 is ignored.").arg(n.term.text, n.domain), path);
    });
    for (SpfTreeNode& n : tree.root.children)
        if (n.has(SpfTreeNode::RedirectIgnored))
            add("SPF-REDIRECT-IGNORED",
                Tr::tr("\"%1\" in %2 is ignored because the record has \"all\".").arg(n.term.text, domain),
                {domain, domain + QStringLiteral(": ") + n.term.text});
    if (tree.lookups >= 8 && tree.lookups <= SpfEvaluator::LookupLimit)
        add("SPF-LOOKUP-NEAR-LIMIT",
            Tr::tr("The expanded record needs %1 of the 10 DNS lookups.").arg(tree.lookups), {domain});
    if (!overlaps.isEmpty())
        add("SPF-OVERLAPPING-RANGES",
            Tr::tr("%1 overlapping pair(s) of ranges, for example %2.")
                .arg(overlaps.size() >= 20 ? Tr::tr("20 or more") : QString::number(overlaps.size()))
                .arg(overlaps.mid(0, 2).join(QStringLiteral("; "))),
            overlaps);

    // What "all" ends the domain's policy: follow redirects from the root.
    const SpfTreeNode* effective = &tree.root;
    QStringList chain{domain};
    for (int guard = 0; effective && effective->status == SpfTreeNode::RecordStatus::Found && guard < 12;
         ++guard) {
        const SpfTreeNode* all = nullptr;
        const SpfTreeNode* redirect = nullptr;
        for (const SpfTreeNode& c : effective->children) {
            if (c.term.kind == SpfTermKind::All && !all)
                all = &c;
            if (c.term.kind == SpfTermKind::Redirect)
                redirect = &c;
        }
        if (all) {
            if (all->term.qualifier == SpfQualifier::Pass)
                add("SPF-PERMISSIVE-ALL", Tr::tr("%1 ends in \"%2\".").arg(effective->domain, all->term.text),
                    chain + QStringList{effective->record});
            else if (all->term.qualifier == SpfQualifier::Neutral)
                add("SPF-NEUTRAL-ALL", Tr::tr("%1 ends in \"%2\".").arg(effective->domain, all->term.text),
                    chain + QStringList{effective->record});
            break;
        }
        if (!redirect || redirect->children.isEmpty()) {
            add("SPF-NEUTRAL-ALL", Tr::tr("%1 has neither \"all\" nor redirect.").arg(effective->domain),
                chain + QStringList{effective->record});
            break;
        }
        effective = &redirect->children.first();
        chain << effective->domain;
    }

    std::stable_sort(fs.begin(), fs.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
}
