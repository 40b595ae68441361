#pragma once
// Test helpers for the message analyzer: the test keys of tests/data/message/keys, DNS sessions
// over tests/zones (in memory, or the NSD fixture), and the steps a message goes through on its
// way: the author signs it, a relay or mailing list seals an ARC set (checking the chain it
// received with ArcChainVerifier first, as a sealer must), the receiver records its verdict.

#include "dkim/DkimKeyMatcher.h"
#include "dkim/DkimSigner.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "dns/ZoneResolver.h"
#include "message/ArcChainVerifier.h"
#include "message/ArcSigner.h"

#include <QFile>
#include <QtTest>

namespace MessageTestKit {

inline EvpPkeyPtr key(const QString& name) {
    auto k =
        DkimKeyMatcher::readPrivateKeyFile(qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                                           QStringLiteral("/message/keys/") + name + QStringLiteral(".pem"));
    if (!k)
        qFatal("key %s: %s", qPrintable(name), qPrintable(k.error()));
    return std::move(*k);
}

// arc.test and list.test from tests/zones, in memory (offline: other names are REFUSED).
inline std::shared_ptr<DnsSession> zoneSession() {
    const QString zones = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/");
    auto resolver = ZoneResolver::load(
        {zones + QStringLiteral("arc.test.zone"), zones + QStringLiteral("list.test.zone")});
    if (!resolver)
        qFatal("zones: %s", qPrintable(resolver.error()));
    return std::make_shared<DnsSession>(*resolver);
}

inline quint16 nsdPort() {
    QFile portFile(qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE"));
    if (!portFile.open(QIODevice::ReadOnly))
        return 0;
    return quint16(portFile.readAll().trimmed().toUInt());
}

inline std::shared_ptr<DnsSession> nsdSession(quint16 port) {
    LdnsResolverOptions options;
    options.servers = {ServerAddress{QStringLiteral("127.0.0.1"), port}};
    options.timeoutMs = 1000;
    return std::make_shared<DnsSession>(std::make_shared<LdnsResolver>(options));
}

inline MailMessage prepend(MailMessage m, const QByteArray& name, const QByteArray& value) {
    m.headers.prepend(MailHeader{name, name + ": " + value + "\r\n"});
    return m;
}

inline MailMessage replaceHeader(MailMessage m, const QByteArray& name, const QByteArray& value) {
    for (MailHeader& h : m.headers)
        if (h.isNamed(name))
            h.raw = name + ": " + value + "\r\n";
    return m;
}

// The author's message as it leaves arc.test's server (192.0.2.10), DKIM-signed (d=arc.test, s=mail).
inline MailMessage authorMessage(const QByteArray& from = "Alice Example <alice@arc.test>") {
    const MailMessage plain = MailMessage::parse(
        "From: " + from +
        "\r\nTo: team@list.test\r\nSubject: Quarterly numbers\r\n"
        "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nMessage-ID: <q4-2026@arc.test>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nHello team,\r\n\r\nthe numbers for the quarter are "
        "in the "
        "shared folder.\r\n\r\nAlice\r\n");
    DkimSignOptions o;
    o.domain = QStringLiteral("arc.test");
    o.selector = QStringLiteral("mail");
    const EvpPkeyPtr k = key(QStringLiteral("arc.test-author"));
    auto m = DkimSigner::signedMessage(plain, k.get(), o);
    if (!m)
        qFatal("sign: %s", qPrintable(m.error()));
    return *m;
}

// A hop that receives the message, checks the chain it carries and seals a new set (RFC 8617
// §5.1). modify runs between the check and the seal, as a list adds its subject tag and footer.
inline MailMessage seal(const MailMessage& arrived, DnsSession& session, const QString& domain,
                        const QString& selector, const QString& keyName, const QString& authResults,
                        const std::function<MailMessage(MailMessage)>& modify = {}) {
    const ArcChainResult before = ArcChainVerifier::verify(arrived, session);
    MailMessage m = modify ? modify(arrived) : arrived;
    ArcSealOptions o;
    o.domain = domain;
    o.selector = selector;
    o.authServId = QStringLiteral("mail.") + domain;
    o.authResults = authResults + QStringLiteral("; arc=%1").arg(before.chain);
    o.chainValidation = before.chain;
    o.timestamp = 1794300000;
    const EvpPkeyPtr k = key(keyName);
    auto sealed = ArcSigner::seal(m, k.get(), o);
    if (!sealed)
        qFatal("seal: %s", qPrintable(sealed.error()));
    return *sealed;
}

// What a mailing list does: subject tag, footer, its own DKIM signature.
inline MailMessage listRewrite(MailMessage m) {
    QByteArray subject = m.firstValue("Subject");
    m = replaceHeader(m, "Subject", "[team] " + subject);
    m.body += "\r\n-- \r\nteam mailing list: https://list.test/team\r\n";
    m = prepend(m, "List-Id", "<team.list.test>");
    DkimSignOptions o;
    o.domain = QStringLiteral("list.test");
    o.selector = QStringLiteral("arc2026");
    const EvpPkeyPtr k = key(QStringLiteral("list.test-arc"));
    auto signedByList = DkimSigner::signedMessage(m, k.get(), o);
    if (!signedByList)
        qFatal("sign: %s", qPrintable(signedByList.error()));
    return *signedByList;
}

// What the receiving system (mx.receiver.test) adds when it accepts the message from clientIp:
// its Received field, its verdict (Authentication-Results), then Return-Path at final delivery.
inline MailMessage deliver(MailMessage m, const QByteArray& helo, const QByteArray& clientIp,
                           const QByteArray& returnPath, const QByteArray& authResults,
                           const QByteArray& date = "Tue, 10 Nov 2026 09:00:05 +0000") {
    if (!authResults.isEmpty())
        m = prepend(m, "Authentication-Results", "mx.receiver.test;\r\n\t" + authResults);
    m = prepend(
        m, "Received",
        "from " + helo + " (" + helo + " [" + clientIp +
            "])\r\n\tby mx.receiver.test (Postfix) with ESMTPS id 4QxYz1\r\n\tfor <bob@receiver.test>; " +
            date);
    return prepend(m, "Return-Path", returnPath);
}

// The bytes of a message as a file holds them.
inline QByteArray bytes(const MailMessage& m) {
    QByteArray out;
    for (const MailHeader& h : m.headers)
        out += h.raw;
    return out + "\r\n" + m.body;
}

} // namespace MessageTestKit
