#include "MessageCommand.h"

#include "message/MessageAnalyzer.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>

namespace {
QString wrap(const QString& text, int indent, int width = 80) {
    const QString pad(indent, QLatin1Char(' '));
    QString out = pad;
    int column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > width) {
            out += QLatin1Char('\n') + pad;
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out + QLatin1Char('\n');
}

QString orUnknown(const QString& value, const QString& source) {
    return source.isEmpty()
               ? QStringLiteral("(unknown)")
               : (value.isEmpty() ? QStringLiteral("<>") : value) + QStringLiteral("  (") + source + u')';
}

void printDmarc(QTextStream& out, const QString& name, const MessageDmarcResult& r) {
    QString line = QStringLiteral("%1: %2").arg(name, r.result.toUpper());
    if (!r.policy.isEmpty())
        line += QStringLiteral(", p=%1 from _dmarc.%2").arg(r.policy, r.reading.recordDomain);
    if (r.failed())
        line += QStringLiteral(" → ") + r.disposition;
    out << "       " << line << "\n";
    out << wrap(r.explanation, 9);
    if (!r.arcOverride.isEmpty())
        out << wrap(
            QStringLiteral("ARC override %1: %2")
                .arg(r.arcOverridePlausible ? QStringLiteral("plausible") : QStringLiteral("not plausible"),
                     r.arcOverride),
            9);
}

void printText(QTextStream& out, const MessageAnalysis& a) {
    out << a.label << "\n";
    out << "From: " << (a.fromAddress.isEmpty() ? QStringLiteral("(none)") : a.fromAddress);
    if (!a.subject.isEmpty())
        out << "   Subject: " << a.subject.left(60);
    out << "\n\n" << wrap(QStringLiteral("Verdict: ") + a.verdict, 0) << "\n";

    out << "Envelope\n";
    out << "  connecting IP  " << orUnknown(a.envelope.ip, a.envelope.ipSource) << "\n";
    out << "  HELO           " << orUnknown(a.envelope.helo, a.envelope.heloSource) << "\n";
    out << "  MAIL FROM      " << orUnknown(a.envelope.mailFrom, a.envelope.mailFromSource) << "\n\n";

    auto aligned = [](const MessageIdentifierAlignment& r9, const MessageIdentifierAlignment& r7) {
        if (r9.aligned() == r7.aligned() && r9.alignment.how() == r7.alignment.how())
            return r9.aligned() ? QStringLiteral("aligned (%1)").arg(r9.alignment.how())
                                : QStringLiteral("not aligned");
        return QStringLiteral("RFC 9989: %1; RFC 7489: %2").arg(r9.alignment.how(), r7.alignment.how());
    };
    out << QStringLiteral("SPF    %1 %2 (%3)  %4")
               .arg(a.spf.result.toUpper(), -9)
               .arg(a.spf.domain.isEmpty() ? QStringLiteral("-") : a.spf.domain, a.spf.identity,
                    a.spf.evaluated() ? aligned(a.dmarc9989.spf, a.dmarc7489.spf) : QString())
        << "\n";
    out << wrap(a.spf.reason, 7);
    if (a.spfHelo.identity != a.spf.identity || a.spfHelo.domain != a.spf.domain)
        out << QStringLiteral("       HELO %1: %2").arg(a.spfHelo.domain, a.spfHelo.result) << "\n";

    if (a.dkim.signatures.isEmpty())
        out << "DKIM   no signature\n";
    for (qsizetype i = 0; i < a.dkim.signatures.size(); ++i) {
        const DkimSignatureVerification& s = a.dkim.signatures.at(i);
        out << QStringLiteral("DKIM   %1 d=%2 s=%3  %4")
                   .arg(s.result.toUpper(), -9)
                   .arg(s.signature.domain, s.signature.selector,
                        i < a.dmarc9989.dkim.size() ? aligned(a.dmarc9989.dkim.at(i), a.dmarc7489.dkim.at(i))
                                                    : QString())
            << "\n";
        out << wrap(s.reason, 7);
    }

    out << QStringLiteral("ARC    %1 %2").arg(a.arc.chain.toUpper(), -9).arg(a.arc.reason) << "\n";
    for (const ArcSet& s : a.arc.sets)
        out << QStringLiteral("       i=%1 %2  AMS %3  AS %4  cv=%5")
                   .arg(s.instance)
                   .arg(s.sealer(), s.amsCheck.result, s.sealCheck.result, s.seal.chainValidation)
            << "\n";

    out << "DMARC\n";
    printDmarc(out, QStringLiteral("RFC 9989"), a.dmarc9989);
    printDmarc(out, QStringLiteral("RFC 7489"), a.dmarc7489);

    if (a.receiver.isPresent()) {
        QStringList parts;
        if (a.receiver.spf)
            parts << QStringLiteral("spf=") + a.receiver.spf->result;
        for (const AuthenticationResult& d : a.receiver.dkim)
            parts << QStringLiteral("dkim=%1 (d=%2)")
                         .arg(d.result, d.properties.value(QStringLiteral("header.d")));
        if (a.receiver.dmarc)
            parts << QStringLiteral("dmarc=") + a.receiver.dmarc->result;
        if (a.receiver.arc)
            parts << QStringLiteral("arc=") + a.receiver.arc->result;
        out << "\nReceiver's verdict ("
            << (a.receiver.authServId.isEmpty() ? QStringLiteral("Received-SPF") : a.receiver.authServId)
            << "): " << parts.join(QStringLiteral(", ")) << "\n";
        for (const VerdictDifference& d : a.differences)
            out << wrap(QStringLiteral("≠ %1 %2: receiver %3, Mailsight %4 — %5")
                            .arg(d.method.toUpper(), d.subject, d.receiver, d.ours, d.explanation),
                        2);
    }

    if (!a.path.hops.isEmpty()) {
        out << "\nDelivery path (oldest first)\n";
        for (qsizetype k = 0; k < a.path.hops.size(); ++k) {
            const ReceivedHop& h = a.path.hops.at(k);
            QString client = h.helo.isEmpty() ? QStringLiteral("-") : h.helo;
            if (!h.ip.isEmpty())
                client += QStringLiteral(" [%1]").arg(h.ip);
            QString delay;
            if (h.delaySeconds)
                delay = QStringLiteral("+%1s").arg(*h.delaySeconds);
            out << QStringLiteral("  %1 %2 → %3 %4%5")
                       .arg(h.hop, 2)
                       .arg(client, h.by.isEmpty() ? QStringLiteral("?") : h.by,
                            h.date.isValid() ? h.date.toUTC().toString(Qt::ISODate)
                                             : QStringLiteral("(no date)"),
                            delay.isEmpty() ? QString() : QStringLiteral("  ") + delay)
                << (k == a.path.borderHop ? "  ← the receiving system accepted it here" : "") << "\n";
        }
    }
    if (!a.findings.isEmpty()) {
        out << "\nFindings\n";
        for (const Finding& f : a.findings) {
            out << QStringLiteral("  %1 %2").arg(severityName(f.severity).toUpper(), -8).arg(f.code) << "\n";
            out << wrap(f.title + QStringLiteral(". ") + f.detail, 4);
            out << wrap(QStringLiteral("fix: ") + f.fix + QStringLiteral(" (") + f.rfc + u')', 4);
        }
    }
    out << "\n";
}
} // namespace

