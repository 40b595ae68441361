#pragma once
// The row of area cards above the Overview's findings: one AuditAreaCard per entry of
// AuditAreaSummary::of(), in its order. A click on a card asks for that area's tab.

#include "audit/AuditAreaSummary.h"

#include <QWidget>

class AuditAreaCard;
class QHBoxLayout;

class AuditAreaCards : public QWidget {
    Q_OBJECT
public:
    explicit AuditAreaCards(QWidget* parent = nullptr);

    void setAreas(const QList<AuditAreaSummary>& areas);
    QList<AuditAreaCard*> cards() const { return m_cards; }
    AuditAreaCard* card(const QString& areaId) const;

Q_SIGNALS:
    void areaActivated(const QString& areaId);

private:
    QHBoxLayout* m_layout;
    QList<AuditAreaCard*> m_cards;
};
