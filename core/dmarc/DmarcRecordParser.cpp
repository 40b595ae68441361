#include "DmarcRecordParser.h"

#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DmarcRecordParser", text);
}

bool isWsp(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

QString trimWsp(QStringView s) {
    qsizetype b = 0, e = s.size();
    while (b < e && isWsp(s[b]))
        ++b;
    while (e > b && isWsp(s[e - 1]))
        --e;
    return s.mid(b, e - b).toString();
}

// Edit distance of at most one, for "did you mean" hints on unknown tags.
bool nearlyEqual(const QString& a, const QString& b) {
    if (a == b)
        return true;
    if (qAbs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0, j = 0;
    int edits = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++i, ++j;
            continue;
        }
        if (++edits > 1)
            return false;
        if (a.size() > b.size())
            ++i;
        else if (a.size() < b.size())
            ++j;
        else
            ++i, ++j;
    }
    return edits + (a.size() - i) + (b.size() - j) <= 1;
}

DmarcRecordIssue issue(const char* code, Severity severity, const QString& tag, const QString& message,
                       const QString& action) {
    return {QString::fromLatin1(code), severity, tag, message, action};
}

const QString kIgnoredDefault = QStringLiteral("receivers ignore the value and use the default (%1)");
} // namespace

const QStringList& DmarcRecordParser::knownTags() {
    static const QStringList tags{QStringLiteral("v"),     QStringLiteral("p"),    QStringLiteral("sp"),
                                  QStringLiteral("np"),    QStringLiteral("psd"),  QStringLiteral("t"),
                                  QStringLiteral("adkim"), QStringLiteral("aspf"), QStringLiteral("fo"),
                                  QStringLiteral("rua"),   QStringLiteral("ruf"),  QStringLiteral("pct"),
                                  QStringLiteral("rf"),    QStringLiteral("ri")};
    return tags;
}

