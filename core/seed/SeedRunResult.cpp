#include "SeedRunResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

bool SeedRunResult::anyUnreachable() const {
    if (sendAsked && !sent)
        return true;
    for (const SeedResult& s : seeds)
        if (s.failed())
            return true;
    return false;
}

bool SeedRunResult::anyNotInInbox() const {
    for (const SeedResult& s : seeds)
        if (s.placement == SeedPlacement::Spam || (!s.failed() && s.placement == SeedPlacement::Missing))
            return true;
    return false;
}

int SeedRunResult::exitCode() const {
    // An incomplete run outranks a placement: the user has to fix the setup before reading it.
    if (anyUnreachable() || cancelled)
        return 3;
    return anyNotInInbox() ? 1 : 0;
}

QJsonObject SeedRunResult::toJson() const {
    QJsonObject o;
    o.insert(u"token"_s, QString::fromLatin1(token));
    o.insert(u"sent"_s, sent);
    if (sendAsked) {
        QJsonObject s;
        s.insert(u"server"_s, submissionServer);
        s.insert(u"accepted"_s, submission.ok());
        s.insert(u"error"_s, submission.ok() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(SmtpSubmitResult::errorName(submission.error)));
        s.insert(u"errorText"_s, submission.errorText.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(submission.errorText));
        s.insert(u"serverReply"_s, submission.serverReply.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(submission.serverReply));
        if (!submission.refusedRecipients.isEmpty())
            s.insert(u"refusedRecipients"_s, QJsonArray::fromStringList(submission.refusedRecipients));
        s.insert(u"elapsedMs"_s, submission.elapsedMs);
        o.insert(u"submission"_s, s);
    }
    o.insert(u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODate));
    o.insert(u"waitSeconds"_s, waitSeconds);
    o.insert(u"cancelled"_s, cancelled);
    QJsonArray list;
    for (const SeedResult& s : seeds)
        list.append(s.toJson());
    o.insert(u"seeds"_s, list);
    QJsonArray f;
    for (const Finding& finding : findings)
        f.append(finding.toJson());
    o.insert(u"findings"_s, f);
    return o;
}
