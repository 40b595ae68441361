#include "TransportMxModel.h"

#include "SeverityStyle.h"

#include <QLocale>

#include <algorithm>

void TransportMxModel::setResult(const TransportResult& result) {
    beginResetModel();
    m_result = result;
    m_probing = false;
    endResetModel();
}

void TransportMxModel::setProbing(bool probing) {
    m_probing = probing;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Starttls), index(rowCount() - 1, Dane));
}

int TransportMxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_result.mx.hosts.size());
}

int TransportMxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransportMxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Preference:
        return tr("Pref.");
    case Host:
        return tr("MX host");
    case Addresses:
        return tr("Addresses");
    case ReverseDns:
        return tr("Reverse DNS (FCrDNS)");
    case MtaSts:
        return tr("MTA-STS");
    case Starttls:
        return tr("STARTTLS");
    case Dane:
        return tr("DANE");
    default:
        return {};
    }
}

TransportMxModel::Cell TransportMxModel::reverseCell(const TransportResult::MxHost& h) const {
    if (h.fcrdns.isEmpty())
        return {h.addresses.isEmpty() ? QString() : tr("not checked"), {}, 0};
    QStringList lines;
    int state = 1;
    for (const TransportResult::ReverseName& r : h.fcrdns) {
        if (!r.error.isEmpty()) {
            lines << tr("%1: lookup failed (%2)").arg(r.address, r.error);
            state = qMin(state, 0);
        } else if (r.confirmed()) {
            lines << tr("%1 → %2 (confirmed)").arg(r.address, r.confirmedName);
        } else if (r.ptr.isEmpty()) {
            lines << tr("%1: no PTR").arg(r.address);
            state = -1;
        } else {
            lines << tr("%1 → %2 (does not resolve back)").arg(r.address, r.ptr.join(QStringLiteral(", ")));
            state = -1;
        }
    }
    return {lines.join(QLatin1Char('\n')), {}, state, Severity::Warning}; // MX-NO-FCRDNS is a warning
}

TransportMxModel::Cell TransportMxModel::mtaStsCell(const TransportResult::MxHost& h) const {
    const auto& sts = m_result.mtaSts;
    if (!sts.covered.contains(h.host)) {
        if (sts.records.isEmpty())
            return {tr("no policy"), tr("The domain publishes no MTA-STS policy."), 0};
        if (!sts.notFetched.isEmpty())
            return {tr("not fetched"), sts.notFetched, 0};
        return {tr("policy unusable"), tr("Senders cannot use the policy: see the findings."), -1};
    }
    const QString pattern = sts.policy ? sts.policy->coveringPattern(h.host) : QString();
    if (sts.covered.value(h.host))
        return {tr("covered by %1").arg(pattern),
                tr("The policy's mx pattern %1 matches this host.").arg(pattern), 1};
    const bool enforce = sts.policy && sts.policy->mode == MtaStsPolicy::Mode::Enforce;
    return {tr("not covered"),
            tr("No mx pattern of the policy matches this host: senders applying an enforce policy refuse to "
               "deliver here."),
            -1, enforce ? Severity::Error : Severity::Warning};
}

TransportMxModel::Cell TransportMxModel::starttlsCell(const TransportResult::MxHost& h) const {
    if (m_probing)
        return {tr("probing…"), {}, 0};
    if (!m_result.starttls.contains(h.host))
        return {tr("not probed"), tr("Probe SMTP connects to port 25 of each MX host (off by default)."), 0};
    const SmtpProbeResult& p = m_result.starttls.value(h.host);
    using O = SmtpProbeResult::Outcome;
    switch (p.outcome) {
    case O::Tls: {
        QString text = p.tlsVersion;
        QString tip = QStringLiteral("%1 %2").arg(p.tlsVersion, p.cipher);
        int state = p.chainValid && p.nameMatches && !p.outdatedTls ? 1 : -1;
        Severity severity = Severity::Error;
        if (!p.chain.isEmpty()) {
            const CertificateInfo& leaf = p.chain.first();
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(leaf.notAfter);
            const QString date = QLocale().toString(leaf.notAfter.toUTC().date(), QLocale::ShortFormat);
            text += QLatin1Char('\n') + (days < 0 ? tr("certificate expired on %1").arg(date)
                                                  : tr("certificate until %1 (%2 days)").arg(date).arg(days));
            if (state > 0 && days < 21) { // STARTTLS-CERT-EXPIRING, a warning
                state = -1;
                severity = Severity::Warning;
            }
            tip +=
                QLatin1Char('\n') + tr("Subject: %1\nIssuer: %2\nNames: %3")
                                        .arg(leaf.subject, leaf.issuer, leaf.sans.join(QStringLiteral(", ")));
        }
        if (!p.chainValid)
            text += QLatin1Char('\n') + tr("certificate not valid");
        else if (!p.nameMatches)
            text += QLatin1Char('\n') + tr("certificate names another host");
        if (!p.certificateErrors.isEmpty())
            tip += QLatin1Char('\n') + p.certificateErrors.join(QLatin1Char('\n'));
        return {text, tip, state, severity};
    }
    case O::NotOffered:
        return {tr("not offered: clear text"), p.ehlo.join(QLatin1Char(' ')), -1};
    case O::TlsFailed:
        return {tr("TLS handshake failed"), p.error, -1};
    case O::Cancelled:
        return {tr("probe cancelled"), {}, 0};
    case O::NoAddress:
    case O::Refused:
    case O::Timeout:
    case O::ProtocolError:
        break;
    }
    return {tr("not reached (%1)").arg(SmtpProbeResult::outcomeName(p.outcome)),
            tr("%1. This says nothing about TLS on this host.").arg(p.error), 0};
}

