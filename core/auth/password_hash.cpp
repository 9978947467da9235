#include "auth/password_hash.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Passwords)
};

bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

Error passwordError(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("password"), message}}};
}

} // namespace

QString passwordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Msg::tr("A password has at least %1 characters.").arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return Msg::tr("A password has at most %1 characters.").arg(kMaxPasswordLength);
    return {};
}

Result<QString> hashPassword(const QString &password, HashCost cost)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return passwordError(problem);
    if (!sodiumReady())
        return Error{ErrorCode::Storage, Msg::tr("The password library could not start."), {}};
    const QByteArray utf8 = password.toUtf8();
    const bool cheap = cost == HashCost::CheapForTests;
    const unsigned long long ops = cheap ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memory = cheap ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char out[crypto_pwhash_STRBYTES];
    // crypto_pwhash_str_alg with ALG_ARGON2ID13: Argon2id whatever the library's default.
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{ErrorCode::Storage, Msg::tr("There was not enough memory to protect the password."), {}};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &storedHash, const QString &password)
{
    if (storedHash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray hash = storedHash.toLatin1();
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace casedesk
