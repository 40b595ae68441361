#include "SpfEvaluator.h"

#include "SpfMacroExpander.h"
#include "SpfRecordParser.h"
#include "SpfRecordSelection.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfEvaluator", text);
}

bool addressMatches(const QHostAddress& ip, const DnsRecord& r, int cidr4, int cidr6) {
    QHostAddress a(r.address);
    if (a.isNull() || a.protocol() != ip.protocol())
        return false;
    return ip.isInSubnet(a, ip.protocol() == QAbstractSocket::IPv4Protocol ? cidr4 : cidr6);
}

bool isVoid(const DnsAnswer& a) {
    return a.outcome == DnsOutcome::NxDomain || a.outcome == DnsOutcome::NoData || a.records.isEmpty();
}
} // namespace

SpfEvaluator::SpfEvaluator(DnsSession* session)
    : m_session(session)
    , m_defaultExplanation(tr("This sender is not authorised by the domain's SPF record")) {}

bool SpfEvaluator::isValidDomain(const QString& input) {
    QString d = input;
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty() || d.startsWith(QLatin1Char('[')) || d.toUtf8().size() > 253)
        return false;
    const QStringList labels = d.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& l : labels)
        if (l.isEmpty() || l.toUtf8().size() > 63)
            return false;
    return true;
}

QHostAddress SpfEvaluator::normalizedAddress(const QHostAddress& ip) {
    if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = ip.toIPv4Address(&ok);
        if (ok) {
            // Only ::ffff:a.b.c.d (IPv4-mapped) is an IPv4 client; toIPv4Address also accepts it only.
            return QHostAddress(v4);
        }
    }
    return ip;
}

QString SpfEvaluator::reverseName(const QHostAddress& ip) {
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const QStringList parts = ip.toString().split(QLatin1Char('.'));
        QStringList rev(parts.crbegin(), parts.crend());
        return rev.join(QLatin1Char('.')) + QStringLiteral(".in-addr.arpa");
    }
    const Q_IPV6ADDR a = ip.toIPv6Address();
    QStringList nibbles;
    for (int b = 15; b >= 0; --b)
        nibbles << QString::number(a[b] & 0xf, 16) << QString::number(a[b] >> 4, 16);
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

SpfMacroContext SpfEvaluator::contextFor(const QString& domain) {
    SpfMacroContext c;
    c.ip = m_ip;
    c.localPart = m_localPart;
    c.senderDomain = m_senderDomain;
    c.helo = m_helo;
    c.domain = domain;
    c.receiver = m_receiver;
    c.timestamp = m_timestamp;
    c.validatedName = [this, domain] { return validatedName(domain); };
    return c;
}

SpfEvaluation SpfEvaluator::evaluate(const Input& input) {
    m_ip = normalizedAddress(input.ip);
    m_helo = input.helo;
    m_receiver = input.receiver;
    m_timestamp = input.timestamp ? input.timestamp : QDateTime::currentSecsSinceEpoch();
    m_lookups = 0;
    m_voidLookups = 0;
    QString sender = input.sender;
    if (sender.isEmpty())
        sender = QStringLiteral("postmaster@") + input.helo;
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    m_localPart = at >= 0 ? sender.left(at) : QString();
    m_senderDomain = at >= 0 ? sender.mid(at + 1) : sender;
    if (m_localPart.isEmpty())
        m_localPart = QStringLiteral("postmaster"); // RFC 7208 §4.3
    const QString domain = input.domain.isEmpty() ? m_senderDomain : input.domain;

    const Outcome o = checkHost(domain, 0, input.record);
    SpfEvaluation e;
    e.result = o.result;
    e.explanation = o.explanation;
    e.reason = o.reason;
    e.path = o.path;
    e.matchedTerm = o.matchedTerm;
    e.matchedDomain = o.matchedDomain;
    e.lookups = m_lookups;
    e.voidLookups = m_voidLookups;
    e.ip = m_ip.toString();
    e.sender = m_localPart + QLatin1Char('@') + m_senderDomain;
    e.helo = m_helo;
    e.domain = domain;
    return e;
}

bool SpfEvaluator::countVoid(bool isVoidLookup, QString* reason) {
    if (!isVoidLookup)
        return true;
    ++m_voidLookups;
    if (m_voidLookups > VoidLimit) {
        *reason =
            tr("more than %1 DNS lookups found nothing (void lookup limit, RFC 7208 §4.6.4)").arg(VoidLimit);
        return false;
    }
    return true;
}

