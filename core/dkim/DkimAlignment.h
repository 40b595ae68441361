#pragma once
// DMARC identifier alignment of a DKIM signing domain with the From domain (RFC 7489 §3.1.1):
// strict means equal, relaxed means the same organizational domain (public suffix list, libpsl).

#include <QString>

enum class DkimAlignmentMode { None, Relaxed, Strict };

class DkimAlignment {
public:
    // The registrable ("organizational") domain of a name, lower case.
    static QString organizationalDomain(const QString& domain);
    // Strict when equal, Relaxed when the organizational domains match, None otherwise.
    static DkimAlignmentMode align(const QString& signingDomain, const QString& fromDomain);
    static QString name(DkimAlignmentMode mode); // "strict", "relaxed", "none"
};
