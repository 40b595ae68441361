#pragma once
// One area of the audit at a glance (AuditAreaSummary): the area's title, its state as icon, word
// and colour (never colour alone), and the one-line reason. A button: a click, Space or Enter
// opens the area's tab; its accessible name says title, state and reason.

#include "audit/AuditAreaSummary.h"

#include <QAbstractButton>

class QHBoxLayout;
class QLabel;

class AuditAreaCard : public QAbstractButton {
    Q_OBJECT
public:
    explicit AuditAreaCard(const AuditAreaSummary& area, QWidget* parent = nullptr);

    const AuditAreaSummary& area() const { return m_area; }
    QString stateText() const;  // the word shown: "Error"
    QString reasonText() const; // the reason shown
    QColor stateColour() const; // readable on the current palette

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();

    AuditAreaSummary m_area;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_reason;
    QHBoxLayout* m_head = nullptr;
};