bool DmarcRecordParser::looksLikeDmarc(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^[ \\t]*v[ \\t]*=[ \\t]*DMARC1(?![0-9A-Za-z])"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QList<DmarcReportUri> DmarcRecordParser::parseUriList(const QString& tag, const QString& value,
                                                      QList<DmarcRecordIssue>* issues) {
    QList<DmarcReportUri> out;
    const QStringList parts = value.split(QLatin1Char(','));
    for (qsizetype n = 0; n < parts.size(); ++n) {
        const QString raw = trimWsp(parts.at(n));
        if (raw.isEmpty()) {
            if (issues)
                issues->append(
                    issue("DMARC-SYNTAX", Severity::Info, tag,
                          tr("%1 has an empty entry (a comma at the end or two commas in a row)").arg(tag),
                          tr("receivers skip the empty entry")));
            continue;
        }
        DmarcReportUri u;
        u.tag = tag;
        u.raw = raw;
        u.uri = raw;
        auto invalid = [&](const QString& why) {
            u.valid = false;
            u.error = why;
            if (issues)
                issues->append(
                    issue("DMARC-RUA-INVALID", Severity::Error, tag,
                          tr("%1 destination \"%2\": %3").arg(tag, raw, why),
                          tr("receivers skip this destination; no %1 reports are sent to it")
                              .arg(tag == QLatin1String("rua") ? tr("aggregate") : tr("failure"))));
        };
        // The size suffix: "!" 1*DIGIT [k/m/g/t]. A literal "!" in a URI must be written %21.
        if (const qsizetype bang = raw.lastIndexOf(QLatin1Char('!')); bang >= 0) {
            static const QRegularExpression sizeRe(QStringLiteral("^([0-9]+)([kmgt]?)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
            const QString suffix = raw.mid(bang + 1);
            const auto m = sizeRe.match(suffix);
            u.uri = raw.left(bang);
            if (!m.hasMatch()) {
                invalid(
                    tr("\"!%1\" is not a size limit (digits with an optional k, m, g or t); a literal '!' "
                       "must be written %21")
                        .arg(suffix));
                out << u;
                continue;
            }
            u.sizeLimit = suffix.toLower();
            qint64 bytes = m.captured(1).left(15).toLongLong();
            const QString unit = m.captured(2).toLower();
            const int shift = unit == QLatin1String("k")   ? 10
                              : unit == QLatin1String("m") ? 20
                              : unit == QLatin1String("g") ? 30
                              : unit == QLatin1String("t") ? 40
                                                           : 0;
            u.sizeBytes =
                bytes > (Q_INT64_C(1) << (62 - shift)) ? std::numeric_limits<qint64>::max() : bytes << shift;
            if (issues)
                issues->append(
                    issue("DMARC-SIZE-LIMIT", Severity::Info, tag,
                          tr("%1 destination \"%2\" carries the size limit \"!%3\", which RFC 9990 no "
                             "longer defines")
                              .arg(tag, u.uri, u.sizeLimit),
                          tr("RFC 7489 receivers skip reports larger than %1 for this destination; "
                             "RFC 9989/9990 receivers ignore the suffix")
                              .arg(u.sizeLimit)));
        }
        const qsizetype colon = u.uri.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            invalid(tr("it has no URI scheme; write it as mailto:%1").arg(u.uri));
            out << u;
            continue;
        }
        u.scheme = u.uri.left(colon).toLower();
        if (u.scheme != QLatin1String("mailto")) {
            invalid(tr("only mailto: destinations are used (RFC 9990 §3.2.1, RFC 9991); \"%1:\" is not")
                        .arg(u.scheme));
            out << u;
            continue;
        }
        QString address = u.uri.mid(colon + 1);
        if (const qsizetype q = address.indexOf(QLatin1Char('?')); q >= 0)
            address = address.left(q);
        if (address.contains(QLatin1Char(' ')) || address.contains(QLatin1Char('\t'))) {
            invalid(tr("the address contains white space"));
            out << u;
            continue;
        }
        address = QUrl::fromPercentEncoding(address.toUtf8());
        u.address = address;
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || at == address.size() - 1) {
            invalid(tr("\"%1\" is not an email address (local-part@domain)").arg(address));
            out << u;
            continue;
        }
        const auto domain = DnsName::fromUserInput(address.mid(at + 1));
        if (!domain || !domain->ace().contains(QLatin1Char('.'))) {
            invalid(tr("the domain of \"%1\" is not valid: %2")
                        .arg(address, domain ? tr("it has a single label") : domain.error()));
            out << u;
            continue;
        }
        u.domain = domain->ace();
        u.valid = true;
        out << u;
    }
    return out;
}

