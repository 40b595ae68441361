#pragma once
// The row of area cards above the Overview's findings: one AuditAreaCard per entry of
// AuditAreaSummary::of(), in its order. A click on a card asks for that area's tab. In a narrow
// window the cards wrap into balanced rows (6 cards: 3 + 3, 2 + 2 + 2) rather than squeeze.

#include "audit/AuditAreaSummary.h"

#include <QWidget>

class AuditAreaCard;
class QGridLayout;

class AuditAreaCards : public QWidget {
    Q_OBJECT
public:
    explicit AuditAreaCards(QWidget* parent = nullptr);

    void setAreas(const QList<AuditAreaSummary>& areas);
    QList<AuditAreaCard*> cards() const { return m_cards; }
    AuditAreaCard* card(const QString& areaId) const;
    int columns() const { return m_columns; }

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void areaActivated(const QString& areaId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int cardWidth() const; // the narrowest a card can be, with the spacing
    void arrange(bool force);

    QGridLayout* m_layout;
    QList<AuditAreaCard*> m_cards;
    int m_columns = 0;
};
