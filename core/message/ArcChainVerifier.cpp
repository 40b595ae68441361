#include "ArcChainVerifier.h"

#include "ArcHeaderParser.h"
#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimPublicKey.h"
#include "dkim/DkimSelectorInspector.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>

namespace {
// A context lupdate can see (the free functions of this file translate in it).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArcChainVerifier)
};

QString algorithmProblem(const DkimSignature& s) {
    // RFC 8617 §4.1.2/§4.1.3 take DKIM's algorithms; rsa-sha1 is refused as RFC 8301 refuses it.
    if (s.hashAlgorithm == QLatin1String("sha1"))
        return Tr::tr("a=rsa-sha1 is not accepted (RFC 8301)");
    return {};
}

ArcSignatureCheck checkAms(const MailMessage& message, const ArcSet& set,
                           const QHash<QString, DnsAnswer>& keys, bool bodyAvailable) {
    ArcSignatureCheck c;
    const DkimSignature& s = set.ams;
    if (!s.isValid()) {
        c.result = QStringLiteral("fail");
        c.reason =
            Tr::tr("the ARC-Message-Signature cannot be read: %1").arg(s.errors.join(QStringLiteral("; ")));
        return c;
    }
    c.keyName = DkimSelectorInspector::keyName(s.selector, s.domain);
    if (const QString problem = algorithmProblem(s); !problem.isEmpty()) {
        c.result = QStringLiteral("fail");
        c.reason = problem;
        return c;
    }
    const DkimPublicKey key = DkimPublicKey::fromAnswer(s, keys.value(c.keyName));
    c.key = key.info;
    if (!key.usable()) {
        c.result = QStringLiteral("fail");
        c.temporary = key.problem == DkimPublicKey::Problem::DnsError;
        c.reason = key.reason;
        return c;
    }
    if (key.tooShort()) {
        c.result = QStringLiteral("fail");
        c.reason = Tr::tr("the key at %1 is %2 bits; RFC 8301 forbids accepting keys under 1024 bits")
                       .arg(c.keyName)
                       .arg(key.info.bits);
        return c;
    }
    const QByteArray field = message.headers.at(set.amsIndex).raw;
    const QByteArray input =
        DkimCanonicalizer::headerHashInput(message, s.signedHeaders, field, s.headerCanonicalization);
    c.signatureMatches = DkimPublicKey::verify(key.key.get(), s, input);
    if (bodyAvailable) {
        const qsizetype canonicalSize = DkimCanonicalizer::body(message.body, s.bodyCanonicalization).size();
        if (s.bodyLength && *s.bodyLength > canonicalSize) {
            c.result = QStringLiteral("fail");
            c.reason = Tr::tr("l=%1 is longer than the body: the body was cut").arg(*s.bodyLength);
            return c;
        }
        const QByteArray computed =
            DkimCanonicalizer::bodyHash(message.body, s.bodyCanonicalization, s.hashAlgorithm, s.bodyLength);
        c.bodyHashMatches = computed == s.bodyHash.toBase64();
        if (!*c.bodyHashMatches) {
            c.result = QStringLiteral("fail");
            c.reason = Tr::tr("the body hash does not match: the body changed after this hop signed it");
            return c;
        }
    }
    if (!*c.signatureMatches) {
        c.result = QStringLiteral("fail");
        c.reason = Tr::tr("the signature does not verify with the key at %1 (a signed header changed, or the "
                          "key is not the signer's)")
                       .arg(c.keyName);
        return c;
    }
    c.result = QStringLiteral("pass");
    c.reason = bodyAvailable ? Tr::tr("verifies with the %1 key at %2").arg(key.info.keyType, c.keyName)
                             : Tr::tr("the header signature verifies with the key at %1; the body was not "
                                      "given, so its hash was not checked")
                                   .arg(c.keyName);
    return c;
}

