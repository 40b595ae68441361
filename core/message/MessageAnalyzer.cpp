#include "MessageAnalyzer.h"

#include "ArcChainVerifier.h"
#include "MessageDmarcEvaluator.h"
#include "VerdictComparison.h"
#include "dkim/DkimVerifier.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfTreeBuilder.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
// A context lupdate can see (the free functions of this file translate in it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MessageAnalyzer)
};

// Splits a From value at the commas between addresses (not inside quotes, comments or <>).
QStringList splitAddresses(const QString& value) {
    QStringList out;
    QString current;
    int depth = 0;
    bool quoted = false;
    bool angle = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (!depth && c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (!quoted && !depth && c == QLatin1Char('<'))
            angle = true;
        else if (!quoted && !depth && c == QLatin1Char('>'))
            angle = false;
        if (!quoted && !depth && !angle && c == QLatin1Char(',')) {
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    out << current;
    return out;
}

QString addressOf(const QString& part) {
    QString v = part;
    // Comments go first; a quoted display name may hold '@' and is skipped by taking <...>.
    const qsizetype lt = v.lastIndexOf(QLatin1Char('<'));
    if (lt >= 0) {
        const qsizetype gt = v.indexOf(QLatin1Char('>'), lt);
        v = v.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1);
    } else {
        QString plain;
        int depth = 0;
        for (const QChar c : std::as_const(v)) {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && depth > 0)
                --depth;
            else if (depth == 0)
                plain += c;
        }
        v = plain;
    }
    v = v.trimmed();
    if (v.startsWith(QLatin1Char(':'))) // a group "undisclosed:;" leaves nothing
        return {};
    return v.contains(QLatin1Char('@')) ? v : QString();
}

// A signature checked without the body: only its header part can be judged (RFC 6376 §3.7).
void judgeWithoutBody(DkimSignatureVerification& s) {
    if (!s.signatureMatches)
        return; // it failed before the cryptography (key, syntax): that result stands
    s.bodyHashMatches.reset();
    s.computedBodyHash.clear();
    s.findings.removeIf([](const Finding& f) { return f.code == QLatin1String("DKIM-SIG-BODY-HASH"); });
    if (!*s.signatureMatches) {
        s.result = QStringLiteral("fail");
        s.reason =
            Tr::tr("the header signature does not verify with the published key (the body was not given)");
    } else if (s.expired) {
        s.result = QStringLiteral("policy"); // RFC 8601 §2.7.1: verifies, refused by policy
        s.reason =
            Tr::tr("the header signature verifies but the signature has expired (the body was not given)");
    } else if (s.signature.hashAlgorithm == QLatin1String("sha1")) {
        s.result = QStringLiteral("policy");
        s.reason = Tr::tr("the header signature verifies but uses rsa-sha1, which RFC 8301 forbids");
    } else {
        s.result = QStringLiteral("pass");
        s.reason =
            Tr::tr("the header signature verifies with the key at %1; the body was not given, so its hash "
                   "(bh=) was not checked")
                .arg(s.keyName);
    }
}

QString passingIdentifier(const MessageDmarcResult& r) {
    QStringList parts;
    if (r.spf.counts())
        parts << Tr::tr("SPF for %1").arg(r.spf.domain);
    for (const MessageIdentifierAlignment& d : r.dkim)
        if (d.counts())
            parts << Tr::tr("DKIM d=%1").arg(d.domain);
    return parts.join(Tr::tr(" and "));
}
} // namespace

MessageAnalyzer::MessageAnalyzer(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session)) {}

QList<MailMessage> MessageAnalyzer::readInput(const QByteArray& bytes, const QString& label, bool pasted) {
    QByteArray data = bytes;
    if (pasted) {
        // Pasted from a web page or a terminal: blank lines and indentation before the first field.
        qsizetype start = 0;
        while (start < data.size() && (data.at(start) == '\n' || data.at(start) == '\r' ||
                                       data.at(start) == ' ' || data.at(start) == '\t'))
            ++start;
        data = data.mid(start);
    }
    QList<MailMessage> out;
    const QList<QByteArray> parts = MailMessage::splitMbox(data);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        MailMessage m = MailMessage::parse(parts.at(i));
        m.label = label + (parts.size() > 1 ? QStringLiteral(" #%1").arg(i + 1) : QString());
        out << m;
    }
    return out;
}

