// BimiPanel and BimiSectionHtml (the PDF/HTML part, from the JSON): the logo is rendered (and embedded in
// HTML) only when it passed the SVG Tiny PS check; errors, certificate details and record are shown, and
// network text is escaped.
#include "audit/export/BimiSectionHtml.h"
#include "transport/BimiPanel.h"
#include "transport/BimiSvgProfileChecker.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray testFile(const QString& name) {
    QFile f(qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/bimi/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

BimiResult withLogo(const QString& file) {
    BimiResult b;
    b.name = u"default._bimi.example.com"_s;
    b.records = {u"v=BIMI1; l=https://www.example.com/l.svg; a=https://www.example.com/v.pem"_s};
    b.record = BimiRecord::parse(b.records.first());
    b.dmarc.checked = true;
    b.dmarc.enforced = true;
    b.dmarc.policy9989 = b.dmarc.policy7489 = u"reject"_s;
    b.logo.url = b.record->location;
    b.logo.fetched = true;
    const auto check = BimiSvgProfileChecker::check(testFile(file));
    b.logo.svg = check.svg;
    b.logo.title = check.title;
    b.logo.errors = check.errors;
    b.logo.valid = check.valid();
    b.authority.url = b.record->evidence;
    b.authority.fetched = true;
    BimiAuthorityEvidence e;
    e.subject = u"CN=Example <Brand>"_s;
    e.issuer = u"CN=Test CA"_s;
    e.sans = {u"example.com"_s};
    e.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    e.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    e.errors = {u"the certificate chain does not verify: <unable>"_s};
    b.authority.evidence = e;
    b.authority.errors = e.errors;
    return b;
}

QString text(const BimiPanel& p, const char* name) {
    return p.findChild<QLabel*>(QLatin1String(name))->text();
}
} // namespace

class TestBimiPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validLogoIsRendered() {
        BimiPanel p;
        p.setBimi(withLogo(u"good.svg"_s));
        QVERIFY(p.logoShown());
        const QLabel* logo = p.findChild<QLabel*>(u"bimiLogo"_s);
        QVERIFY(!logo->pixmap().isNull());
        // Something was drawn: the logo's blue circle is in the middle.
        const QImage image = logo->pixmap().toImage();
        const QColor centre = image.pixelColor(image.width() / 2, image.height() / 3);
        QVERIFY2(centre.alpha() > 0, "nothing was rendered");
        QVERIFY(text(p, "bimiLogoText").contains(u"Example Brand"_s));
        QVERIFY(text(p, "bimiDmarc").startsWith(u"Met"_s));
        const QString a = text(p, "bimiAuthority");
        QVERIFY(a.contains(u"CN=Example <Brand>"_s));
        QVERIFY(a.contains(u"example.com"_s));
        QVERIFY(a.contains(u"does not verify"_s));
    }
    void invalidLogoIsNotRendered() {
        BimiPanel p;
        const BimiResult b = withLogo(u"scripted.svg"_s);
        QVERIFY(!b.logo.svg.isEmpty()); // the bytes are there, but must not be drawn
        p.setBimi(b);
        QVERIFY(!p.logoShown());
        QVERIFY(p.findChild<QLabel*>(u"bimiLogo"_s)->pixmap().isNull());
        QVERIFY(text(p, "bimiLogoText").contains(u"<script>"_s));
        // A later valid result shows the logo, a later missing record clears it again.
        p.setBimi(withLogo(u"good.svg"_s));
        QVERIFY(p.logoShown());
        BimiResult none;
        none.name = u"default._bimi.example.com"_s;
        p.setBimi(none);
        QVERIFY(!p.logoShown());
        QVERIFY(text(p, "bimiRecord").contains(u"No BIMI record"_s));
    }
    void declinedAndInvalidRecord() {
        BimiPanel p;
        BimiResult b;
        b.name = u"default._bimi.example.com"_s;
        b.record = BimiRecord::parse(u"v=BIMI1; l=; a=;"_s);
        p.setBimi(b);
        QVERIFY(text(p, "bimiRecord").contains(u"Declination"_s));
        b.record = BimiRecord::parse(u"v=BIMI1; l=http://www.example.com/l.svg"_s);
        p.setBimi(b);
        QVERIFY(text(p, "bimiRecord").contains(u"must use https:"_s));
    }
    void html() {
        const QString good = BimiSectionHtml::fragment(withLogo(u"good.svg"_s).toJson());
        QVERIFY(good.contains(u"src=\"data:image/svg+xml;base64,"_s));
        QVERIFY(good.contains(u"CN=Example &lt;Brand&gt;"_s));
        QVERIFY(!good.contains(u"<Brand>"_s));
        QVERIFY(good.contains(u"&lt;unable&gt;"_s));
        const QString bad = BimiSectionHtml::fragment(withLogo(u"scripted.svg"_s).toJson());
        QVERIFY(!bad.contains(u"data:image/svg+xml"_s));
        QVERIFY(!bad.contains(u"<script"_s));
        QVERIFY(bad.contains(u"&lt;script&gt;"_s));
        QVERIFY(BimiSectionHtml::logoImage(withLogo(u"nonsquare.svg"_s).logo.toJson()).isEmpty());
        BimiResult none;
        none.name = u"default._bimi.example.com"_s;
        QVERIFY(BimiSectionHtml::fragment(none.toJson()).contains(u"No BIMI record"_s));
    }
};

QTEST_MAIN(TestBimiPanel)
#include "tst_bimipanel.moc"
