#include "ImapFolderPlan.h"

#include "ImapMailboxName.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
bool sameName(const QString& a, const QString& b) {
    if (a.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0)
        return b.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0;
    return a == b;
}
} // namespace

bool ImapFolderPlan::isUsualSpamName(const QString& displayName) {
    static const QStringList usual{u"Junk"_s,      u"Spam"_s, u"Junk E-mail"_s,  u"Junk Email"_s,
                                   u"Bulk Mail"_s, u"Bulk"_s, u"[Gmail]/Spam"_s, u"[Google Mail]/Spam"_s};
    QString name = displayName;
    // INBOX.Junk, INBOX/Spam: servers that keep every folder under INBOX (Courier, Cyrus).
    if (name.size() > 6 && name.startsWith(u"INBOX"_s, Qt::CaseInsensitive) &&
        (name.at(5) == u'.' || name.at(5) == u'/'))
        name = name.mid(6);
    for (const QString& u : usual)
        if (name.compare(u, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray ImapFolderPlan::wireName(const QList<ImapResponse::ListEntry>& folders, const QString& name) {
    for (const ImapResponse::ListEntry& f : folders)
        if (sameName(f.displayName, name))
            return f.name;
    return ImapMailboxName::encode(name);
}

QList<ImapFolderChoice> ImapFolderPlan::order(const QList<ImapResponse::ListEntry>& folders,
                                              const QMap<QString, QString>& mapping, const QString& moveTo) {
    auto selectable = [](const ImapResponse::ListEntry& f) {
        return !f.hasFlag("\\Noselect") && !f.hasFlag("\\NonExistent");
    };
    QList<ImapFolderChoice> out;
    QSet<QByteArray> taken;
    auto add = [&](const QByteArray& wire, SeedPlacement placement) {
        if (wire.isEmpty() || taken.contains(wire.toUpper() == "INBOX" ? QByteArray("INBOX") : wire))
            return;
        taken.insert(wire.toUpper() == "INBOX" ? QByteArray("INBOX") : wire);
        out.append({wire, ImapMailboxName::decode(wire), placement});
    };
    if (!moveTo.isEmpty()) {
        const QByteArray target = wireName(folders, moveTo);
        taken.insert(target.toUpper() == "INBOX" ? QByteArray("INBOX") : target);
    }
    const QString inbox = mapping.value(u"inbox"_s, u"INBOX"_s);
    add(wireName(folders, inbox), SeedPlacement::Inbox);

    QByteArray spam;
    if (mapping.contains(u"spam"_s)) {
        spam = wireName(folders, mapping.value(u"spam"_s));
    } else {
        for (const ImapResponse::ListEntry& f : folders)
            if (selectable(f) && f.hasFlag("\\Junk")) {
                spam = f.name;
                break;
            }
        if (spam.isEmpty())
            for (const ImapResponse::ListEntry& f : folders)
                if (selectable(f) && isUsualSpamName(f.displayName)) {
                    spam = f.name;
                    break;
                }
    }
    add(spam, SeedPlacement::Spam);

    QList<QByteArray> last;
    for (const ImapResponse::ListEntry& f : folders) {
        if (!selectable(f))
            continue;
        if (f.hasFlag("\\Trash") || f.hasFlag("\\All"))
            last << f.name;
        else
            add(f.name, SeedPlacement::Other);
    }
    for (const QByteArray& name : last)
        add(name, SeedPlacement::Other);
    return out;
}
