#include "DmarcExplainer.h"

#include "DmarcRecordParser.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DmarcExplainer)
};

QString tr(const char* text) {
    return QCoreApplication::translate("DmarcExplainer", text);
}

const char* const kBoth = "RFC 9989, RFC 7489";
const char* const kOnly9989 = QT_TRANSLATE_NOOP("DmarcExplainer", "RFC 9989 (unknown to RFC 7489 receivers)");
const char* const kOnly7489 = QT_TRANSLATE_NOOP("DmarcExplainer", "RFC 7489 only (removed by RFC 9989)");

QString policyMeaning(const QString& who, const QString& value) {
    const auto p = dmarcPolicyFromName(value);
    if (!p)
        return Tr::tr("not a policy: receivers ignore this value");
    return Tr::tr("Mail from %1 that fails DMARC is %2.").arg(who, dmarcPolicyEffect(*p));
}

QString meaningFor(const QString& tag, const QString& value, const QString& domain) {
    const QString v = value.toLower();
    if (tag == QLatin1String("v"))
        return Tr::tr("Marks the TXT record as a DMARC record (version 1).");
    if (tag == QLatin1String("p"))
        return policyMeaning(domain, value);
    if (tag == QLatin1String("sp"))
        return policyMeaning(Tr::tr("subdomains of %1").arg(domain), value);
    if (tag == QLatin1String("np"))
        return policyMeaning(Tr::tr("subdomains of %1 that do not exist").arg(domain), value);
    if (tag == QLatin1String("psd"))
        return v == QLatin1String("y")
                   ? Tr::tr("This domain is a public suffix (like a registry): names under it "
                            "are separate organizations.")
               : v == QLatin1String("n")
                   ? Tr::tr("This domain is an organizational domain: the tree walk stops here.")
                   : Tr::tr("Not stated: the tree walk decides where the organization starts.");
    if (tag == QLatin1String("t"))
        return v == QLatin1String("y")
                   ? Tr::tr("Testing: RFC 9989 receivers apply one level less (reject acts as "
                            "quarantine, quarantine as none).")
                   : Tr::tr("The policy is enforced as written.");
    if (tag == QLatin1String("adkim"))
        return v == QLatin1String("s")
                   ? Tr::tr("Strict DKIM alignment: the signing domain (d=) must equal the "
                            "From domain exactly; d=mail.%1 "
                            "does not align with From: %1.")
                         .arg(domain)
                   : Tr::tr("Relaxed DKIM alignment: a signature by any name in the same "
                            "organization aligns; d=mail.%1 "
                            "aligns with From: %1.")
                         .arg(domain);
    if (tag == QLatin1String("aspf"))
        return v == QLatin1String("s")
                   ? Tr::tr("Strict SPF alignment: the envelope sender (Return-Path) domain "
                            "must equal the From domain; "
                            "bounce.%1 does not align with From: %1.")
                         .arg(domain)
                   : Tr::tr("Relaxed SPF alignment: an envelope sender in the same "
                            "organization aligns; bounce.%1 "
                            "aligns with From: %1.")
                         .arg(domain);
    if (tag == QLatin1String("fo")) {
        QStringList parts;
        for (const QString& o : v.split(QLatin1Char(':'))) {
            const QString x = o.trimmed();
            if (x == QLatin1String("0"))
                parts << Tr::tr("when both SPF and DKIM fail alignment");
            else if (x == QLatin1String("1"))
                parts << Tr::tr("when either fails");
            else if (x == QLatin1String("d"))
                parts << Tr::tr("when a DKIM signature fails");
            else if (x == QLatin1String("s"))
                parts << Tr::tr("when SPF fails");
        }
        return Tr::tr("Failure reports are requested %1.")
            .arg(parts.isEmpty() ? Tr::tr("by default (both fail)") : parts.join(Tr::tr(", or ")));
    }
    if (tag == QLatin1String("rua"))
        return Tr::tr("Daily aggregate reports (who sent mail as the domain, what passed) go to: %1.")
            .arg(value);
    if (tag == QLatin1String("ruf"))
        return Tr::tr("Per-message failure reports go to: %1 (few receivers send them).").arg(value);
    if (tag == QLatin1String("pct"))
        return Tr::
            tr("RFC 7489 receivers apply the policy to %1% of failing mail; RFC 9989 receivers ignore it.")
                .arg(value);
    if (tag == QLatin1String("rf"))
        return Tr::tr("Format of failure reports (afrf); RFC 9989 receivers ignore it.");
    if (tag == QLatin1String("ri")) {
        bool ok = false;
        const qint64 s = value.toLongLong(&ok);
        return ok ? Tr::tr("Asks for aggregate reports every %1 s (%2 h); most receivers send daily anyway.")
                        .arg(s)
                        .arg(double(s) / 3600.0, 0, 'g', 3)
                  : Tr::tr("Requested report interval; not a number here.");
    }
    return Tr::tr("Not a DMARC tag: receivers ignore it.");
}

