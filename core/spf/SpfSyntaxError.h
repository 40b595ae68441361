#pragma once
// Where and why an SPF record breaks the RFC 7208 ABNF: the term, and the character in it.

#include <QString>

struct SpfSyntaxError {
    QString message;
    int termIndex = -1; // 0 = the version "v=spf1", 1 = the first term, ...
    QString term;       // the term as written
    int offset = 0;     // character offset in the whole record

    // "term 3 "a:foo" (character 17): the domain must end in a top-level label"
    QString toString() const;
};
