#include "DnsFindingDefinitions.h"

#include <QtGlobal>

std::span<const FindingDefinition> dnsFindingDefinitions() {
    static const FindingDefinition defs[] = {
        {"DNS-INVALID-NAME", Severity::Error, QT_TRANSLATE_NOOP("Findings", "The domain name is not valid"),
         QT_TRANSLATE_NOOP("Findings",
                           "The name cannot be asked in DNS: a label is empty or longer than 63 bytes, "
                           "the name is longer than 253 bytes, or it holds a forbidden character."),
         "RFC 1035 §2.3.4", QT_TRANSLATE_NOOP("Findings", "Correct the name and run the audit again.")},
        {"DNS-RESOLVER-FAILURE", Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "The resolver did not answer; nothing could be checked"),
         QT_TRANSLATE_NOOP("Findings",
                           "Every query timed out or could not reach the server. This says nothing about "
                           "the domain's records: they were not read."),
         "RFC 1035 §4.2",
         QT_TRANSLATE_NOOP("Findings", "Check the network, or choose another resolver in Settings "
                                       "(or --resolver), then retry.")},
    };
    return defs;
}