struct TagInfo {
    const char* tag;
    const char* defaultValue;
    const char* source; // translated when the row is made
};
} // namespace

QList<DmarcTagRow> DmarcExplainer::tagRows(const DmarcRecord& record, const QString& domain) {
    static const TagInfo infos[] = {
        {"v", QT_TRANSLATE_NOOP("DmarcExplainer", "(required)"), kBoth},
        {"p", QT_TRANSLATE_NOOP("DmarcExplainer", "none (with rua), else no DMARC"), kBoth},
        {"sp", QT_TRANSLATE_NOOP("DmarcExplainer", "the value of p"), kBoth},
        {"np", QT_TRANSLATE_NOOP("DmarcExplainer", "the value of sp, else p"), kOnly9989},
        {"psd", "u", kOnly9989},
        {"t", "n", kOnly9989},
        {"adkim", "r", kBoth},
        {"aspf", "r", kBoth},
        {"fo", "0", kBoth},
        {"rua", QT_TRANSLATE_NOOP("DmarcExplainer", "(none: no aggregate reports)"), kBoth},
        {"ruf", QT_TRANSLATE_NOOP("DmarcExplainer", "(none: no failure reports)"), kBoth},
        {"pct", "100", kOnly7489},
        {"rf", "afrf", kOnly7489},
        {"ri", "86400", kOnly7489},
    };
    QList<DmarcTagRow> rows;
    auto addIssues = [&](DmarcTagRow& row) {
        for (const DmarcRecordIssue& i : record.issuesFor(row.tag)) {
            if (!row.severity || i.severity > *row.severity) {
                row.severity = i.severity;
                row.issue = i.message + QStringLiteral(": ") + i.receiverAction;
            }
        }
    };
    for (const TagInfo& info : infos) {
        DmarcTagRow row;
        row.tag = QString::fromLatin1(info.tag);
        row.defaultValue = tr(info.defaultValue);
        row.source = tr(info.source);
        if (const DmarcTag* t = record.tag(row.tag)) {
            row.present = true;
            row.value = t->value;
            row.meaning = meaningFor(row.tag, t->value, domain);
        } else {
            // The default's meaning, so that absent tags still say what happens.
            static const QHash<QString, QString> defaults{{QStringLiteral("adkim"), QStringLiteral("r")},
                                                          {QStringLiteral("aspf"), QStringLiteral("r")},
                                                          {QStringLiteral("t"), QStringLiteral("n")},
                                                          {QStringLiteral("psd"), QStringLiteral("u")},
                                                          {QStringLiteral("fo"), QStringLiteral("0")}};
            if (defaults.contains(row.tag))
                row.meaning = tr("Default: %1").arg(meaningFor(row.tag, defaults.value(row.tag), domain));
            else if (row.tag == QLatin1String("sp") && record.policy)
                row.meaning = tr("Not set: subdomains get p=%1.").arg(dmarcPolicyName(*record.policy));
            else if (row.tag == QLatin1String("np"))
                row.meaning = tr("Not set: non-existent subdomains get sp (or p).");
            else if (row.tag == QLatin1String("rua"))
                row.meaning = tr("Not set: nobody receives aggregate reports.");
            else if (row.tag == QLatin1String("ruf"))
                row.meaning = tr("Not set: no failure reports (usual; few receivers send them).");
            else
                row.meaning = tr("Not set: the default applies.");
        }
        addIssues(row);
        rows << row;
    }
    for (const DmarcTag& t : record.tags) {
        if (t.duplicate || DmarcRecordParser::knownTags().contains(t.name))
            continue;
        DmarcTagRow row;
        row.tag = t.name;
        row.present = true;
        row.value = t.value;
        row.meaning = meaningFor(t.name, t.value, domain);
        row.source = tr("unknown");
        addIssues(row);
        rows << row;
    }
    return rows;
}