ArcSignatureCheck checkSeal(const MailMessage& message, const QList<ArcSet>& sets, qsizetype position,
                            const QHash<QString, DnsAnswer>& keys) {
    ArcSignatureCheck c;
    const ArcSet& set = sets.at(position);
    const DkimSignature& s = set.seal;
    if (!s.isValid()) {
        c.result = QStringLiteral("fail");
        c.reason = Tr::tr("the ARC-Seal cannot be read: %1").arg(s.errors.join(QStringLiteral("; ")));
        return c;
    }
    c.keyName = DkimSelectorInspector::keyName(s.selector, s.domain);
    QList<QByteArray> fields;
    for (qsizetype k = 0; k <= position; ++k) {
        const ArcSet& below = sets.at(k);
        if (below.instance != int(k) + 1 || !below.isComplete()) {
            c.reason = Tr::tr("not checked: the sets up to i=%1 are not complete and numbered 1..%1")
                           .arg(set.instance);
            return c;
        }
        fields << message.headers.at(below.aarIndex).raw << message.headers.at(below.amsIndex).raw;
        if (k < position)
            fields << message.headers.at(below.sealIndex).raw;
    }
    if (const QString problem = algorithmProblem(s); !problem.isEmpty()) {
        c.result = QStringLiteral("fail");
        c.reason = problem;
        return c;
    }
    const DkimPublicKey key = DkimPublicKey::fromAnswer(s, keys.value(c.keyName));
    c.key = key.info;
    if (!key.usable()) {
        c.result = QStringLiteral("fail");
        c.temporary = key.problem == DkimPublicKey::Problem::DnsError;
        c.reason = key.reason;
        return c;
    }
    if (key.tooShort()) {
        c.result = QStringLiteral("fail");
        c.reason = Tr::tr("the key at %1 is %2 bits; RFC 8301 forbids accepting keys under 1024 bits")
                       .arg(c.keyName)
                       .arg(key.info.bits);
        return c;
    }
    const QByteArray input = ArcChainVerifier::sealHashInput(fields, message.headers.at(set.sealIndex).raw);
    c.signatureMatches = DkimPublicKey::verify(key.key.get(), s, input);
    if (!*c.signatureMatches) {
        c.result = QStringLiteral("fail");
        c.reason = Tr::tr("the seal does not verify with the key at %1: an ARC header field of sets 1..%2 "
                          "changed after sealing, or the key is not the sealer's")
                       .arg(c.keyName)
                       .arg(set.instance);
        return c;
    }
    c.result = QStringLiteral("pass");
    c.reason = Tr::tr("the seal over sets 1..%1 verifies with the %2 key at %3")
                   .arg(set.instance)
                   .arg(key.info.keyType, c.keyName);
    return c;
}

QString fieldSummary(const ArcSet& s) {
    return QStringLiteral("i=%1 d=%2 s=%3 cv=%4")
        .arg(s.instance)
        .arg(s.sealer(), s.sealCount ? s.seal.selector : s.ams.selector,
             s.sealCount ? s.seal.chainValidation : QStringLiteral("-"));
}
} // namespace

QByteArray ArcChainVerifier::sealHashInput(const QList<QByteArray>& earlierFields,
                                           const QByteArray& sealField) {
    QByteArray input;
    for (const QByteArray& f : earlierFields)
        input += DkimCanonicalizer::header(f, DkimCanonicalization::Relaxed);
    QByteArray own = DkimCanonicalizer::header(DkimCanonicalizer::withoutSignatureValue(sealField),
                                               DkimCanonicalization::Relaxed);
    if (own.endsWith("\r\n"))
        own.chop(2);
    return input + own;
}

QStringList ArcChainVerifier::keyNames(const MailMessage& message) {
    QStringList names;
    const ArcHeaderParser::Collected collected = ArcHeaderParser::collect(message);
    for (const ArcSet& s : collected.sets) {
        if (s.amsCount > 0 && s.ams.isValid())
            names << DkimSelectorInspector::keyName(s.ams.selector, s.ams.domain);
        if (s.sealCount > 0 && s.seal.isValid())
            names << DkimSelectorInspector::keyName(s.seal.selector, s.seal.domain);
    }
    names.removeDuplicates();
    return names;
}

ArcChainResult ArcChainVerifier::verify(const MailMessage& message, DnsSession& session, bool bodyAvailable) {
    const QStringList names = keyNames(message);
    QList<QFuture<DnsAnswer>> futures;
    for (const QString& name : names)
        futures << session.lookup(name, DnsRecordType::TXT);
    QHash<QString, DnsAnswer> keys;
    for (qsizetype i = 0; i < names.size(); ++i)
        keys.insert(names.at(i), futures[i].result());
    return evaluate(message, keys, bodyAvailable);
}

