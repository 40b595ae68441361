#pragma once
// One tag=value pair as it stands in a DMARC record, with where it stands.

#include <QString>

struct DmarcTag {
    QString name;           // lower case
    QString rawName;        // as written
    QString value;          // white space around it removed
    int position = 0;       // index among the record's tags
    int offset = 0;         // character offset of the tag in the record text
    bool duplicate = false; // a repeat of an earlier tag of the same name (ignored by Mailsight)
};
