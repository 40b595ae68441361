#include "AuditAreaCards.h"

#include "AuditAreaCard.h"

#include <QGridLayout>

#include <algorithm>

AuditAreaCards::AuditAreaCards(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this)) {
    setObjectName(QStringLiteral("areaCards"));
    setAccessibleName(tr("Areas of the audit"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    // The width is this widget's to choose (arrange()): the grid must not demand all columns.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
}

void AuditAreaCards::setAreas(const QList<AuditAreaSummary>& areas) {
    for (AuditAreaCard* card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    QWidget* previous = nullptr;
    for (const AuditAreaSummary& area : areas) {
        auto* card = new AuditAreaCard(area, this);
        connect(card, &AuditAreaCard::clicked, this, [this, id = area.id] { Q_EMIT areaActivated(id); });
        if (previous)
            setTabOrder(previous, card);
        previous = card;
        m_cards << card;
    }
    arrange(true);
    setVisible(!m_cards.isEmpty());
}

AuditAreaCard* AuditAreaCards::card(const QString& areaId) const {
    for (AuditAreaCard* card : m_cards)
        if (card->area().id == areaId)
            return card;
    return nullptr;
}

int AuditAreaCards::cardWidth() const {
    int width = 160;
    for (const AuditAreaCard* card : m_cards)
        width = std::max(width, card->minimumSizeHint().width());
    return width + m_layout->horizontalSpacing();
}

QSize AuditAreaCards::minimumSizeHint() const {
    return {cardWidth(), m_layout->minimumSize().height()};
}

void AuditAreaCards::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(false);
}

void AuditAreaCards::arrange(bool force) {
    const int n = int(m_cards.size());
    int columns = n == 0 ? 1 : std::clamp((width() + m_layout->horizontalSpacing()) / cardWidth(), 1, n);
    // Balanced rows: six cards with room for four make two rows of three.
    const int rows = n == 0 ? 1 : (n + columns - 1) / columns;
    columns = n == 0 ? 1 : (n + rows - 1) / rows;
    if (columns == m_columns && !force)
        return;
    const int oldColumns = std::max(m_columns, m_layout->columnCount());
    m_columns = columns;
    for (AuditAreaCard* card : std::as_const(m_cards))
        m_layout->removeWidget(card);
    for (int i = 0; i < n; ++i)
        m_layout->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < std::max(oldColumns, columns); ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
    updateGeometry();
}
