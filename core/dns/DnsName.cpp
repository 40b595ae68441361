#include "DnsName.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DnsName)
};

QString tr(const char* text) {
    return QCoreApplication::translate("DnsName", text);
}

std::expected<void, QString> checkLengths(const QString& ace) {
    if (ace.isEmpty())
        return std::unexpected(Tr::tr("the name is empty"));
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty())
            return std::unexpected(
                Tr::tr("the name has an empty label (two dots in a row, or a leading dot)"));
        const qsizetype bytes = label.toUtf8().size();
        if (bytes > 63)
            return std::unexpected(
                Tr::tr(
                    "the label \"%1…\" is %2 bytes long; a DNS label is at most 63 bytes (RFC 1035 §2.3.4)")
                    .arg(label.left(20))
                    .arg(bytes));
    }
    const qsizetype total = ace.toUtf8().size();
    if (total > 253)
        return std::unexpected(
            Tr::tr("the name is %1 bytes long; a domain name is at most 253 bytes (RFC 1035 §2.3.4)")
                .arg(total));
    return {};
}
} // namespace

std::expected<DnsName, QString> DnsName::fromUserInput(const QString& input) {
    QString name = input.trimmed();
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    if (name.isEmpty())
        return std::unexpected(tr("the name is empty"));
    for (const QChar c : name) {
        if (c.isSpace())
            return std::unexpected(tr("the name contains white space"));
        if (c.unicode() < 0x80 && !(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                                    c == QLatin1Char('_')))
            return std::unexpected(tr("the character '%1' is not allowed in a domain name (letters, digits, "
                                      "'-', '_' and '.' only)")
                                       .arg(c));
    }
    // Check raw label lengths before IDNA, which refuses over-long labels without saying why.
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    QString ace;
    if (ascii) {
        ace = name.toLower();
    } else {
        ace = QString::fromLatin1(QUrl::toAce(name, QUrl::AceTransitionalProcessing));
        if (ace.isEmpty())
            return std::unexpected(
                tr("\"%1\" cannot be converted to an internationalised domain name (IDNA)").arg(name));
    }
    if (auto ok = checkLengths(ace); !ok)
        return std::unexpected(ok.error());
    for (const QString& label : ace.split(QLatin1Char('.'))) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return std::unexpected(tr("the label \"%1\" starts or ends with a hyphen").arg(label));
    }
    DnsName out;
    out.m_ace = ace;
    out.m_unicode = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (out.m_unicode.isEmpty())
        out.m_unicode = ace;
    return out;
}

std::expected<DnsName, QString> DnsName::fromWire(const QString& input) {
    QString name = input;
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    const QString lower = name.toLower();
    if (auto ok = checkLengths(lower); !ok)
        return std::unexpected(ok.error());
    DnsName out;
    out.m_ace = lower;
    out.m_unicode = lower;
    return out;
}

QStringList DnsName::labels() const {
    return m_ace.split(QLatin1Char('.'));
}
