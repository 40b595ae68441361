#pragma once
// UDP question/answer exchanges for many questions at once on one I/O thread (epoll), instead of
// a blocked thread per question: a batch audit has ~1,600 questions ready at once, and a thread
// each cost more CPU in wake-ups than the DNS work itself. Each question still gets a socket of
// its own (a random source port, as before), is retried on timeout with a new socket, and tells
// a timeout, a refusal (ICMP port unreachable) and a reply apart. Questions beyond the in-flight
// limit wait, Normal ones before Background ones.
//
// Callbacks run on the I/O thread and must not block (hand anything slow to a thread pool).

#include <QByteArray>
#include <QString>

#include <sys/socket.h>

#include <functional>

class DnsUdpExchanger {
public:
    enum class Result { Reply, Timeout, NetworkError };
    struct Outcome {
        Result result = Result::NetworkError;
        QByteArray reply;
        QString error;
    };
    using Callback = std::function<void(Outcome)>;

    struct Request {
        sockaddr_storage address{};
        socklen_t addressLength = 0;
        QString server;   // "192.0.2.1:53", for error texts
        QByteArray query; // wire form; its first two bytes are id
        quint16 id = 0;
        int timeoutMs = 2000; // per attempt
        int attempts = 2;     // the first send and the retries after a timeout
        bool background = false;
        Callback done;
    };

    // The process-wide exchanger (its thread starts on first use and lives as long as the process).
    static DnsUdpExchanger& instance();

    void exchange(Request request);
    void setMaxInFlight(int questions);
    int maxInFlight() const;

private:
    DnsUdpExchanger();
    struct Private;
    Private* d; // never freed: the I/O thread may outlive static destruction
};
