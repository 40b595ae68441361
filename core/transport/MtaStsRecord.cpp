#include "MtaStsRecord.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList MtaStsRecord::candidates(const QStringList& txtRecords) {
    QStringList out;
    for (const QString& t : txtRecords)
        if (t.startsWith(u"v=STSv1"_s))
            out << t;
    return out;
}

MtaStsRecord MtaStsRecord::parse(const QString& text) {
    MtaStsRecord r;
    r.text = text;
    // sts-text-record = sts-version 1*(sts-field-delim sts-field) [sts-field-delim]
    // sts-field-delim = *WSP ";" *WSP
    QStringList fields = text.split(u';');
    for (QString& f : fields)
        f = f.trimmed();
    if (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast(); // the optional trailing delimiter
    if (fields.isEmpty() || fields.first() != u"v=STSv1"_s) {
        r.errors << u"the record must start with v=STSv1 (case-sensitive)"_s;
        return r;
    }
    static const QRegularExpression idShape(u"^[A-Za-z0-9]{1,32}$"_s);
    static const QRegularExpression extName(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"_s);
    static const QRegularExpression extValue(u"^[\\x21-\\x3a\\x3c\\x3e-\\x7e]+$"_s);
    bool sawId = false;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString& f = fields.at(i);
        if (f.isEmpty()) {
            r.errors << u"empty field between two semicolons"_s;
            continue;
        }
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0) {
            r.errors << u"field '%1' is not name=value"_s.arg(f);
            continue;
        }
        const QString name = f.left(eq);
        const QString value = f.mid(eq + 1);
        if (name == u"id"_s) {
            if (sawId)
                r.errors << u"id appears more than once"_s;
            sawId = true;
            if (!idShape.match(value).hasMatch())
                r.errors << u"id '%1' must be 1 to 32 letters and digits"_s.arg(value);
            else
                r.id = value;
        } else if (!extName.match(name).hasMatch() || !extValue.match(value).hasMatch()) {
            r.errors << u"field '%1' is not a valid extension"_s.arg(f);
        }
    }
    if (!sawId)
        r.errors << u"the id field is missing"_s;
    return r;
}
