#include "DkimAlignment.h"

#include "dmarc/PublicSuffixList.h"

QString DkimAlignment::organizationalDomain(const QString& domain) {
    // A name with no registrable domain (a public suffix itself) stands for itself.
    const QString org = PublicSuffixList::organizationalDomain(domain);
    return org.isEmpty() ? domain.toLower() : org;
}

DkimAlignmentMode DkimAlignment::align(const QString& signingDomain, const QString& fromDomain) {
    if (signingDomain.isEmpty() || fromDomain.isEmpty())
        return DkimAlignmentMode::None;
    if (signingDomain.compare(fromDomain, Qt::CaseInsensitive) == 0)
        return DkimAlignmentMode::Strict;
    if (organizationalDomain(signingDomain) == organizationalDomain(fromDomain))
        return DkimAlignmentMode::Relaxed;
    return DkimAlignmentMode::None;
}

QString DkimAlignment::name(DkimAlignmentMode mode) {
    switch (mode) {
    case DkimAlignmentMode::Strict:
        return QStringLiteral("strict");
    case DkimAlignmentMode::Relaxed:
        return QStringLiteral("relaxed");
    case DkimAlignmentMode::None:
        break;
    }
    return QStringLiteral("none");
}
