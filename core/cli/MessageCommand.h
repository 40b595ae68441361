#pragma once
// "message FILE|-": why one received message passed or failed DMARC. SPF for MAIL FROM and HELO,
// every DKIM signature, the ARC chain, DMARC under RFC 9989 and RFC 7489, the receiver's verdict
// with the differences explained, the delivery path. "-" reads pasted headers (and body) from
// stdin. Exit 1 when DMARC fails under either reading.

#include "CliCommand.h"

class MessageCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("message"); }
    QString synopsis() const override {
        return QStringLiteral("message FILE|- [--ip IP] [--helo NAME] [--mail-from ADDR]");
    }
    QString summary() const override {
        return QStringLiteral("analyze a received message (.eml, .mbox or pasted headers): SPF, DKIM, ARC, "
                              "DMARC under both readings, the receiver's verdict, the delivery path");
    }
    QList<CliOption> options() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
