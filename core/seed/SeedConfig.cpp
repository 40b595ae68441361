#include "SeedConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct Reader {
    const QString& fileName;
    const SeedConfig::Environment& env;
    bool holdsPassword = false;

    QString where(const QString& key) const { return u"%1: %2"_s.arg(fileName, key); }

    std::expected<void, QString> onlyKeys(const QJsonObject& o, const QString& path,
                                          const QStringList& allowed) const {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return std::unexpected(where(path + it.key()) +
                                       u": unknown key (expected one of: %1)"_s.arg(allowed.join(u", "_s)));
        return {};
    }

    std::expected<QString, QString> text(const QJsonObject& o, const QString& path, const QString& key,
                                         bool required) const {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return std::unexpected(where(path + key) + u": missing"_s);
            return QString();
        }
        if (!v.isString())
            return std::unexpected(where(path + key) + u": must be a string"_s);
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            return std::unexpected(where(path + key) + u": empty"_s);
        for (const QChar c : s)
            if (c.category() == QChar::Other_Control)
                return std::unexpected(where(path + key) + u": a control character"_s);
        return s;
    }

    std::expected<QString, QString> address(const QJsonObject& o, const QString& path,
                                            const QString& key) const {
        auto a = text(o, path, key, true);
        if (!a)
            return a;
        static const QRegularExpression shape(u"^[^@\\s<>]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+$"_s);
        if (!shape.match(*a).hasMatch())
            return std::unexpected(where(path + key) + u": '%1' is not an address (local@domain)"_s.arg(*a));
        return a;
    }

    std::expected<quint16, QString> port(const QJsonObject& o, const QString& path, quint16 fallback) const {
        const QJsonValue v = o.value(u"port"_s);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 65535 || d != double(int(d)))
            return std::unexpected(where(path + u"port"_s) + u": must be a number from 1 to 65535"_s);
        return quint16(d);
    }

    std::expected<SeedTlsMode, QString> tls(const QJsonObject& o, const QString& path, quint16 port,
                                            quint16 implicitPort) const {
        auto t = text(o, path, u"tls"_s, false);
        if (!t)
            return std::unexpected(t.error());
        if (t->isEmpty())
            return port == implicitPort ? SeedTlsMode::Implicit : SeedTlsMode::StartTls;
        if (*t == u"implicit"_s)
            return SeedTlsMode::Implicit;
        if (*t == u"starttls"_s)
            return SeedTlsMode::StartTls;
        return std::unexpected(
            where(path + u"tls"_s) +
            u": '%1' is not a TLS mode (implicit or starttls; plaintext is not offered)"_s.arg(*t));
    }

    QString resolved(const QString& file) const {
        return QFileInfo(file).isAbsolute() || env.baseDir.isEmpty() ? file
                                                                     : QDir(env.baseDir).filePath(file);
    }

    // One of passwordEnv, passwordFile or password; the value is never part of an error.
    std::expected<QString, QString> password(const QJsonObject& o, const QString& path, bool resolve = true) {
        const int given = int(o.contains(u"passwordEnv"_s)) + int(o.contains(u"passwordFile"_s)) +
                          int(o.contains(u"password"_s));
        if (given != 1)
            return std::unexpected(where(path.chopped(1)) +
                                   u": give exactly one of passwordEnv, passwordFile or password"_s);
        if (!resolve) {
            holdsPassword = holdsPassword || o.contains(u"password"_s); // still refused in a shared file
            return QString();
        }
        if (o.contains(u"password"_s)) {
            holdsPassword = true;
            if (!o.value(u"password"_s).isString() || o.value(u"password"_s).toString().isEmpty())
                return std::unexpected(where(path + u"password"_s) + u": must be a non-empty string"_s);
            return o.value(u"password"_s).toString();
        }
        if (o.contains(u"passwordEnv"_s)) {
            auto name = text(o, path, u"passwordEnv"_s, true);
            if (!name)
                return name;
            const std::optional<QByteArray> value = env.variable ? env.variable(*name) : std::nullopt;
            if (!value || value->isEmpty())
                return std::unexpected(where(path + u"passwordEnv"_s) +
                                       u": the environment variable %1 is not set"_s.arg(*name));
            return QString::fromUtf8(*value);
        }
        auto file = text(o, path, u"passwordFile"_s, true);
        if (!file)
            return file;
        if (!env.readFile)
            return std::unexpected(where(path + u"passwordFile"_s) + u": files cannot be read here"_s);
        auto bytes = env.readFile(resolved(*file), true);
        if (!bytes)
            return std::unexpected(where(path + u"passwordFile"_s) + u": "_s + bytes.error());
        const QByteArray first = bytes->split('\n').first().trimmed();
        if (first.isEmpty())
            return std::unexpected(where(path + u"passwordFile"_s) + u": %1 is empty"_s.arg(*file));
        return QString::fromUtf8(first);
    }

    std::expected<QList<QSslCertificate>, QString> caFile(const QJsonObject& o, const QString& path) const {
        auto file = text(o, path, u"caFile"_s, false);
        if (!file)
            return std::unexpected(file.error());
        if (file->isEmpty())
            return QList<QSslCertificate>{};
        if (!env.readFile)
            return std::unexpected(where(path + u"caFile"_s) + u": files cannot be read here"_s);
        auto bytes = env.readFile(resolved(*file), false);
        if (!bytes)
            return std::unexpected(where(path + u"caFile"_s) + u": "_s + bytes.error());
        const QList<QSslCertificate> certs = QSslCertificate::fromData(*bytes, QSsl::Pem);
        if (certs.isEmpty())
            return std::unexpected(where(path + u"caFile"_s) + u": no PEM certificate in %1"_s.arg(*file));
        return certs;
    }

    std::expected<SeedConfig::Seed, QString> seed(const QJsonValue& v, const QString& path) {
        if (!v.isObject())
            return std::unexpected(where(path.chopped(1)) + u": must be an object"_s);
        const QJsonObject o = v.toObject();
        if (auto ok =
                onlyKeys(o, path,
                         {u"name"_s, u"address"_s, u"host"_s, u"port"_s, u"tls"_s, u"user"_s, u"password"_s,
                          u"passwordEnv"_s, u"passwordFile"_s, u"caFile"_s, u"folders"_s});
            !ok)
            return std::unexpected(ok.error());
        SeedConfig::Seed s;
        auto name = text(o, path, u"name"_s, true);
        auto addr = address(o, path, u"address"_s);
        auto host = text(o, path, u"host"_s, true);
        auto p = port(o, path, 993);
        if (!name || !addr || !host || !p)
            return std::unexpected(!name   ? name.error()
                                   : !addr ? addr.error()
                                   : !host ? host.error()
                                           : p.error());
        static const QRegularExpression nameShape(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
        if (!nameShape.match(*name).hasMatch())
            return std::unexpected(
                where(path + u"name"_s) +
                u": '%1': letters, digits, '.', '_' and '-' only (it names the seed in metrics)"_s.arg(
                    *name));
        auto t = tls(o, path, *p, 993);
        auto user = text(o, path, u"user"_s, true);
        if (!t || !user)
            return std::unexpected(!t ? t.error() : user.error());
        auto pw = password(o, path);
        if (!pw)
            return std::unexpected(pw.error());
        auto ca = caFile(o, path);
        if (!ca)
            return std::unexpected(ca.error());
        const QJsonValue folders = o.value(u"folders"_s);
        if (!folders.isUndefined()) {
            if (!folders.isObject())
                return std::unexpected(where(path + u"folders"_s) + u": must be an object"_s);
            const QJsonObject f = folders.toObject();
            for (auto it = f.begin(); it != f.end(); ++it) {
                if (it.key() != u"inbox"_s && it.key() != u"spam"_s)
                    return std::unexpected(where(path + u"folders."_s + it.key()) +
                                           u": unknown folder role (inbox or spam)"_s);
                if (!it.value().isString() || it.value().toString().isEmpty())
                    return std::unexpected(where(path + u"folders."_s + it.key()) +
                                           u": must be a folder name"_s);
                s.account.folders.insert(it.key(), it.value().toString());
            }
        }
        s.account.name = *name;
        s.address = *addr;
        s.account.host = *host;
        s.account.port = *p;
        s.account.tls = *t;
        s.account.user = *user;
        s.account.password = *pw;
        s.account.extraCa = *ca;
        return s;
    }

    std::expected<SeedSubmissionServer, QString> submission(const QJsonValue& v) {
        const QString path = u"submission."_s;
        if (!v.isObject())
            return std::unexpected(where(u"submission"_s) + u": must be an object"_s);
        const QJsonObject o = v.toObject();
        if (auto ok = onlyKeys(o, path,
                               {u"host"_s, u"port"_s, u"tls"_s, u"user"_s, u"password"_s, u"passwordEnv"_s,
                                u"passwordFile"_s, u"caFile"_s, u"from"_s});
            !ok)
            return std::unexpected(ok.error());
        SeedSubmissionServer s;
        auto host = text(o, path, u"host"_s, true);
        auto p = port(o, path, 587);
        auto from = address(o, path, u"from"_s);
        auto user = text(o, path, u"user"_s, true);
        if (!host || !p || !from || !user)
            return std::unexpected(!host   ? host.error()
                                   : !p    ? p.error()
                                   : !from ? from.error()
                                           : user.error());
        auto t = tls(o, path, *p, 465);
        if (!t)
            return std::unexpected(t.error());
        auto pw = password(o, path, env.submissionPassword);
        if (!pw)
            return std::unexpected(pw.error());
        auto ca = caFile(o, path);
        if (!ca)
            return std::unexpected(ca.error());
        s.host = *host;
        s.port = *p;
        s.tls = *t;
        s.user = *user;
        s.password = *pw;
        s.from = *from;
        s.extraCa = *ca;
        return s;
    }
};

