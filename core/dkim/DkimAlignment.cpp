#include "DkimAlignment.h"

#include <libpsl.h>

namespace {
const psl_ctx_t* pslContext() {
    // The system list when installed (publicsuffix), else the one built into libpsl.
    static const psl_ctx_t* ctx = [] {
        const psl_ctx_t* latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return ctx;
}
} // namespace

QString DkimAlignment::organizationalDomain(const QString& domain) {
    const QByteArray name = domain.toLower().toUtf8();
    const psl_ctx_t* ctx = pslContext();
    const char* registrable = ctx ? psl_registrable_domain(ctx, name.constData()) : nullptr;
    return registrable ? QString::fromUtf8(registrable) : domain.toLower();
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