QStringList MessageAnalyzer::fromAddresses(const MailMessage& message) {
    QStringList out;
    for (int i : message.indexesOf("From"))
        for (const QString& part : splitAddresses(QString::fromUtf8(message.headers.at(i).value())))
            if (const QString a = addressOf(part); !a.isEmpty())
                out << a;
    return out;
}

void MessageAnalyzer::pathFindings(MessageAnalysis& a) const {
    for (const ReceivedHop& hop : std::as_const(a.path.hops)) {
        if (!hop.error.isEmpty())
            a.findings << FindingCatalogue::make(u"MSG-RECEIVED-UNREADABLE",
                                                 Tr::tr("Hop %1: %2.").arg(hop.hop).arg(hop.error),
                                                 {hop.raw.left(300)});
        if (!hop.delaySeconds)
            continue;
        if (*hop.delaySeconds < -60)
            a.findings << FindingCatalogue::make(u"MSG-CLOCK-SKEW",
                                                 Tr::tr("Hop %1 (by %2) is dated %3 s before hop %4 (by %5).")
                                                     .arg(hop.hop)
                                                     .arg(hop.by)
                                                     .arg(-*hop.delaySeconds)
                                                     .arg(hop.hop - 1)
                                                     .arg(a.path.hops.at(hop.hop - 2).by),
                                                 {hop.raw.left(300)});
        else if (*hop.delaySeconds > 3600)
            a.findings << FindingCatalogue::make(
                u"MSG-SLOW-HOP",
                Tr::tr("The message waited %1 min before hop %2 (by %3) took it.")
                    .arg(*hop.delaySeconds / 60)
                    .arg(hop.hop)
                    .arg(hop.by),
                {hop.raw.left(300)});
    }
}

void MessageAnalyzer::checkSpf(MessageAnalysis& a) const {
    const MessageEnvelope& e = a.envelope;
    a.spf.identity = QStringLiteral("mailfrom");
    a.spf.result = QStringLiteral("none");
    a.spfHelo.identity = QStringLiteral("helo");
    a.spfHelo.result = QStringLiteral("none");
    a.spfHelo.domain = e.helo.toLower();
    QString sender = e.nullSender ? QString() : e.mailFrom;
    a.spf.domain = e.mailFromDomain();
    if (e.nullSender || !e.hasMailFrom()) {
        // RFC 7208 §2.4: with the null reverse-path, check_host() runs for postmaster@HELO.
        a.spf.identity = QStringLiteral("helo");
        a.spf.domain = e.helo.toLower();
        sender.clear();
    }
    QHostAddress ip;
    if (e.ip.isEmpty() || !ip.setAddress(e.ip)) {
        a.spf.reason = a.spfHelo.reason = Tr::tr("the connecting IP is unknown (give --ip)");
        a.findings << FindingCatalogue::make(u"MSG-NO-CONNECTING-IP", {}, {a.label});
        return;
    }
    auto run = [&](MessageSpfCheck& check, const QString& senderAddress) {
        if (!SpfEvaluator::isValidDomain(check.domain)) {
            check.reason =
                check.domain.isEmpty()
                    ? Tr::tr("no %1 identity is known")
                          .arg(check.identity == QLatin1String("helo") ? QStringLiteral("HELO")
                                                                       : QStringLiteral("MAIL FROM"))
                    : Tr::tr("%1 is not a domain name: check_host() gives none (RFC 7208 §4.3)")
                          .arg(check.domain);
            return;
        }
        SpfTreeBuilder::Options options;
        options.ip = ip;
        options.sender = senderAddress;
        options.helo = e.helo;
        check.tree = SpfTreeBuilder(m_session.get(), options).build(check.domain);
        if (check.tree->evaluation) {
            check.result = spfResultName(check.tree->evaluation->result);
            check.reason = check.tree->evaluation->reason;
        }
    };
    run(a.spf, sender);
    if (a.spf.identity == QLatin1String("helo")) {
        a.spfHelo = a.spf;
    } else {
        run(a.spfHelo, QString());
    }
}

