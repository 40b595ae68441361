#include "AuditTextStreamWriter.h"

#include "history/AuditDiff.h"

#include <QTextStream>

QString AuditTextStreamWriter::reportText(const AuditReport& r) {
    QString text;
    QTextStream out(&text);
    out << r.domain << "  grade " << r.grade << "  (" << r.count(Severity::Error) << " errors, "
        << r.count(Severity::Warning) << " warnings, " << r.count(Severity::Info) << " notes)";
    if (r.staged)
        out << "  [STAGED]";
    if (r.cancelled)
        out << "  [CANCELLED]";
    out << "\n";
    for (const QString& reason : r.gradeReasons)
        out << "  " << reason << "\n";
    QList<Finding> sorted = r.findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    for (const Finding& f : std::as_const(sorted)) {
        // At least one space after the code: some codes are longer than the column.
        out << "  " << QStringLiteral("%1 %2").arg(severityName(f.severity), -8).arg(f.code, -25) << ' '
            << f.title << "\n";
        for (const QString& e : f.evidence)
            out << "      " << e << "\n";
    }
    if (r.staged) {
        out << "  Staged records (not live yet, from " << r.stagedSources.join(QStringLiteral(", "))
            << "):\n";
        for (const AuditRecord& rec : r.records)
            if (rec.staged)
                out << "    " << rec.zoneLine() << "\n";
    }
    if (!r.diff.isEmpty()) {
        out << "  Since " << r.diff.value(QStringLiteral("baseline")).toString() << " ("
            << r.diff.value(QStringLiteral("from")).toObject().value(QStringLiteral("startedAt")).toString()
            << "):\n";
        for (const QString& line : AuditDiff::summary(r.diff))
            out << "    " << line << "\n";
    }
    if (r.id > 0)
        out << "  Stored as audit " << r.id << "\n";
    out << "\n";
    out.flush();
    return text;
}

void AuditTextStreamWriter::add(const AuditReport& report) {
    write(reportText(report).toUtf8());
    ++m_domains;
    if (report.cancelled)
        ++m_cancelled;
    else
        ++m_grades[report.grade];
    m_queries += std::max(0, report.queriesAsked);
}

void AuditTextStreamWriter::finish() {
    QStringList parts;
    for (auto it = m_grades.constBegin(); it != m_grades.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(*it);
    QString line =
        QStringLiteral("%1 %2 audited; grades %3")
            .arg(m_domains - m_cancelled)
            .arg(m_domains - m_cancelled == 1 ? QStringLiteral("domain") : QStringLiteral("domains"),
                 parts.join(QStringLiteral(", ")));
    if (m_cancelled > 0)
        line += QStringLiteral("; %1 not audited (cancelled)").arg(m_cancelled);
    line += QStringLiteral("; %1 DNS questions asked\n").arg(m_queries);
    write(line.toUtf8());
}
