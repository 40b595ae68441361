#include "AuditDocumentSummary.h"

#include "DnsTrustSectionHtml.h"

#include <QJsonArray>

void AuditDocumentSummary::add(const AuditReport& r, const QHash<QString, QJsonObject>& senders) {
    Entry e;
    e.domain = r.domain;
    e.grade = r.grade;
    if (const auto known = resolvers.constFind(r.resolver); known != resolvers.constEnd())
        e.resolver = *known;
    else
        e.resolver = *resolvers.insert(r.resolver);
    e.startedAt = r.startedAt;
    e.finishedAt = r.finishedAt;
    e.staged = r.staged;
    e.transport = !r.check(QStringLiteral("transport")).isEmpty();
    e.dnsTrust = DnsTrustSectionHtml::present(r);
    e.errors = r.count(Severity::Error);
    e.warnings = r.count(Severity::Warning);
    e.queryCount = r.queryCount();
    e.failedQueries = r.failedQueries();
    if (!r.diff.isEmpty()) {
        const QJsonObject findings = r.diff.value(QStringLiteral("findings")).toObject();
        e.diff = QJsonObject{{QStringLiteral("grade"), r.diff.value(QStringLiteral("grade"))},
                             {QStringLiteral("findings"),
                              QJsonObject{{QStringLiteral("fixed"), findings.value(QStringLiteral("fixed"))},
                                          {QStringLiteral("new"), findings.value(QStringLiteral("new"))}}}};
    }
    for (const Finding& f : r.findings) {
        if (!e.codes.contains(f.code))
            e.codes << f.code;
        if (f.severity == Severity::Info)
            continue;
        auto& slot = urgent[f.code];
        if (slot.second == 0) {
            slot.first = f;
            slot.first.evidence.clear();
        }
        ++slot.second;
    }
    e.areas = AuditAreaSummary::of(r, senders.value(r.domain));
    entries << std::move(e);
}

AuditDocumentSummary AuditDocumentSummary::of(const QList<AuditReport>& reports,
                                              const QHash<QString, QJsonObject>& senders) {
    AuditDocumentSummary s;
    for (const AuditReport& r : reports)
        s.add(r, senders);
    return s;
}
