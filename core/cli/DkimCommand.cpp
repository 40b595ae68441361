#include "DkimCommand.h"

#include "audit/DkimReportSelectors.h"

#include "dkim/DkimChecker.h"
#include "dkim/DkimKeyAnalyzer.h"
#include "dkim/DkimKeyGenerator.h"
#include "dkim/DkimKeyMatcher.h"
#include "dkim/DkimKeyRecordParser.h"
#include "dkim/DkimSelectorDiscovery.h"
#include "dkim/DkimSelectorInspector.h"
#include "dkim/DkimVerifier.h"
#include "dns/DnsName.h"

#include <QFileInfo>
#include <QJsonArray>

namespace {
bool hasErrors(const QList<Finding>& findings) {
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

// Wraps text at 80 columns with an indent.
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

void printFindings(QTextStream& out, const QList<Finding>& findings) {
    if (findings.isEmpty())
        return;
    out << "\nFindings:\n";
    for (const Finding& f : findings) {
        out << "  " << QStringLiteral("%1 %2").arg(severityName(f.severity).toUpper(), -8).arg(f.code)
            << "\n";
        out << wrap(f.title + QStringLiteral(". ") + f.detail, 4);
        if (!f.evidence.isEmpty())
            out << wrap(QStringLiteral("evidence: ") + f.evidence.first().left(160), 4);
        out << wrap(QStringLiteral("fix: ") + f.fix + QStringLiteral(" (") + f.rfc + QLatin1Char(')'), 4);
    }
}

std::expected<QString, QString> domainArg(const QString& text) {
    const auto name = DnsName::fromUserInput(text);
    if (!name)
        return std::unexpected(QStringLiteral("invalid domain name '%1': %2").arg(text, name.error()));
    return name->ace();
}
} // namespace

QStringList DkimCommand::usage() const {
    return {QStringLiteral("dkim DOMAIN [--selector S]... [--discover] [--from-mail FILE]..."),
            QStringLiteral("dkim verify FILE.eml|FILE.mbox"),
            QStringLiteral("dkim match DOMAIN SELECTOR --private-key FILE"),
            QStringLiteral("dkim keygen DOMAIN SELECTOR [--type rsa2048|rsa3072|rsa4096|ed25519] --out DIR")};
}

QString DkimCommand::description() const {
    return QStringLiteral(
        "dkim DOMAIN finds and analyses the DKIM keys of DOMAIN (the selectors named, those read from "
        "messages, and with --discover a list of common ones). dkim verify checks every DKIM-Signature of "
        "a message (RFC 6376, RFC 8463, RFC 8301) and its alignment with From under RFC 9989 and RFC "
        "7489. dkim match tells whether a private key belongs to the published key; dkim keygen makes a "
        "new key pair and the record to publish.");
}

QList<CliArgument> DkimCommand::arguments() const {
    return {
        {QStringLiteral("DOMAIN"), QStringLiteral("the signing domain (d=); an IP address is refused")},
        {QStringLiteral("SELECTOR"),
         QStringLiteral("the selector (s=): the key is at SELECTOR._domainkey.DOMAIN")},
        {QStringLiteral("FILE.eml|FILE.mbox"),
         QStringLiteral("dkim verify: a message, or an mbox of messages (bare LF line endings are read as "
                        "CRLF)")}};
}

QList<CliOption> DkimCommand::options() const {
    return {
        {QStringLiteral("selector"), true, true, QStringLiteral("S"),
         QStringLiteral("a selector to check (repeatable)")},
        {QStringLiteral("discover"),
         false,
         false,
         {},
         QStringLiteral("also try the built-in list of common selectors")},
        {QStringLiteral("from-mail"), true, true, QStringLiteral("FILE"),
         QStringLiteral("read selectors from DKIM-Signature headers of an .eml/.mbox (repeatable)")},
        {QStringLiteral("private-key"), true, false, QStringLiteral("FILE"),
         QStringLiteral("dkim match: the private key (read in memory only)")},
        {QStringLiteral("type"), true, false, QStringLiteral("T"),
         QStringLiteral("dkim keygen: rsa2048 (default), rsa3072, rsa4096 or ed25519")},
        {QStringLiteral("out"), true, false, QStringLiteral("DIR"),
         QStringLiteral("dkim keygen: folder for the private key (mode 0600)")},
    };
}

int DkimCommand::run(CliContext& context, const CliArgs& args) {
    const QString first = args.positionals.value(0);
    if (first == QLatin1String("verify"))
        return runVerify(context, args);
    if (first == QLatin1String("match"))
        return runMatch(context, args);
    if (first == QLatin1String("keygen"))
        return runKeygen(context, args);
    return runCheck(context, args);
}

int DkimCommand::runCheck(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(QStringLiteral("usage: mailsight-cli dkim DOMAIN [--selector S]... [--discover] "
                                           "[--from-mail FILE]..."),
                            CliExit::Usage);
    const auto domain = domainArg(args.positionals.first());
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);

