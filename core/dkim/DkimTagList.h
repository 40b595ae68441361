#pragma once
// The tag=value list shared by DKIM key records and DKIM-Signature headers (RFC 6376 §3.2):
// tags in their order, values with folding whitespace trimmed, and every syntax problem named.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct DkimTag {
    QString name;
    QString value; // leading/trailing whitespace removed, inner folding kept
};

class DkimTagList {
public:
    static DkimTagList parse(const QString& text);

    QList<DkimTag> tags;
    QStringList errors; // "tag 'v' appears twice", "'v=DKIM1: g' is not tag=value"

    bool contains(const QString& name) const;
    QString value(const QString& name) const; // the first occurrence
    bool isValid() const { return errors.isEmpty(); }
    // A value with every whitespace character removed (base64 of p=, b=, bh=).
    static QString compact(const QString& value);
    // A dkim-quoted-printable value (RFC 6376 §2.11: i=, z=) decoded: folding white space dropped,
    // "=XX" turned into the octet XX. Octets are read as UTF-8. On a malformed value ("=" not
    // followed by two hex digits, or a character outside dkim-safe-char) returns nullopt and says
    // why in `error`.
    static std::optional<QString> decodeQuotedPrintable(const QString& value, QString* error = nullptr);
};
