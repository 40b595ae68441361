#include "DnssecPanel.h"

#include "SeverityStyle.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>

namespace {
QLabel* makeLabel(QWidget* parent, const char* name) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QColor stateColour(const QString& state) {
    if (state == QLatin1String("secure"))
        return SeverityStyle::okColour();
    if (state == QLatin1String("bogus"))
        return SeverityStyle::colour(Severity::Error);
    if (state == QLatin1String("insecure"))
        return SeverityStyle::colour(Severity::Warning);
    return SeverityStyle::colour(Severity::Info);
}

QIcon stateIcon(const QString& state) {
    if (state == QLatin1String("secure"))
        return SeverityStyle::okIcon();
    if (state == QLatin1String("bogus"))
        return SeverityStyle::icon(Severity::Error);
    if (state == QLatin1String("insecure"))
        return SeverityStyle::icon(Severity::Warning);
    const QStyle* style = QApplication::style();
    return style ? style->standardIcon(QStyle::SP_MessageBoxQuestion) : QIcon();
}

QString stateSymbol(const QString& state) {
    if (state == QLatin1String("secure"))
        return QStringLiteral("\u2714");
    if (state == QLatin1String("bogus"))
        return QStringLiteral("\u2716");
    if (state == QLatin1String("insecure"))
        return QStringLiteral("\u25CB");
    return QStringLiteral("?");
}
} // namespace

QString DnssecPanel::stateWord(const QString& state) {
    if (state == QLatin1String("secure"))
        return tr("Secure");
    if (state == QLatin1String("insecure"))
        return tr("Insecure (unsigned)");
    if (state == QLatin1String("bogus"))
        return tr("Bogus");
    return tr("Indeterminate");
}

DnssecPanel::DnssecPanel(QWidget* parent)
    : QWidget(parent)
    , m_headline(makeLabel(this, "dnssecHeadline"))
    , m_chains(new QWidget(this))
    , m_chainLayout(new QVBoxLayout(m_chains))
    , m_names(new QTableWidget(0, 4, this))
    , m_signing(makeLabel(this, "dnssecSigning"))
    , m_findings(makeLabel(this, "dnssecFindings")) {
    m_chains->setObjectName(QStringLiteral("dnssecChains"));
    m_chainLayout->setContentsMargins(0, 0, 0, 0);
    m_names->setObjectName(QStringLiteral("dnssecNames"));
    m_names->setAccessibleName(tr("Names validated"));
    m_names->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("State"), tr("Why")});
    m_names->horizontalHeader()->setStretchLastSection(true);
    m_names->verticalHeader()->hide();
    m_names->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_names->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    auto* chainTitle = new QLabel(tr("Chain of trust"), this);
    chainTitle->setFont(bold);
    layout->addWidget(chainTitle);
    layout->addWidget(m_chains);
    layout->addWidget(m_names, 1);
    layout->addWidget(m_signing);
    layout->addWidget(m_findings);
    setResult({});
}

void DnssecPanel::addChain(const QJsonArray& chain) {
    auto* row = new QWidget(m_chains);
    row->setObjectName(QStringLiteral("dnssecChain"));
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    QString breakNote;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QJsonObject link = chain.at(i).toObject();
        const QString state = link.value(QStringLiteral("status")).toString();
        if (i > 0) {
            auto* arrow = new QLabel(QStringLiteral("\u2192"), row);
            arrow->setAccessibleName(tr("delegates to"));
            h->addWidget(arrow);
        }
        auto* box = new QFrame(row);
        box->setObjectName(QStringLiteral("dnssecLink"));
        box->setFrameShape(QFrame::Box);
        const QColor colour = stateColour(state);
        // The frame and the word carry the colour; the icon and the word say it without colour.
        box->setStyleSheet(QStringLiteral("QFrame#dnssecLink { border: 2px solid %1; border-radius: 4px; }")
                               .arg(colour.name()));
        auto* v = new QHBoxLayout(box);
        auto* icon = new QLabel(box);
        icon->setPixmap(stateIcon(state).pixmap(16, 16));
        v->addWidget(icon);
        auto* text = new QLabel(box);
        text->setObjectName(QStringLiteral("dnssecLinkText"));
        text->setTextFormat(Qt::PlainText);
        text->setText(
            QStringLiteral("%1\n%2 %3")
                .arg(link.value(QStringLiteral("zone")).toString(), stateSymbol(state), stateWord(state)));
        QPalette p = text->palette();
        p.setColor(QPalette::WindowText, colour);
        text->setPalette(p);
        v->addWidget(text);
        box->setToolTip(link.value(QStringLiteral("note")).toString());
        h->addWidget(box);
        if (state != QLatin1String("secure") && breakNote.isEmpty())
            breakNote = link.value(QStringLiteral("note")).toString();
    }
    h->addStretch(1);
    m_chainLayout->addWidget(row);
    if (!breakNote.isEmpty()) {
        auto* note = makeLabel(m_chains, "dnssecBreak");
        note->setText(tr("Where the chain breaks: %1").arg(breakNote));
        m_chainLayout->addWidget(note);
    }
    ++m_chainCount;
}