    DkimCheckRequest request;
    request.domain = *domain;
    for (const QString& s : args.all(QStringLiteral("selector"))) {
        if (!DnsName::fromWire(s + QStringLiteral("._domainkey.") + *domain))
            return context.fail(QStringLiteral("invalid selector '%1'").arg(s), CliExit::Usage);
        request.selectors << DkimSelectorCandidate{s, DkimSelectorSource::User, {}};
    }
    for (const QString& file : args.all(QStringLiteral("from-mail"))) {
        const auto messages = MailMessage::readFile(file);
        if (!messages)
            return context.fail(messages.error(), CliExit::Failure);
        for (const MailMessage& m : *messages)
            for (int i : m.indexesOf("DKIM-Signature")) {
                const DkimSignature s = DkimSignature::parse(QString::fromLatin1(m.headers.at(i).value()));
                if (!s.selector.isEmpty() && s.domain == *domain)
                    request.selectors
                        << DkimSelectorCandidate{s.selector, DkimSelectorSource::Message, m.label};
            }
    }
    request.discover = args.has(QStringLiteral("discover")) || request.selectors.isEmpty();
    // Selectors receivers reported in imported DMARC aggregate reports (never created here).
    if (!context.noHistory && request.discover)
        request.selectors << DkimReportSelectors::candidates(*domain, context.historyPath);

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const DkimResult result = DkimChecker::check(*session, request);

    if (context.format == CliFormat::Json) {
        context.printJson(result.toJson(session->log()->toJson()));
    } else if (context.format == CliFormat::Text) {
        QTextStream& out = context.out;
        out << "DKIM for " << result.domain << ": " << result.foundCount()
            << " selector(s) with a key record, " << result.tried.size() << " tried\n\n";
        for (const DkimSelectorResult& s : result.selectors) {
            QString key =
                s.found ? (s.key.isReadable() ? QStringLiteral("%1 %2").arg(s.key.keyType).arg(s.key.bits)
                                              : (s.record.isRevoked() ? QStringLiteral("revoked")
                                                                      : QStringLiteral("unreadable")))
                        : (dnsOutcomeIsFailure(s.outcome) ? QStringLiteral("DNS error")
                                                          : QStringLiteral("no key"));
            const auto worst = s.worstSeverity();
            out << QStringLiteral("  %1 %2 %3 %4")
                       .arg(s.selector, -14)
                       .arg(key, -12)
                       .arg(worst ? severityName(*worst) : QStringLiteral("ok"), -8)
                       .arg(s.flags.join(u','))
                << "\n";
            if (!s.cnameChain.isEmpty())
                out << "      CNAME -> " << s.cname() << "\n";
            if (s.key.isReadable())
                out << "      " << s.key.fingerprint << "\n";
        }
        printFindings(out, result.findings);
        if (result.discovered)
            out << "\n" << wrap(result.notice, 0);
    } else {
        return context.fail(QStringLiteral("dkim prints text or json"), CliExit::Usage);
    }
    // Nothing could be read at all: the work was not done.
    if (result.failedQueries == result.tried.size())
        return CliExit::Failure;
    return hasErrors(result.findings) ? CliExit::Findings : CliExit::Ok;
}