SpfEvaluator::Outcome SpfEvaluator::checkHost(const QString& domain, int depth,
                                              const std::optional<QString>& recordText) {
    Outcome out;
    auto finish = [&](SpfResult r, const QString& reason) {
        out.result = r;
        out.reason = reason;
        return out;
    };
    if (!isValidDomain(domain))
        return finish(SpfResult::None,
                      tr("\"%1\" is not a valid multi-label domain name (RFC 7208 §4.3)").arg(domain));
    if (depth > 50)
        return finish(SpfResult::PermError, tr("includes nest too deeply"));

    SpfRecord record;
    if (recordText) {
        auto parsed = SpfRecordParser::parse(*recordText);
        if (!parsed)
            return finish(SpfResult::PermError,
                          tr("syntax error in the record of %1: %2").arg(domain, parsed.error().toString()));
        record = *parsed;
    } else {
        const DnsAnswer answer = m_session->lookupNow(domain, DnsRecordType::TXT);
        const SpfRecordSelection sel = SpfRecordSelection::fromAnswer(answer);
        switch (sel.status) {
        case SpfRecordSelection::Status::DnsFailure:
            return finish(
                SpfResult::TempError,
                tr("the TXT lookup of %1 failed: %2").arg(domain, dnsOutcomeDescription(answer.outcome)));
        case SpfRecordSelection::Status::NoRecord:
            return finish(SpfResult::None, tr("%1 publishes no SPF record").arg(domain));
        case SpfRecordSelection::Status::Multiple:
            return finish(SpfResult::PermError,
                          tr("%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)")
                              .arg(domain)
                              .arg(sel.candidates.size()));
        case SpfRecordSelection::Status::Found:
            break;
        }
        auto parsed = SpfRecordParser::parse(QByteArrayView(sel.record));
        if (!parsed)
            return finish(SpfResult::PermError,
                          tr("syntax error in the record of %1: %2").arg(domain, parsed.error().toString()));
        record = *parsed;
    }

    for (const SpfTerm& term : std::as_const(record.terms)) {
        if (!term.isMechanism())
            continue;
        const QString step = domain + QStringLiteral(": ") + term.text;
        if (term.countsTowardLimit() && ++m_lookups > LookupLimit) {
            out.path = {step};
            out.matchedDomain = domain;
            return finish(
                SpfResult::PermError,
                tr("more than %1 DNS-querying terms; the limit is crossed at \"%2\" in %3 (RFC 7208 §4.6.4)")
                    .arg(LookupLimit)
                    .arg(term.text, domain));
        }
        MatchResult m = matchMechanism(term, domain, depth);
        switch (m.match) {
        case Match::No:
            continue;
        case Match::TempError:
            out.path = QStringList{step} + m.inner.path;
            return finish(SpfResult::TempError, m.reason);
        case Match::PermError:
            out.path = QStringList{step} + m.inner.path;
            return finish(SpfResult::PermError, m.reason);
        case Match::Yes:
            break;
        }
        out.path = QStringList{step} + m.inner.path;
        out.matchedTerm = term.text;
        out.matchedDomain = domain;
        const SpfResult r = spfQualifierResult(term.qualifier);
        if (r == SpfResult::Fail)
            out.explanation = explain(record, domain);
        return finish(r, m.reason.isEmpty() ? tr("the client matched \"%1\" in %2").arg(term.text, domain)
                                            : m.reason);
    }

    const auto redirect = record.redirect();
    if (redirect && !record.hasAll()) {
        const QString step = domain + QStringLiteral(": ") + redirect->text;
        if (++m_lookups > LookupLimit) {
            out.path = {step};
            return finish(
                SpfResult::PermError,
                tr("more than %1 DNS-querying terms; the limit is crossed at \"%2\" in %3 (RFC 7208 §4.6.4)")
                    .arg(LookupLimit)
                    .arg(redirect->text, domain));
        }
        const QString target = SpfMacroExpander::expandDomain(redirect->domainSpec, contextFor(domain));
        Outcome inner = checkHost(target, depth + 1, std::nullopt);
        inner.path.prepend(step);
        if (inner.result == SpfResult::None) {
            inner.result = SpfResult::PermError;
            inner.reason =
                tr("the redirect target %1 has no SPF record (RFC 7208 §6.1): %2").arg(target, inner.reason);
        }
        return inner;
    }
    out.path = {domain + QStringLiteral(": ") + tr("(no term matched)")};
    return finish(SpfResult::Neutral, tr("no term of %1 matched; the default result is neutral").arg(domain));
}

