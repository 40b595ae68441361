#pragma once
// The per-server part of the "Can the DNS be trusted" section of the audit document (HTML export
// and PDF), from the report's "ns" check (NsAuditCheck): the delegation, every server with its
// serial or why it is lame, the records that differ between servers (each version and who serves
// it) and the findings. States carry a symbol and a word, never colour alone. HTML in the subset
// QTextDocument renders; every text from the network is escaped.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class NsSectionHtml {
    Q_DECLARE_TR_FUNCTIONS(NsSectionHtml)

public:
    // The fragment (no heading: the document's section has it); empty when nsJson is empty.
    static QString html(const QJsonObject& nsJson);
};