int DkimCommand::runVerify(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 2)
        return context.fail(QStringLiteral("usage: mailsight-cli dkim verify FILE.eml|FILE.mbox"),
                            CliExit::Usage);
    const auto messages = MailMessage::readFile(args.positionals.at(1));
    if (!messages)
        return context.fail(messages.error(), CliExit::Failure);
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    QList<DkimVerification> results;
    for (const MailMessage& m : *messages)
        results << DkimVerifier::verify(m, *session);

    bool errors = false;
    for (const DkimVerification& v : results)
        errors = errors || hasErrors(v.findings);
    if (context.format == CliFormat::Json) {
        QJsonObject o;
        if (results.size() == 1) {
            o = results.first().toJson();
        } else {
            // An mbox: one entry per message, and the signatures of all of them in order.
            QJsonArray list;
            QJsonArray all;
            for (const DkimVerification& v : results) {
                const QJsonObject one = v.toJson();
                list.append(one);
                for (const QJsonValue& s : one.value(QStringLiteral("signatures")).toArray())
                    all.append(s);
            }
            o.insert(QStringLiteral("messages"), list);
            o.insert(QStringLiteral("signatures"), all);
        }
        o.insert(QStringLiteral("file"), args.positionals.at(1));
        o.insert(QStringLiteral("queries"), session->log()->toJson());
        context.printJson(o);
    } else if (context.format == CliFormat::Text) {
        QTextStream& out = context.out;
        for (const DkimVerification& v : results) {
            out << v.label << ": From domain "
                << (v.fromDomain.isEmpty() ? QStringLiteral("(none)") : v.fromDomain) << ", "
                << v.signatures.size() << " DKIM signature(s)"
                << (v.convertedLineEndings ? ", LF line endings read as CRLF" : "") << "\n";
            for (const DomainKeySignatureInfo& d : v.domainKeySignatures)
                out << "  DomainKey-Signature (RFC 4870, historic; not evaluated): d="
                    << (d.domain.isEmpty() ? QStringLiteral("(none)") : d.domain)
                    << " s=" << (d.selector.isEmpty() ? QStringLiteral("(none)") : d.selector)
                    << (d.algorithm.isEmpty() ? QString() : QStringLiteral(" a=") + d.algorithm) << "\n";
            if (!v.signatures.isEmpty() && !v.fromDomain.isEmpty()) {
                auto record = [](const QString& domain, DmarcAlignmentMode adkim) {
                    return domain.isEmpty() ? QStringLiteral("no DMARC record (relaxed by default)")
                                            : QStringLiteral("_dmarc.%1, adkim=%2")
                                                  .arg(domain, dmarcAlignmentModeName(adkim).left(1));
                };
                const QString a = record(v.dmarc.recordDomain9989, v.dmarc.adkim9989);
                const QString b = record(v.dmarc.recordDomain7489, v.dmarc.adkim7489);
                out << "  DMARC record: "
                    << (a == b ? a : QStringLiteral("RFC 9989: %1; RFC 7489: %2").arg(a, b)) << "\n";
            }
            for (qsizetype i = 0; i < v.signatures.size(); ++i) {
                const auto& s = v.signatures.at(i);
                out << QStringLiteral("  #%1 %2 d=%3 s=%4 a=%5 c=%6")
                           .arg(i + 1)
                           .arg(s.result.toUpper(), -9)
                           .arg(s.signature.domain, s.signature.selector, s.signature.algorithm,
                                s.signature.canonicalization)
                    << "\n";
                out << wrap(s.reason, 6);
                if (!s.signature.identityAsWritten.isEmpty())
                    out << "      identity i=" << s.signature.identity
                        << (s.signature.identity != s.signature.identityAsWritten
                                ? QStringLiteral(" (written %1)").arg(s.signature.identityAsWritten)
                                : QString())
                        << "\n";
                out << "      alignment with From: " << s.alignment.summary();
                if (!s.overSignedHeaders.isEmpty())
                    out << "; over-signed: " << s.overSignedHeaders.join(u',');
                out << "\n";
                if (s.alignment.readingsDiffer()) {
                    out << wrap(QStringLiteral("RFC 9989: ") + s.alignment.rfc9989.explanation, 8);
                    out << wrap(QStringLiteral("RFC 7489: ") + s.alignment.rfc7489.explanation, 8);
                }
            }
            auto aligned = [](std::optional<bool> a) {
                return !a   ? QStringLiteral("cannot tell (DNS failed)")
                       : *a ? QStringLiteral("an aligned signature passes")
                            : QStringLiteral("no aligned pass");
            };
            if (v.dmarcAligned9989 == std::optional<bool>(v.dmarcAligned7489))
                out << "  DMARC (DKIM part): " << aligned(v.dmarcAligned7489) << "\n";
            else
                out << "  DMARC (DKIM part): RFC 9989: " << aligned(v.dmarcAligned9989)
                    << "; RFC 7489: " << aligned(v.dmarcAligned7489) << "\n";
            for (const auto& ar : v.authenticationResults) {
                QStringList parts;
                for (const auto& r : ar.results)
                    parts << r.method + QLatin1Char('=') + r.result;
                out << "  " << ar.header
                    << (ar.authServId.isEmpty() ? QString() : QStringLiteral(" (") + ar.authServId + u')')
                    << ": " << parts.join(QStringLiteral(", ")) << "\n";
            }
            printFindings(out, v.findings);
            out << "\n";
        }
    } else {
        return context.fail(QStringLiteral("dkim verify prints text or json"), CliExit::Usage);
    }
    // Every key fetch failed: nothing was verified, the work was not done.
    int signatures = 0;
    int temperrors = 0;
    for (const DkimVerification& v : results)
        for (const DkimSignatureVerification& s : v.signatures) {
            ++signatures;
            temperrors += s.result == QLatin1String("temperror") ? 1 : 0;
        }
    if (signatures > 0 && temperrors == signatures)
        return CliExit::Failure;
    return errors ? CliExit::Findings : CliExit::Ok;
}