SpfEvaluator::MatchResult SpfEvaluator::matchMechanism(const SpfTerm& term, const QString& domain,
                                                       int depth) {
    MatchResult res;
    const bool v6 = m_ip.protocol() == QAbstractSocket::IPv6Protocol;
    const DnsRecordType addrType = v6 ? DnsRecordType::AAAA : DnsRecordType::A;
    const SpfMacroContext ctx = contextFor(domain);
    const QString target =
        term.domainSpec.isEmpty() ? domain : SpfMacroExpander::expandDomain(term.domainSpec, ctx);
    if (term.countsTowardLimit() && term.kind != SpfTermKind::Include && !DnsName::fromWire(target)) {
        // A name DNS cannot carry (empty label, label over 63 bytes) exists nowhere: no match,
        // no query (RFC 7208 §4.8 leaves it to the DNS; asking would only fail locally).
        res.reason =
            tr("\"%1\" is not a valid domain name, so \"%2\" matches nothing").arg(target, term.text);
        return res;
    }
    auto temp = [&](const DnsAnswer& a) {
        res.match = Match::TempError;
        res.reason = tr("the %1 lookup of %2 for \"%3\" failed: %4")
                         .arg(dnsRecordTypeName(a.type), a.name, term.text, dnsOutcomeDescription(a.outcome));
        return res;
    };
    auto perm = [&](const QString& reason) {
        res.match = Match::PermError;
        res.reason = reason;
        return res;
    };
    auto voidCheck = [&](const DnsAnswer& a) {
        QString reason;
        if (!countVoid(isVoid(a), &reason)) {
            perm(reason);
            return false;
        }
        return true;
    };

    switch (term.kind) {
    case SpfTermKind::All:
        res.match = Match::Yes;
        return res;
    case SpfTermKind::Ip4:
        if (!v6 && m_ip.isInSubnet(term.network, term.cidr4))
            res.match = Match::Yes;
        return res;
    case SpfTermKind::Ip6:
        if (v6 && m_ip.isInSubnet(term.network, term.cidr6))
            res.match = Match::Yes;
        return res;
    case SpfTermKind::Include: {
        res.inner = checkHost(target, depth + 1, std::nullopt);
        switch (res.inner.result) {
        case SpfResult::Pass:
            res.match = Match::Yes;
            res.reason = tr("%1 passes for this client (%2)").arg(target, res.inner.reason);
            return res;
        case SpfResult::Fail:
        case SpfResult::SoftFail:
        case SpfResult::Neutral:
            res.inner.path.clear();
            return res;
        case SpfResult::TempError:
            res.match = Match::TempError;
            res.reason = res.inner.reason;
            return res;
        case SpfResult::PermError:
            res.match = Match::PermError;
            res.reason = res.inner.reason;
            return res;
        case SpfResult::None:
            return perm(tr("the include target %1 has no SPF record (RFC 7208 §5.2): %2")
                            .arg(target, res.inner.reason));
        }
        return res;
    }
    case SpfTermKind::A: {
        const DnsAnswer a = m_session->lookupNow(target, addrType);
        if (dnsOutcomeIsFailure(a.outcome))
            return temp(a);
        if (!voidCheck(a))
            return res;
        for (const DnsRecord& r : a.records)
            if (addressMatches(m_ip, r, term.cidr4, term.cidr6))
                res.match = Match::Yes;
        return res;
    }
    case SpfTermKind::Mx: {
        const DnsAnswer mx = m_session->lookupNow(target, DnsRecordType::MX);
        if (dnsOutcomeIsFailure(mx.outcome))
            return temp(mx);
        if (!voidCheck(mx))
            return res;
        if (mx.records.size() > NameLimit)
            return perm(tr("%1 has %2 MX records; \"mx\" may look up at most %3 (RFC 7208 §4.6.4)")
                            .arg(target)
                            .arg(mx.records.size())
                            .arg(NameLimit));
        QList<QFuture<DnsAnswer>> pending;
        for (const DnsRecord& r : mx.records)
            pending << m_session->lookup(r.target, addrType);
        // Wait for every answer (they run in parallel) before judging any of them.
        QList<DnsAnswer> answers;
        for (QFuture<DnsAnswer>& f : pending)
            answers << f.result();
        for (const DnsAnswer& a : std::as_const(answers)) {
            if (dnsOutcomeIsFailure(a.outcome)) {
                if (a.outcome == DnsOutcome::InvalidName)
                    continue;
                return temp(a);
            }
            for (const DnsRecord& r : a.records)
                if (addressMatches(m_ip, r, term.cidr4, term.cidr6))
                    res.match = Match::Yes;
        }
        return res;
    }
    case SpfTermKind::Ptr: {
        const DnsAnswer ptr = m_session->lookupNow(reverseName(m_ip), DnsRecordType::PTR);
        if (dnsOutcomeIsFailure(ptr.outcome))
            return res; // RFC 7208 §5.5: a DNS error here means no match
        if (!voidCheck(ptr))
            return res;
        QList<QPair<QString, QFuture<DnsAnswer>>> pending;
        for (const DnsRecord& r : ptr.records) {
            if (pending.size() >= NameLimit)
                break;
            pending.append({r.target, m_session->lookup(r.target, addrType)});
        }
        const QString want = target.toLower();
        for (auto& [name, future] : pending) {
            const DnsAnswer a = future.result();
            bool validated = false;
            for (const DnsRecord& r : a.records)
                validated = validated || QHostAddress(r.address) == m_ip;
            const QString n = name.toLower();
            if (validated && (n == want || n.endsWith(QLatin1Char('.') + want)))
                res.match = Match::Yes;
        }
        return res;
    }
    case SpfTermKind::Exists: {
        const DnsAnswer a = m_session->lookupNow(target, DnsRecordType::A);
        if (dnsOutcomeIsFailure(a.outcome))
            return temp(a);
        if (!voidCheck(a))
            return res;
        if (!a.records.isEmpty())
            res.match = Match::Yes;
        return res;
    }
    default:
        return res;
    }
}

