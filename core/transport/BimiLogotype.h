#pragma once
// The logotype extension (RFC 3709 §4.1, OID 1.3.6.1.5.5.7.1.12) of a BIMI Mark Certificate, read
// from its DER with a small bounded reader: the subjectLogo's direct LogotypeData, each image's
// LogotypeDetails (mediaType, logotypeHash, logotypeURI). A Verified/Common Mark Certificate embeds
// the logo as a single data: URI ("data:image/svg+xml;base64,<gzip-compressed SVG>"); decodeDataUri()
// turns such a URI into the object it carries.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <expected>

struct BimiLogotype {
    struct Hash {
        QString algorithm; // "sha256", "sha1", "sha384", "sha512", or the OID in dotted form
        QByteArray value;
    };
    struct Image {
        QString mediaType;
        QList<Hash> hashes;
        QStringList uris;
    };
    QList<Image> images; // of the subjectLogo
    QStringList errors;  // empty when the structure was read completely

    static BimiLogotype parse(const QByteArray& der);
    // "data:[<mediatype>][;base64],<data>" -> {mediatype, bytes}
    static std::expected<std::pair<QString, QByteArray>, QString> decodeDataUri(const QString& uri);
};
