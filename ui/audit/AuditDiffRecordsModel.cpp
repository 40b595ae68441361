#include "AuditDiffRecordsModel.h"

#include <QFontDatabase>
#include <QJsonArray>

namespace {
const QString kAdded = QStringLiteral("added");
const QString kRemoved = QStringLiteral("removed");
const QString kChanged = QStringLiteral("changed");

QString joined(const QJsonValue& list) {
    QStringList out;
    for (const auto& v : list.toArray())
        out << v.toString();
    return out.join(QLatin1Char('\n'));
}

// "example.com TXT v=spf1 …" -> {"example.com TXT", "v=spf1 …"}
std::pair<QString, QString> splitRecord(const QString& line) {
    const qsizetype first = line.indexOf(QLatin1Char(' '));
    const qsizetype second = first < 0 ? -1 : line.indexOf(QLatin1Char(' '), first + 1);
    if (second < 0)
        return {line, QString()};
    return {line.left(second), line.mid(second + 1)};
}

// The terms of an SPF record other than includes and redirects (those have rows of their own).
QStringList spfTerms(const QJsonValue& record) {
    QStringList out;
    for (const QString& t : record.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (t.startsWith(QLatin1String("v="), Qt::CaseInsensitive) ||
            t.contains(QLatin1String("include:"), Qt::CaseInsensitive) ||
            t.startsWith(QLatin1String("redirect="), Qt::CaseInsensitive))
            continue;
        out << t;
    }
    return out;
}

QString keyText(const QJsonObject& k) {
    return AuditDiffRecordsModel::tr("%1, %2 bits")
        .arg(k.value(QStringLiteral("keyType")).toString().toUpper())
        .arg(k.value(QStringLiteral("keyBits")).toInt());
}
} // namespace

