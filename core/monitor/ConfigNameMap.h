#pragma once
// Expected differences in names between two domains (`--map staging.example.com=example.com`):
// every domain name in a value that is FROM or under it is rewritten to TO (or under it) before
// two configurations are compared, so that only unexpected differences remain.

#include <QList>
#include <QString>
#include <expected>

class ConfigNameMap {
public:
    // "FROM=TO", both domain names.
    std::expected<void, QString> add(const QString& rule);
    void add(const QString& from, const QString& to);
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Rewrites the names in text (names case-insensitive, a trailing dot kept as it was).
    QString apply(const QString& text) const;
    QStringList rules() const; // "from=to"

private:
    QList<std::pair<QString, QString>> m_rules; // longest FROM first
};
