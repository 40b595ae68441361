#pragma once
// The SPF, DKIM and DMARC parts of a domain's section of the audit document (HTML export and
// PDF), from the report's "spf", "dkim" and "dmarc" checks: the record, the lookup tree with each
// term's cost, the keys found and what receivers do with mail that fails.

#include <QJsonObject>
#include <QString>

class MailRecordSectionHtml {
public:
    // graphMarker: where the PDF draws the include graph (empty: no graph).
    static QString spf(const QJsonObject& spf, const QString& graphMarker);
    static QString dkim(const QJsonObject& dkim);
    static QString dmarc(const QJsonObject& dmarc);
};
