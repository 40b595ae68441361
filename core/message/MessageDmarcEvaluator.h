#pragma once
// DMARC for one received message, under both readings: RFC 9989 (policy record and
// organizational domains by the DNS tree walk, psd= tags, t=, np=) and RFC 7489 (the Public Suffix
// List, pct=). It finds the policy records (DmarcDiscovery), the policy that applies
// (DmarcPolicyResolver), how each authenticated identifier aligns with the From domain in the
// mode each reading's record asks for (DmarcAlignment: adkim, aspf), and whether a receiver could
// override a failure on the strength of the ARC chain. Blocking: run it on
// DnsSession::checkPool() or in the CLI.

#include "ArcChainResult.h"
#include "MessageDmarcResult.h"
#include "dmarc/DmarcAlignment.h"
#include "dmarc/DmarcDiscoveryResult.h"

#include <memory>

class DnsSession;

class MessageDmarcEvaluator {
public:
    struct Identifier {
        QString domain;
        QString selector; // DKIM
        QString result;   // "pass", "fail", ...
    };
    struct Input {
        QString fromDomain;
        Identifier spf; // domain empty when SPF could not be evaluated
        QList<Identifier> dkim;
        const ArcChainResult* arc = nullptr;
    };
    struct Output {
        MessageDmarcResult rfc9989;
        MessageDmarcResult rfc7489;
        DmarcDiscoveryResult discovery; // of the From domain
    };

    explicit MessageDmarcEvaluator(std::shared_ptr<DnsSession> session);
    Output evaluate(const Input& input);

private:
    MessageDmarcResult evaluateReading(const QString& standard, const Input& input,
                                       const DmarcReading& reading,
                                       const QList<DmarcAlignmentResult>& alignments);
    void judgeArcOverride(MessageDmarcResult& result, const Input& input);

    std::shared_ptr<DnsSession> m_session;
    DmarcAlignment m_alignment;
};
