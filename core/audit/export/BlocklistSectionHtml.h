#pragma once
// The blocklist part of the "Can the DNS be trusted" section of the audit document (HTML export and
// PDF), from the report's "blocklists" check: the verdict, the listings (address or name, list,
// code and meaning, the list's reason and removal page), a count of clear lookups, refusals and
// errors said for what they are (not listings), the lists asked, and the findings. Results are shown
// as symbol, word and colour together. HTML in the subset QTextDocument renders.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class BlocklistSectionHtml {
    Q_DECLARE_TR_FUNCTIONS(BlocklistSectionHtml)

public:
    // The fragment's body (the heading is the document's); empty when blocklistsJson is empty.
    static QString html(const QJsonObject& blocklistsJson);
};
