// mailsight: the desktop auditor. All logic lives in ui/ and core/.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailsight"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailsight"));
    QApplication::setOrganizationName(QStringLiteral("Mailsight"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSIGHT_VERSION));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