void AuditDiffRecordsModel::setDiff(const QJsonObject& diff) {
    beginResetModel();
    m_rows.clear();
    auto lookups = [](int n) { return tr("%n DNS lookup(s)", nullptr, n); };

    // What the checks make of the records first: that is what people ask about.
    const QJsonObject dmarc =
        diff.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")).toObject();
    if (!dmarc.isEmpty() && dmarc.value(QStringLiteral("before")) != dmarc.value(QStringLiteral("after")))
        m_rows << Row{kChanged, QStringLiteral("dmarc-policy"), QString(),
                      dmarc.value(QStringLiteral("before")).toString(),
                      dmarc.value(QStringLiteral("after")).toString()};

    const QJsonObject spf = diff.value(QStringLiteral("spf")).toObject();
    if (!spf.isEmpty()) {
        const QJsonObject count = spf.value(QStringLiteral("lookups")).toObject();
        if (count.value(QStringLiteral("before")) != count.value(QStringLiteral("after")))
            m_rows << Row{kChanged, QStringLiteral("spf-lookups"), QString(),
                          lookups(count.value(QStringLiteral("before")).toInt()),
                          lookups(count.value(QStringLiteral("after")).toInt())};
        const QJsonObject record = spf.value(QStringLiteral("record")).toObject();
        const QStringList before = spfTerms(record.value(QStringLiteral("before")));
        const QStringList after = spfTerms(record.value(QStringLiteral("after")));
        for (const QString& t : after)
            if (!before.contains(t))
                m_rows << Row{kAdded, QStringLiteral("spf-term"), t, QString(), t};
        for (const QString& t : before)
            if (!after.contains(t))
                m_rows << Row{kRemoved, QStringLiteral("spf-term"), t, t, QString()};
        for (const auto& v : spf.value(QStringLiteral("includesAdded")).toArray()) {
            const QJsonObject o = v.toObject();
            m_rows << Row{kAdded, QStringLiteral("spf-include"), o.value(QStringLiteral("term")).toString(),
                          QString(), lookups(o.value(QStringLiteral("lookups")).toInt())};
        }
        for (const auto& v : spf.value(QStringLiteral("includesRemoved")).toArray()) {
            const QJsonObject o = v.toObject();
            m_rows << Row{kRemoved, QStringLiteral("spf-include"), o.value(QStringLiteral("term")).toString(),
                          lookups(o.value(QStringLiteral("lookups")).toInt()), QString()};
        }
        for (const auto& v : spf.value(QStringLiteral("includesChanged")).toArray()) {
            const QJsonObject o = v.toObject();
            m_rows << Row{kChanged, QStringLiteral("spf-include"), o.value(QStringLiteral("term")).toString(),
                          lookups(o.value(QStringLiteral("before")).toInt()),
                          lookups(o.value(QStringLiteral("after")).toInt())};
        }
    }

    const QJsonObject dkim = diff.value(QStringLiteral("dkim")).toObject();
    for (const auto& v : dkim.value(QStringLiteral("keysAdded")).toArray()) {
        const QJsonObject o = v.toObject();
        m_rows << Row{kAdded, QStringLiteral("dkim-key"), o.value(QStringLiteral("selector")).toString(),
                      QString(), keyText(o)};
    }
    for (const auto& v : dkim.value(QStringLiteral("keysRemoved")).toArray()) {
        const QJsonObject o = v.toObject();
        m_rows << Row{kRemoved, QStringLiteral("dkim-key"), o.value(QStringLiteral("selector")).toString(),
                      keyText(o), QString()};
    }
    for (const auto& v : dkim.value(QStringLiteral("keysChanged")).toArray()) {
        const QJsonObject o = v.toObject();
        m_rows << Row{kChanged, QStringLiteral("dkim-key"), o.value(QStringLiteral("selector")).toString(),
                      keyText(o.value(QStringLiteral("before")).toObject()),
                      keyText(o.value(QStringLiteral("after")).toObject())};
    }

    const QJsonObject records = diff.value(QStringLiteral("records")).toObject();
    for (const auto& v : records.value(QStringLiteral("added")).toArray()) {
        const auto [rrset, data] = splitRecord(v.toString());
        m_rows << Row{kAdded, QStringLiteral("record"), rrset, QString(), data};
    }
    for (const auto& v : records.value(QStringLiteral("removed")).toArray()) {
        const auto [rrset, data] = splitRecord(v.toString());
        m_rows << Row{kRemoved, QStringLiteral("record"), rrset, data, QString()};
    }
    for (const auto& v : records.value(QStringLiteral("changed")).toArray()) {
        const QJsonObject o = v.toObject();
        m_rows << Row{kChanged, QStringLiteral("record"), o.value(QStringLiteral("rrset")).toString(),
                      joined(o.value(QStringLiteral("before"))), joined(o.value(QStringLiteral("after")))};
    }
    endResetModel();
}

QString AuditDiffRecordsModel::kindLabel(const QString& kind) const {
    if (kind == QLatin1String("dmarc-policy"))
        return tr("DMARC policy");
    if (kind == QLatin1String("spf-lookups"))
        return tr("SPF lookups");
    if (kind == QLatin1String("spf-term"))
        return tr("SPF term");
    if (kind == QLatin1String("spf-include"))
        return tr("SPF include");
    if (kind == QLatin1String("dkim-key"))
        return tr("DKIM key");
    return tr("DNS record");
}

int AuditDiffRecordsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditDiffRecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffRecordsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == ChangeRole)
        return r.change;
    if (role == KindRole)
        return r.kind;
    switch (Column(index.column())) {
    case ChangeColumn:
        if (role == Qt::DisplayRole)
            return r.change == kAdded ? tr("Added") : r.change == kRemoved ? tr("Removed") : tr("Changed");
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole)
            return kindLabel(r.kind);
        break;
    case ItemColumn:
    case BeforeColumn:
    case AfterColumn: {
        const QString& text = index.column() == ItemColumn     ? r.item
                              : index.column() == BeforeColumn ? r.before
                                                               : r.after;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return text;
        // Records and terms in monospace; the counts and key sizes read as prose.
        if (role == Qt::FontRole && (r.kind == QLatin1String("record") ||
                                     r.kind == QLatin1String("spf-term") || index.column() == ItemColumn))
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditDiffRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ChangeColumn:
        return tr("Change");
    case WhatColumn:
        return tr("What");
    case ItemColumn:
        return tr("Name");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}
