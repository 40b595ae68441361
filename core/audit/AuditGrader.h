#pragma once
// Turns an audit's findings into a letter A–F by the rules written in docs/grading.md; the
// reasons name the rule and the codes that decided it, so the report can show why.

#include "findings/Finding.h"

struct AuditGrade {
    QString letter;
    QStringList reasons;
};

class AuditGrader {
public:
    static AuditGrade grade(const QList<Finding>& findings);
    // The rules in order, one line each, as the report prints them.
    static QStringList rules();
};
