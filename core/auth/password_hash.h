#pragma once

#include "result.h"

#include <QString>

// Password hashes for desk users: Argon2id strings from libsodium ("$argon2id$v=19$m=...").
// The string carries its own salt and cost, so a later release can raise the cost and
// still verify what older releases stored.

namespace casedesk {

// How expensive a new hash is. Interactive is libsodium's interactive limit (about 0.1 s
// and 64 MiB): what every user's password gets. CheapForTests is the library minimum and
// exists only so test suites that create many users stay fast; nothing in the application
// passes it (the parameter is explicit wherever a hash is made).
enum class HashCost { Interactive, CheapForTests };

// The shortest and longest passwords accepted.
constexpr int kMinPasswordLength = 8;
constexpr int kMaxPasswordLength = 128;

// Empty if the password may be used; else a translated message (too short, too long).
QString passwordProblem(const QString &password);

// An Argon2id string for the password, or an error (unusable password; out of memory).
Result<QString> hashPassword(const QString &password, HashCost cost);

// Whether `password` matches the stored string. False for an empty or malformed hash.
bool verifyPassword(const QString &storedHash, const QString &password);

} // namespace casedesk
