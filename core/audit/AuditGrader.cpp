#include "AuditGrader.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString codesOf(const QList<Finding>& findings, Severity severity) {
    QStringList codes;
    for (const Finding& f : findings)
        if (f.severity == severity && !codes.contains(f.code))
            codes << f.code;
    return codes.join(QStringLiteral(", "));
}
} // namespace

QStringList AuditGrader::rules() {
    return {
        QCoreApplication::translate(
            "AuditGrader", "F: nothing could be checked (invalid name, resolver failure, audit timed out), "
                           "or neither SPF nor DMARC is published, or 3 or more errors."),
        QCoreApplication::translate("AuditGrader", "D: 1 or 2 errors."),
        QCoreApplication::translate(
            "AuditGrader",
            "C: no errors, but DMARC does not enforce (p=none or t=y), or 4 or more warnings."),
        QCoreApplication::translate("AuditGrader", "B: no errors, 1 to 3 warnings."),
        QCoreApplication::translate("AuditGrader",
                                    "A: no errors and no warnings (information notes allowed)."),
    };
}

AuditGrade AuditGrader::grade(const QList<Finding>& findings) {
    QSet<QString> codes;
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : findings) {
        codes.insert(f.code);
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    AuditGrade g;
    static const QStringList blocking{QStringLiteral("DNS-INVALID-NAME"),
                                      QStringLiteral("DNS-RESOLVER-FAILURE"), QStringLiteral("AUDIT-TIMEOUT"),
                                      QStringLiteral("AUDIT-CANCELLED")};
    for (const QString& code : blocking)
        if (codes.contains(code)) {
            g.letter = QStringLiteral("F");
            g.reasons << QCoreApplication::translate("AuditGrader", "F because nothing could be checked: %1")
                             .arg(code);
            return g;
        }
    if (codes.contains(QStringLiteral("SPF-MISSING")) && codes.contains(QStringLiteral("DMARC-MISSING"))) {
        g.letter = QStringLiteral("F");
        g.reasons << QCoreApplication::translate("AuditGrader",
                                                 "F because neither SPF nor DMARC is published (SPF-MISSING, "
                                                 "DMARC-MISSING)");
        return g;
    }
    if (errors >= 3) {
        g.letter = QStringLiteral("F");
        g.reasons << QCoreApplication::translate("AuditGrader", "F because of %1 errors: %2")
                         .arg(errors)
                         .arg(codesOf(findings, Severity::Error));
        return g;
    }
    if (errors > 0) {
        g.letter = QStringLiteral("D");
        g.reasons << QCoreApplication::translate("AuditGrader", "D because of %n error(s): %1", nullptr,
                                                 errors)
                         .arg(codesOf(findings, Severity::Error));
        return g;
    }
    const bool notEnforcing = codes.contains(QStringLiteral("DMARC-POLICY-NONE")) ||
                              codes.contains(QStringLiteral("DMARC-TESTING"));
    if (notEnforcing || warnings >= 4) {
        g.letter = QStringLiteral("C");
        if (notEnforcing)
            g.reasons << QCoreApplication::translate(
                "AuditGrader", "C because DMARC does not enforce its policy (p=none or t=y)");
        if (warnings >= 4)
            g.reasons << QCoreApplication::translate("AuditGrader", "C because of %1 warnings: %2")
                             .arg(warnings)
                             .arg(codesOf(findings, Severity::Warning));
        return g;
    }
    if (warnings > 0) {
        g.letter = QStringLiteral("B");
        g.reasons << QCoreApplication::translate("AuditGrader", "B because of %n warning(s): %1", nullptr,
                                                 warnings)
                         .arg(codesOf(findings, Severity::Warning));
        return g;
    }
    g.letter = QStringLiteral("A");
    g.reasons << QCoreApplication::translate("AuditGrader", "A: no errors and no warnings");
    return g;
}
