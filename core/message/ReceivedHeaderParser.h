#pragma once
// Reads a Received header field (RFC 5321 §4.4 "Trace information", RFC 5322 §3.6.7) as the mail
// servers in use write it: Postfix and Sendmail "from HELO (rdns [IP])", Exim "from rdns ([IP]
// helo=HELO)", IPv6 literals, bare addresses in comments, "by", "with", "id", "for", and the date
// after the last ';'. Pure and total: never fails, unknown shapes leave fields empty.

#include "ReceivedHop.h"

class ReceivedHeaderParser {
public:
    static ReceivedHop parse(const QString& value);
    // An address literal or bare address ("[192.0.2.1]", "IPv6:2001:db8::1", "192.0.2.1"), without
    // brackets and prefix; empty when text is not an address.
    static QString addressIn(const QString& text);
    // RFC 5322 date-time (comments removed, obsolete zone names read); invalid when unreadable.
    static QDateTime parseDate(const QString& text);
};
