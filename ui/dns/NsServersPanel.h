#pragma once
// The authoritative servers of a domain's zone, from the "ns" JSON (NsAuditCheck,
// `mailsight-cli ns --format json`): a summary line, the delegation, the servers table (name,
// address, serial, state) and the records that differ between servers, each version with the
// servers that serve it. Lame servers, stale serials and servers serving another version are
// marked with an icon and a word as well as a colour (SeverityStyle: readable in dark and
// high-contrast themes). Holds no global state; the DNS tab places it and calls setResult().

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

class NsServersPanel : public QWidget {
    Q_OBJECT
public:
    explicit NsServersPanel(QWidget* parent = nullptr);
    void setResult(const QJsonObject& nsJson);

    // Columns of the servers table.
    enum ServerColumn { NameColumn, AddressColumn, SerialColumn, StateColumn };
    // Columns of the differences table.
    enum DifferenceColumn { RecordColumn, ServersColumn, ValuesColumn };

private:
    QLabel* m_summary;
    QLabel* m_delegation;
    QTableWidget* m_servers;
    QTableWidget* m_differences;
};
