// Checks every translations/mailsight_*.ts: each message translated (no unfinished or empty
// entries; obsolete ones are reported), the same %1..%9 placeholders as the source, the same HTML
// tags, an accelerator (&) where the source has one, and distinct accelerators within one menu
// (acceleratorGroups()). A failure names the file, context and source.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context,
                              {},
                              {},
                              {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            out << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QStringList matches(const QString& text, const QRegularExpression& re) {
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toLower();
    return sorted(out);
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("(%[1-9])"));
    QStringList found = matches(text, re);
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString& text) {
    // Tag names with their slash: <b>, </b>, <br/>. Only real HTML tags: "<domain>" in prose is a
    // stand-in for the reader's domain and may be translated ("<Domain>", "<domaine>").
    static const QRegularExpression re(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9]*)(?=[\\s/>])[^<>]*>"));
    static const QStringList html{
        QStringLiteral("a"),      QStringLiteral("b"),   QStringLiteral("br"),    QStringLiteral("center"),
        QStringLiteral("code"),   QStringLiteral("div"), QStringLiteral("em"),    QStringLiteral("font"),
        QStringLiteral("h1"),     QStringLiteral("h2"),  QStringLiteral("h3"),    QStringLiteral("h4"),
        QStringLiteral("hr"),     QStringLiteral("i"),   QStringLiteral("img"),   QStringLiteral("li"),
        QStringLiteral("nobr"),   QStringLiteral("ol"),  QStringLiteral("p"),     QStringLiteral("pre"),
        QStringLiteral("qt"),     QStringLiteral("s"),   QStringLiteral("small"), QStringLiteral("span"),
        QStringLiteral("strong"), QStringLiteral("sub"), QStringLiteral("sup"),   QStringLiteral("table"),
        QStringLiteral("td"),     QStringLiteral("th"),  QStringLiteral("tr"),    QStringLiteral("tt"),
        QStringLiteral("u"),      QStringLiteral("ul")};
    QStringList tags;
    for (const QString& t : matches(text, re))
        if (html.contains(QString(t).remove(QLatin1Char('/'))))
            tags << t;
    return tags;
}

