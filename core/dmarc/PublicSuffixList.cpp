#include "PublicSuffixList.h"

#include <libpsl.h>

namespace {
const psl_ctx_t* context() {
    // psl_latest(NULL) prefers the newest of the distribution's file and the built-in data;
    // both are read-only after loading, so one context serves every thread.
    static const psl_ctx_t* ctx = [] {
        const psl_ctx_t* c = psl_latest(nullptr);
        return c ? c : psl_builtin();
    }();
    return ctx;
}
} // namespace

QString PublicSuffixList::organizationalDomain(const QString& domain) {
    const QByteArray name = domain.toLower().toUtf8();
    if (!context() || name.isEmpty())
        return {};
    const char* reg = psl_registrable_domain(context(), name.constData());
    return reg ? QString::fromUtf8(reg) : QString();
}

QString PublicSuffixList::publicSuffix(const QString& domain) {
    const QByteArray name = domain.toLower().toUtf8();
    if (!context() || name.isEmpty())
        return {};
    const char* suffix = psl_unregistrable_domain(context(), name.constData());
    return suffix ? QString::fromUtf8(suffix) : QString();
}

bool PublicSuffixList::isPublicSuffix(const QString& domain) {
    const QByteArray name = domain.toLower().toUtf8();
    return context() && psl_is_public_suffix(context(), name.constData());
}

QString PublicSuffixList::source() {
    const char* file = psl_dist_filename();
    return file && *file ? QString::fromUtf8(file) : QStringLiteral("libpsl built-in list");
}
