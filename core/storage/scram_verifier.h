#pragma once

#include <QByteArray>
#include <QString>

namespace casedesk {

// A PostgreSQL SCRAM-SHA-256 password verifier ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey"),
// made on the desk so that a user's server password reaches the server only in this form: the
// server stores it as it is (ALTER ROLE … PASSWORD 'SCRAM-SHA-256$…') and never sees, logs or
// keeps the password itself. `salt` is for tests; empty means 16 fresh random bytes.
QString scramSha256Verifier(const QString &password, const QByteArray &salt = {}, int iterations = 4096);

} // namespace casedesk
