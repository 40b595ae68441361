#pragma once
// Draws the quarterly trend chart (QCustomPlot, recorded into a QPicture so it stays vector
// graphics in the PDF) where the document holds its object character.

#include <QJsonArray>
#include <QObject>
#include <QPicture>
#include <QTextObjectInterface>

class TrendChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 71;

    TrendChartObject(const QJsonArray& trend, QSizeF size, QObject* parent = nullptr);
    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    QPicture m_picture;
    QSizeF m_size;
};