bool hasAccelerator(const QString& text) {
    static const QRegularExpression re(QStringLiteral("&(?!&)(?![a-zA-Z]+;)[^\\s]"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return re.match(t).hasMatch();
}

// The letter after the accelerator's &, lower case; empty without one.
QString acceleratorKey(const QString& text) {
    static const QRegularExpression re(QStringLiteral("&(?![a-zA-Z]+;)(\\S)"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    const auto m = re.match(t);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// Strings that share one accelerator namespace (a menu, the menu bar, a row of controls): their
// translations need distinct letters. (context, source) as in the .ts.
struct AcceleratorGroup {
    const char* name;
    const char* context;
    QList<const char*> sources;
};
const QList<AcceleratorGroup>& acceleratorGroups() {
    static const QList<AcceleratorGroup> groups{
        {"menu bar", "MainMenus", {"&File", "&View", "&Help"}},
        {"File menu",
         "MainMenus",
         {"&Open zone file…", "Open &Terraform plan…", "&Close staged files", "&Recent domains",
          "Try the &demo", "Demo: stage the &planned change", "&Batch audit…", "Mo&nitor…", "Co&mpare…",
          "&Export audit…", "&Settings…", "&Quit"}},
        {"query log context menu", "QueryLogDock", {"&Copy selected queries", "Copy the whole log as &JSON"}},
        {"domain bar", "DomainBar", {"&Domain:", "&Audit", "Ca&ncel"}},
    };
    return groups;
}

QStringList tsFiles() {
    const QDir dir(qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/translations"));
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("mailsight_*.ts")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filesExist() {
        const QStringList files = tsFiles();
        QVERIFY2(files.size() >= 2, qPrintable(files.join(QLatin1Char(' '))));
        bool german = false;
        for (const QString& f : files)
            german = german || f.endsWith(QLatin1String("mailsight_de.ts"));
        QVERIFY(german);
    }

    void complete_data() {
        QTest::addColumn<QString>("path");
        for (const QString& f : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void complete() {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QStringList problems;
        int obsolete = 0;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1: [%2] \"%3\"")
                                      .arg(QFileInfo(path).fileName(), m.context, m.source.left(70));
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                // Harmless at run time (lrelease leaves them out); the next
                // packaging/update-translations.sh drops them.
                ++obsolete;
                continue;
            }
            if (m.type == QLatin1String("unfinished")) {
                problems << where + QStringLiteral(": unfinished");
                continue;
            }
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                            .arg(placeholders(m.source).join(QLatin1Char(',')),
                                                 placeholders(t).join(QLatin1Char(',')), t.left(70));
                if (htmlTags(t) != htmlTags(m.source))
                    problems << where + QStringLiteral(": HTML tags %1 in the source, %2 in \"%3\"")
                                            .arg(htmlTags(m.source).join(QLatin1Char(' ')),
                                                 htmlTags(t).join(QLatin1Char(' ')), t.left(70));
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems << where + QStringLiteral(": the source has an accelerator (&), \"%1\" has none")
                                            .arg(t.left(70));
            }
        }
        if (obsolete > 0)
            qWarning().noquote()
                << QStringLiteral("%1: %2 obsolete message(s); packaging/update-translations.sh drops them")
                       .arg(QFileInfo(path).fileName())
                       .arg(obsolete);
        if (!problems.isEmpty()) {
            const int shown = 40;
            for (const QString& p : problems.mid(0, shown))
                qWarning().noquote() << p;
            QFAIL(
                qPrintable(QStringLiteral("%1: %2 problem(s)%3")
                               .arg(path)
                               .arg(problems.size())
                               .arg(problems.size() > shown ? QStringLiteral(" (first %1 listed)").arg(shown)
                                                            : QString())));
        }
    }

    // No two entries of one menu (or row of controls) share an accelerator letter. A source no
    // longer in the .ts fails too: update acceleratorGroups() with the menu.
    void acceleratorsDistinct_data() { complete_data(); }
    void acceleratorsDistinct() {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QStringList problems;
        for (const AcceleratorGroup& group : acceleratorGroups()) {
            QHash<QString, QStringList> byKey;
            for (const char* source : group.sources) {
                const QString context = QString::fromUtf8(group.context);
                const QString text = QString::fromUtf8(source);
                const auto found = std::find_if(messages.begin(), messages.end(), [&](const Message& m) {
                    return m.context == context && m.source == text;
                });
                if (found == messages.end() || found->translations.isEmpty()) {
                    problems << QStringLiteral("%1: [%2] \"%3\" is not in the file")
                                    .arg(QString::fromUtf8(group.name), context, text);
                    continue;
                }
                byKey[acceleratorKey(found->translations.constFirst())] << found->translations.constFirst();
            }
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
                if (it->size() > 1)
                    problems << QStringLiteral("%1: &%2 in %3")
                                    .arg(QString::fromUtf8(group.name), it.key(),
                                         it->join(QStringLiteral(", ")));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QFileInfo(path).fileName() + QStringLiteral(": ") +
                                                problems.join(QStringLiteral("; "))));
    }

    // The checks themselves, on hand-made messages.
    void helpers() {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2, %1")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2")}));
        QVERIFY(htmlTags(QStringLiteral("_dmarc.<domain>")).isEmpty());
        QVERIFY(htmlTags(QStringLiteral("<sélecteur>._domainkey")).isEmpty());
        QCOMPARE(htmlTags(QStringLiteral("<p><b>x</b><br/></p>")),
                 sorted({QStringLiteral("p"), QStringLiteral("b"), QStringLiteral("/b"), QStringLiteral("br"),
                         QStringLiteral("/p")}));
        QVERIFY(hasAccelerator(QStringLiteral("&File")));
        QVERIFY(!hasAccelerator(QStringLiteral("Tom && Jerry")));
        QVERIFY(!hasAccelerator(QStringLiteral("a &amp; b")));
        QCOMPARE(acceleratorKey(QStringLiteral("Co&mpare…")), QStringLiteral("m"));
        QCOMPARE(acceleratorKey(QStringLiteral("&Fichier")), QStringLiteral("f"));
        QCOMPARE(acceleratorKey(QStringLiteral("Tom && Jerry")), QString());
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
