#pragma once
// The DNSSEC part of the DNS tab, from the "dnssec" JSON of an audit or of `mailsight-cli dnssec`:
// the overall state, the chain of trust drawn as a chain (root → TLD → domain zone, one box per
// zone with its state; where it breaks, why), the names validated (state as icon, word and colour,
// never colour alone; the reason) and the signing health. Holds no global state; the DNS tab
// places it and calls setResult().

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

class DnssecPanel : public QWidget {
    Q_OBJECT
public:
    explicit DnssecPanel(QWidget* parent = nullptr);
    void setResult(const QJsonObject& dnssecJson);

    // The chains drawn (distinct chains of the names), for tests and the tab.
    int chainCount() const { return m_chainCount; }
    // The translated word of a state name ("secure" → "Secure").
    static QString stateWord(const QString& state);

private:
    void addChain(const QJsonArray& chain);

    QLabel* m_headline;
    QWidget* m_chains;
    QVBoxLayout* m_chainLayout;
    QTableWidget* m_names;
    QLabel* m_signing;
    QLabel* m_findings;
    int m_chainCount = 0;
};
