#pragma once
// Shows the blocklist check of one domain (the audit's "blocklists" JSON): a headline, then one row
// per subject and list with the result as icon, word and colour together (listed, clear, refused,
// error: never colour alone, readable in dark and high-contrast themes), the code, its meaning
// and the list's reason or the error. Holds no global state; the DNS tab places it.

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

class BlocklistPanel : public QWidget {
    Q_OBJECT
public:
    explicit BlocklistPanel(QWidget* parent = nullptr);
    void setResult(const QJsonObject& blocklistsJson);

    enum Column { ResultColumn, SubjectColumn, ListColumn, CodeColumn, MeaningColumn, ColumnCount };
    QTableWidget* table() const { return m_table; }
    QString headline() const;

    // The word shown for a result ("listed" -> "Listed"), translated.
    static QString resultWord(const QString& result);

private:
    QLabel* m_headline;
    QLabel* m_lists;
    QTableWidget* m_table;
};
