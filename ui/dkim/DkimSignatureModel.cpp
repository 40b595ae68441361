#include "DkimSignatureModel.h"

#include "DkimSelectorModel.h"

int DkimSignatureModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DkimSignatureModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DkimSignatureModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (!row.signature) {
        if (role == Qt::DisplayRole && index.column() == Message)
            return row.message;
        if (row.domainKeys) {
            // Only a DomainKey-Signature (RFC 4870): say what it is, and that it is not evaluated.
            if (role == Qt::DisplayRole && index.column() == Result)
                return tr("DomainKeys only");
            if (role == Qt::DisplayRole && index.column() == Domain)
                return row.domainKeys->domain;
            if (role == Qt::DisplayRole && index.column() == Selector)
                return row.domainKeys->selector;
            if (role == Qt::DisplayRole && index.column() == Algorithm)
                return row.domainKeys->algorithm;
            if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == Reason)
                return tr("a DomainKey-Signature (RFC 4870, historic) is not evaluated; without a "
                          "DKIM-Signature the message counts as unsigned");
            return {};
        }
        if (role == Qt::DisplayRole && index.column() == Result)
            return tr("unsigned");
        if (role == Qt::DisplayRole && index.column() == Reason)
            return tr("the message has no DKIM-Signature header");
        return {};
    }
    const DkimSignatureVerification& s = *row.signature;
    const std::optional<Severity> severity =
        s.result == QLatin1String("pass")
            ? std::nullopt
            : std::optional<Severity>(s.result == QLatin1String("neutral") ? Severity::Warning
                                                                           : Severity::Error);
    switch (index.column()) {
    case Message:
        return role == Qt::DisplayRole ? QVariant(row.message) : QVariant();
    case Result:
        if (role == Qt::DisplayRole)
            return s.result;
        if (role == Qt::DecorationRole)
            return DkimSelectorModel::severityIcon(severity);
        if (role == Qt::ForegroundRole)
            return DkimSelectorModel::severityColour(severity);
        return {};
    case Domain:
        return role == Qt::DisplayRole ? QVariant(s.signature.domain) : QVariant();
    case Selector:
        return role == Qt::DisplayRole ? QVariant(s.signature.selector) : QVariant();
    case Algorithm:
        return role == Qt::DisplayRole
                   ? QVariant(s.signature.algorithm + QLatin1Char(' ') + s.signature.canonicalization)
                   : QVariant();
    case Alignment:
        if (role == Qt::ToolTipRole)
            return tr("RFC 9989: %1\nRFC 7489: %2")
                .arg(s.alignment.rfc9989.explanation, s.alignment.rfc7489.explanation);
        return role == Qt::DisplayRole ? QVariant(s.alignment.summary()) : QVariant();
    case Reason:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return s.reason;
        return {};
    default:
        return {};
    }
}

QVariant DkimSignatureModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Message:
        return tr("Message");
    case Result:
        return tr("Result");
    case Domain:
        return tr("d=");
    case Selector:
        return tr("s=");
    case Algorithm:
        return tr("Algorithm");
    case Alignment:
        return tr("Alignment with From");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

void DkimSignatureModel::addVerification(const DkimVerification& verification) {
    QList<Row> rows;
    if (verification.signatures.isEmpty())
        rows << Row{verification.label, std::nullopt,
                    verification.domainKeySignatures.isEmpty()
                        ? std::nullopt
                        : std::optional(verification.domainKeySignatures.first())};
    for (const DkimSignatureVerification& s : verification.signatures)
        rows << Row{verification.label, s, std::nullopt};
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void DkimSignatureModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}
