#pragma once
// One term of an SPF record as parsed: a mechanism with its qualifier, domain-spec and CIDR
// lengths, or a modifier (redirect, exp, unknown). Macro strings stay unexpanded here.

#include "SpfResult.h"

#include <QHostAddress>
#include <QString>

enum class SpfTermKind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, UnknownModifier };

struct SpfTerm {
    SpfTermKind kind = SpfTermKind::All;
    SpfQualifier qualifier = SpfQualifier::Pass;
    bool explicitQualifier = false;
    QString text;       // the term as written
    int offset = 0;     // character offset of the term in the record
    QString domainSpec; // include/a/mx/ptr/exists/redirect/exp target (macro string), empty = current domain
    int cidr4 = 32;     // a, mx, ip4
    int cidr6 = 128;    // a, mx, ip6
    bool hasCidr = false;
    QHostAddress network; // ip4, ip6
    QString modifierName; // unknown modifiers (and redirect/exp, lower case)
    QString modifierValue;

    bool isMechanism() const { return kind <= SpfTermKind::Exists; }
    bool isModifier() const { return !isMechanism(); }
    // include, a, mx, ptr, exists, redirect: the terms RFC 7208 §4.6.4 counts.
    bool countsTowardLimit() const;
    QString mechanismName() const;   // "include", "ip4", "redirect", ...
    QString network4or6Text() const; // "192.0.2.0/24"
};
