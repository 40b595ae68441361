#include "SpfExpansionBudget.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfExpansionBudget", text);
}

// The live (evaluated) terms of a record in evaluation order: mechanisms up to "all", then the
// modifiers that apply (a redirect beside "all" never does).
template <typename Visit> bool forLiveTerms(SpfTreeNode& record, Visit visit) {
    bool seenAll = false;
    for (SpfTreeNode& t : record.children) {
        if (!t.term.isMechanism() || seenAll)
            continue;
        if (visit(t))
            return true;
        if (t.term.kind == SpfTermKind::All)
            seenAll = true;
    }
    for (SpfTreeNode& t : record.children) {
        if (t.term.isMechanism() || !t.evaluated())
            continue;
        if (visit(t))
            return true;
    }
    return false;
}

bool findCapped(SpfTreeNode& record, QStringList& path, SpfTreeNode** found) {
    path << record.domain.toLower();
    const bool hit = forLiveTerms(record, [&](SpfTreeNode& t) {
        if (t.cost > 0 && t.cumulative > SpfExpansionBudget::DisplayLookups)
            return true; // everything after is past the display too
        if (t.has(SpfTreeNode::Capped)) {
            *found = &t;
            return true;
        }
        for (SpfTreeNode& child : t.children)
            if (child.kind == SpfTreeNode::Kind::Record && findCapped(child, path, found))
                return true;
        return false;
    });
    if (!*found)
        path.removeLast();
    return hit;
}

int cut(SpfTreeNode& record) {
    int count = 0;
    forLiveTerms(record, [&](SpfTreeNode& t) {
        if (t.cost > 0 && t.cumulative > SpfExpansionBudget::DisplayLookups) {
            count += t.has(SpfTreeNode::Capped) ? 0 : 1;
            SpfExpansionBudget::markCapped(t, SpfExpansionBudget::pastDisplayReason());
            return false;
        }
        for (SpfTreeNode& child : t.children)
            if (child.kind == SpfTreeNode::Kind::Record)
                count += cut(child);
        return false;
    });
    return count;
}
} // namespace

SpfExpansionBudget::SpfExpansionBudget()
    : m_left(ExpansionQuestions) {}

bool SpfExpansionBudget::take(int questions) {
    int left = m_left.load();
    do {
        if (left < questions) {
            m_exhausted.store(true);
            return false;
        }
    } while (!m_left.compare_exchange_weak(left, left - questions));
    m_asked.fetch_add(questions);
    return true;
}

void SpfExpansionBudget::openReserve() {
    m_left.fetch_add(CompletionQuestions);
    m_exhausted.store(false);
}

int SpfExpansionBudget::questionsAsked() const {
    return m_asked.load();
}

QString SpfExpansionBudget::pastDisplayReason() {
    return tr("not expanded: the tree is shown up to its %1th lookup (a receiver stops at the 10th)")
        .arg(DisplayLookups);
}

QString SpfExpansionBudget::budgetSpentReason() {
    return tr("not resolved: the %1 DNS questions this tree may ask are spent")
        .arg(ExpansionQuestions + CompletionQuestions);
}

void SpfExpansionBudget::markCapped(SpfTreeNode& term, const QString& why) {
    // What was resolved past the display point is dropped: which branch got resolved first is a
    // race, and the tree shown must not depend on it.
    term.children.clear();
    term.resolved.clear();
    term.ranges.clear();
    term.flags &= ~(SpfTreeNode::Void | SpfTreeNode::DnsError | SpfTreeNode::NoRecord | SpfTreeNode::Loop |
                    SpfTreeNode::MxTooMany | SpfTreeNode::Overlapping);
    term.set(SpfTreeNode::Capped);
    term.explanation = why;
    if (term.term.kind == SpfTermKind::Include || term.term.kind == SpfTermKind::Redirect) {
        SpfTreeNode stub;
        stub.kind = SpfTreeNode::Kind::Record;
        stub.domain = term.target;
        stub.depth = term.depth + 1;
        stub.status = SpfTreeNode::RecordStatus::NotFollowed;
        stub.statusDetail = why;
        term.children << stub;
    }
}

SpfTreeNode* SpfExpansionBudget::firstCappedWithinDisplay(SpfTreeNode& root, QStringList* ancestors) {
    SpfTreeNode* found = nullptr;
    QStringList path;
    findCapped(root, path, &found);
    if (found && ancestors)
        *ancestors = path;
    return found;
}

int SpfExpansionBudget::cutPastDisplay(SpfTreeNode& root) {
    return cut(root);
}
