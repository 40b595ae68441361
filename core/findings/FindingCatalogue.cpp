#include "FindingCatalogue.h"

#include <QCoreApplication>

// Each area's table. Add one line per area; keep codes unique (a test checks).
#include "FindingAreas.h"

QList<FindingDefinition> FindingCatalogue::all() {
    QList<FindingDefinition> out;
    for (const auto& area : findingAreas())
        for (const FindingDefinition& d : area.definitions())
            out.append(d);
    return out;
}

const FindingDefinition* FindingCatalogue::find(QStringView code) {
    for (const auto& area : findingAreas())
        for (const FindingDefinition& d : area.definitions())
            if (code == QLatin1String(d.code))
                return &d;
    return nullptr;
}

Finding FindingCatalogue::make(QStringView code, const QString& detail, const QStringList& evidence,
                               std::optional<Severity> severity) {
    Finding f;
    f.code = code.toString();
    f.evidence = evidence;
    const FindingDefinition* d = find(code);
    Q_ASSERT_X(d, "FindingCatalogue::make", "unknown finding code");
    if (!d) {
        f.severity = severity.value_or(Severity::Warning);
        f.title = f.code;
        f.detail = detail;
        return f;
    }
    f.severity = severity.value_or(d->severity);
    // English here: the finding is machine output too. localized() translates for display.
    f.title = QString::fromUtf8(d->title);
    f.detail = detail.isEmpty() ? QString::fromUtf8(d->explanation) : detail;
    f.rfc = QString::fromUtf8(d->rfc);
    f.fix = QString::fromUtf8(d->fix);
    f.area = f.code.section(QLatin1Char('-'), 0, 0).toLower();
    return f;
}

Finding FindingCatalogue::localized(const Finding& finding) {
    const FindingDefinition* d = find(finding.code);
    if (!d)
        return finding;
    Finding f = finding;
    // Only texts that are still the catalogue's: a finding read from an older audit may carry
    // other words, which are then shown as stored.
    if (f.title == QString::fromUtf8(d->title))
        f.title = QCoreApplication::translate("Findings", d->title);
    if (f.detail == QString::fromUtf8(d->explanation))
        f.detail = QCoreApplication::translate("Findings", d->explanation);
    if (f.fix == QString::fromUtf8(d->fix))
        f.fix = QCoreApplication::translate("Findings", d->fix);
    return f;
}

QString FindingCatalogue::markdown() {
    QString out = QStringLiteral("# Finding codes\n\n"
                                 "Generated from the catalogue in core/findings (`mailsight-cli findings "
                                 "--format markdown`); a test checks that this file matches it. Codes are a "
                                 "public interface: the CLI, JSON, SARIF and the PDF all use them.\n");
    for (const auto& area : findingAreas()) {
        out += QStringLiteral("\n## %1\n\n").arg(QString::fromUtf8(area.title));
        out += QStringLiteral(
            "| Code | Severity | Title | Explanation | RFC | Fix |\n|---|---|---|---|---|---|\n");
        for (const FindingDefinition& d : area.definitions()) {
            auto cell = [](const char* s) {
                return QString::fromUtf8(s)
                    .replace(QLatin1Char('|'), QStringLiteral("\\|"))
                    .replace(QLatin1Char('\n'), QLatin1Char(' '));
            };
            out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(QString::fromUtf8(d.code), severityName(d.severity), cell(d.title),
                            cell(d.explanation), cell(d.rfc), cell(d.fix));
        }
    }
    return out;
}