void MessageAnalyzer::verifyDkim(MessageAnalysis& a, const Request& request) const {
    a.dkim = DkimVerifier::verify(request.message, *m_session, request.now);
    if (a.bodyAvailable)
        return;
    QList<DkimSignatureVerification> signatures = a.dkim.signatures;
    for (DkimSignatureVerification& s : signatures)
        judgeWithoutBody(s);
    const DmarcAlignment alignment(m_session.get());
    a.dkim = DkimVerifier::assemble(request.message, signatures, a.dkim.dmarc, &alignment);
}

void MessageAnalyzer::dmarcFindings(MessageAnalysis& a) const {
    const MessageDmarcResult& r9 = a.dmarc9989;
    const MessageDmarcResult& r7 = a.dmarc7489;
    if (r9.failed() || r7.failed()) {
        QStringList readings;
        QStringList evidence;
        for (const MessageDmarcResult* r : {&r9, &r7}) {
            if (!r->failed())
                continue;
            const QString name = r->standard == QLatin1String("rfc9989") ? QStringLiteral("RFC 9989")
                                                                         : QStringLiteral("RFC 7489");
            readings << Tr::tr("%1: p=%2 from _dmarc.%3, so the message is %4.")
                            .arg(name, r->policy, r->reading.recordDomain,
                                 dmarcPolicyEffect(r->reading.applied));
            evidence << name + QStringLiteral(": ") + r->explanation;
        }
        Finding f = FindingCatalogue::make(u"MSG-DMARC-FAIL", {}, evidence);
        f.detail += QLatin1Char(' ') + readings.join(QLatin1Char(' '));
        f.domain = a.fromDomain;
        a.findings.prepend(f);
    }
    if (r9.result != r7.result || r9.policy != r7.policy) {
        Finding f = FindingCatalogue::make(
            u"MSG-DMARC-READINGS-DIFFER",
            Tr::tr("RFC 9989: %1%2 (organizational domain %3). RFC 7489: %4%5 (organizational domain %6).")
                .arg(r9.result, r9.policy.isEmpty() ? QString() : QStringLiteral(", p=") + r9.policy,
                     r9.fromOrgDomain, r7.result,
                     r7.policy.isEmpty() ? QString() : QStringLiteral(", p=") + r7.policy, r7.fromOrgDomain),
            {r9.explanation, r7.explanation});
        f.domain = a.fromDomain;
        a.findings << f;
    }
    for (const MessageDmarcResult* r : {&r9, &r7})
        if (r->arcOverridePlausible) {
            Finding f = FindingCatalogue::make(u"MSG-ARC-OVERRIDE", {}, {r->arcOverride});
            f.detail += QLatin1Char(' ') + r->arcOverride + QLatin1Char('.');
            f.domain = a.fromDomain;
            a.findings << f;
            break;
        }
}

