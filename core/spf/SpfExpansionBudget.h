#pragma once
// Bounds what SpfTreeBuilder asks while it expands a tree past the RFC 7208 limits for display.
// A receiver stops at 10 lookups; the tree goes on (to show what the record would cost), but a
// hostile record (each include naming 10 more, 5 deep: 100,000 names) must not turn the auditor
// into a query amplifier. Two bounds:
//  - questions: every lookup term takes its questions from one budget; a term that finds the
//    budget spent is not resolved (flag Capped);
//  - display: the tree is shown expanded up to the DisplayLookups-th lookup in evaluation order,
//    and cut there, so that what is shown does not depend on which parallel branch won the race.

#include "SpfTreeNode.h"

#include <atomic>

class SpfExpansionBudget {
public:
    static constexpr int DisplayLookups = 40;       // 4x the limit: more than any real record costs
    static constexpr int ExpansionQuestions = 200;  // for the first, parallel expansion
    static constexpr int CompletionQuestions = 100; // kept back to complete the display in order

    SpfExpansionBudget();

    // Takes n questions; false (and nothing taken) when fewer are left.
    bool take(int questions);
    // Releases the completion reserve once the parallel expansion is done.
    void openReserve();
    int questionsAsked() const;
    // Whether a take() failed since the last openReserve().
    bool exhausted() const { return m_exhausted.load(); }

    // Why a term was not resolved: past the display point, or for want of questions.
    static QString pastDisplayReason();
    static QString budgetSpentReason();
    // Marks a lookup term that was not resolved for want of budget.
    static void markCapped(SpfTreeNode& term, const QString& why);
    // The earliest term in evaluation order (position <= DisplayLookups) left Capped, with the
    // domains of the records above it (for loop detection when it is expanded); nullptr if none.
    // Needs the cumulative counts of an annotate pass.
    static SpfTreeNode* firstCappedWithinDisplay(SpfTreeNode& root, QStringList* ancestors);
    // Cuts every evaluated lookup term past the DisplayLookups-th back to a Capped leaf; returns
    // how many were cut.
    static int cutPastDisplay(SpfTreeNode& root);

private:
    std::atomic<int> m_left;
    std::atomic<int> m_asked{0};
    std::atomic<bool> m_exhausted{false};
};
