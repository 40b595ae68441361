// DnssecPanel (the DNS tab's chain of trust) and DnssecSectionHtml (the PDF/HTML fragment), from the
// dnssec JSON: each distinct chain drawn once as linked zones, states as icon + word + colour, the
// break explained, names with their reasons, escaped text.
#include "audit/export/DnssecSectionHtml.h"
#include "dns/DnssecPanel.h"
#include "dnssec/DnssecResult.h"
#include "findings/FindingCatalogue.h"

#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
DnssecValidation name(const QString& n, DnsRecordType type, DnssecState state, const QString& reason,
                      QList<DnssecValidation::Link> chain) {
    DnssecValidation v;
    v.name = n;
    v.type = type;
    v.status = {state, reason, state == DnssecState::Insecure ? u"insecure.test"_s : QString()};
    v.outcome = u"answer"_s;
    v.chain = std::move(chain);
    return v;
}

QJsonObject sample() {
    using L = DnssecValidation::Link;
    const QList<L> secure{{QString(), DnssecState::Secure, u"trust anchor"_s},
                          {u"test"_s, DnssecState::Secure, u"DS at . matches key tag 1"_s},
                          {u"secure.test"_s, DnssecState::Secure, u"DS at test matches key tag 2"_s}};
    const QList<L> bogus{{QString(), DnssecState::Secure, u"trust anchor"_s},
                         {u"test"_s, DnssecState::Secure, u"DS at . matches key tag 1"_s},
                         {u"badds.test"_s, DnssecState::Bogus, u"the DS matches no DNSKEY of badds.test"_s}};
    const QList<L> insecure{
        {QString(), DnssecState::Secure, u"trust anchor"_s},
        {u"test"_s, DnssecState::Secure, u"DS at . matches key tag 1"_s},
        {u"insecure.test"_s, DnssecState::Insecure, u"no DS at test for insecure.test"_s}};
    DnssecResult r;
    r.domain = u"secure.test"_s;
    r.names << name(u"secure.test"_s, DnsRecordType::TXT, DnssecState::Secure, u"signed by secure.test"_s,
                    secure)
            << name(u"_dmarc.secure.test"_s, DnsRecordType::TXT, DnssecState::Secure, u"signed"_s, secure)
            << name(u"mx.badds.test"_s, DnsRecordType::A, DnssecState::Bogus,
                    u"the DS matches no DNSKEY <b>"_s, bogus)
            << name(u"mail.insecure.test"_s, DnsRecordType::A, DnssecState::Insecure,
                    u"no DS at test for insecure.test"_s, insecure);
    r.findings << FindingCatalogue::make(u"DNSSEC-BOGUS", u"mx.badds.test A is bogus"_s);
    DnssecSigningIssue i;
    i.kind = DnssecSigningIssue::Kind::RrsigExpiring;
    i.zone = u"secure.test"_s;
    i.detail = u"the RRSIG over secure.test TXT expires on 2026-12-08"_s;
    r.signingIssues << i;
    return r.toJson();
}
} // namespace

class TestDnssecPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void panel() {
        DnssecPanel p;
        p.resize(900, 600);
        QCOMPARE(p.chainCount(), 0);
        p.setResult(sample());
        QCOMPARE(p.chainCount(), 3); // four names, three distinct chains
        const auto* headline = p.findChild<QLabel*>(u"dnssecHeadline"_s);
        QVERIFY(headline->text().contains(u"Bogus"_s)); // the worst state, in words
        QStringList linkTexts;
        for (const QLabel* l : p.findChildren<QLabel*>(u"dnssecLinkText"_s))
            linkTexts << l->text();
        QCOMPARE(linkTexts.size(), 9);
        QVERIFY(linkTexts.contains(u".\n\u2714 Secure"_s));
        QVERIFY(linkTexts.contains(u"badds.test\n\u2716 Bogus"_s));
        QVERIFY(linkTexts.contains(u"insecure.test\n\u25CB Insecure (unsigned)"_s));
        QStringList breaks;
        for (const QLabel* l : p.findChildren<QLabel*>(u"dnssecBreak"_s))
            breaks << l->text();
        QCOMPARE(breaks.size(), 2);
        QVERIFY(breaks.contains(u"Where the chain breaks: the DS matches no DNSKEY of badds.test"_s));
        const auto* table = p.findChild<QTableWidget*>(u"dnssecNames"_s);
        QCOMPARE(table->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            const QTableWidgetItem* state = table->item(row, 2);
            QVERIFY(!state->icon().isNull()); // never colour alone: icon and word too
            QVERIFY(!state->text().isEmpty());
        }
        QCOMPARE(table->item(2, 2)->text(), u"Bogus"_s);
        QVERIFY(table->item(2, 2)->foreground().color() != table->item(0, 2)->foreground().color());
        QCOMPARE(table->item(2, 3)->text(), u"the DS matches no DNSKEY <b>"_s); // plain text, not markup
        QVERIFY(p.findChild<QLabel*>(u"dnssecSigning"_s)->text().contains(u"expires on 2026-12-08"_s));
        QVERIFY(p.findChild<QLabel*>(u"dnssecFindings"_s)->text().contains(u"DNSSEC-BOGUS"_s));
        // A new result replaces the old one entirely.
        p.setResult({});
        QCOMPARE(p.chainCount(), 0);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(p.findChildren<QLabel*>(u"dnssecLinkText"_s).isEmpty());
    }

    void html() {
        QCOMPARE(DnssecSectionHtml::html({}), QString());
        const QString h = DnssecSectionHtml::html(sample());
        QVERIFY(h.contains(u"\u2716 bogus"_s));
        QVERIFY(h.contains(u"\u2714 secure"_s));
        QVERIFY(h.contains(u"Where the chain breaks: no DS at test for insecure.test"_s));
        QVERIFY(h.contains(u"the DS matches no DNSKEY &lt;b&gt;"_s)); // escaped
        QVERIFY(!h.contains(u"DNSKEY <b>"_s));
        QVERIFY(h.contains(u"DNSSEC-BOGUS"_s));
        QVERIFY(h.contains(u"expires on 2026-12-08"_s));
        QCOMPARE(h.count(u" → "_s), 6); // three chains of three links
    }

    void htmlGroupsNamesWithTheSameVerdict() {
        // An unsigned zone's names say the same thing: one row, each name once with its types.
        QJsonArray names;
        for (const auto& [name, type] : {std::pair{u"example.com"_s, u"MX"_s},
                                         {u"example.com"_s, u"TXT"_s},
                                         {u"_dmarc.example.com"_s, u"TXT"_s}})
            names << QJsonObject{{u"name"_s, name},
                                 {u"type"_s, type},
                                 {u"status"_s, u"insecure"_s},
                                 {u"reason"_s, u"the zone file example.com is not signed"_s}};
        const QString h =
            DnssecSectionHtml::html(QJsonObject{{u"domain"_s, u"example.com"_s}, {u"names"_s, names}});
        QCOMPARE(h.count(u"the zone file example.com is not signed"_s), 1);
        QVERIFY(h.contains(u"example.com (MX, TXT)"_s));
        QVERIFY(h.contains(u"_dmarc.example.com (TXT)"_s));
    }
};

QTEST_MAIN(TestDnssecPanel)
#include "tst_dnssecpanel.moc"
