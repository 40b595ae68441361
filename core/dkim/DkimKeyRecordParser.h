#pragma once
// Reads the text of a DKIM key record into a DkimKeyRecord, naming every syntax problem
// (RFC 6376 §3.6.1 and §6.1.2, RFC 8463 §4). It never fails: problems land in errors.

#include "DkimKeyRecord.h"

class DkimKeyRecordParser {
public:
    static DkimKeyRecord parse(const QString& text);
    // The key types and hashes this program can verify.
    static bool isKnownKeyType(const QString& k);
};
