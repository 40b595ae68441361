#pragma once
// Checks a BIMI logo against the SVG Tiny Portable/Secure profile (draft-svg-tiny-ps-abrotman §2)
// the way a careful receiver does before showing it: root <svg> in the SVG namespace with
// baseProfile="tiny-ps" and version="1.2", a <title>, a square viewBox, no x=/y= on the root, no
// script, event handlers, external references, raster images, foreignObject or animation, and at
// most 32 KiB. SVGZ (gzip) is decompressed first. The XML is read with QXmlStreamReader: a DTD is
// refused outright (no entity is ever expanded: XXE and billion laughs), nesting and element count
// are bounded, and any bytes give a result.

#include <QByteArray>
#include <QString>
#include <QStringList>

class BimiSvgProfileChecker {
public:
    struct Result {
        QStringList errors; // empty when the logo passes
        QString title;      // the <title> text
        QByteArray svg;     // the SVG text (decompressed when the input was SVGZ)
        bool valid() const { return errors.isEmpty(); }
    };
    static constexpr qsizetype maxBytes = 32 * 1024;
    static constexpr int maxDepth = 64;
    static constexpr int maxElements = 20000;

    static Result check(const QByteArray& data);
};
