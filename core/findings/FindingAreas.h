#pragma once
// The list of areas whose finding tables make up the catalogue. One line per area.

#include "FindingDefinition.h"
#include "audit/ExpectFindingDefinitions.h"
#include "blocklist/BlocklistFindingDefinitions.h"
#include "dkim/DkimFindingDefinitions.h"
#include "dmarc/DmarcFindingDefinitions.h"
#include "dns/DnsFindingDefinitions.h"
#include "dnssec/DnssecFindingDefinitions.h"
#include "message/ArcFindingDefinitions.h"
#include "message/MessageFindingDefinitions.h"
#include "nscheck/NsFindingDefinitions.h"
#include "seed/SeedFindingDefinitions.h"
#include "spf/SpfFindingDefinitions.h"
#include "transport/DaneFindingDefinitions.h"
#include "transport/TransportFindingDefinitions.h"

#include <span>

struct FindingArea {
    const char* title;
    std::span<const FindingDefinition> (*definitions)();
};

inline std::span<const FindingArea> findingAreas() {
    static const FindingArea areas[] = {
        {"DNS", &dnsFindingDefinitions},
        {"SPF", &spfFindingDefinitions},
        {"DMARC", &dmarcFindingDefinitions},
        {"DKIM", &dkimFindingDefinitions},
        {"ARC", &arcFindingDefinitions},
        {"Message", &messageFindingDefinitions},
        {"Transport", &transportFindingDefinitions},
        {"DANE", &daneFindingDefinitions},
        {"DNSSEC", &dnssecFindingDefinitions},
        {"Name servers", &nsFindingDefinitions},
        {"Blocklists", &blocklistFindingDefinitions},
        {"Seed mailboxes", &seedFindingDefinitions},
        {"Audit", &expectFindingDefinitions},
    };
    return areas;
}
