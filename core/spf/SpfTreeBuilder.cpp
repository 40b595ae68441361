#include "SpfTreeBuilder.h"

#include "SpfEvaluator.h"
#include "SpfFlattener.h"
#include "SpfMacroExpander.h"
#include "SpfRecordParser.h"
#include "SpfRecordSelection.h"
#include "SpfTermExplainer.h"
#include "SpfTreeFindings.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfTreeBuilder", text);
}

QString addressesWithCidr(const DnsRecord& r, const SpfTerm& term) {
    const bool v6 = r.type == DnsRecordType::AAAA;
    const int len = v6 ? term.cidr6 : term.cidr4;
    const QHostAddress a(r.address);
    const QPair<QHostAddress, int> net =
        QHostAddress::parseSubnet(QStringLiteral("%1/%2").arg(a.toString()).arg(len));
    return QStringLiteral("%1/%2").arg(net.first.toString()).arg(len);
}

void noteFailure(SpfTreeNode& node, const DnsAnswer& a) {
    node.set(SpfTreeNode::DnsError);
    node.resolved
        << QStringLiteral("%1 %2: %3").arg(a.name, dnsRecordTypeName(a.type), dnsOutcomeName(a.outcome));
}

struct AnnotateState {
    int count = 0;
    int voids = 0;
    QSet<QString> targets;
    int maxDepth = 0;
};

// The evaluation-order pass: cumulative counts, the limit crossings, duplicates, after-all.
void annotate(SpfTreeNode& record, AnnotateState& st, bool evaluated) {
    st.maxDepth = std::max(st.maxDepth, record.depth);
    record.lookups = 0;
    bool seenAll = false;
    const bool hasAll = std::any_of(record.children.cbegin(), record.children.cend(),
                                    [](const SpfTreeNode& n) { return n.term.kind == SpfTermKind::All; });
    auto visitTerm = [&](SpfTreeNode& t, bool live) {
        // Counts may shift between passes (a capped branch expanded later): flags made here anew.
        t.flags &= ~(SpfTreeNode::CrossesLimit | SpfTreeNode::OverLimit | SpfTreeNode::CrossesVoidLimit |
                     SpfTreeNode::DuplicateInclude);
        if (!live) {
            // Not evaluated: show its cost in the subtree but count nothing.
            for (SpfTreeNode& c : t.children)
                annotate(c, st, false);
            t.lookups = t.cost;
            for (const SpfTreeNode& c : t.children)
                t.lookups += c.lookups;
            t.cumulative = st.count;
            if (t.term.kind == SpfTermKind::Include || t.term.kind == SpfTermKind::Redirect)
                t.explanation = SpfTermExplainer::explain(t);
            return;
        }
        if (t.cost) {
            ++st.count;
            if (st.count == SpfEvaluator::LookupLimit + 1)
                t.set(SpfTreeNode::CrossesLimit);
            else if (st.count > SpfEvaluator::LookupLimit + 1)
                t.set(SpfTreeNode::OverLimit);
        }
        if (t.has(SpfTreeNode::Void)) {
            ++st.voids;
            if (st.voids == SpfEvaluator::VoidLimit + 1)
                t.set(SpfTreeNode::CrossesVoidLimit);
        }
        t.cumulative = st.count;
        t.voidCumulative = st.voids;
        if ((t.term.kind == SpfTermKind::Include || t.term.kind == SpfTermKind::Redirect) &&
            !t.target.isEmpty() && !t.has(SpfTreeNode::Unexpanded)) {
            const QString key = t.target.toLower();
            if (st.targets.contains(key))
                t.set(SpfTreeNode::DuplicateInclude);
            st.targets.insert(key);
        }
        for (SpfTreeNode& c : t.children)
            annotate(c, st, true);
        t.lookups = t.cost;
        for (const SpfTreeNode& c : t.children)
            t.lookups += c.lookups;
        // "costs 1 lookup plus N inside" needs the counts this pass has just made.
        if (t.term.kind == SpfTermKind::Include || t.term.kind == SpfTermKind::Redirect)
            t.explanation = SpfTermExplainer::explain(t);
    };
    for (SpfTreeNode& t : record.children) {
        if (!t.term.isMechanism())
            continue;
        if (seenAll)
            t.set(SpfTreeNode::AfterAll);
        visitTerm(t, evaluated && !seenAll);
        if (evaluated && !seenAll)
            record.lookups += t.lookups;
        if (t.term.kind == SpfTermKind::All)
            seenAll = true;
    }
    for (SpfTreeNode& t : record.children) {
        if (t.term.isMechanism())
            continue;
        if (t.term.kind == SpfTermKind::Redirect && hasAll)
            t.set(SpfTreeNode::RedirectIgnored);
        const bool live = evaluated && t.evaluated();
        visitTerm(t, live);
        if (live)
            record.lookups += t.lookups;
    }
    record.cumulative = st.count;
    record.voidCumulative = st.voids;
}

