#include "AuditAreaCard.h"

#include "AppTheme.h"
#include "SeverityStyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

using State = AuditAreaSummary::State;

AuditAreaCard::AuditAreaCard(const AuditAreaSummary& area, QWidget* parent)
    : QAbstractButton(parent)
    , m_area(area)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(area.title, this))
    , m_state(new QLabel(AuditAreaSummary::stateWord(area.state), this))
    , m_reason(new QLabel(area.reason, this)) {
    setObjectName(QStringLiteral("areaCard_") + area.id);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setText(area.title);
    setAccessibleName(tr("%1: %2, %3").arg(area.title, AuditAreaSummary::stateWord(area.state), area.reason));
    setAccessibleDescription(tr("Opens the %1 tab").arg(area.title));
    setToolTip(tr("%1 — %2\n%3\nClick to open the %1 tab.")
                   .arg(area.title, AuditAreaSummary::stateWord(area.state), area.reason));
    m_title->setObjectName(QStringLiteral("areaTitle"));
    m_state->setObjectName(QStringLiteral("areaState"));
    m_reason->setObjectName(QStringLiteral("areaReason"));
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    for (QLabel* label : {m_icon, m_title, m_state, m_reason})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* head = m_head = new QHBoxLayout;
    head->setSpacing(6);
    head->addWidget(m_icon);
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_state);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 10, 8); // room on the left for the coloured edge
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addWidget(m_reason, 1);
    applyStyle();
}

QString AuditAreaCard::stateText() const {
    return m_state->text();
}

QString AuditAreaCard::reasonText() const {
    return m_reason->text();
}

QColor AuditAreaCard::stateColour() const {
    switch (m_area.state) {
    case State::Ok:
        return SeverityStyle::okColour();
    case State::Warning:
        return SeverityStyle::colour(Severity::Warning);
    case State::Error:
        return SeverityStyle::colour(Severity::Error);
    case State::Unknown:
        break;
    }
    return AppTheme::readable(QColor(0x70, 0x70, 0x70));
}

void AuditAreaCard::applyStyle() {
    QIcon icon;
    switch (m_area.state) {
    case State::Ok:
        icon = SeverityStyle::okIcon();
        break;
    case State::Warning:
        icon = SeverityStyle::icon(Severity::Warning);
        break;
    case State::Error:
        icon = SeverityStyle::icon(Severity::Error);
        break;
    case State::Unknown:
        icon = style()->standardIcon(QStyle::SP_MessageBoxQuestion);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    QPalette p = m_state->palette();
    p.setColor(QPalette::WindowText, stateColour());
    m_state->setPalette(p);
}

QSize AuditAreaCard::sizeHint() const {
    return layout() ? layout()->sizeHint().expandedTo(QSize(160, 0)) : QSize(160, 60);
}

QSize AuditAreaCard::minimumSizeHint() const {
    // As narrow as the title row: the reason wraps.
    const QMargins m = layout()->contentsMargins();
    return {m_head->minimumSize().width() + m.left() + m.right(), layout()->minimumSize().height()};
}

void AuditAreaCard::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor fill = p.color(QPalette::Base);
    if (isDown())
        fill = p.color(QPalette::Midlight);
    else if (underMouse())
        fill = p.color(QPalette::AlternateBase);
    const QColor border = hasFocus() ? p.color(QPalette::Highlight) : p.color(QPalette::Mid);
    painter.setPen(QPen(border, hasFocus() ? 2.0 : 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    // The state's colour as an edge: with the icon and the word, never the only sign.
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColour());
    painter.drawRoundedRect(QRectF(box.left() + 1, box.top() + 1, 5, box.height() - 2), 2, 2);
}

void AuditAreaCard::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        animateClick();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void AuditAreaCard::changeEvent(QEvent* event) {
    QAbstractButton::changeEvent(event);
    // A theme change (Settings) gives the colours and icons of the new palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyStyle();
}
