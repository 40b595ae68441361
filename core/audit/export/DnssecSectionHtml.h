#pragma once
// The DNSSEC part of the "Can the DNS be trusted" section of the audit document (HTML export and
// PDF), from the report's "dnssec" check (DnssecAuditCheck): the overall state, the chain of trust
// drawn as a chain (root → TLD → domain zone, each link's state), each name validated with its
// state and reason, the signing health and the DNSSEC findings. States are shown as symbol, word
// and colour, never colour alone. HTML in the subset QTextDocument renders.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class DnssecSectionHtml {
    Q_DECLARE_TR_FUNCTIONS(DnssecSectionHtml)

public:
    // The fragment's body (no heading); empty when dnssecJson is empty.
    static QString html(const QJsonObject& dnssecJson);
    // "✔ secure" in its colour, for a state name ("secure", "insecure", "bogus", "indeterminate").
    static QString stateTag(const QString& state);

private:
    static QString chains(const QJsonObject& dnssecJson);
    static QString names(const QJsonObject& dnssecJson);
    static QString findings(const QJsonObject& dnssecJson);
};
