// BlocklistPanel (the DNS tab's blocklist results): every result as icon, word and colour together,
// the colours readable (4.5:1) on the light, dark and high-contrast palettes, the headline saying
// what refusals and errors are (not listings), the offline case, and escaped network text in
// BlocklistSectionHtml.
#include "AppTheme.h"
#include "audit/export/BlocklistSectionHtml.h"
#include "dns/BlocklistPanel.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject sample() {
    auto check = [](const QString& subject, const QString& result, const QString& code,
                    const QString& meaning) {
        return QJsonObject{{u"subject"_s, subject},
                           {u"list"_s, u"bl.test"_s},
                           {u"listName"_s, u"Test list"_s},
                           {u"result"_s, result},
                           {u"code"_s, code},
                           {u"meaning"_s, meaning},
                           {u"removal"_s, u"https://bl.test/removal"_s}};
    };
    QJsonObject listed = check(u"192.0.2.25"_s, u"listed"_s, u"127.0.0.2"_s, u"a spam source"_s);
    listed.insert(u"reason"_s, u"<script>alert(1)</script> trap hit"_s);
    return {{u"queried"_s, true},
            {u"checks"_s,
             QJsonArray{listed, check(u"192.0.2.30"_s, u"clear"_s, {}, {}),
                        check(u"192.0.2.31"_s, u"refused"_s, u"127.255.255.255"_s, u"too many queries"_s),
                        check(u"192.0.2.42"_s, u"error"_s, {}, u"the query failed: timeout"_s)}},
            {u"counts"_s, QJsonObject{{u"listed"_s, 1}, {u"clear"_s, 1}, {u"refused"_s, 1}, {u"error"_s, 1}}},
            {u"lists"_s, QJsonArray{QJsonObject{{u"zone"_s, u"bl.test"_s},
                                                {u"name"_s, u"Test list"_s},
                                                {u"state"_s, u"answered"_s},
                                                {u"queries"_s, 5}}}},
            {u"findings"_s, QJsonArray{}}};
}
} // namespace

class TestBlocklistPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void iconWordAndColour_data() {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(AppSettings::Theme::Light);
        QTest::newRow("dark") << int(AppSettings::Theme::Dark);
        QTest::newRow("high contrast") << int(AppSettings::Theme::HighContrast);
    }
    void iconWordAndColour() {
        QFETCH(int, theme);
        AppTheme::apply(AppSettings::Theme(theme));
        BlocklistPanel panel;
        panel.setResult(sample());
        QTableWidget* t = panel.table();
        QCOMPARE(t->rowCount(), 4);
        const QStringList words{u"Listed"_s, u"Clear"_s, u"Refused"_s, u"Error"_s};
        QSet<QRgb> colours;
        const QColor base = panel.palette().color(QPalette::Base);
        for (int row = 0; row < 4; ++row) {
            const QTableWidgetItem* r = t->item(row, BlocklistPanel::ResultColumn);
            QCOMPARE(r->text(), words.at(row));
            QVERIFY(!r->icon().isNull());
            const QColor fg = r->foreground().color();
            colours.insert(fg.rgb());
            QVERIFY2(
                AppTheme::contrast(fg, base) >= 4.5,
                qPrintable(u"%1 on %2: %3"_s.arg(fg.name(), base.name()).arg(AppTheme::contrast(fg, base))));
        }
        QVERIFY(colours.size() >= 3); // listed, clear and the rest differ in colour as well as word
        QCOMPARE(t->item(0, BlocklistPanel::CodeColumn)->text(), u"127.0.0.2"_s);
        QVERIFY(t->item(0, BlocklistPanel::MeaningColumn)
                    ->text()
                    .contains(u"removal: https://bl.test/removal"_s));
        QVERIFY(t->item(3, BlocklistPanel::MeaningColumn)->text().contains(u"timeout"_s));
        QVERIFY(panel.headline().contains(u"1 listing(s) found"_s));
        QVERIFY(panel.headline().contains(u"query through your own resolver"_s));
        QVERIFY(panel.headline().contains(u"unknown, not listed"_s));
        AppTheme::apply(AppSettings::Theme::Light);
    }

    void emptyAndOffline() {
        BlocklistPanel panel;
        QCOMPARE(panel.table()->rowCount(), 0);
        QCOMPARE(panel.headline(), u"Blocklists not checked."_s);
        panel.setResult(sample());
        panel.setResult({{u"queried"_s, false}, {u"notQueried"_s, u"offline audit"_s}});
        QCOMPARE(panel.table()->rowCount(), 0);
        QCOMPARE(panel.headline(), u"No blocklist was asked: offline audit"_s);
    }

    void htmlSection() {
        const QString h = BlocklistSectionHtml::html(sample());
        QVERIFY(h.contains(u"✖ Listed"_s));
        QVERIFY(h.contains(u"192.0.2.25"_s));
        QVERIFY(h.contains(u"https://bl.test/removal"_s));
        QVERIFY(!h.contains(u"<script>"_s)); // the list's TXT text is escaped
        QVERIFY(h.contains(u"&lt;script&gt;"_s));
        QVERIFY(!h.contains(u"192.0.2.30"_s)); // clear rows are counted, not listed
        QVERIFY(h.contains(u"unknown, not listings"_s));
        QVERIFY(BlocklistSectionHtml::html({}).isEmpty());
        QVERIFY(BlocklistSectionHtml::html({{u"queried"_s, false}, {u"notQueried"_s, u"offline"_s}})
                    .contains(u"Not asked"_s));
    }
};

QTEST_MAIN(TestBlocklistPanel)
#include "tst_blocklistpanel.moc"