QString SpfEvaluator::explain(const SpfRecord& record, const QString& domain) {
    // RFC 7208 §6.2: any problem with exp means no explanation from it, never an error.
    const auto exp = record.exp();
    if (!exp)
        return m_defaultExplanation;
    const SpfMacroContext ctx = contextFor(domain);
    const QString target = SpfMacroExpander::expandDomain(exp->domainSpec, ctx);
    if (!isValidDomain(target))
        return m_defaultExplanation;
    const DnsAnswer a = m_session->lookupNow(target, DnsRecordType::TXT);
    QList<DnsRecord> txt;
    for (const DnsRecord& r : a.records)
        if (r.type == DnsRecordType::TXT)
            txt << r;
    if (a.outcome != DnsOutcome::Answer || txt.size() != 1)
        return m_defaultExplanation;
    const QByteArray bytes = txt.first().joined();
    const QString text = QString::fromLatin1(bytes);
    if (SpfMacroExpander::validate(text, SpfMacroExpander::Mode::Explanation))
        return m_defaultExplanation;
    return SpfMacroExpander::expand(text, ctx, SpfMacroExpander::Mode::Explanation);
}

QString SpfEvaluator::validatedName(const QString& domain) {
    const bool v6 = m_ip.protocol() == QAbstractSocket::IPv6Protocol;
    const DnsAnswer ptr = m_session->lookupNow(reverseName(m_ip), DnsRecordType::PTR);
    if (ptr.outcome != DnsOutcome::Answer)
        return QStringLiteral("unknown");
    QList<QPair<QString, QFuture<DnsAnswer>>> pending;
    for (const DnsRecord& r : ptr.records) {
        if (pending.size() >= NameLimit)
            break;
        pending.append({r.target, m_session->lookup(r.target, v6 ? DnsRecordType::AAAA : DnsRecordType::A)});
    }
    QList<DnsAnswer> answers;
    for (auto& p : pending)
        answers << p.second.result();
    QString firstValid;
    const QString want = domain.toLower();
    for (int i = 0; i < pending.size(); ++i) {
        const QString& name = pending[i].first;
        const DnsAnswer& a = answers[i];
        bool validated = false;
        for (const DnsRecord& r : a.records)
            validated = validated || QHostAddress(r.address) == m_ip;
        if (!validated)
            continue;
        const QString n = name.toLower();
        if (n == want || n.endsWith(QLatin1Char('.') + want))
            return name;
        if (firstValid.isEmpty())
            firstValid = name;
    }
    return firstValid.isEmpty() ? QStringLiteral("unknown") : firstValid;
}
