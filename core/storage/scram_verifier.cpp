#include "storage/scram_verifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace casedesk {
namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 for one 32-byte block: what SCRAM calls Hi(password, salt, i) (RFC 5802).
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result[b] ^ u[b]);
    }
    return result;
}

} // namespace

QString scramSha256Verifier(const QString &password, const QByteArray &givenSalt, int iterations)
{
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    // PostgreSQL prepares the password with SASLprep, whose main step for the passwords people
    // type is NFKC normalisation; plain ASCII is left as it is.
    const QByteArray prepared = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = saltedPassword(prepared, salt, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace casedesk
