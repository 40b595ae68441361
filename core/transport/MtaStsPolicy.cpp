#include "MtaStsPolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString normalized(QString name) {
    name = name.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

bool isDomain(const QString& name) {
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString& l : name.split(u'.'))
        if (!label.match(l).hasMatch())
            return false;
    return true;
}
} // namespace

QString MtaStsPolicy::modeName(Mode mode) {
    switch (mode) {
    case Mode::Enforce:
        return u"enforce"_s;
    case Mode::Testing:
        return u"testing"_s;
    case Mode::None:
        return u"none"_s;
    }
    return {};
}

MtaStsPolicy MtaStsPolicy::parse(const QByteArray& body) {
    MtaStsPolicy p;
    if (body.isEmpty()) {
        p.errors << u"the policy is empty"_s;
        return p;
    }
    const QList<QByteArray> lines = body.split('\n');
    int lineNo = 0;
    for (QByteArray line : lines) {
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue; // blank lines, and the optional final separator
        if (line.contains('\r')) {
            p.errors << u"line %1 holds a bare carriage return"_s.arg(lineNo);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            p.errors << u"line %1 is not 'key: value': %2"_s.arg(lineNo).arg(
                QString::fromUtf8(line.left(80)));
            continue;
        }
        const QString key = QString::fromUtf8(line.left(colon));
        // sts-policy-field: key ":" *WSP value *WSP
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (key == u"version"_s) {
            if (!p.version.isEmpty())
                p.errors << u"version appears more than once (line %1)"_s.arg(lineNo);
            p.version = value;
            if (value != u"STSv1"_s)
                p.errors << u"version must be STSv1, not '%1'"_s.arg(value);
        } else if (key == u"mode"_s) {
            if (p.mode)
                p.errors << u"mode appears more than once (line %1)"_s.arg(lineNo);
            if (value == u"enforce"_s)
                p.mode = Mode::Enforce;
            else if (value == u"testing"_s)
                p.mode = Mode::Testing;
            else if (value == u"none"_s)
                p.mode = Mode::None;
            else
                p.errors << u"mode must be enforce, testing or none, not '%1'"_s.arg(value);
        } else if (key == u"max_age"_s) {
            if (p.maxAge)
                p.errors << u"max_age appears more than once (line %1)"_s.arg(lineNo);
            static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
            const qint64 n = value.toLongLong();
            if (!digits.match(value).hasMatch() || n > 31557600)
                p.errors << u"max_age must be a number of seconds up to 31557600, not '%1'"_s.arg(value);
            else
                p.maxAge = n;
        } else if (key == u"mx"_s) {
            const QString pattern = normalized(value);
            const QString rest = pattern.startsWith(u"*."_s) ? pattern.mid(2) : pattern;
            if (!isDomain(rest))
                p.errors << u"mx pattern '%1' is not a host name or *.domain"_s.arg(value);
            else
                p.mx << pattern;
        } else {
            // sts-policy-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
            static const QRegularExpression extName(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"_s);
            if (!extName.match(key).hasMatch())
                p.errors << u"line %1: '%2' is not a valid field name"_s.arg(lineNo).arg(key.left(40));
        }
    }
    if (p.version.isEmpty())
        p.errors << u"the version field is missing"_s;
    if (!p.mode)
        p.errors << u"the mode field is missing or invalid"_s;
    if (!p.maxAge)
        p.errors << u"the max_age field is missing or invalid"_s;
    if (p.mode && *p.mode != Mode::None && p.mx.isEmpty())
        p.errors << u"no mx pattern: a policy in %1 mode must list the MX hosts"_s.arg(modeName(*p.mode));
    return p;
}

bool MtaStsPolicy::patternMatches(const QString& pattern, const QString& host) {
    const QString p = normalized(pattern);
    const QString h = normalized(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (p.startsWith(u"*."_s)) {
        const qsizetype dot = h.indexOf(u'.');
        return dot > 0 && h.mid(dot + 1) == p.mid(2);
    }
    return p == h;
}

QString MtaStsPolicy::coveringPattern(const QString& host) const {
    for (const QString& p : mx)
        if (patternMatches(p, host))
            return p;
    return {};
}
