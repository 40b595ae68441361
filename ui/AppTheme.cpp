#include "AppTheme.h"

#include "QCustomPlotHeader.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace {
struct Original {
    QString styleName;
    QPalette palette;
};

// What the desktop gave us, captured before our first change so that System can go back to it.
Original& original() {
    static Original o{QApplication::style() ? QApplication::style()->name() : QString(),
                      QApplication::palette()};
    return o;
}

AppSettings::Theme g_current = AppSettings::Theme::System;

QPalette darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x91);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7c, 0xc9));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

// Black and white with yellow for selection and links: the classic high-contrast scheme, with
// strong borders (Light/Dark/Mid) so that frames and focus rectangles stand out.
QPalette highContrastPalette() {
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xff, 0x00);
    QPalette p;
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, yellow);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, white);
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0xc0, 0x40));
    const QColor disabled(0x9e, 0x9e, 0x9e);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

void AppTheme::apply(AppSettings::Theme theme) {
    const Original& o = original();
    // A style sheet wraps the style (its name() is then empty): drop ours before comparing names.
    if (!qApp->styleSheet().isEmpty())
        qApp->setStyleSheet(QString());
    if (theme == AppSettings::Theme::System) {
        if (!o.styleName.isEmpty() && QApplication::style()->name() != o.styleName)
            QApplication::setStyle(o.styleName);
    } else if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        // Fusion draws with the palette alone; native styles may ignore a dark palette.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    g_current = theme;
    QApplication::setPalette(palette(theme));
    // Fusion draws field frames a shade off the window colour, which is invisible on black: in
    // high contrast every field gets a white frame, the focused one a thick yellow one, and a
    // ticked box a yellow fill.
    if (theme == AppSettings::Theme::HighContrast)
        qApp->setStyleSheet(QStringLiteral("QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, "
                                           "QAbstractSpinBox, QComboBox { border: 1px solid #ffffff; }"
                                           "QComboBox { padding: 1px 18px 1px 3px; }"
                                           "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, "
                                           "QAbstractItemView:focus, QAbstractSpinBox:focus, QComboBox:focus "
                                           "{ border: 2px solid #ffff00; }"
                                           // Fusion's check and radio boxes vanish on black too.
                                           "QCheckBox::indicator, QRadioButton::indicator { width: 12px; "
                                           "height: 12px; border: 1px solid #ffffff; background: #000000; }"
                                           "QRadioButton::indicator { border-radius: 7px; }"
                                           "QCheckBox::indicator:checked, QRadioButton::indicator:checked "
                                           "{ background: #ffff00; }"
                                           "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled "
                                           "{ border-color: #9e9e9e; }"));
}

AppSettings::Theme AppTheme::current() {
    return g_current;
}

QPalette AppTheme::palette(AppSettings::Theme theme) {
    switch (theme) {
    case AppSettings::Theme::System:
        return original().palette;
    case AppSettings::Theme::Light: {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette p = fusion ? fusion->standardPalette() : original().palette;
        delete fusion;
        return p;
    }
    case AppSettings::Theme::Dark:
        return darkPalette();
    case AppSettings::Theme::HighContrast:
        return highContrastPalette();
    }
    return original().palette;
}

QString AppTheme::displayName(AppSettings::Theme theme) {
    switch (theme) {
    case AppSettings::Theme::System:
        return QApplication::translate("AppTheme", "System");
    case AppSettings::Theme::Light:
        return QApplication::translate("AppTheme", "Light");
    case AppSettings::Theme::Dark:
        return QApplication::translate("AppTheme", "Dark");
    case AppSettings::Theme::HighContrast:
        return QApplication::translate("AppTheme", "High contrast");
    }
    return {};
}

bool AppTheme::isDark(const QPalette& palette) {
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

double AppTheme::contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor AppTheme::readable(const QColor& colour, const QColor& background) {
    const QColor bg = background.isValid() ? background : QApplication::palette().color(QPalette::Base);
    const bool darkBackground = luminance(bg) < 0.2;
    float h = 0, s = 0, l = 0, a = 0;
    colour.getHslF(&h, &s, &l, &a);
    QColor c = colour;
    // Lightness alone moves, so the hue (red stays red) is kept; 20 steps reach white or black.
    for (int step = 0; step < 20 && contrast(c, bg) < 4.5; ++step) {
        l = darkBackground ? std::min(1.0f, l + 0.05f) : std::max(0.0f, l - 0.05f);
        c = QColor::fromHslF(h, s, l, a);
    }
    return c;
}

void AppTheme::styleChart(QCustomPlot* plot) {
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::Text);
    const QColor grid = isDark(p) ? text.darker(250) : p.color(QPalette::Mid);
    plot->setBackground(p.color(QPalette::Base));
    for (QCPAxis* axis : plot->axisRect() ? plot->axisRect()->axes() : QList<QCPAxis*>()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    plot->legend->setBrush(p.color(QPalette::Base));
    plot->legend->setBorderPen(QPen(text));
    plot->legend->setTextColor(text);
    // Titles are text elements in the layout.
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
    }
}

void AppTheme::styleCharts(QWidget* root) {
    for (QCustomPlot* plot : root->findChildren<QCustomPlot*>()) {
        styleChart(plot);
        plot->replot();
    }
}
