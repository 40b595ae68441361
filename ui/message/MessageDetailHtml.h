#pragma once
// The detail pane of the Message tab as rich text: one page per check (SPF with its path, a DKIM
// signature, the ARC chain set by set, DMARC under one reading, the receiver's verdict and the
// differences) and the findings list. Severity is shown by symbol and word as well as colour.

#include "message/MessageAnalysis.h"

#include <QString>

class MessageDetailHtml {
public:
    enum class Page { Summary, Spf, SpfHelo, Dkim, Arc, Dmarc9989, Dmarc7489, Receiver };

    // index: the DKIM signature for Page::Dkim.
    static QString page(const MessageAnalysis& analysis, Page page, int index = 0);
    static QString findings(const QList<Finding>& findings);
    // "pass" → ok; "fail"/"permerror" → error; "softfail"/"temperror"/"neutral"/"policy" → warning;
    // other words (none, unchecked) → info.
    static std::optional<Severity> severityOf(const QString& result);
};
