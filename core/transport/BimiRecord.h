#pragma once
// The BIMI Assertion Record at <selector>._bimi.<domain> (draft-brand-indicators-for-message-
// identification §5.3): "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem".
// Parsed strictly, as the draft asks receivers to: v=BIMI1 first and exact, DKIM-style tag=value
// fields, no tag twice, l= required (a single https URI or empty), a= optional (a single https URI
// with a host name, or empty). Both empty is the declination to publish of §5.3.1.

#include <QString>
#include <QStringList>

struct BimiRecord {
    QString text; // as published
    bool hasLocation = false;
    QString location;              // l=, "" when empty
    QString evidence;              // a=, "" when empty or absent
    QStringList localPartPrefixes; // lps=
    bool hasLps = false;
    QString avatarPreference; // avp= as written ("brand" when absent)
    QStringList errors;       // empty when the record is valid
    QStringList warnings;     // allowed but ignored by receivers (an unknown avp value)

    bool isValid() const { return errors.isEmpty(); }
    // §5.3.1: l= and a= both empty (a= absent counts as empty).
    bool isDeclination() const { return isValid() && location.isEmpty() && evidence.isEmpty(); }

    static BimiRecord parse(const QString& text);
    // §8.2 steps 3-4: of the TXT records, those whose first tag is not v=BIMI1 are discarded.
    static QStringList candidates(const QStringList& txtRecords);
    // "default._bimi.example.com"
    static QString recordName(const QString& domain, const QString& selector = QStringLiteral("default"));
};
