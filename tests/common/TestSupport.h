#pragma once
// Small helpers shared by tests: the NSD fixture's port, running the CLI, silent and closed ports.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TestSupport {

inline quint16 nsdPort() {
    QFile f(qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return static_cast<quint16>(f.readAll().trimmed().toUInt());
}

// The PDF renderer the CLI under test uses: MAILSIGHT_REPORT_RENDERER (the CI's sanitizer build
// has no GUI and borrows the product build's), else mailsight-report beside the CLI; "" when
// neither exists.
inline QString reportRenderer() {
    QString path = qEnvironmentVariable("MAILSIGHT_REPORT_RENDERER");
    if (path.isEmpty())
        path = QFileInfo(qEnvironmentVariable("MAILSIGHT_CLI")).absolutePath() +
               QStringLiteral("/mailsight-report");
    return QFileInfo(path).isExecutable() ? path : QString();
}

inline QString sourceDir() {
    return qEnvironmentVariable("MAILSIGHT_SOURCE_DIR");
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 60000) {
    QProcess p;
    p.start(qEnvironmentVariable("MAILSIGHT_CLI"), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A UDP socket on 127.0.0.1 that takes queries and never answers; closes when destroyed.
class SilentUdpServer {
public:
    SilentUdpServer() {
        m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof(a));
        socklen_t len = sizeof(a);
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
    }
    ~SilentUdpServer() { ::close(m_fd); }
    SilentUdpServer(const SilentUdpServer&) = delete;
    SilentUdpServer& operator=(const SilentUdpServer&) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// A TCP socket on 127.0.0.1 that listens (the kernel completes handshakes) but never reads or
// writes: a server that accepts and then stays silent.
class SilentTcpServer {
public:
    SilentTcpServer() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof(a));
        ::listen(m_fd, 8);
        socklen_t len = sizeof(a);
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len);
        m_port = ntohs(a.sin_port);
    }
    ~SilentTcpServer() { ::close(m_fd); }
    SilentTcpServer(const SilentTcpServer&) = delete;
    SilentTcpServer& operator=(const SilentTcpServer&) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// A UDP port on 127.0.0.1 where nothing listens (bound once, then released).
inline quint16 closedUdpPort() {
    SilentUdpServer s;
    return s.port();
}

} // namespace TestSupport
