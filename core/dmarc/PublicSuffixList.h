#pragma once
// The RFC 7489 organizational domain: the registrable domain under the Public Suffix List
// (libpsl with Debian's publicsuffix data, loaded once). Thread-safe.

#include <QString>

class PublicSuffixList {
public:
    // "mail.example.co.uk" -> "example.co.uk". A name that is itself a public suffix (or a name
    // with one label) has none: returns "".
    static QString organizationalDomain(const QString& domain);
    // "co.uk" for "mail.example.co.uk".
    static QString publicSuffix(const QString& domain);
    static bool isPublicSuffix(const QString& domain);
    // Where the list came from, for the report ("/usr/share/publicsuffix/..." or "built in").
    static QString source();
};
