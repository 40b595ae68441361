#pragma once
// One of N deterministic slices of a domain list (audit --shard I/N, docs/batch-audits.md): a
// domain belongs to shard 1 + (the first 8 bytes of SHA-256 of its normalised name, big-endian,
// mod N). The normalised name is what the audit uses: A-labels (IDNA), lower case, no trailing
// dot, so "Example.COM." and "example.com" fall in the same shard, a duplicate falls where its
// first occurrence does, and the slices do not change when the list is reordered. Shards are
// numbered from 1 to N, as CI matrices count jobs.

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <expected>

class DomainShard {
public:
    // The most shards (and so the highest index) parse() takes: six digits.
    static constexpr int kMaxCount = 999999;

    DomainShard(int index, int count);

    // "I/N" with 1 <= I <= N; anything else is refused with a message naming the text.
    static std::expected<DomainShard, QString> parse(const QString& text);
    // The shard (1..count) of a normalised name.
    static int of(const QString& normalisedName, int count);
    // A short fingerprint of a whole list in its order (the first 16 hex digits of its SHA-256),
    // so that merge can tell parts of one list from parts of another.
    static QString listFingerprint(const QStringList& normalisedNames);

    // The "shard" member of each report of a sharded run: index, count, the report's position in
    // the whole list, the list's length and fingerprint, the Mailsight version and a fingerprint
    // of the options that shape the results.
    QJsonObject stamp(qsizetype position, qsizetype listSize, const QString& list,
                      const QString& options) const;

    int index() const { return m_index; } // 1-based
    int count() const { return m_count; }
    bool contains(const QString& normalisedName) const { return of(normalisedName, m_count) == m_index; }
    QString text() const { return QStringLiteral("%1/%2").arg(m_index).arg(m_count); }

private:
    int m_index = 1;
    int m_count = 1;
};
