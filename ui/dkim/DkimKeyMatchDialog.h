#pragma once
// Key match dialog: the user picks a private key file; it is read in memory only (never stored or
// shown) and compared with the key published at the selector. Only the verdict and the public
// fingerprints are displayed.

#include "dkim/DkimSelectorResult.h"

#include <QDialog>

class QLabel;
class QLineEdit;

class DkimKeyMatchDialog : public QDialog {
    Q_OBJECT
public:
    DkimKeyMatchDialog(const DkimSelectorResult& published, QWidget* parent = nullptr);
    // Runs the match for a file (the Browse button ends here; tests call it directly).
    void matchFile(const QString& path);
    QString verdict() const;

private:
    DkimSelectorResult m_published;
    QLineEdit* m_path;
    QLabel* m_result;
};
