#include "DomainShard.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

DomainShard::DomainShard(int index, int count)
    : m_index(index)
    , m_count(count) {}

std::expected<DomainShard, QString> DomainShard::parse(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::unexpected(
            QStringLiteral("--shard takes I/N, the I-th of N shards counted from 1 (e.g. 1/3), not '%1'")
                .arg(text));
    const int index = match.captured(1).toInt();
    const int count = match.captured(2).toInt();
    if (count < 1)
        return std::unexpected(
            QStringLiteral("--shard %1: the number of shards must be 1 or more").arg(text));
    if (index < 1 || index > count)
        return std::unexpected(
            QStringLiteral("--shard %1: shards are counted from 1 to %2").arg(text).arg(count));
    return DomainShard(index, count);
}

int DomainShard::of(const QString& normalisedName, int count) {
    const QByteArray digest = QCryptographicHash::hash(normalisedName.toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(digest.at(i));
    return static_cast<int>(value % static_cast<quint64>(std::max(count, 1))) + 1;
}

QString DomainShard::listFingerprint(const QStringList& normalisedNames) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& name : normalisedNames) {
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QJsonObject DomainShard::stamp(qsizetype position, qsizetype listSize, const QString& list,
                               const QString& options) const {
    return {{QStringLiteral("index"), m_index},
            {QStringLiteral("count"), m_count},
            {QStringLiteral("position"), position},
            {QStringLiteral("of"), listSize},
            {QStringLiteral("list"), list},
            {QStringLiteral("version"), QStringLiteral(MAILSIGHT_VERSION)},
            {QStringLiteral("options"), options}};
}
