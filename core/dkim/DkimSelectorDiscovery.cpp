#include "DkimSelectorDiscovery.h"

#include "DkimSelectorInspector.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSet>

QStringList DkimSelectorDiscovery::commonSelectors(QDate today) {
    // Conventions seen in the wild; each group notes who uses it. Selectors chosen at random by a
    // provider (Amazon SES, Postmark tokens) cannot be guessed and are not here.
    QStringList list{
        // Generic and self-hosted (opendkim, rspamd, Exim, Postfix guides, control panels)
        QStringLiteral("default"),
        QStringLiteral("dkim"),
        QStringLiteral("mail"),
        QStringLiteral("email"),
        QStringLiteral("smtp"),
        QStringLiteral("key1"),
        QStringLiteral("key2"),
        QStringLiteral("dkim1"),
        QStringLiteral("dkim2"),
        QStringLiteral("x"),
        QStringLiteral("mx"),
        QStringLiteral("main"),
        QStringLiteral("sig1"),
        QStringLiteral("s"),
        QStringLiteral("mta"),
        QStringLiteral("primary"),
        // Microsoft 365
        QStringLiteral("selector1"),
        QStringLiteral("selector2"),
        // Google Workspace
        QStringLiteral("google"),
        // Dated two-key schemes (SendGrid s1/s2, Mailchimp/Mandrill k1..k3, many ESPs)
        QStringLiteral("s1"),
        QStringLiteral("s2"),
        QStringLiteral("s3"),
        QStringLiteral("k1"),
        QStringLiteral("k2"),
        QStringLiteral("k3"),
        QStringLiteral("mandrill"),
        QStringLiteral("smtpapi"),
        // Yahoo-style key sizes
        QStringLiteral("s1024"),
        QStringLiteral("s2048"),
        // Fastmail, Proton, Zoho, iCloud
        QStringLiteral("fm1"),
        QStringLiteral("fm2"),
        QStringLiteral("fm3"),
        QStringLiteral("protonmail"),
        QStringLiteral("protonmail2"),
        QStringLiteral("protonmail3"),
        QStringLiteral("zoho"),
        QStringLiteral("zmail"),
        // Mailgun, Mailjet, Brevo, HubSpot, Zendesk, Klaviyo, Constant Contact, Salesforce, Everlytic
        QStringLiteral("krs"),
        QStringLiteral("pic"),
        QStringLiteral("mailjet"),
        QStringLiteral("mailo"),
        QStringLiteral("brevo1"),
        QStringLiteral("brevo2"),
        QStringLiteral("hs1"),
        QStringLiteral("hs2"),
        QStringLiteral("zendesk1"),
        QStringLiteral("zendesk2"),
        QStringLiteral("kl"),
        QStringLiteral("kl2"),
        QStringLiteral("ctct1"),
        QStringLiteral("ctct2"),
        QStringLiteral("sf1"),
        QStringLiteral("sf2"),
        QStringLiteral("everlytickey1"),
        QStringLiteral("everlytickey2"),
        QStringLiteral("m1"),
        QStringLiteral("intercom"),
        QStringLiteral("turbo-smtp"),
        QStringLiteral("sendgrid"),
    };
    // Year and month patterns: 2024, 2024a, 2024b, 202410 (the last twelve months), 20241001.
    for (int y = today.year(); y >= today.year() - 2; --y) {
        const QString year = QString::number(y);
        list << year << year + QLatin1Char('a') << year + QLatin1Char('b') << QStringLiteral("s") + year;
    }
    for (int m = 0; m < 12; ++m) {
        const QDate d = today.addMonths(-m);
        list << d.toString(QStringLiteral("yyyyMM"))
             << d.toString(QStringLiteral("yyyyMM")) + QStringLiteral("01");
    }
    return list;
}

QList<DkimSelectorCandidate> DkimSelectorDiscovery::candidates(const QList<DkimSelectorCandidate>& named,
                                                               bool discover, QDate today) {
    QList<DkimSelectorCandidate> out;
    QSet<QString> seen;
    for (const DkimSelectorCandidate& c : named) {
        const QString key = c.selector.toLower();
        if (c.selector.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        out << c;
    }
    if (discover)
        for (const QString& s : commonSelectors(today))
            if (!seen.contains(s)) {
                seen.insert(s);
                out << DkimSelectorCandidate{s, DkimSelectorSource::Common, {}};
            }
    return out;
}

QList<DkimSelectorResult> DkimSelectorDiscovery::probe(DnsSession& session, const QString& domain,
                                                       const QList<DkimSelectorCandidate>& candidates) {
    QList<QFuture<DnsAnswer>> futures;
    futures.reserve(candidates.size());
    for (const DkimSelectorCandidate& c : candidates)
        // Guessed selectors queue behind other lookups (nothing chains on them); named ones do not.
        futures << session.lookup(DkimSelectorInspector::keyName(c.selector, domain), DnsRecordType::TXT,
                                  c.source == DkimSelectorSource::Common ? DnsSession::Priority::Background
                                                                         : DnsSession::Priority::Normal);
    QList<DkimSelectorResult> results;
    results.reserve(candidates.size());
    for (qsizetype i = 0; i < candidates.size(); ++i)
        results << DkimSelectorInspector::inspect(candidates.at(i), domain, futures[i].result());
    return results;
}

QString DkimSelectorDiscovery::notice(int tried) {
    return QCoreApplication::translate(
               "DkimSelectorDiscovery",
               "%1 selectors were tried. DNS cannot list a domain's DKIM selectors, so a selector that is "
               "not on the list and not named (or seen in a message you gave) stays unknown: finding none "
               "does not prove there is none.")
        .arg(tried);
}