bool rangesIntersect(const QString& a, const QString& b) {
    const auto na = QHostAddress::parseSubnet(a);
    const auto nb = QHostAddress::parseSubnet(b);
    if (na.first.isNull() || nb.first.isNull() || na.first.protocol() != nb.first.protocol())
        return false;
    return na.first.isInSubnet(nb.first, nb.second) || nb.first.isInSubnet(na.first, na.second);
}
} // namespace

SpfTreeBuilder::SpfTreeBuilder(DnsSession* session, Options options)
    : m_session(session)
    , m_options(std::move(options)) {}

std::optional<SpfMacroContext> SpfTreeBuilder::macroContext(const QString& domain) const {
    if (!m_options.ip)
        return std::nullopt;
    SpfMacroContext c;
    c.ip = SpfEvaluator::normalizedAddress(*m_options.ip);
    QString sender =
        m_options.sender.isEmpty() ? QStringLiteral("postmaster@") + m_options.helo : m_options.sender;
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    c.localPart = at > 0 ? sender.left(at) : QStringLiteral("postmaster");
    c.senderDomain = sender.mid(at + 1);
    c.helo = m_options.helo;
    c.domain = domain;
    return c;
}

SpfTreeNode SpfTreeBuilder::buildRecord(const QString& domain, const QStringList& ancestors, int depth,
                                        const std::optional<QString>& text) const {
    SpfTreeNode node;
    node.kind = SpfTreeNode::Kind::Record;
    node.domain = domain;
    node.depth = depth;
    if (!SpfEvaluator::isValidDomain(domain)) {
        node.status = SpfTreeNode::RecordStatus::InvalidDomain;
        node.statusDetail = tr("\"%1\" is not a valid domain name").arg(domain);
        return node;
    }
    QString recordText;
    if (text) {
        recordText = *text;
    } else {
        const DnsAnswer answer = m_session->lookupNow(domain, DnsRecordType::TXT);
        const SpfRecordSelection sel = SpfRecordSelection::fromAnswer(answer);
        switch (sel.status) {
        case SpfRecordSelection::Status::DnsFailure:
            node.status = SpfTreeNode::RecordStatus::DnsFailure;
            node.set(SpfTreeNode::DnsError);
            node.statusDetail = tr("the TXT lookup failed: %1").arg(dnsOutcomeDescription(answer.outcome));
            return node;
        case SpfRecordSelection::Status::NoRecord:
            node.status = SpfTreeNode::RecordStatus::NoRecord;
            node.statusDetail = answer.outcome == DnsOutcome::NxDomain
                                    ? tr("the name does not exist (NXDOMAIN)")
                                    : tr("no TXT record starts with \"v=spf1\"");
            return node;
        case SpfRecordSelection::Status::Multiple: {
            node.status = SpfTreeNode::RecordStatus::Multiple;
            QStringList all;
            for (const QByteArray& c : sel.candidates)
                all << QString::fromLatin1(c);
            node.record = all.first();
            // A hostile answer may hold thousands: the first few are evidence enough.
            node.statusDetail =
                tr("%1 SPF records: %2").arg(all.size()).arg(all.mid(0, 5).join(QStringLiteral(" | ")));
            if (all.size() > 5)
                node.statusDetail += tr(" | … (%1 more)").arg(all.size() - 5);
            return node;
        }
        case SpfRecordSelection::Status::Found:
            break;
        }
        recordText = QString::fromLatin1(sel.record);
        node.recordStrings = sel.strings;
    }
    node.record = recordText;
    const auto parsed = SpfRecordParser::parse(recordText);
    if (!parsed) {
        node.status = SpfTreeNode::RecordStatus::SyntaxError;
        node.statusDetail = parsed.error().toString();
        return node;
    }
    const QStringList path = ancestors + QStringList{domain.toLower()};
    // Fire every term at once: each resolves (and recurses) on the check pool; a waiting thread
    // runs a not-yet-started task itself, so nesting cannot exhaust the pool.
    // Completing a capped branch (m_position set) goes one term after the other instead, in
    // evaluation order, so that the budget is spent on what the display shows first.
    QList<QFuture<SpfTreeNode>> futures;
    for (const SpfTerm& term : parsed->terms) {
        if (term.countsTowardLimit() && m_position < 0)
            futures << QtConcurrent::run(DnsSession::checkPool(), [this, term, domain, path, depth] {
                return buildTerm(term, domain, path, depth);
            });
        else
            futures << QtFuture::makeReadyFuture(buildTerm(term, domain, path, depth));
    }
    for (QFuture<SpfTreeNode>& f : futures)
        node.children << f.result();
    return node;
}

