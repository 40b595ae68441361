#include "DnsOutcome.h"

#include <QCoreApplication>

QString dnsOutcomeName(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
        return QStringLiteral("answer");
    case DnsOutcome::NoData:
        return QStringLiteral("nodata");
    case DnsOutcome::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsOutcome::ServFail:
        return QStringLiteral("servfail");
    case DnsOutcome::Refused:
        return QStringLiteral("refused");
    case DnsOutcome::Timeout:
        return QStringLiteral("timeout");
    case DnsOutcome::NetworkError:
        return QStringLiteral("network-error");
    case DnsOutcome::FormatError:
        return QStringLiteral("format-error");
    case DnsOutcome::InvalidName:
        return QStringLiteral("invalid-name");
    case DnsOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case DnsOutcome::CnameChain:
        return QStringLiteral("cname-chain");
    }
    return QStringLiteral("unknown");
}

QString dnsOutcomeDescription(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
        return QCoreApplication::translate("DnsOutcome", "answer");
    case DnsOutcome::NoData:
        return QCoreApplication::translate("DnsOutcome",
                                           "NODATA: the name exists but has no record of this type");
    case DnsOutcome::NxDomain:
        return QCoreApplication::translate("DnsOutcome", "NXDOMAIN: the name does not exist");
    case DnsOutcome::ServFail:
        return QCoreApplication::translate(
            "DnsOutcome", "SERVFAIL: the server could not answer (not the same as no record)");
    case DnsOutcome::Refused:
        return QCoreApplication::translate("DnsOutcome", "REFUSED: the server refused to answer");
    case DnsOutcome::Timeout:
        return QCoreApplication::translate(
            "DnsOutcome", "timeout: no answer within the time limit (not the same as no record)");
    case DnsOutcome::NetworkError:
        return QCoreApplication::translate("DnsOutcome", "network error: the server could not be reached");
    case DnsOutcome::FormatError:
        return QCoreApplication::translate(
            "DnsOutcome", "format error: the reply was malformed or did not match the question");
    case DnsOutcome::InvalidName:
        return QCoreApplication::translate("DnsOutcome", "invalid name: not asked");
    case DnsOutcome::Cancelled:
        return QCoreApplication::translate("DnsOutcome", "cancelled");
    case DnsOutcome::CnameChain:
        return QCoreApplication::translate(
            "DnsOutcome", "CNAME loop or chain too long: the aliases never reach a record (not the same as "
                          "no record)");
    }
    return {};
}

bool dnsOutcomeIsFailure(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
    case DnsOutcome::NoData:
    case DnsOutcome::NxDomain:
        return false;
    default:
        return true;
    }
}
