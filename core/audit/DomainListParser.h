#pragma once
// Reads a list of domains typed or pasted by a user (the GUI's batch audit): one name a line,
// '#' comments and blank lines ignored, duplicates kept once. Unlike AuditRunner::readDomainsFile
// (which stops a CLI run at the first bad line), invalid names are collected and skipped, so the
// user sees every problem at once and the valid names still run.

#include <QList>
#include <QString>
#include <QStringList>

struct DomainListProblem {
    int line = 0;   // 1-based
    QString text;   // the line as written (comment removed, trimmed)
    QString reason; // why it is not a domain name
};

struct DomainList {
    QStringList domains; // A-labels, in order of first appearance
    QList<DomainListProblem> problems;
    int duplicates = 0; // lines naming a domain already listed
};

class DomainListParser {
public:
    static DomainList parse(QStringView text);
};
