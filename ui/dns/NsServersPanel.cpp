#include "NsServersPanel.h"

#include "SeverityStyle.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel* makeLabel(QWidget* parent, const char* name) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

// A state cell: icon, word and colour together.
QTableWidgetItem* stateItem(std::optional<Severity> severity, const QString& text) {
    auto* i = item(text);
    if (severity) {
        i->setIcon(SeverityStyle::icon(*severity));
        i->setForeground(SeverityStyle::colour(*severity));
    } else {
        i->setIcon(SeverityStyle::okIcon());
        i->setForeground(SeverityStyle::okColour());
    }
    return i;
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

NsServersPanel::NsServersPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(makeLabel(this, "nsSummary"))
    , m_delegation(makeLabel(this, "nsDelegation"))
    , m_servers(makeTable(this, "nsServers", {tr("Server"), tr("Address"), tr("Serial"), tr("State")}))
    , m_differences(makeTable(this, "nsDifferences", {tr("Record"), tr("Servers"), tr("Records served")})) {
    m_servers->setAccessibleName(tr("Authoritative servers"));
    m_differences->setAccessibleName(tr("Records that differ between servers"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_delegation);
    layout->addWidget(m_servers, 1);
    auto* diffTitle = new QLabel(tr("Records that differ between servers"), this);
    diffTitle->setObjectName(QStringLiteral("nsDifferencesTitle"));
    layout->addWidget(diffTitle);
    layout->addWidget(m_differences, 1);
    setResult({});
}

void NsServersPanel::setResult(const QJsonObject& ns) {
    m_servers->setRowCount(0);
    m_differences->setRowCount(0);
    m_delegation->clear();
    if (ns.isEmpty()) {
        m_summary->setText(tr("Not checked yet."));
        return;
    }
    if (!ns.value(QStringLiteral("checked")).toBool()) {
        const QString error = ns.value(QStringLiteral("error")).toString();
        m_summary->setText(SeverityStyle::symbol(Severity::Info) + QLatin1Char(' ') +
                           tr("The authoritative servers were not compared: %1")
                               .arg(error.isEmpty() ? ns.value(QStringLiteral("status")).toString() : error));
        return;
    }

    QMap<QString, QStringList> differingAt; // address -> "name TYPE"
    const QJsonArray diffs = ns.value(QStringLiteral("differences")).toArray();
    for (const QJsonValue& v : diffs) {
        const QJsonObject d = v.toObject();
        for (const QString& a : d.value(QStringLiteral("values")).toObject().keys())
            differingAt[a] << d.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                                  d.value(QStringLiteral("type")).toString();
    }
    const QJsonArray servers = ns.value(QStringLiteral("servers")).toArray();
    QMap<qint64, int> serials;
    for (const QJsonValue& v : servers)
        if (!v.toObject().value(QStringLiteral("serial")).isNull())
            ++serials[v.toObject().value(QStringLiteral("serial")).toInteger()];
    const qint64 newest = serials.isEmpty() ? 0 : serials.lastKey();

    int lame = 0;
    for (const QJsonValue& v : servers) {
        const QJsonObject s = v.toObject();
        const QString address = s.value(QStringLiteral("address")).toString();
        const int row = m_servers->rowCount();
        m_servers->insertRow(row);
        m_servers->setItem(row, NameColumn, item(s.value(QStringLiteral("name")).toString()));
        m_servers->setItem(row, AddressColumn, item(address.isEmpty() ? QStringLiteral("–") : address));
        const QJsonValue serial = s.value(QStringLiteral("serial"));
        m_servers->setItem(row, SerialColumn,
                           item(serial.isNull() ? QStringLiteral("–") : QString::number(serial.toInteger())));
        QTableWidgetItem* state = nullptr;
        if (s.value(QStringLiteral("lame")).toBool()) {
            ++lame;
            state =
                stateItem(Severity::Warning, tr("Lame: %1").arg(s.value(QStringLiteral("error")).toString()));
        } else if (differingAt.contains(address)) {
            state = stateItem(Severity::Error,
                              tr("Differs: %1").arg(differingAt.value(address).join(QStringLiteral(", "))));
        } else if (serials.size() > 1 && serial.toInteger() != newest) {
            state = stateItem(Severity::Warning, tr("Older serial"));
        } else {
            state = stateItem(std::nullopt, tr("OK"));
        }
        m_servers->setItem(row, StateColumn, state);
    }

    for (const QJsonValue& v : diffs) {
        const QJsonObject d = v.toObject();
        const QJsonObject values = d.value(QStringLiteral("values")).toObject();
        const QJsonObject outcomes = d.value(QStringLiteral("outcomes")).toObject();
        QMap<QString, QStringList> versions; // records -> addresses
        for (const QString& a : values.keys()) {
            QString records = strings(values.value(a)).join(QLatin1Char('\n'));
            if (records.isEmpty())
                records = QStringLiteral("(%1)").arg(outcomes.value(a).toString());
            versions[records] << a;
        }
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            const int row = m_differences->rowCount();
            m_differences->insertRow(row);
            m_differences->setItem(
                row, RecordColumn,
                stateItem(Severity::Error, tr("Differs: %1 %2")
                                               .arg(d.value(QStringLiteral("name")).toString(),
                                                    d.value(QStringLiteral("type")).toString())));
            m_differences->setItem(row, ServersColumn, item(it.value().join(QStringLiteral(", "))));
            m_differences->setItem(row, ValuesColumn, item(it.key()));
        }
    }
    m_servers->resizeColumnsToContents();
    m_differences->resizeColumnsToContents();
    m_differences->resizeRowsToContents();

    const QJsonObject del = ns.value(QStringLiteral("delegation")).toObject();
    if (!del.value(QStringLiteral("error")).isNull())
        m_delegation->setText(
            tr("Delegation not checked: %1").arg(del.value(QStringLiteral("error")).toString()));
    else if (del.value(QStringLiteral("matches")).toBool(true))
        m_delegation->setText(
            SeverityStyle::symbol(Severity::Info) + QLatin1Char(' ') +
            tr("Delegation at %1 matches the zone: %2")
                .arg(del.value(QStringLiteral("parentZone")).toString(),
                     strings(del.value(QStringLiteral("parent"))).join(QStringLiteral(", "))));
    else
        m_delegation->setText(
            SeverityStyle::symbol(Severity::Warning) + QLatin1Char(' ') +
            tr("Delegation differs: at %1: %2; in the zone: %3")
                .arg(del.value(QStringLiteral("parentZone")).toString(),
                     strings(del.value(QStringLiteral("parent"))).join(QStringLiteral(", ")),
                     strings(del.value(QStringLiteral("zone"))).join(QStringLiteral(", "))));

    const Severity worst = !diffs.isEmpty()                 ? Severity::Error
                           : lame > 0 || serials.size() > 1 ? Severity::Warning
                                                            : Severity::Info;
    QString summary;
    if (worst == Severity::Info)
        summary = tr("%n server address(es) of %1 answer alike.", nullptr, int(servers.size()))
                      .arg(ns.value(QStringLiteral("zone")).toString());
    else {
        QStringList parts;
        if (!diffs.isEmpty())
            parts << tr("%n record set(s) differ between servers", nullptr, int(diffs.size()));
        if (serials.size() > 1)
            parts << tr("%n different serials", nullptr, int(serials.size()));
        if (lame > 0)
            parts << tr("%n lame server address(es)", nullptr, lame);
        summary = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }
    m_summary->setText(SeverityStyle::symbol(worst) + QLatin1Char(' ') +
                       (worst == Severity::Info ? tr("OK") : SeverityStyle::word(worst)) +
                       QStringLiteral(": ") + summary);
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText,
               worst == Severity::Info ? SeverityStyle::okColour() : SeverityStyle::colour(worst));
    m_summary->setPalette(p);
}
