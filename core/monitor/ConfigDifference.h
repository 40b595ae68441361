#pragma once
// One row of a comparison of two domains' configurations: an item with its value on both sides
// (empty: the side does not have it), whether they differ and, when they do, why it matters.

#include <QJsonObject>
#include <QString>

struct ConfigDifference {
    QString area;
    QString item;
    QString kind;
    QString valueA; // empty: not present on side A
    QString valueB;
    bool differs = false;

    // One plain sentence: what a difference in this kind of item does to mail.
    QString why() const;
    static QString whyFor(const QString& kind);
    // The text shown for a side that does not have the item.
    static QString absentText();
    QString shownA() const { return valueA.isEmpty() ? absentText() : valueA; }
    QString shownB() const { return valueB.isEmpty() ? absentText() : valueB; }
    QJsonObject toJson() const;
};
