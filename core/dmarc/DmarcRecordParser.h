#pragma once
// Reads a DMARC record's text the way receivers do (RFC 9989 §4.7 and RFC 7489 §6.3/§6.4):
// tag-value pairs split on ';', white space allowed around '=' and ';', unknown tags ignored.
// Never fails: whatever it cannot use becomes an issue that names the tag and says what a
// receiver will do with it.

#include "DmarcRecord.h"

class DmarcRecordParser {
public:
    static DmarcRecord parse(const QString& text);
    // True when a TXT string claims to be a DMARC record ("v=DMARC1" at its start, loosely:
    // any case, white space around '='), so that near-misses get parsed and explained.
    static bool looksLikeDmarc(const QString& text);
    // The mailto: URI list of rua/ruf.
    static QList<DmarcReportUri> parseUriList(const QString& tag, const QString& value,
                                              QList<DmarcRecordIssue>* issues);
    // The known tag names (RFC 9989 and the ones RFC 7489 had).
    static const QStringList& knownTags();
};
