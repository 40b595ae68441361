#include "ConnectToRule.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {
QString lowerName(QString s) {
    s = s.toLower();
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

// Splits off one field up to the next ':' (a bracketed IPv6 address is one field).
std::expected<QString, QString> takeField(QStringView& rest, bool last) {
    QString field;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return std::unexpected(u"unclosed '[' in an IPv6 address"_s);
        field = rest.mid(1, close - 1).toString();
        rest = rest.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return std::unexpected(u"':' expected after ']'"_s);
        if (!QHostAddress(field).isNull() &&
            QHostAddress(field).protocol() == QAbstractSocket::IPv6Protocol) {
            if (!rest.isEmpty())
                rest = rest.mid(1);
            return field;
        }
        return std::unexpected(u"'%1' in brackets is not an IPv6 address"_s.arg(field));
    }
    const qsizetype colon = last ? -1 : rest.indexOf(u':');
    if (colon < 0) {
        field = rest.toString();
        rest = {};
    } else {
        field = rest.left(colon).toString();
        rest = rest.mid(colon + 1);
    }
    return field;
}

std::expected<quint16, QString> parsePort(const QString& s) {
    if (s.isEmpty())
        return quint16(0);
    bool ok = false;
    const uint n = s.toUInt(&ok);
    if (!ok || n == 0 || n > 65535)
        return std::unexpected(u"'%1' is not a port number (1-65535)"_s.arg(s));
    return quint16(n);
}
} // namespace

std::expected<ConnectToRule, QString> ConnectToRule::parse(const QString& text) {
    auto bad = [&](const QString& why) {
        return std::unexpected(
            u"invalid --connect-to '%1': %2 (expected HOST:PORT:ADDR:PORT)"_s.arg(text, why));
    };
    QStringView rest(text);
    ConnectToRule r;
    auto host = takeField(rest, false);
    if (!host)
        return bad(host.error());
    auto port = takeField(rest, false);
    if (!port)
        return bad(port.error());
    auto to = takeField(rest, false);
    if (!to)
        return bad(to.error());
    auto toPort = takeField(rest, true);
    if (!toPort)
        return bad(toPort.error());
    if (text.count(u':') < 3)
        return bad(u"four fields are needed"_s);
    r.host = lowerName(*host);
    r.toHost = lowerName(*to);
    auto p = parsePort(*port);
    if (!p)
        return bad(p.error());
    r.port = *p;
    auto tp = parsePort(*toPort);
    if (!tp)
        return bad(tp.error());
    r.toPort = *tp;
    if (r.toHost.contains(u' ') || r.host.contains(u' '))
        return bad(u"spaces are not allowed"_s);
    return r;
}

bool ConnectToRule::matches(const QString& h, quint16 p) const {
    return (host.isEmpty() || host == lowerName(h)) && (port == 0 || port == p);
}

QString ConnectToRule::toString() const {
    auto wrap = [](const QString& a) { return a.contains(u':') ? u"[%1]"_s.arg(a) : a; };
    return u"%1:%2:%3:%4"_s.arg(host, port ? QString::number(port) : QString(), wrap(toHost),
                                toPort ? QString::number(toPort) : QString());
}