ArcChainResult ArcChainVerifier::evaluate(const MailMessage& message, const QHash<QString, DnsAnswer>& keys,
                                          bool bodyAvailable) {
    ArcChainResult r;
    const ArcHeaderParser::Collected collected = ArcHeaderParser::collect(message);
    r.sets = collected.sets;
    if (collected.fieldCount == 0) {
        r.reason = Tr::tr("the message carries no ARC header fields");
        return r;
    }
    for (qsizetype k = 0; k < r.sets.size(); ++k) {
        ArcSet& s = r.sets[k];
        if (s.sealCount > 0)
            r.sealers << s.seal.domain;
        if (s.amsCount > 0) {
            s.amsCheck = checkAms(message, s, keys, bodyAvailable);
            for (const QString& h : std::as_const(s.ams.signedHeaders))
                if (h.compare(QLatin1String("authentication-results"), Qt::CaseInsensitive) == 0) {
                    r.findings << FindingCatalogue::make(
                        u"ARC-AMS-SIGNS-AR",
                        Tr::tr("The ARC-Message-Signature of i=%1 (d=%2) lists Authentication-Results in h=.")
                            .arg(s.instance)
                            .arg(s.ams.domain),
                        {QString::fromLatin1(message.headers.at(s.amsIndex).value()).left(300)});
                    break;
                }
        }
        if (s.sealCount > 0)
            s.sealCheck = checkSeal(message, r.sets, k, keys);
    }

    const int n = r.sets.isEmpty() ? 0 : r.sets.last().instance;
    auto evidenceOf = [&](const ArcSet* s) { return s ? QStringList{fieldSummary(*s)} : QStringList{}; };
    auto failWith = [&](QStringView code, int instance, const QString& reason, const QString& detail) {
        r.chain = QStringLiteral("fail");
        if (r.reason.isEmpty()) {
            r.reason = reason;
            r.brokenAt = instance;
        }
        Finding f = FindingCatalogue::make(code, detail, evidenceOf(r.set(instance)));
        if (const ArcSet* s = r.set(instance))
            f.domain = s->sealer();
        r.findings << f;
    };

    // Step 1: at most 50 sets.
    if (collected.sealFieldCount > 50) {
        failWith(u"ARC-TOO-MANY-SETS", 0,
                 Tr::tr("%1 ARC-Seal fields: more than the 50 sets allowed").arg(collected.sealFieldCount),
                 Tr::tr("The message carries %1 ARC-Seal header fields.").arg(collected.sealFieldCount));
        return r;
    }
    // Step 2: the most recent seal says the chain had already failed.
    const ArcSet* top = r.set(n);
    if (top && top->sealCount > 0 && top->seal.chainValidation == QLatin1String("fail")) {
        QString seen;
        for (qsizetype k = r.sets.size() - 2; k >= 0 && seen.isEmpty(); --k) {
            const ArcSet& s = r.sets.at(k);
            if (s.amsCount > 0 && !s.amsCheck.passed() && s.amsCheck.result != QLatin1String("unchecked"))
                seen = Tr::tr(" Today the ARC-Message-Signature of i=%1 (d=%2) does not verify: %3.")
                           .arg(s.instance)
                           .arg(s.sealer(), s.amsCheck.reason);
            else if (s.sealCount > 0 && !s.sealCheck.passed() &&
                     s.sealCheck.result != QLatin1String("unchecked"))
                seen = Tr::tr(" Today the ARC-Seal of i=%1 (d=%2) does not verify: %3.")
                           .arg(s.instance)
                           .arg(s.sealer(), s.sealCheck.reason);
        }
        failWith(u"ARC-CV-FAIL", n,
                 Tr::tr("the sealer of i=%1 (d=%2) found the chain already broken and sealed it with cv=fail")
                     .arg(n)
                     .arg(top->sealer()),
                 Tr::tr("The ARC-Seal of i=%1 (d=%2) says cv=fail.").arg(n).arg(top->sealer()) + seen);
        return r;
    }
    // Step 3: structure.
    if (!collected.unnumbered.isEmpty()) {
        QStringList names;
        for (int i : collected.unnumbered)
            names << QString::fromLatin1(message.headers.at(i).name);
        failWith(
            u"ARC-INSTANCE-INVALID", 0,
            Tr::tr("%1 ARC header field(s) without a valid instance number").arg(collected.unnumbered.size()),
            Tr::tr("Fields without a valid i=: %1.").arg(names.join(QStringLiteral(", "))));
    }
    for (int i = 1; i <= n; ++i) {
        const ArcSet* s = r.set(i);
        if (!s) {
            failWith(u"ARC-INSTANCE-GAP", i,
                     Tr::tr("instance %1 is missing: the sets are not numbered 1..%2").arg(i).arg(n),
                     Tr::tr("The chain has sets up to i=%1 but none with i=%2.").arg(n).arg(i));
            continue;
        }
        QStringList duplicated;
        QStringList missing;
        const std::pair<int, const char*> kinds[] = {{s->aarCount, "ARC-Authentication-Results"},
                                                     {s->amsCount, "ARC-Message-Signature"},
                                                     {s->sealCount, "ARC-Seal"}};
        for (const auto& [count, name] : kinds) {
            if (count > 1)
                duplicated << QStringLiteral("%1 ×%2").arg(QLatin1String(name)).arg(count);
            else if (count == 0)
                missing << QLatin1String(name);
        }
        if (!duplicated.isEmpty())
            failWith(u"ARC-SET-DUPLICATE", i, Tr::tr("instance %1 appears more than once").arg(i),
                     Tr::tr("Repeated at i=%1: %2.").arg(i).arg(duplicated.join(QStringLiteral(", "))));
        if (!missing.isEmpty())
            failWith(
                u"ARC-SET-INCOMPLETE", i,
                Tr::tr("the set of instance %1 has no %2").arg(i).arg(missing.join(QStringLiteral(", "))),
                Tr::tr("The set i=%1 lacks: %2.").arg(i).arg(missing.join(QStringLiteral(", "))));
        QStringList unreadable;
        if (s->aarCount > 0 && !s->aar.isValid())
            unreadable << QStringLiteral("ARC-Authentication-Results: ") + s->aar.error;
        if (s->amsCount > 0 && !s->ams.isValid())
            unreadable << QStringLiteral("ARC-Message-Signature: ") +
                              s->ams.errors.join(QStringLiteral("; "));
        if (s->sealCount > 0 && !s->seal.isValid())
            unreadable << QStringLiteral("ARC-Seal: ") + s->seal.errors.join(QStringLiteral("; "));
        if (!unreadable.isEmpty())
            failWith(u"ARC-HEADER-INVALID", i,
                     Tr::tr("an ARC header field of instance %1 cannot be read").arg(i),
                     Tr::tr("At i=%1: %2.").arg(i).arg(unreadable.join(QStringLiteral("; "))));
        if (s->sealCount > 0 && s->seal.isValid()) {
            const QString expected = i == 1 ? QStringLiteral("none") : QStringLiteral("pass");
            if (s->seal.chainValidation != expected)
                failWith(
                    u"ARC-CV-INVALID", i,
                    Tr::tr("the seal of instance %1 says cv=%2 where cv=%3 is required")
                        .arg(i)
                        .arg(s->seal.chainValidation, expected),
                    Tr::tr("The ARC-Seal of i=%1 (d=%2) says cv=%3; at this place in the chain it must say "
                           "cv=%4.")
                        .arg(i)
                        .arg(s->sealer(), s->seal.chainValidation, expected));
        }
    }
    if (r.chain == QLatin1String("fail"))
        return r;

    // Step 4: the most recent AMS.
    const ArcSet& latest = r.sets.last();
    if (!latest.amsCheck.passed()) {
        r.temporary = latest.amsCheck.temporary;
        failWith(latest.amsCheck.temporary ? u"ARC-DNS-ERROR" : u"ARC-AMS-FAIL", n,
                 Tr::tr("the ARC-Message-Signature of i=%1 (d=%2) does not verify: %3")
                     .arg(n)
                     .arg(latest.sealer(), latest.amsCheck.reason),
                 Tr::tr("The ARC-Message-Signature of i=%1 (d=%2): %3.")
                     .arg(n)
                     .arg(latest.sealer(), latest.amsCheck.reason));
        return r;
    }
    // Step 5: oldest-pass.
    r.oldestPass = 0;
    for (int i = n - 1; i >= 1; --i) {
        const ArcSet* s = r.set(i);
        if (s->amsCheck.passed())
            continue;
        r.oldestPass = i + 1;
        Finding f = FindingCatalogue::make(
            s->amsCheck.temporary ? u"ARC-DNS-ERROR" : u"ARC-AMS-MODIFIED",
            s->amsCheck.temporary
                ? Tr::tr("The key of the ARC-Message-Signature of i=%1 could not be fetched: %2.")
                      .arg(i)
                      .arg(s->amsCheck.reason)
                : Tr::tr("The ARC-Message-Signature of i=%1 (d=%2) no longer verifies (%3): the message was "
                         "changed after %2 signed it, before %4 (i=%5) did. oldest-pass=%5.")
                      .arg(i)
                      .arg(s->sealer(), s->amsCheck.reason, r.set(i + 1)->sealer())
                      .arg(i + 1),
            evidenceOf(s));
        f.domain = s->sealer();
        r.findings << f;
        break;
    }
    // Step 6: every seal, from the most recent down.
    for (int i = n; i >= 1; --i) {
        const ArcSet* s = r.set(i);
        if (s->sealCheck.passed())
            continue;
        r.temporary = s->sealCheck.temporary;
        failWith(s->sealCheck.temporary ? u"ARC-DNS-ERROR" : u"ARC-SEAL-FAIL", i,
                 Tr::tr("the ARC-Seal of i=%1 (d=%2) does not verify: %3")
                     .arg(i)
                     .arg(s->sealer(), s->sealCheck.reason),
                 Tr::tr("The ARC-Seal of i=%1 (d=%2): %3.").arg(i).arg(s->sealer(), s->sealCheck.reason));
        return r;
    }
    // Step 7.
    r.chain = QStringLiteral("pass");
    r.reason = Tr::tr("%1 ARC set(s), sealed by %2: every seal verifies and the latest signature matches the "
                      "message")
                   .arg(n)
                   .arg(r.sealers.join(QStringLiteral(" → ")));
    return r;
}