int lineOf(const QByteArray& text, qsizetype offset) {
    return int(text.left(offset).count('\n')) + 1;
}

} // namespace

std::expected<SeedConfig, QString> SeedConfig::parse(const QByteArray& text, const QString& fileName,
                                                     const Environment& environment) {
    if (text.size() > kMaxBytes)
        return std::unexpected(
            u"%1: larger than %2 bytes: not a seed configuration"_s.arg(fileName).arg(kMaxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(u"%1:%2: not valid JSON: %3"_s.arg(fileName)
                                   .arg(lineOf(text, error.offset))
                                   .arg(error.errorString()));
    if (!doc.isObject())
        return std::unexpected(
            u"%1: the seed configuration is a JSON object (see docs/seed.md)"_s.arg(fileName));
    const QJsonObject root = doc.object();
    Reader r{fileName, environment};
    if (auto ok = r.onlyKeys(root, {}, {u"seeds"_s, u"submission"_s, u"cleanup"_s, u"moveTo"_s}); !ok)
        return std::unexpected(ok.error());
    const QJsonValue seeds = root.value(u"seeds"_s);
    if (!seeds.isArray() || seeds.toArray().isEmpty())
        return std::unexpected(r.where(u"seeds"_s) + u": a non-empty list of seed mailboxes is needed"_s);
    SeedConfig config;
    QSet<QString> names;
    const QJsonArray list = seeds.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto s = r.seed(list.at(i), u"seeds[%1]."_s.arg(i));
        if (!s)
            return std::unexpected(s.error());
        if (names.contains(s->account.name))
            return std::unexpected(r.where(u"seeds[%1].name"_s.arg(i)) +
                                   u": '%1' names two seeds"_s.arg(s->account.name));
        names.insert(s->account.name);
        config.seeds << *s;
    }
    if (root.contains(u"submission"_s)) {
        auto s = r.submission(root.value(u"submission"_s));
        if (!s)
            return std::unexpected(s.error());
        config.submission = *s;
    }
    auto cleanup = r.text(root, {}, u"cleanup"_s, false);
    auto moveTo = r.text(root, {}, u"moveTo"_s, false);
    if (!cleanup || !moveTo)
        return std::unexpected(!cleanup ? cleanup.error() : moveTo.error());
    if (cleanup->isEmpty() || *cleanup == u"delete"_s)
        config.cleanup = SeedCleanup::Delete;
    else if (*cleanup == u"keep"_s)
        config.cleanup = SeedCleanup::Keep;
    else if (*cleanup == u"move"_s)
        config.cleanup = SeedCleanup::Move;
    else
        return std::unexpected(r.where(u"cleanup"_s) + u": '%1': delete, keep or move"_s.arg(*cleanup));
    if (config.cleanup == SeedCleanup::Move && moveTo->isEmpty())
        return std::unexpected(r.where(u"moveTo"_s) + u": cleanup \"move\" needs the folder to move to"_s);
    config.moveTo = *moveTo;
    if (r.holdsPassword && !environment.filePrivate)
        return std::unexpected(
            u"%1 holds a password but can be read by other users: refused (run `chmod 600 %1`, or name an "
            "environment variable with passwordEnv)"_s.arg(fileName));
    return config;
}

bool SeedConfig::readableByOthers(const QString& path) {
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                QFileDevice::WriteOther);
}

std::expected<SeedConfig, QString> SeedConfig::read(const QString& path, bool submissionPassword) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"seed configuration %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return std::unexpected(
            u"%1: larger than %2 bytes: not a seed configuration"_s.arg(path).arg(kMaxBytes));
    Environment env;
    env.variable = [](const QString& name) -> std::optional<QByteArray> {
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return std::nullopt;
        return qgetenv(name.toLocal8Bit().constData());
    };
    env.readFile = [](const QString& other, bool secret) -> std::expected<QByteArray, QString> {
        QFile f(other);
        if (!f.open(QIODevice::ReadOnly))
            return std::unexpected(u"%1: %2"_s.arg(other, f.errorString()));
        if (secret && readableByOthers(other))
            return std::unexpected(
                u"the password file %1 can be read by other users: refused (run `chmod 600 %1`)"_s.arg(
                    other));
        return f.read(kMaxBytes);
    };
    env.filePrivate = !readableByOthers(path);
    env.baseDir = QFileInfo(path).absolutePath();
    env.submissionPassword = submissionPassword;
    return parse(file.read(kMaxBytes + 1), path, env);
}