void DnssecPanel::setResult(const QJsonObject& d) {
    while (QLayoutItem* item = m_chainLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_chainCount = 0;
    m_names->setRowCount(0);
    m_signing->clear();
    m_findings->clear();
    if (d.isEmpty()) {
        m_headline->setText(tr("DNSSEC not checked yet."));
        return;
    }
    const QString overall = d.value(QStringLiteral("status")).toString();
    QString sentence;
    if (d.contains(QStringLiteral("notValidated")))
        sentence = tr("Not validated: %1").arg(d.value(QStringLiteral("notValidated")).toString());
    else if (overall == QLatin1String("secure"))
        sentence = tr("every record checked is signed and its chain of trust is intact.");
    else if (overall == QLatin1String("insecure"))
        sentence = tr("records are not signed: nothing proves they come from the domain's owner.");
    else if (overall == QLatin1String("bogus"))
        sentence = tr("signatures do not validate: validating resolvers cannot read these names.");
    else
        sentence = tr("the chain of trust could not be checked.");
    m_headline->setText(QStringLiteral("%1 %2: %3").arg(stateSymbol(overall), stateWord(overall), sentence));
    QPalette hp = m_headline->palette();
    hp.setColor(QPalette::WindowText, stateColour(overall));
    m_headline->setPalette(hp);

    QStringList seen;
    const QJsonArray names = d.value(QStringLiteral("names")).toArray();
    for (const QJsonValue& v : names) {
        const QJsonArray chain = v.toObject().value(QStringLiteral("chain")).toArray();
        QString key;
        for (const QJsonValue& l : chain)
            key += l.toObject().value(QStringLiteral("zone")).toString() + QLatin1Char('/') +
                   l.toObject().value(QStringLiteral("status")).toString() + QLatin1Char(' ');
        if (chain.isEmpty() || seen.contains(key))
            continue;
        seen << key;
        addChain(chain);
    }
    m_names->setRowCount(static_cast<int>(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject n = names.at(i).toObject();
        const QString state = n.value(QStringLiteral("status")).toString();
        m_names->setItem(i, 0, new QTableWidgetItem(n.value(QStringLiteral("name")).toString()));
        m_names->setItem(i, 1, new QTableWidgetItem(n.value(QStringLiteral("type")).toString()));
        auto* stateItem = new QTableWidgetItem(stateIcon(state), stateWord(state));
        stateItem->setForeground(stateColour(state));
        stateItem->setData(Qt::UserRole, state);
        m_names->setItem(i, 2, stateItem);
        auto* why = new QTableWidgetItem(n.value(QStringLiteral("reason")).toString());
        why->setToolTip(why->text());
        m_names->setItem(i, 3, why);
    }
    m_names->resizeColumnsToContents();

    QStringList signing;
    for (const QJsonValue& v : d.value(QStringLiteral("signing")).toArray())
        signing << QStringLiteral("\u2022 ") + v.toObject().value(QStringLiteral("detail")).toString();
    if (!signing.isEmpty())
        m_signing->setText(tr("Signing health:") + QLatin1Char('\n') + signing.join(QLatin1Char('\n')));
    QStringList findings;
    for (const QJsonValue& v : d.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        const auto severity = severityFromName(f.value(QStringLiteral("severity")).toString());
        findings << QStringLiteral("%1 %2 %3: %4")
                        .arg(SeverityStyle::symbol(severity.value_or(Severity::Info)),
                             SeverityStyle::word(severity.value_or(Severity::Info)),
                             f.value(QStringLiteral("code")).toString(),
                             f.value(QStringLiteral("detail")).toString());
    }
    m_findings->setText(findings.isEmpty() ? tr("No DNSSEC findings.") : findings.join(QLatin1Char('\n')));
}