SpfTreeNode SpfTreeBuilder::buildTerm(const SpfTerm& term, const QString& domain,
                                      const QStringList& ancestors, int depth) const {
    SpfTreeNode node;
    node.term = term;
    node.domain = domain;
    node.depth = depth;
    node.cost = term.countsTowardLimit() ? 1 : 0;
    const bool v6only = m_options.ip && SpfEvaluator::normalizedAddress(*m_options.ip).protocol() ==
                                            QAbstractSocket::IPv6Protocol;
    const bool v4only = m_options.ip && !v6only;

    if (term.kind == SpfTermKind::Ip4 || term.kind == SpfTermKind::Ip6) {
        node.ranges << term.network4or6Text();
        node.explanation = SpfTermExplainer::explain(node);
        return node;
    }
    if (!term.countsTowardLimit() && term.kind != SpfTermKind::Exp) {
        node.explanation = SpfTermExplainer::explain(node);
        return node;
    }
    // The name the term looks up.
    if (term.domainSpec.isEmpty()) {
        node.target = domain;
    } else if (!SpfMacroExpander::hasMacros(term.domainSpec)) {
        node.target = SpfMacroExpander::expandDomain(term.domainSpec, SpfMacroContext{});
    } else {
        const QStringList letters = SpfMacroExpander::lettersUsed(term.domainSpec);
        auto ctx = macroContext(domain);
        if (!ctx && letters == QStringList{QStringLiteral("d")}) {
            ctx = SpfMacroContext{};
            ctx->domain = domain;
        }
        if (ctx) {
            node.target = SpfMacroExpander::expandDomain(term.domainSpec, *ctx);
        } else {
            node.target = term.domainSpec;
            node.set(SpfTreeNode::Unexpanded);
            node.explanation = SpfTermExplainer::explain(node);
            return node;
        }
    }
    if (term.kind == SpfTermKind::Exp) {
        node.explanation = SpfTermExplainer::explain(node);
        return node;
    }
    if (!DnsName::fromWire(node.target) && term.kind != SpfTermKind::Include &&
        term.kind != SpfTermKind::Redirect) {
        node.resolved << tr("not a valid domain name");
        node.explanation = SpfTermExplainer::explain(node);
        return node;
    }

    // Questions this term asks (an mx term takes more per host below); none left: not resolved.
    const int questions = term.kind == SpfTermKind::A ? (v4only || v6only ? 1 : 2) : 1;
    if (term.kind == SpfTermKind::Ptr && !m_options.ip) {
        // Depends on the client: nothing to resolve without one.
    } else if (m_position >= 0 && ++m_position > SpfExpansionBudget::DisplayLookups) {
        SpfExpansionBudget::markCapped(node, SpfExpansionBudget::pastDisplayReason());
        return node;
    } else if (!m_budget->take(questions)) {
        SpfExpansionBudget::markCapped(node, SpfExpansionBudget::budgetSpentReason());
        return node;
    }
    switch (term.kind) {
    case SpfTermKind::A: {
        QList<QFuture<DnsAnswer>> fs;
        if (!v6only)
            fs << m_session->lookup(node.target, DnsRecordType::A);
        if (!v4only)
            fs << m_session->lookup(node.target, DnsRecordType::AAAA);
        bool any = false;
        bool failed = false;
        for (QFuture<DnsAnswer>& f : fs) {
            const DnsAnswer a = f.result();
            if (dnsOutcomeIsFailure(a.outcome)) {
                noteFailure(node, a);
                failed = true;
                continue;
            }
            for (const DnsRecord& r : a.records) {
                node.resolved << r.address;
                node.ranges << addressesWithCidr(r, term);
                any = true;
            }
        }
        if (!any && !failed)
            node.set(SpfTreeNode::Void);
        break;
    }
    case SpfTermKind::Mx: {
        const DnsAnswer mx = m_session->lookupNow(node.target, DnsRecordType::MX);
        if (dnsOutcomeIsFailure(mx.outcome)) {
            noteFailure(node, mx);
            break;
        }
        if (mx.records.isEmpty()) {
            node.set(SpfTreeNode::Void);
            break;
        }
        if (mx.records.size() > SpfEvaluator::NameLimit)
            node.set(SpfTreeNode::MxTooMany);
        QList<QFuture<DnsAnswer>> fs;
        int hosts = 0;
        for (const DnsRecord& r : mx.records) {
            node.resolved << r.target;
            // A receiver looks at no more than 10 (RFC 7208 §4.6.4); a hostile MX set of thousands
            // must not cost thousands of questions.
            if (++hosts > SpfEvaluator::NameLimit || !m_budget->take(v4only || v6only ? 1 : 2))
                continue;
            if (!v6only)
                fs << m_session->lookup(r.target, DnsRecordType::A);
            if (!v4only)
                fs << m_session->lookup(r.target, DnsRecordType::AAAA);
        }
        for (QFuture<DnsAnswer>& f : fs) {
            const DnsAnswer a = f.result();
            if (dnsOutcomeIsFailure(a.outcome) && a.outcome != DnsOutcome::InvalidName) {
                noteFailure(node, a);
                continue;
            }
            for (const DnsRecord& r : a.records)
                node.ranges << addressesWithCidr(r, term);
        }
        break;
    }
    case SpfTermKind::Ptr: {
        if (!m_options.ip)
            break; // depends on the client: nothing to resolve without one
        const QHostAddress ip = SpfEvaluator::normalizedAddress(*m_options.ip);
        const DnsAnswer ptr = m_session->lookupNow(SpfEvaluator::reverseName(ip), DnsRecordType::PTR);
        if (ptr.records.isEmpty() && !dnsOutcomeIsFailure(ptr.outcome))
            node.set(SpfTreeNode::Void);
        for (const DnsRecord& r : ptr.records)
            node.resolved << r.target;
        break;
    }
    case SpfTermKind::Exists: {
        const DnsAnswer a = m_session->lookupNow(node.target, DnsRecordType::A);
        if (dnsOutcomeIsFailure(a.outcome))
            noteFailure(node, a);
        else if (a.records.isEmpty())
            node.set(SpfTreeNode::Void);
        for (const DnsRecord& r : a.records)
            node.resolved << r.address;
        break;
    }
    case SpfTermKind::Include:
    case SpfTermKind::Redirect: {
        const QString key = node.target.toLower();
        if (ancestors.contains(key)) {
            node.set(SpfTreeNode::Loop);
            SpfTreeNode child;
            child.kind = SpfTreeNode::Kind::Record;
            child.domain = node.target;
            child.depth = depth + 1;
            child.status = SpfTreeNode::RecordStatus::NotFollowed;
            child.statusDetail = tr("loop: %1 is already on this path (%2)")
                                     .arg(node.target, ancestors.join(QStringLiteral(" → ")));
            node.children << child;
            break;
        }
        SpfTreeNode child = buildRecord(node.target, ancestors, depth + 1, std::nullopt);
        if (child.status == SpfTreeNode::RecordStatus::NoRecord ||
            child.status == SpfTreeNode::RecordStatus::InvalidDomain)
            node.set(SpfTreeNode::NoRecord);
        if (child.status == SpfTreeNode::RecordStatus::DnsFailure)
            node.set(SpfTreeNode::DnsError);
        node.children << child;
        break;
    }
    default:
        break;
    }
    node.explanation = SpfTermExplainer::explain(node);
    return node;
}

