#pragma once
// How a seed's result looks in the Deliverability tab: a word, an icon and a colour together
// (never colour alone). A seed that could not be looked into is named for why (timeout, login
// refused, bad certificate...), never "missing"; a seed not looked into at all is "Not checked".

#include "seed/SeedMailboxObservation.h"
#include "seed/SeedPlacement.h"
#include "seed/SeedProgress.h"

#include <QColor>
#include <QIcon>

struct SeedResult;

class SeedPlacementStyle {
public:
    enum class Kind { Good, Bad, Neutral, Failed };

    static QString word(SeedPlacement placement); // "Inbox", "Spam", "Other folder", "Missing"
    static QString errorWord(SeedMailboxObservation::Error error); // "timeout", "login refused", ...
    // The word of a seed's result: placement, "Not checked", or the error's word.
    static QString word(const SeedResult& result);
    static Kind kind(const SeedResult& result);
    static Kind kind(SeedPlacement placement);
    static QIcon icon(Kind kind);
    static QColor colour(Kind kind);
    // The progress row's word after a step: "sending", "not yet" (looked, not there), "found in
    // \"Junk\"", "failed: ...". Before the first look the row says waitingWord().
    static QString progressWord(const SeedProgress& progress);
    static QString waitingWord();
};