QString MessageCommand::description() const {
    return QStringLiteral(
        "Analyzes one received message: SPF check_host() for its MAIL FROM and HELO (with the lookup tree), "
        "every DKIM signature, the ARC chain (RFC 8617: each set's signature and seal, where the chain "
        "broke, "
        "the sealers), and DMARC under RFC 9989 and RFC 7489 (alignment, the policy that applies, the "
        "disposition, whether an ARC override is plausible). The receiver's own verdict (its "
        "Authentication-Results) is shown beside Mailsight's, every difference explained, and the Received "
        "hops in order with the delay between them. The connecting IP, HELO and MAIL FROM are read from the "
        "message unless given. Exit 1 when DMARC fails under either reading.");
}

QList<CliArgument> MessageCommand::arguments() const {
    return {
        {QStringLiteral("FILE|-"),
         QStringLiteral("an .eml or .mbox file (each message of an mbox is analyzed), or - to read pasted "
                        "headers (and the body, when present) from stdin")}};
}

QList<CliOption> MessageCommand::options() const {
    return {
        {QStringLiteral("ip"), true, false, QStringLiteral("IP"),
         QStringLiteral("the connecting IP (default: read from the message)")},
        {QStringLiteral("helo"), true, false, QStringLiteral("NAME"),
         QStringLiteral("the HELO/EHLO name (default: read from the message)")},
        {QStringLiteral("mail-from"), true, false, QStringLiteral("ADDR"),
         QStringLiteral("the MAIL FROM address, <> for none (default: Return-Path)")},
    };
}

int MessageCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(
            QStringLiteral("usage: mailsight-cli message FILE|- [--ip IP] [--helo NAME] [--mail-from ADDR]"),
            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(QStringLiteral("message prints text or json"), CliExit::Usage);
    MessageAnalyzer::Request base;
    if (args.has(QStringLiteral("ip"))) {
        QHostAddress ip;
        const QString text = args.value(QStringLiteral("ip"));
        if (!ip.setAddress(text))
            return context.fail(QStringLiteral("--ip: \"%1\" is not an IPv4 or IPv6 address").arg(text),
                                CliExit::Usage);
        base.ip = ip.toString();
    }
    if (args.has(QStringLiteral("helo"))) {
        const QString helo = args.value(QStringLiteral("helo")).trimmed();
        if (helo.isEmpty() || helo.contains(QLatin1Char(' ')))
            return context.fail(QStringLiteral("--helo needs a host name"), CliExit::Usage);
        base.helo = helo;
    }
    if (args.has(QStringLiteral("mail-from"))) {
        const QString from = args.value(QStringLiteral("mail-from")).trimmed();
        const QString bare = MessageEnvelope::bareAddress(from);
        if (from != QLatin1String("<>") &&
            (!bare.contains(QLatin1Char('@')) || bare.endsWith(QLatin1Char('@'))))
            return context.fail(QStringLiteral("--mail-from needs an address (user@domain) or <>"),
                                CliExit::Usage);
        base.mailFrom = from;
    }

    const QString path = args.positionals.first();
    QByteArray bytes;
    QString label;
    const bool pasted = path == QLatin1String("-");
    if (pasted) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.fail(QStringLiteral("cannot read stdin"), CliExit::Failure);
        bytes = in.readAll();
        label = QStringLiteral("(stdin)");
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                                CliExit::Failure);
        bytes = file.readAll();
        label = QFileInfo(path).fileName();
    }
    if (bytes.trimmed().isEmpty())
        return context.fail(
            QStringLiteral("%1 holds no message").arg(pasted ? QStringLiteral("stdin") : path),
            CliExit::Usage);
    const QList<MailMessage> messages = MessageAnalyzer::readInput(bytes, label, pasted);
    for (const MailMessage& m : messages)
        if (m.headers.isEmpty())
            return context.fail(
                QStringLiteral("%1: no header field found; give a message or its header").arg(m.label),
                CliExit::Usage);

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    MessageAnalyzer analyzer(session);
    QList<MessageAnalysis> results;
    for (const MailMessage& m : messages) {
        MessageAnalyzer::Request request = base;
        request.message = m;
        request.pasted = pasted;
        results << analyzer.analyze(request);
    }

    if (context.format == CliFormat::Json) {
        QJsonObject o;
        if (results.size() == 1) {
            o = results.first().toJson();
        } else {
            QJsonArray list;
            for (const MessageAnalysis& a : results)
                list.append(a.toJson());
            o.insert(QStringLiteral("messages"), list);
        }
        o.insert(QStringLiteral("file"), pasted ? QStringLiteral("-") : path);
        o.insert(QStringLiteral("queries"), session->log()->toJson());
        context.printJson(o);
    } else {
        for (const MessageAnalysis& a : results)
            printText(context.out, a);
    }
    bool fails = false;
    bool undetermined = true;
    for (const MessageAnalysis& a : results) {
        fails = fails || a.dmarcFails();
        undetermined = undetermined && a.undetermined();
    }
    if (fails)
        return CliExit::Findings;
    return undetermined ? CliExit::Failure : CliExit::Ok;
}
