#include "SpfRecordSelection.h"

#include "SpfRecordParser.h"

SpfRecordSelection SpfRecordSelection::fromAnswer(const DnsAnswer& answer) {
    SpfRecordSelection s;
    s.outcome = answer.outcome;
    if (dnsOutcomeIsFailure(answer.outcome)) {
        s.status = Status::DnsFailure;
        return s;
    }
    for (const DnsRecord& r : answer.records) {
        if (r.type != DnsRecordType::TXT)
            continue;
        const QByteArray joined = r.joined();
        if (!SpfRecordParser::isSpfRecord(joined))
            continue;
        s.candidates << joined;
        if (s.candidates.size() == 1)
            s.strings = r.strings;
    }
    if (s.candidates.size() == 1) {
        s.status = Status::Found;
        s.record = s.candidates.first();
    } else if (s.candidates.size() > 1) {
        s.status = Status::Multiple;
        s.strings.clear();
    }
    return s;
}