int DkimCommand::runMatch(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 3 || !args.has(QStringLiteral("private-key")))
        return context.fail(
            QStringLiteral("usage: mailsight-cli dkim match DOMAIN SELECTOR --private-key FILE"),
            CliExit::Usage);
    const auto domain = domainArg(args.positionals.at(1));
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);
    const QString selector = args.positionals.at(2);
    // The key is read first: a bad file is a usage error whatever DNS says.
    auto privateKey = DkimKeyMatcher::readPrivateKeyFile(args.value(QStringLiteral("private-key")));
    if (!privateKey)
        return context.fail(privateKey.error(), CliExit::Usage);
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const DnsAnswer answer =
        session->lookupNow(DkimSelectorInspector::keyName(selector, *domain), DnsRecordType::TXT);
    const DkimSelectorResult published =
        DkimSelectorInspector::inspect({selector, DkimSelectorSource::User, {}}, *domain, answer);
    DkimKeyMatch match;
    int code = CliExit::Ok;
    if (dnsOutcomeIsFailure(answer.outcome)) {
        match.reason = QStringLiteral("the key at %1 could not be read: %2")
                           .arg(published.name, dnsOutcomeDescription(answer.outcome));
        code = CliExit::Failure;
    } else if (!published.found) {
        match.reason = QStringLiteral("no key is published at %1").arg(published.name);
        code = CliExit::Findings;
    } else {
        match = DkimKeyMatcher::match(privateKey->get(), published.record);
        code = match.matches ? CliExit::Ok : CliExit::Findings;
    }
    if (match.privateKey.keyType.isEmpty())
        match.privateKey = DkimKeyAnalyzer::describe(privateKey->get());
    privateKey->reset();

    if (context.format == CliFormat::Json) {
        QJsonObject o = match.toJson();
        o.insert(QStringLiteral("domain"), *domain);
        o.insert(QStringLiteral("selector"), selector);
        o.insert(QStringLiteral("record"), published.found ? QJsonValue(published.record.raw) : QJsonValue());
        o.insert(QStringLiteral("queries"), session->log()->toJson());
        context.printJson(o);
    } else {
        context.out << (match.matches ? "MATCH: " : (code == CliExit::Failure ? "UNKNOWN: " : "MISMATCH: "))
                    << match.reason << "\n";
        context.out << "  private key: " << match.privateKey.keyType << " " << match.privateKey.bits
                    << " bits, public half " << match.privateKey.fingerprint << "\n";
        if (!match.publishedKey.fingerprint.isEmpty())
            context.out << "  published:   " << match.publishedKey.keyType << " " << match.publishedKey.bits
                        << " bits, " << match.publishedKey.fingerprint << "\n";
    }
    return code;
}

int DkimCommand::runKeygen(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 3 || !args.has(QStringLiteral("out")))
        return context.fail(QStringLiteral("usage: mailsight-cli dkim keygen DOMAIN SELECTOR "
                                           "[--type rsa2048|rsa3072|rsa4096|ed25519] --out DIR"),
                            CliExit::Usage);
    const auto domain = domainArg(args.positionals.at(1));
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);
    const QString selector = args.positionals.at(2);
    if (!DnsName::fromWire(selector + QStringLiteral("._domainkey.") + *domain))
        return context.fail(QStringLiteral("invalid selector '%1'").arg(selector), CliExit::Usage);
    const auto type =
        DkimKeyGenerator::typeFromName(args.value(QStringLiteral("type"), QStringLiteral("rsa2048")));
    if (!type)
        return context.fail(QStringLiteral("--type is rsa2048, rsa3072, rsa4096 or ed25519"), CliExit::Usage);
    const auto generated =
        DkimKeyGenerator::generate(*domain, selector, *type, args.value(QStringLiteral("out")));
    if (!generated)
        return context.fail(generated.error(), CliExit::Failure);
    if (context.format == CliFormat::Json) {
        context.printJson(generated->toJson());
    } else {
        QTextStream& out = context.out;
        out << "Private key written to " << generated->privateKeyPath << " (mode 0600). Keep it secret.\n";
        out << "Key: " << generated->key.keyType << " " << generated->key.bits << " bits, "
            << generated->key.fingerprint << "\n\n";
        out << "BIND zone line:\n" << generated->zoneLine << "\n\n";
        out << "Terraform:\n" << generated->terraform << "\n";
        out << "Rotation plan:\n";
        for (const QString& step : generated->rotationPlan)
            out << wrap(step, 2);
    }
    return CliExit::Ok;
}
