#pragma once

#include <QDate>
#include <QString>

namespace casedesk {

// Checks of the identifiers a complaint carries. Each returns an empty string when the
// value is valid, or a translated message saying what is wrong.

// 18-character resident ID (居民身份证号): region, birth date, sequence, ISO 7064 check digit.
QString residentIdProblem(const QString &id);
// The birth date in a valid resident ID, or a null date.
QDate birthDateOfResidentId(const QString &id);

// 18-character unified social credit code (GB 32100) with its mod-31 check character.
QString creditCodeProblem(const QString &code);

// A mainland mobile (1[3-9] + 9 digits) or a landline (area code optional, extension allowed).
QString phoneProblem(const QString &phone);
bool isMobilePhone(const QString &phone);

// The check characters, exposed so tests and the demo data can build valid values.
// A null QChar when `first17` is not 17 characters of the code's alphabet.
QChar residentIdCheckDigit(const QString &first17);
QChar creditCodeCheckCharacter(const QString &first17);

} // namespace casedesk
