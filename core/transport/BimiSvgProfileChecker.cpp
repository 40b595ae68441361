#include "BimiSvgProfileChecker.h"

#include "BimiGzip.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
const QString svgNs = u"http://www.w3.org/2000/svg"_s;

void add(QStringList& errors, const QString& e) {
    if (!errors.contains(e))
        errors << e;
}

// A url(...) in a value that points anywhere but a local #fragment.
bool externalUrl(QStringView value) {
    static const QRegularExpression url(u"url\\(\\s*['\"]?\\s*([^'\")\\s]*)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    auto it = url.globalMatch(value);
    while (it.hasNext())
        if (!it.next().captured(1).startsWith(u'#'))
            return true;
    return false;
}

bool squareViewBox(const QString& viewBox, QString& why) {
    static const QRegularExpression sep(u"[\\s,]+"_s);
    const QStringList parts = viewBox.trimmed().split(sep, Qt::SkipEmptyParts);
    if (parts.size() != 4) {
        why = u"viewBox '%1' is not four numbers"_s.arg(viewBox);
        return false;
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toDouble(&ok);
        if (!ok) {
            why = u"viewBox '%1' is not four numbers"_s.arg(viewBox);
            return false;
        }
    }
    if (v[2] <= 0 || v[3] <= 0) {
        why = u"viewBox '%1' has no positive width and height"_s.arg(viewBox);
        return false;
    }
    if (qAbs(v[2] - v[3]) > 1e-9 * qMax(v[2], v[3])) {
        why = u"the viewBox is %1 by %2, not square (the logo must have a 1:1 aspect ratio)"_s.arg(
            parts.at(2), parts.at(3));
        return false;
    }
    return true;
}
} // namespace