DmarcExplanation DmarcExplainer::explain(const DmarcResult& result) {
    DmarcExplanation e;
    const DmarcRecord* rec = result.record();
    const QString& from = result.fromDomain;
    const DmarcReading& a = result.rfc9989;
    const DmarcReading& b = result.rfc7489;

    // Verdict: the weaker of the two readings decides, since an attacker picks the receiver.
    const bool anyPolicy = a.hasPolicy || b.hasPolicy;
    const DmarcPolicy weakest = !a.hasPolicy || !b.hasPolicy ? DmarcPolicy::None : qMin(a.applied, b.applied);
    const DmarcPolicy strongest =
        qMax(a.hasPolicy ? a.applied : DmarcPolicy::None, b.hasPolicy ? b.applied : DmarcPolicy::None);
    if (result.dnsFailed()) {
        e.verdict = QStringLiteral("unknown");
        e.verdictSeverity = Severity::Error;
        e.headline = tr("Unknown: the DMARC record of %1 could not be read because DNS failed.").arg(from);
    } else if (!anyPolicy) {
        e.verdict = QStringLiteral("unprotected");
        e.verdictSeverity = Severity::Error;
        e.headline = tr("Not protected: no DMARC policy applies to mail from %1.").arg(from);
    } else if (weakest == DmarcPolicy::Reject) {
        e.verdict = QStringLiteral("protected");
        e.verdictSeverity = Severity::Info;
        e.headline = tr("Protected: mail from %1 that fails DMARC is refused.").arg(from);
    } else if (strongest == DmarcPolicy::None) {
        e.verdict = QStringLiteral("monitoring");
        e.verdictSeverity = Severity::Warning;
        e.headline = tr("Monitoring only: mail from %1 that fails DMARC is still delivered.").arg(from);
    } else {
        e.verdict = QStringLiteral("partly-protected");
        e.verdictSeverity = Severity::Warning;
        e.headline =
            weakest == strongest
                ? tr("Partly protected: mail from %1 that fails DMARC goes to spam, it is not refused.")
                      .arg(from)
                : tr("Partly protected: receivers disagree; some %1 failing mail from %2, others only %3 it.")
                      .arg(dmarcPolicyName(strongest) == QLatin1String("reject") ? tr("refuse")
                                                                                 : tr("quarantine"),
                           from, weakest == DmarcPolicy::None ? tr("report") : tr("quarantine"));
    }

    // The paragraph.
    QStringList p;
    if (result.dnsFailed()) {
        p << tr("The DNS queries for the DMARC record failed, so Mailsight cannot tell what receivers do. "
                "This is not the same as having no record: receivers in the same situation usually try again "
                "later.");
    } else if (!rec) {
        if (result.discovery.rfc9989.multiple || result.discovery.rfc7489.multiple)
            p << tr("Several DMARC records are published where one is expected; receivers discard them all.");
        p << tr("No DMARC record covers %1, so receivers apply no policy: anyone can send mail that claims "
                "to "
                "come from it and it will be judged on spam filters alone. Nobody receives reports about it.")
                 .arg(from);
    } else if (!anyPolicy) {
        // A record, but one that neither reading applies: no valid p (or an invalid sp/np) and no
        // valid rua (RFC 9989 §4.10.1, RFC 7489 §6.6.3).
        p << tr("%1 publishes a DMARC record at %2, but receivers apply no DMARC with it: %3")
                 .arg(from, result.recordDomain(), a.explanation);
        if (!a.sameOutcome(b) || a.explanation != b.explanation)
            p << tr("Under RFC 7489: %1").arg(b.explanation);
    } else {
        if (result.recordDomain() != from)
            p << tr("%1 has no DMARC record of its own; the record of %2 applies.")
                     .arg(from, result.recordDomain());
        for (const DmarcReading* reading : {&a, &b})
            if (!reading->fallbackCause.isEmpty()) {
                p << reading->explanation;
                break;
            }
        p << tr("Mail that claims to come from %1 and fails DMARC (neither an aligned SPF pass nor an "
                "aligned DKIM "
                "signature) is %2.")
                 .arg(from, dmarcPolicyEffect(a.hasPolicy ? a.applied : b.applied));
        if (a.testing)
            p << tr(
                "The record is in testing mode (t=y): RFC 9989 receivers apply one level less than it says, "
                "RFC 7489 receivers apply it in full.");
        if (!a.sameOutcome(b))
            p << tr("Receivers disagree: under RFC 9989 it is %1, under RFC 7489 it is %2.")
                     .arg(a.hasPolicy ? dmarcPolicyName(a.applied) : tr("no DMARC at all"),
                          b.hasPolicy ? dmarcPolicyName(b.applied) : tr("no DMARC at all"));
        if (rec->policy && from == result.recordDomain()) {
            const DmarcPolicy sp = rec->subdomainPolicy.value_or(*rec->policy);
            const DmarcPolicy np = rec->nonExistentPolicy.value_or(sp);
            p << tr("Its subdomains get %1; names under it that do not exist get %2.")
                     .arg(dmarcPolicyName(sp), dmarcPolicyName(np));
        }
        QStringList rua;
        for (const DmarcReportDestination& d : result.destinations)
            if (d.uri.tag == QLatin1String("rua") && d.uri.valid && d.authorized && d.hasMx())
                rua << d.uri.address;
        p << (rua.isEmpty()
                  ? tr("No aggregate reports are delivered anywhere, so nobody sees who sends mail as "
                       "this domain.")
                  : tr("Daily aggregate reports go to %1.").arg(rua.join(QStringLiteral(", "))));
        QStringList risks;
        for (const Finding& f : result.findings)
            if (f.severity != Severity::Info) {
                // Shown in the reader's language; only the first letter lowered, so that "DMARC"
                // and German nouns keep their capitals.
                QString title = FindingCatalogue::localized(f).title;
                if (!title.isEmpty())
                    title[0] = title.at(0).toLower();
                risks << title;
            }
        if (!risks.isEmpty())
            p << tr("Risky: %1.").arg(risks.mid(0, 4).join(QStringLiteral("; ")));
    }
    e.paragraph = p.join(QLatin1Char(' '));

    if (rec)
        e.tags = tagRows(*rec, result.recordDomain());
    const QString org = result.discovery.orgDomain9989;
    const QChar adkim = rec && rec->adkim ? *rec->adkim : QLatin1Char('r');
    const QChar aspf = rec && rec->aspf ? *rec->aspf : QLatin1Char('r');
    e.dkimAlignment =
        adkim == QLatin1Char('s')
            ? tr("strict: a DKIM signature aligns only if d=%1 exactly (d=mail.%2 does not)").arg(from, org)
            : tr("relaxed: a DKIM signature aligns if its d= is in %1 (d=%1 or d=mail.%1 both align "
                 "with From: %2)")
                  .arg(org, from);
    e.spfAlignment =
        aspf == QLatin1Char('s')
            ? tr("strict: SPF aligns only if the envelope sender (Return-Path) domain is exactly %1")
                  .arg(from)
            : tr("relaxed: SPF aligns if the envelope sender domain is in %1 (bounce.%1 aligns with "
                 "From: %2)")
                  .arg(org, from);
    // Relaxed alignment rests on the organizational domain, which the readings may see differently
    // (RFC 9989 tree walk, RFC 7489 Public Suffix List): say so where they do.
    const QString org7489 = result.discovery.orgDomain7489.isEmpty() ? from : result.discovery.orgDomain7489;
    if (org7489 != org) {
        const QString note =
            tr("; under RFC 7489 (Public Suffix List) the organizational domain is %1 instead "
               "of %2 (RFC 9989, DNS tree walk), so a name inside one but not the other "
               "aligns for some receivers only")
                .arg(org7489, org);
        if (adkim != QLatin1Char('s'))
            e.dkimAlignment += note;
        if (aspf != QLatin1Char('s'))
            e.spfAlignment += note;
    }

    // Roll-out, from where the domain stands (the RFC 9989 reading of its own record).
    // Reports count only where they can arrive: a valid, authorized destination that takes mail.
    bool hasRua = false;
    for (const DmarcReportDestination& d : result.destinations)
        hasRua = hasRua || (d.uri.tag == QLatin1String("rua") && d.uri.valid && d.authorized && d.hasMx());
    const bool ruaWritten = rec && rec->hasValidRua();
    // The roll-out keeps the destinations that work and drops the others.
    QStringList working;
    for (const DmarcReportDestination& d : result.destinations)
        if (d.uri.tag == QLatin1String("rua") && d.uri.valid && d.authorized && d.hasMx())
            working << d.uri.uri;
    const QString ruaText = working.isEmpty()
                                ? QStringLiteral("rua=mailto:dmarc-reports@%1").arg(result.domain)
                                : QStringLiteral("rua=") + working.join(QLatin1Char(','));
    const DmarcPolicy stated = a.hasPolicy ? a.stated : (b.hasPolicy ? b.stated : DmarcPolicy::None);
    int current = !rec                                ? 0
                  : stated == DmarcPolicy::None       ? (hasRua ? 1 : 0)
                  : stated == DmarcPolicy::Quarantine ? 2
                                                      : 3;
    if (rec && a.testing)
        current = stated == DmarcPolicy::Reject ? 2 : 1;
    QList<DmarcRolloutStep> steps{
        {QStringLiteral("monitor"),
         tr("Publish p=none with aggregate reports"),
         QStringLiteral("v=DMARC1; p=none; %1").arg(ruaText),
         tr("Nothing yet; this step only collects reports. Keep it for 2-4 weeks."),
         {}},
        {QStringLiteral("quarantine"),
         tr("Quarantine failing mail"),
         QStringLiteral("v=DMARC1; p=quarantine; %1").arg(ruaText),
         tr("In the reports, every legitimate source (your servers, newsletter and CRM services, ticketing, "
            "invoicing) passes with aligned SPF or DKIM; what still fails is forged or forwarded mail. "
            "Adding t=y "
            "first softens the step for RFC 9989 receivers only."),
         {}},
        {QStringLiteral("reject"),
         tr("Reject failing mail"),
         QStringLiteral("v=DMARC1; p=reject; %1").arg(ruaText),
         tr("After 2-4 weeks of quarantine, no legitimate mail shows up as failing (and no user reports "
            "missing "
            "mail from the spam folder); remove t=y if set."),
         {}},
        {QStringLiteral("subdomains"),
         tr("Protect every subdomain"),
         QStringLiteral("v=DMARC1; p=reject; sp=reject; np=reject; %1").arg(ruaText),
         tr("Subdomains that send mail appear in the reports and pass; then nothing under the domain can be "
            "forged."),
         {}},
    };
    for (int i = 0; i < steps.size(); ++i)
        steps[i].status = i < current    ? QStringLiteral("done")
                          : i == current ? QStringLiteral("current")
                                         : QStringLiteral("later");
    if (current == 0 && rec && !hasRua)
        steps[0].title = tr("Add aggregate reports (rua) to p=none");
    if (current == 3 && rec) {
        const DmarcPolicy sp = rec->subdomainPolicy.value_or(stated);
        const DmarcPolicy np = rec->nonExistentPolicy.value_or(sp);
        if (sp == DmarcPolicy::Reject && np == DmarcPolicy::Reject)
            steps[3].status = QStringLiteral("done");
    }
    e.rollout = steps;

    // Bulk-sender checklist: what DNS can show.
    bool spf = false;
    for (const QString& t : result.domainTexts)
        spf = spf || t.trimmed().startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive);
    const QString gy = tr("Gmail, Yahoo (2024)");
    const QString all3 = tr("Gmail, Yahoo (2024); Outlook.com (2025)");
    const QString unknown = QStringLiteral("unknown");
    e.checklist << DmarcChecklistItem{
        QStringLiteral("spf-or-dkim"), tr("SPF or DKIM for every sender"), gy,
        spf ? QStringLiteral("met") : unknown,
        spf ? tr("%1 publishes an SPF record.").arg(result.domain)
            : tr("%1 publishes no SPF record; DKIM cannot be seen from DNS without "
                 "knowing the selectors.")
                  .arg(result.domain)};
    e.checklist << DmarcChecklistItem{
        QStringLiteral("spf-and-dkim"), tr("SPF and DKIM for bulk senders (5,000+ a day)"), all3,
        spf ? unknown : QStringLiteral("not-met"),
        spf ? tr("SPF is published; whether mail is DKIM-signed cannot be seen from DNS "
                 "(use the DKIM tab with your selectors).")
            : tr("%1 publishes no SPF record.").arg(result.domain)};
    const bool dmarcOk = rec && (a.hasPolicy || b.hasPolicy);
    e.checklist << DmarcChecklistItem{
        QStringLiteral("dmarc"), tr("A DMARC record, at least p=none (bulk senders)"), all3,
        dmarcOk              ? QStringLiteral("met")
        : result.dnsFailed() ? unknown
                             : QStringLiteral("not-met"),
        dmarcOk ? tr("Policy %1 from _dmarc.%2.").arg(dmarcPolicyName(stated), result.recordDomain())
        : result.dnsFailed() ? tr("DNS failed; the record could not be read.")
        : rec
            ? tr("_dmarc.%1 has no valid p (or an invalid sp/np) and no valid rua: receivers apply no DMARC "
                 "with it.")
                  .arg(result.recordDomain())
            : tr("No DMARC record applies.")};
    e.checklist << DmarcChecklistItem{
        QStringLiteral("alignment"), tr("From domain aligned with SPF or DKIM"), all3,
        spf && dmarcOk ? QStringLiteral("met") : unknown,
        spf && dmarcOk ? tr("Possible: an envelope sender in %1 passes SPF with %2 alignment; "
                            "actual alignment shows in the aggregate reports.")
                             .arg(org, aspf == QLatin1Char('s') ? tr("strict") : tr("relaxed"))
                       : tr("Depends on the envelope sender and DKIM d= of real mail; the "
                            "aggregate reports show it.")};
    e.checklist << DmarcChecklistItem{
        QStringLiteral("reports"), tr("Aggregate reports to watch alignment (recommended)"),
        tr("Outlook.com (2025), M3AAWG"), hasRua ? QStringLiteral("met") : QStringLiteral("not-met"),
        hasRua       ? tr("rua is set and at least one destination can receive reports.")
        : ruaWritten ? tr("rua is set, but no destination will receive reports (not authorized or no MX).")
                     : tr("No valid rua address.")};
    e.checklist << DmarcChecklistItem{
        QStringLiteral("not-in-dns"),
        tr("One-click unsubscribe, spam rate below 0.3%, forward and reverse DNS of "
           "sending IPs, TLS"),
        gy, unknown, tr("Cannot be seen from the domain's DNS.")};
    return e;
}
