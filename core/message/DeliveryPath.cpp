#include "DeliveryPath.h"

#include "ReceivedHeaderParser.h"
#include "dmarc/PublicSuffixList.h"

#include <QHostAddress>

namespace {
QString organization(const QString& host) {
    QString h = host.toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (!h.contains(QLatin1Char('.')))
        return h;
    const QString org = PublicSuffixList::organizationalDomain(h);
    return org.isEmpty() ? h : org;
}
} // namespace

bool DeliveryPath::isInternalAddress(const QString& ip) {
    QHostAddress a;
    if (!a.setAddress(ip))
        return false;
    if (a.isLoopback() || a.isLinkLocal())
        return true;
    static const QList<QPair<QHostAddress, int>> ranges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7"))};
    for (const auto& range : ranges)
        if (a.isInSubnet(range))
            return true;
    return false;
}

DeliveryPath DeliveryPath::read(const MailMessage& message, const QString& receiverId) {
    DeliveryPath path;
    QList<ReceivedHop> newestFirst;
    for (int i = 0; i < message.headers.size(); ++i) {
        if (!message.headers.at(i).isNamed("Received"))
            continue;
        ReceivedHop hop = ReceivedHeaderParser::parse(QString::fromUtf8(message.headers.at(i).value()));
        hop.headerIndex = i;
        newestFirst << hop;
    }
    if (newestFirst.isEmpty()) {
        path.receiver = receiverId;
        return path;
    }
    path.receiver = receiverId.isEmpty() ? newestFirst.first().by : receiverId;
    const QString receiverOrg = organization(path.receiver);
    // From the top: each hop whose client was inside the receiving system leads to the next one.
    int border = 0;
    for (int k = 0; k < newestFirst.size(); ++k) {
        ReceivedHop& hop = newestFirst[k];
        hop.receivingSystem = true;
        border = k;
        const bool noClient = hop.helo.isEmpty() && hop.ip.isEmpty();
        const bool internalAddress = !hop.ip.isEmpty() && isInternalAddress(hop.ip);
        const QString clientName = hop.reverseName.isEmpty() ? hop.helo : hop.reverseName;
        const bool ownName = hop.ip.isEmpty() && !clientName.isEmpty() && !receiverOrg.isEmpty() &&
                             organization(clientName) == receiverOrg;
        const bool ownVerifiedName =
            !hop.reverseName.isEmpty() && organization(hop.reverseName) == receiverOrg;
        if (!(noClient || internalAddress || ownName || ownVerifiedName))
            break;
    }
    for (qsizetype k = newestFirst.size() - 1; k >= 0; --k)
        path.hops << newestFirst.at(k);
    path.borderHop = int(newestFirst.size()) - 1 - border;
    for (int k = 0; k < path.hops.size(); ++k) {
        ReceivedHop& hop = path.hops[k];
        hop.hop = k + 1;
        if (k > 0 && hop.date.isValid() && path.hops.at(k - 1).date.isValid())
            hop.delaySeconds = path.hops.at(k - 1).date.secsTo(hop.date);
    }
    path.connectingIp = path.hops.at(path.borderHop).ip;
    path.helo = path.hops.at(path.borderHop).helo;
    return path;
}

int DeliveryPath::trustedFieldLimit(const MailMessage& message) const {
    if (borderHop < 0)
        return int(message.headers.size());
    if (borderHop > 0)
        return hops.at(borderHop - 1).headerIndex;
    static const QList<QByteArray> trace{"Received-SPF",
                                         "Authentication-Results",
                                         "ARC-Seal",
                                         "ARC-Message-Signature",
                                         "ARC-Authentication-Results",
                                         "Return-Path",
                                         "Delivered-To",
                                         "X-Original-To"};
    int limit = hops.at(borderHop).headerIndex + 1;
    while (limit < message.headers.size()) {
        bool traceField = false;
        for (const QByteArray& name : trace)
            traceField = traceField || message.headers.at(limit).isNamed(name);
        if (!traceField)
            break;
        ++limit;
    }
    return limit;
}

QJsonArray DeliveryPath::toJson() const {
    QJsonArray out;
    for (qsizetype k = 0; k < hops.size(); ++k) {
        QJsonObject o = hops.at(k).toJson();
        o.insert(QStringLiteral("border"), k == borderHop);
        out.append(o);
    }
    return out;
}