TransportMxModel::Cell TransportMxModel::daneCell(const TransportResult::MxHost& h) const {
    const DaneResult& d = h.dane;
    if (h.ipLiteral)
        return {};
    if (!d.dnsError.isEmpty())
        return {tr("lookup failed"),
                tr("The TLSA lookup of %1 failed: %2. DANE senders defer mail to this host until it answers.")
                    .arg(d.name, d.dnsError),
                -1};
    if (!d.unknown.isEmpty())
        return {tr("not known"), d.unknown, 0};
    if (!d.published())
        return {tr("none"), tr("No TLSA records at %1: senders use no DANE for this host.").arg(d.name), 0};
    QStringList tip;
    tip << tr("TLSA records at %1 (DNSSEC: %2%3):")
               .arg(d.name, dnssecStateName(d.dnssec.state),
                    d.dnssec.reason.isEmpty() ? QString() : QStringLiteral(", ") + d.dnssec.reason);
    for (const DaneResult::Tlsa& t : d.tlsa) {
        const QString match = !t.matches   ? QString()
                              : *t.matches ? tr(" — matches")
                                           : tr(" — does not match");
        tip << QStringLiteral("%1%2\n    %3").arg(t.rdata.left(80), match, t.meaning());
    }
    if (!d.notMatched.isEmpty())
        tip << d.notMatched;
    const QString state = d.state();
    if (state == QStringLiteral("not-secure")) {
        const bool bogus = d.dnssec.state == DnssecState::Bogus;
        tip << (bogus ? tr("The records are DNSSEC-bogus: validating senders defer mail to this host.")
                      : tr("The records are not DNSSEC-signed: senders ignore them."));
        return {bogus ? tr("bogus (DNSSEC)") : tr("not secure"), tip.join(QLatin1Char('\n')), -1,
                bogus ? Severity::Error : Severity::Warning};
    }
    if (state == QStringLiteral("matches")) {
        const bool single = d.usableCount() == 1 &&
                            std::any_of(d.tlsa.cbegin(), d.tlsa.cend(), [](const DaneResult::Tlsa& t) {
                                return t.usable() && t.record->usage == TlsaRecord::DaneEe;
                            });
        if (single) {
            tip << tr("A single DANE-EE record: the next certificate renewal with a new key breaks delivery "
                      "from DANE senders.");
            return {tr("matches\nsingle record"), tip.join(QLatin1Char('\n')), -1, Severity::Warning};
        }
        return {tr("matches"), tip.join(QLatin1Char('\n')), 1};
    }
    if (state == QStringLiteral("mismatch"))
        return {tr("mismatch"), tip.join(QLatin1Char('\n')), -1};
    return {tr("%n record(s), not matched", nullptr, int(d.tlsa.size())), tip.join(QLatin1Char('\n')), 0};
}

TransportMxModel::Cell TransportMxModel::cell(int row, int column) const {
    const TransportResult::MxHost& h = m_result.mx.hosts.at(row);
    switch (column) {
    case Preference:
        return {QString::number(h.preference), {}, 0};
    case Host: {
        QString text = h.host;
        if (!h.cnameTarget.isEmpty())
            text += QLatin1Char('\n') + tr("alias (CNAME) of %1").arg(h.cnameTarget);
        if (h.ipLiteral)
            text += QLatin1Char('\n') + tr("an IP address, not a host name");
        return {text, {}, h.cnameTarget.isEmpty() && !h.ipLiteral ? 0 : -1};
    }
    case Addresses:
        return h.addresses.isEmpty() ? Cell{tr("no address"), tr("Senders cannot deliver to this host."), -1}
                                     : Cell{h.addresses.join(QLatin1Char('\n')), {}, 0};
    case ReverseDns:
        return reverseCell(h);
    case MtaSts:
        return mtaStsCell(h);
    case Starttls:
        return starttlsCell(h);
    case Dane:
        return daneCell(h);
    default:
        return {};
    }
}

QVariant TransportMxModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Cell c = cell(index.row(), index.column());
    const bool stateful = index.column() >= ReverseDns || index.column() == Addresses;
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.tip.isEmpty() ? QVariant() : QVariant(c.tip);
    case StateRole:
        return c.state;
    case Qt::DecorationRole:
        if (!stateful || c.text.isEmpty())
            return {};
        return c.state > 0   ? SeverityStyle::okIcon()
               : c.state < 0 ? SeverityStyle::icon(c.severity)
                             : QVariant();
    case Qt::ForegroundRole:
        if (c.state > 0 && stateful)
            return SeverityStyle::okColour();
        if (c.state < 0)
            return SeverityStyle::colour(c.severity);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Preference ? QVariant(Qt::AlignCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}
