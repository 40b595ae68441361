#include "AuditAreaCards.h"

#include "AuditAreaCard.h"

#include <QHBoxLayout>

AuditAreaCards::AuditAreaCards(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this)) {
    setObjectName(QStringLiteral("areaCards"));
    setAccessibleName(tr("Areas of the audit"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
}

void AuditAreaCards::setAreas(const QList<AuditAreaSummary>& areas) {
    for (AuditAreaCard* card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    QWidget* previous = nullptr;
    for (const AuditAreaSummary& area : areas) {
        auto* card = new AuditAreaCard(area, this);
        connect(card, &AuditAreaCard::clicked, this, [this, id = area.id] { Q_EMIT areaActivated(id); });
        m_layout->addWidget(card, 1);
        if (previous)
            setTabOrder(previous, card);
        previous = card;
        m_cards << card;
    }
    setVisible(!m_cards.isEmpty());
}

AuditAreaCard* AuditAreaCards::card(const QString& areaId) const {
    for (AuditAreaCard* card : m_cards)
        if (card->area().id == areaId)
            return card;
    return nullptr;
}