SpfLookupTree SpfTreeBuilder::build(const QString& domain) {
    SpfLookupTree tree;
    tree.domain = domain;
    m_budget = std::make_shared<SpfExpansionBudget>();
    QFuture<DnsAnswer> type99;
    if (m_options.queryType99 && !m_options.record && SpfEvaluator::isValidDomain(domain))
        type99 = m_session->lookup(domain, DnsRecordType::SPF);
    tree.root = buildRecord(domain, {}, 0, m_options.record);
    if (type99.isValid()) {
        for (const DnsRecord& r : type99.result().records)
            if (r.type == DnsRecordType::SPF)
                tree.type99Records << QString::fromLatin1(r.joined());
    }
    AnnotateState st;
    annotate(tree.root, st, true);
    // Complete, in evaluation order, what the parallel expansion left capped within the display
    // (a branch that lost the race for the budget), then cut what lies past it: the tree shown is
    // then the same whichever branch was resolved first.
    m_budget->openReserve();
    QStringList ancestors;
    for (int round = 0; round < 4 * SpfExpansionBudget::DisplayLookups && !m_budget->exhausted(); ++round) {
        SpfTreeNode* capped = SpfExpansionBudget::firstCappedWithinDisplay(tree.root, &ancestors);
        if (!capped)
            break;
        const quint32 keep = capped->flags & (SpfTreeNode::AfterAll | SpfTreeNode::RedirectIgnored);
        m_position = capped->cumulative - 1;
        *capped = buildTerm(capped->term, capped->domain, ancestors, capped->depth);
        m_position = -1;
        capped->flags |= keep;
        st = {};
        annotate(tree.root, st, true);
    }
    const bool budgetSpent = SpfExpansionBudget::firstCappedWithinDisplay(tree.root, nullptr) != nullptr;
    if (SpfExpansionBudget::cutPastDisplay(tree.root) > 0 || budgetSpent) {
        st = {};
        annotate(tree.root, st, true);
        tree.capped =
            budgetSpent
                ? tr("the tree was expanded until its %1 DNS questions were spent; the "
                     "lookup count is at least %2")
                      .arg(SpfExpansionBudget::ExpansionQuestions + SpfExpansionBudget::CompletionQuestions)
                      .arg(st.count)
                : tr("the tree is shown up to its %1th lookup in evaluation order (a "
                     "receiver stops at the 10th); the lookup count is at least %2")
                      .arg(SpfExpansionBudget::DisplayLookups)
                      .arg(st.count);
    }
    tree.questions = m_budget->questionsAsked();
    tree.lookups = st.count;
    tree.voidLookups = st.voids;
    tree.maxDepth = st.maxDepth;

    // The costliest top-level branch.
    SpfTreeNode* costliest = nullptr;
    for (SpfTreeNode& c : tree.root.children)
        if (c.evaluated() && c.lookups > 1 && (!costliest || c.lookups > costliest->lookups))
            costliest = &c;
    if (costliest && tree.lookups > SpfEvaluator::LookupLimit)
        costliest->set(SpfTreeNode::CostliestBranch);

    // Overlapping ranges, among evaluated pass-qualified-or-not terms alike.
    struct RangeAt {
        QString range;
        SpfTreeNode* node;
        QString where;
    };
    QList<RangeAt> ranges;
    std::function<void(SpfTreeNode&, bool)> collect = [&](SpfTreeNode& n, bool live) {
        live = live && (n.kind == SpfTreeNode::Kind::Record || n.evaluated());
        if (live)
            for (const QString& r : std::as_const(n.ranges))
                ranges.append({r, &n, n.domain + QStringLiteral(": ") + n.term.text});
        for (SpfTreeNode& c : n.children)
            collect(c, live);
    };
    collect(tree.root, true);
    QStringList overlaps;
    for (int i = 0; i < ranges.size(); ++i)
        for (int j = i + 1; j < ranges.size(); ++j)
            if (ranges[i].node != ranges[j].node && rangesIntersect(ranges[i].range, ranges[j].range)) {
                ranges[i].node->set(SpfTreeNode::Overlapping);
                ranges[j].node->set(SpfTreeNode::Overlapping);
                if (overlaps.size() < 20)
                    overlaps << QStringLiteral("%1 (%2) and %3 (%4)")
                                    .arg(ranges[i].range, ranges[i].where, ranges[j].range, ranges[j].where);
            }

    SpfTreeFindings::collect(tree, costliest, overlaps);

    if (m_options.ip) {
        SpfEvaluator evaluator(m_session);
        SpfEvaluator::Input in;
        in.ip = *m_options.ip;
        in.sender = m_options.sender;
        in.helo = m_options.helo;
        in.domain = domain;
        in.record = m_options.record;
        tree.evaluation = evaluator.evaluate(in);
        // Highlight the matching path: "domain: term" steps, descending through include/redirect.
        SpfTreeNode* record = &tree.root;
        for (const QString& step : std::as_const(tree.evaluation->path)) {
            if (!record)
                break;
            SpfTreeNode* next = nullptr;
            for (SpfTreeNode& c : record->children) {
                if (c.domain + QStringLiteral(": ") + c.term.text == step) {
                    c.set(SpfTreeNode::Matched);
                    next = c.children.isEmpty() ? nullptr : &c.children.first();
                    break;
                }
            }
            record = next;
        }
    }
    if (m_options.flatten && tree.root.status == SpfTreeNode::RecordStatus::Found) {
        const SpfFlattener::Proposal p = SpfFlattener::flatten(tree);
        tree.flattened = p.records;
        tree.flattenWarning = p.warning;
    }
    return tree;
}