QString MessageAnalyzer::headline(const MessageAnalysis& a) {
    if (a.fromDomain.isEmpty())
        return Tr::tr("The message has no From domain: DMARC cannot be applied.");
    const MessageDmarcResult& r9 = a.dmarc9989;
    const MessageDmarcResult& r7 = a.dmarc7489;
    auto one = [&](const MessageDmarcResult& r) -> QString {
        if (r.result == QLatin1String("pass"))
            return Tr::tr("passes (%1, aligned with %2)").arg(passingIdentifier(r), a.fromDomain);
        if (r.result == QLatin1String("fail"))
            return Tr::tr("fails: p=%1, the message is %2")
                .arg(r.policy, dmarcPolicyEffect(r.reading.applied));
        if (r.result == QLatin1String("temperror"))
            return Tr::tr("cannot be determined (DNS failed)");
        return Tr::tr("does not apply (%1 has no DMARC policy)").arg(a.fromDomain);
    };
    QString text;
    if (r9.result == r7.result && r9.policy == r7.policy)
        text = Tr::tr("DMARC %1 under both RFC 9989 and RFC 7489.").arg(one(r9));
    else
        text = Tr::tr("DMARC under RFC 9989 %1; under RFC 7489 it %2.").arg(one(r9), one(r7));
    if (a.dmarcFails()) {
        const MessageDmarcResult& failing = r9.failed() ? r9 : r7;
        if (failing.arcOverridePlausible)
            text += Tr::tr(" A receiver trusting the ARC sealers (%1) may still accept it.")
                        .arg(a.arc.sealers.join(QStringLiteral(", ")));
    }
    return text;
}

MessageAnalysis MessageAnalyzer::analyze(const Request& request) const {
    const MailMessage& message = request.message;
    MessageAnalysis a;
    a.label = message.label;
    a.bodyAvailable = message.hasHeaderBodySeparator && (!message.body.isEmpty() || !request.pasted);
    a.subject = QString::fromUtf8(message.firstValue("Subject"));
    a.date = QString::fromUtf8(message.firstValue("Date"));
    const QStringList addresses = fromAddresses(message);
    a.fromCount = int(addresses.size());
    if (addresses.isEmpty()) {
        a.findings << FindingCatalogue::make(
            u"MSG-NO-FROM", {}, {QStringLiteral("From: ") + QString::fromUtf8(message.firstValue("From"))});
    } else {
        a.fromAddress = addresses.first();
        a.fromDomain = MailMessage::addressDomain(a.fromAddress.toUtf8());
        if (addresses.size() > 1 || message.indexesOf("From").size() > 1)
            a.findings << FindingCatalogue::make(u"MSG-MULTIPLE-FROM",
                                                 Tr::tr("%1 From field(s) with %2 address(es): %3.")
                                                     .arg(message.indexesOf("From").size())
                                                     .arg(addresses.size())
                                                     .arg(addresses.join(QStringLiteral(", "))),
                                                 addresses);
    }
    if (!a.bodyAvailable)
        a.findings << FindingCatalogue::make(u"MSG-HEADERS-ONLY", {}, {a.label});

    a.path = DeliveryPath::read(message, ReceiverVerdict::topAuthServId(message));
    a.receiver = ReceiverVerdict::read(message, a.path);
    a.envelope =
        MessageEnvelope::read(message, a.path, a.receiver, request.ip, request.helo, request.mailFrom);
    pathFindings(a);

    checkSpf(a);
    verifyDkim(a, request);
    a.arc = ArcChainVerifier::verify(message, *m_session, a.bodyAvailable);

    MessageDmarcEvaluator::Input input;
    input.fromDomain = a.fromDomain;
    if (a.spf.evaluated())
        input.spf = {a.spf.domain, {}, a.spf.result};
    for (const DkimSignatureVerification& s : std::as_const(a.dkim.signatures))
        input.dkim << MessageDmarcEvaluator::Identifier{s.signature.domain, s.signature.selector, s.result};
    input.arc = &a.arc;
    MessageDmarcEvaluator evaluator(m_session);
    const MessageDmarcEvaluator::Output dmarc = evaluator.evaluate(input);
    a.dmarc9989 = dmarc.rfc9989;
    a.dmarc7489 = dmarc.rfc7489;
    dmarcFindings(a);

    VerdictComparison::compare(a);
    for (Finding& f : a.findings)
        if (f.domain.isEmpty())
            f.domain = a.fromDomain;
    a.findings << a.dkim.findings << a.arc.findings;
    if (a.spf.tree)
        for (const Finding& f : std::as_const(a.spf.tree->findings))
            if (f.severity != Severity::Info)
                a.findings << f;
    a.verdict = headline(a);
    return a;
}
