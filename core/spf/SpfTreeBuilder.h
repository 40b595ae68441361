#pragma once
// Builds the fully expanded SPF tree of a domain: every include/redirect target with its own
// record, every a/mx/ptr/exists term resolved. Independent terms resolve in parallel (all
// lookups of a record fire at once; subtrees build concurrently on DnsSession::checkPool()); the
// session cache answers a repeated question, so nothing is asked twice. Then one pass in
// evaluation order counts lookups, void lookups and flags problems, and findings are made.
// Blocking: call it on checkPool() or in the CLI main thread.

#include "SpfExpansionBudget.h"
#include "SpfLookupTree.h"
#include "SpfMacroContext.h"

#include <QHostAddress>

#include <memory>

class DnsSession;

class SpfTreeBuilder {
public:
    struct Options {
        std::optional<QHostAddress> ip; // with an IP, macros expand and the what-if evaluation runs
        QString sender;
        QString helo;
        std::optional<QString> record; // a record typed by the user, used instead of the domain's
        bool queryType99 = true;
        bool flatten = false;
    };

    SpfTreeBuilder(DnsSession* session, Options options);
    SpfLookupTree build(const QString& domain);

private:
    SpfTreeNode buildRecord(const QString& domain, const QStringList& ancestors, int depth,
                            const std::optional<QString>& text) const;
    SpfTreeNode buildTerm(const SpfTerm& term, const QString& domain, const QStringList& ancestors,
                          int depth) const;
    std::optional<SpfMacroContext> macroContext(const QString& domain) const;

    DnsSession* m_session;
    Options m_options;
    std::shared_ptr<SpfExpansionBudget> m_budget; // one per build()
    // While build() completes a capped branch (on its own thread, one term after the other): the
    // evaluation-order position reached; -1 while the tree expands in parallel.
    mutable int m_position = -1;
};
