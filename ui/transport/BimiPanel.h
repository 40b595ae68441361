#pragma once
// Shows the BIMI part of a transport check: the record, the DMARC prerequisite, the logo (rendered
// with QSvgRenderer only when it passed the SVG Tiny PS check, else the list of its errors) and the
// Mark Certificate's details. Holds no global state; the Transport tab places it and calls setBimi().

#include "transport/BimiResult.h"

#include <QWidget>

class QLabel;

class BimiPanel : public QWidget {
    Q_OBJECT
public:
    explicit BimiPanel(QWidget* parent = nullptr);
    void setBimi(const BimiResult& bimi);
    // True when the last setBimi() rendered a logo.
    bool logoShown() const { return m_logoShown; }

    static constexpr int logoSize = 128;

private:
    QLabel* m_record;
    QLabel* m_dmarc;
    QLabel* m_logo;
    QLabel* m_logoText;
    QLabel* m_authority;
    bool m_logoShown = false;
};