BimiSvgProfileChecker::Result BimiSvgProfileChecker::check(const QByteArray& data) {
    Result r;
    QStringList& errors = r.errors;
    if (data.isEmpty()) {
        errors << u"the logo is empty"_s;
        return r;
    }
    if (data.size() > maxBytes)
        errors << u"the logo is %1 bytes; SVG Tiny PS logos must be at most %2 bytes (32 KiB)"_s
                      .arg(data.size())
                      .arg(maxBytes);
    QByteArray svg = data;
    if (BimiGzip::isGzip(data)) {
        const auto inflated = BimiGzip::inflate(data, 8 * maxBytes);
        if (!inflated) {
            errors << u"the SVGZ logo cannot be decompressed: %1"_s.arg(inflated.error());
            return r;
        }
        svg = *inflated;
    }
    r.svg = svg;

    static const QSet<QString> animation{u"animate"_s,          u"animateColor"_s, u"animateMotion"_s,
                                         u"animateTransform"_s, u"set"_s,          u"discard"_s,
                                         u"animation"_s};
    static const QSet<QString> media{u"image"_s, u"video"_s, u"audio"_s};
    QXmlStreamReader xml(svg);
    int depth = 0, elements = 0;
    bool sawRoot = false, sawTitle = false, inTitle = false, inStyle = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            errors << u"the logo has a DTD (<!DOCTYPE>): not allowed, its entities are never read"_s;
            return r;
        }
        if (token == QXmlStreamReader::EntityReference) {
            add(errors, u"the logo uses the entity &%1;, which is not allowed"_s.arg(xml.name()));
            continue;
        }
        if (token == QXmlStreamReader::ProcessingInstruction) {
            add(errors, u"the processing instruction <?%1?> is not allowed (style sheets are external "
                        "references)"_s.arg(xml.processingInstructionTarget()));
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            if (inTitle && !xml.isWhitespace())
                r.title += xml.text().toString().trimmed();
            if (inStyle &&
                (externalUrl(xml.text()) || xml.text().contains(u"@import"_s, Qt::CaseInsensitive)))
                add(errors, u"a <style> element refers to an external resource"_s);
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            inTitle = false;
            inStyle = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (++elements > maxElements) {
            errors << u"the logo has more than %1 elements"_s.arg(maxElements);
            return r;
        }
        if (depth > maxDepth) {
            errors << u"the logo nests elements more than %1 deep"_s.arg(maxDepth);
            return r;
        }
        const QString name = xml.name().toString();
        const QXmlStreamAttributes attrs = xml.attributes();
        if (depth == 1) {
            sawRoot = true;
            if (name != u"svg"_s || xml.namespaceUri() != svgNs) {
                errors << u"the root element is <%1>, not <svg> in the SVG namespace (%2)"_s.arg(
                    xml.qualifiedName().toString(), svgNs);
                return r;
            }
            const QString profile = attrs.value(u"baseProfile"_s).toString();
            if (profile != u"tiny-ps"_s)
                errors << (profile.isEmpty()
                               ? u"the root <svg> has no baseProfile=\"tiny-ps\""_s
                               : u"the root <svg> has baseProfile=\"%1\", not \"tiny-ps\""_s.arg(profile));
            const QString version = attrs.value(u"version"_s).toString();
            if (version != u"1.2"_s)
                errors << (version.isEmpty()
                               ? u"the root <svg> has no version=\"1.2\""_s
                               : u"the root <svg> has version=\"%1\", not \"1.2\""_s.arg(version));
            for (const char* xy : {"x", "y"})
                if (attrs.hasAttribute(QLatin1String(xy)))
                    errors << u"the root <svg> has a %1= attribute, which the profile forbids"_s.arg(
                        QLatin1String(xy));
            QString why;
            if (!attrs.hasAttribute(u"viewBox"_s))
                errors << u"the root <svg> has no viewBox (needed to show the logo square)"_s;
            else if (!squareViewBox(attrs.value(u"viewBox"_s).toString(), why))
                errors << why;
        }
        if (name == u"title"_s && depth == 2) {
            sawTitle = true;
            inTitle = true;
        }
        if (name == u"style"_s)
            inStyle = true;
        if (name == u"script"_s || name == u"handler"_s || name == u"listener"_s)
            add(errors, u"the logo contains <%1>: scripts are not allowed"_s.arg(name));
        else if (name == u"foreignObject"_s)
            add(errors, u"the logo contains <foreignObject>, which is not allowed"_s);
        else if (media.contains(name))
            add(errors,
                u"the logo contains <%1>: raster images and embedded media are not allowed"_s.arg(name));
        else if (animation.contains(name))
            add(errors, u"the logo contains <%1>: animation is not allowed"_s.arg(name));
        for (const QXmlStreamAttribute& a : attrs) {
            const QString local = a.name().toString();
            const QStringView value = a.value();
            if (local.startsWith(u"on"_s, Qt::CaseInsensitive))
                add(errors, u"<%1> has the event attribute %2=: scripts are not allowed"_s.arg(
                                name, a.qualifiedName().toString()));
            if (local == u"href"_s) {
                if (value.trimmed().startsWith(u"data:"_s, Qt::CaseInsensitive))
                    add(errors, u"<%1> embeds data (%2...): raster data is not allowed"_s.arg(
                                    name, value.left(24).toString()));
                else if (!value.trimmed().startsWith(u'#'))
                    add(errors, u"<%1> refers to '%2': external references are not allowed"_s.arg(
                                    name, value.left(120).toString()));
            } else if (externalUrl(value)) {
                add(errors, u"<%1> %2= refers to an external resource: not allowed"_s.arg(
                                name, a.qualifiedName().toString()));
            }
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        errors << u"the logo is not well-formed XML: %1 (line %2, column %3)"_s.arg(xml.errorString())
                      .arg(xml.lineNumber())
                      .arg(xml.columnNumber());
        return r;
    }
    if (xml.hasError() || !sawRoot) {
        errors << (sawRoot ? u"the logo ends before its root element is closed"_s
                           : u"the logo is not an SVG document"_s);
        return r;
    }
    if (!sawTitle)
        errors << u"the root <svg> has no <title> child (the profile requires one naming the brand)"_s;
    else if (r.title.isEmpty())
        errors << u"the <title> is empty"_s;
    return r;
}