DmarcRecord DmarcRecordParser::parse(const QString& text) {
    DmarcRecord r;
    r.text = text;
    QList<DmarcRecordIssue>& issues = r.issues;

    // Split into tag-specs, remembering offsets so that issues can point into the text.
    struct Spec {
        QString body;
        int offset;
    };
    QList<Spec> specs;
    {
        int start = 0;
        for (int i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text.at(i) == QLatin1Char(';')) {
                specs.append({text.mid(start, i - start), start});
                start = i + 1;
            }
        }
    }
    // A trailing ";" leaves one empty spec at the end: allowed by the ABNF of both RFCs.
    int emptyInside = 0;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString body = trimWsp(specs.at(i).body);
        if (body.isEmpty()) {
            if (i != specs.size() - 1 && i != 0)
                ++emptyInside;
            continue;
        }
        const qsizetype eq = body.indexOf(QLatin1Char('='));
        if (eq < 0) {
            issues << issue("DMARC-SYNTAX", Severity::Warning, body.left(20),
                            tr("\"%1\" is not a tag=value pair").arg(body.left(40)),
                            tr("receivers ignore it"));
            continue;
        }
        DmarcTag t;
        t.rawName = trimWsp(QStringView(body).left(eq));
        t.name = t.rawName.toLower();
        t.value = trimWsp(QStringView(body).mid(eq + 1));
        t.position = int(r.tags.size());
        t.offset = specs.at(i).offset;
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        if (!nameRe.match(t.rawName).hasMatch()) {
            issues << issue("DMARC-SYNTAX", Severity::Warning, t.rawName,
                            tr("\"%1\" is not a valid tag name").arg(t.rawName),
                            tr("receivers ignore the tag"));
            continue;
        }
        for (const DmarcTag& earlier : std::as_const(r.tags))
            if (earlier.name == t.name && !earlier.duplicate)
                t.duplicate = true;
        r.tags << t;
    }
    if (emptyInside > 0)
        issues << issue("DMARC-SYNTAX", Severity::Info, QString(),
                        tr("the record has an empty tag (\";;\" or \"; ;\")"), tr("receivers skip it"));

    // v: first, its value exactly "DMARC1" (RFC 9989 §4.8: `"v" equals %s"DMARC1"`: the tag name is
    // an ABNF quoted string, case-insensitive like every tag name, only the value is case-sensitive;
    // RFC 7489 §6.3: the value "MUST match precisely"). Anything else and the record is not a DMARC
    // record at all.
    const QString discard =
        tr("receivers discard the record: the domain is treated as having no DMARC record");
    if (r.tags.isEmpty() || r.tags.first().name != QLatin1String("v")) {
        const DmarcTag* v = r.tag(u"v");
        issues << issue("DMARC-SYNTAX", Severity::Error, QStringLiteral("v"),
                        v ? tr("v=DMARC1 must be the first tag; here it is tag %1").arg(v->position + 1)
                          : tr("the record has no v=DMARC1 tag"),
                        discard);
    } else if (r.tags.first().value != QLatin1String("DMARC1")) {
        issues << issue(
            "DMARC-SYNTAX", Severity::Error, QStringLiteral("v"),
            r.tags.first().value.compare(QLatin1String("DMARC1"), Qt::CaseInsensitive) == 0
                ? tr("v=%1 must be written exactly \"DMARC1\" (upper case)").arg(r.tags.first().value)
                : tr("v=%1 is not a DMARC version; the only version is DMARC1").arg(r.tags.first().value),
            discard);
    } else if (!DmarcRecordParser::looksLikeDmarc(text)) {
        // Something other than white space stands before v=DMARC1 (";v=DMARC1", a stray quote).
        issues << issue("DMARC-SYNTAX", Severity::Error, QStringLiteral("v"),
                        tr("the record must start with v=DMARC1; here \"%1\" stands before it")
                            .arg(text.left(r.tags.first().offset).left(20)),
                        discard);
    } else if (!text.startsWith(QLatin1Char('v'), Qt::CaseInsensitive)) {
        issues << issue("DMARC-SYNTAX", Severity::Warning, QStringLiteral("v"),
                        tr("the record starts with white space before v=DMARC1"),
                        tr("most receivers accept it; strict ones discard records that do not start with "
                           "\"v=DMARC1\""));
        r.isDmarc = true;
    } else {
        r.isDmarc = true;
    }

    for (const DmarcTag& t : std::as_const(r.tags)) {
        if (t.duplicate) {
            issues << issue(
                "DMARC-SYNTAX", Severity::Error, t.name,
                tr("the tag %1 appears more than once (\"%1=%2\" repeats it)").arg(t.name, t.value),
                tr("the tag-list rules (RFC 6376 §3.2) make the whole record invalid; receivers "
                   "differ: some discard the record, most keep the first value, some the last. "
                   "Mailsight reads the first"));
            continue;
        }
        if (t.name != t.rawName)
            issues << issue("DMARC-SYNTAX", Severity::Info, t.name,
                            tr("the tag name \"%1\" is not lower case").arg(t.rawName),
                            tr("tag names are case-insensitive (the ABNF of RFC 9989 §4.8 and RFC 7489 "
                               "§6.4 writes them as quoted strings): receivers read \"%1\" as \"%2\"; "
                               "lower case is the usual spelling")
                                .arg(t.rawName, t.name));
        const QString& v = t.value;
        auto badValue = [&](const QString& allowed, const QString& fallback) {
            issues << issue("DMARC-SYNTAX", Severity::Error, t.name,
                            v.isEmpty() ? tr("%1 has no value; allowed: %2").arg(t.name, allowed)
                                        : tr("%1=%2 is not valid; allowed: %3").arg(t.name, v, allowed),
                            fallback);
        };
        if (t.name == QLatin1String("v")) {
            if (t.position != 0)
                continue; // reported above
        } else if (t.name == QLatin1String("p") || t.name == QLatin1String("sp") ||
                   t.name == QLatin1String("np")) {
            const auto pol = dmarcPolicyFromName(v);
            if (!pol) {
                // RFC 9989 §4.10.1 and RFC 7489 §6.6.3 step 6 alike: an invalid p or sp (and, in
                // RFC 9989, np) sends the receiver to the rua fallback for the whole record.
                const QString action =
                    t.name == QLatin1String("np")
                        ? tr("RFC 9989 receivers act as if the record said p=none when rua holds a valid "
                             "address, and otherwise apply no DMARC at all (§4.10.1); RFC 7489 receivers "
                             "do not know np and ignore it")
                        : tr("receivers of both RFCs act as if the record said p=none when rua holds a "
                             "valid address, and otherwise apply no DMARC at all (RFC 9989 §4.10.1, RFC "
                             "7489 §6.6.3)");
                badValue(QStringLiteral("none, quarantine, reject"), action);
                continue;
            }
            if (t.name == QLatin1String("p"))
                r.policy = pol;
            else if (t.name == QLatin1String("sp"))
                r.subdomainPolicy = pol;
            else
                r.nonExistentPolicy = pol;
        } else if (t.name == QLatin1String("psd")) {
            if (v.size() != 1 || !QStringLiteral("ynu").contains(v.at(0).toLower())) {
                badValue(QStringLiteral("y, n, u"), kIgnoredDefault.arg(QStringLiteral("psd=u")));
                continue;
            }
            r.psd = v.at(0).toLower();
        } else if (t.name == QLatin1String("t")) {
            if (v.size() != 1 || !QStringLiteral("yn").contains(v.at(0).toLower())) {
                badValue(QStringLiteral("y, n"),
                         kIgnoredDefault.arg(QStringLiteral("t=n: the policy is enforced")));
                continue;
            }
            r.testing = v.at(0).toLower() == QLatin1Char('y');
        } else if (t.name == QLatin1String("adkim") || t.name == QLatin1String("aspf")) {
            if (v.size() != 1 || !QStringLiteral("rs").contains(v.at(0).toLower())) {
                badValue(QStringLiteral("r (relaxed), s (strict)"),
                         kIgnoredDefault.arg(QStringLiteral("r, relaxed")));
                continue;
            }
            (t.name == QLatin1String("adkim") ? r.adkim : r.aspf) = v.at(0).toLower();
        } else if (t.name == QLatin1String("fo")) {
            QStringList bad;
            for (const QString& part : v.split(QLatin1Char(':'))) {
                const QString o = trimWsp(part).toLower();
                if (o == QLatin1String("0") || o == QLatin1String("1") || o == QLatin1String("d") ||
                    o == QLatin1String("s")) {
                    if (!r.failureOptions.contains(o))
                        r.failureOptions << o;
                } else {
                    bad << trimWsp(part);
                }
            }
            if (!bad.isEmpty())
                issues << issue("DMARC-SYNTAX", Severity::Warning, t.name,
                                tr("fo holds \"%1\", which is not an option (0, 1, d, s separated by ':')")
                                    .arg(bad.join(QStringLiteral("\", \""))),
                                r.failureOptions.isEmpty()
                                    ? kIgnoredDefault.arg(QStringLiteral("fo=0"))
                                    : tr("receivers ignore the unknown options and use the others"));
        } else if (t.name == QLatin1String("rua") || t.name == QLatin1String("ruf")) {
            if (v.isEmpty()) {
                issues << issue("DMARC-RUA-INVALID", Severity::Warning, t.name, tr("%1 is empty").arg(t.name),
                                tr("receivers send no %1 reports")
                                    .arg(t.name == QLatin1String("rua") ? tr("aggregate") : tr("failure")));
                continue;
            }
            (t.name == QLatin1String("rua") ? r.rua : r.ruf) = parseUriList(t.name, v, &issues);
        } else if (t.name == QLatin1String("pct")) {
            bool ok = false;
            const int n = v.toInt(&ok);
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
            if (!ok || !digits.match(v).hasMatch() || n > 100) {
                badValue(QStringLiteral("0 to 100"),
                         tr("RFC 7489 receivers use pct=100; RFC 9989 receivers ignore pct anyway"));
                continue;
            }
            r.pct = n;
            issues << issue(
                "DMARC-REMOVED-TAG", Severity::Warning, t.name, tr("pct=%1 was removed by RFC 9989").arg(n),
                n == 100 ? tr("no effect under either reading")
                         : tr("RFC 7489 receivers apply the policy to %1% of failing messages and the "
                              "next weaker policy to the rest; RFC 9989 receivers ignore pct and apply "
                              "the policy to all of them")
                               .arg(n));
        } else if (t.name == QLatin1String("rf")) {
            QStringList formats;
            bool bad = false;
            for (const QString& part : v.split(QLatin1Char(':'))) {
                const QString f = trimWsp(part).toLower();
                if (f == QLatin1String("afrf"))
                    formats << f;
                else
                    bad = true;
            }
            if (bad)
                badValue(QStringLiteral("afrf"),
                         tr("RFC 7489 receivers use rf=afrf; RFC 9989 receivers ignore rf anyway"));
            else
                r.reportFormats = formats;
            issues << issue("DMARC-REMOVED-TAG", Severity::Info, t.name, tr("rf was removed by RFC 9989"),
                            tr("RFC 7489 receivers read it (afrf is the only format they know); RFC 9989 "
                               "receivers ignore it: failure reports are always in the RFC 9991 format"));
        } else if (t.name == QLatin1String("ri")) {
            bool ok = false;
            const quint32 n = v.toUInt(&ok);
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
            if (!ok || !digits.match(v).hasMatch()) {
                badValue(
                    QStringLiteral("a number of seconds"),
                    tr("RFC 7489 receivers use ri=86400 (one day); RFC 9989 receivers ignore ri anyway"));
                continue;
            }
            r.reportInterval = n;
            issues << issue("DMARC-REMOVED-TAG", Severity::Info, t.name,
                            tr("ri=%1 was removed by RFC 9989").arg(n),
                            tr("RFC 7489 receivers may honour it (most send daily regardless); RFC 9989 "
                               "receivers ignore it and send daily reports"));
        } else {
            QString hint;
            for (const QString& known : knownTags())
                if (t.name.size() > 1 && nearlyEqual(t.name, known))
                    hint = tr(" (did you mean \"%1\"?)").arg(known);
            issues << issue("DMARC-UNKNOWN-TAG", Severity::Warning, t.name,
                            tr("\"%1\" is not a DMARC tag%2").arg(t.rawName, hint),
                            tr("receivers ignore it"));
        }
    }

    if (r.isDmarc && !r.hasTag(u"p") && !r.tagInvalid(u"p"))
        issues << issue(
            "DMARC-SYNTAX", Severity::Error, QStringLiteral("p"), tr("the record has no p tag"),
            r.hasValidRua()
                ? tr("rua holds a valid address, so receivers of both RFCs act as if it said p=none "
                     "(RFC 9989 §4.10.1, RFC 7489 §6.6.3)")
                : tr("rua holds no valid address either, so receivers of both RFCs apply no DMARC at "
                     "all (RFC 9989 §4.10.1, RFC 7489 §6.6.3)"));
    else if (r.isDmarc && r.tags.size() > 1 && r.tags.at(1).name != QLatin1String("p") && r.hasTag(u"p"))
        issues << issue("DMARC-SYNTAX", Severity::Info, QStringLiteral("p"),
                        tr("p is not the second tag; RFC 7489's grammar puts it right after v"),
                        tr("receivers accept any order; a few strict RFC 7489 parsers do not"));
    return r;
}
