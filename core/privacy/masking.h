#pragma once

#include <QString>

// Masking of personal information where the full value is not needed (个人信息保护法):
// lists, exports, rosters and reports show these forms unless the user may see more.

namespace casedesk {

// A mainland mobile as 138****1234; any other number keeps its first 3 and last 4
// characters with the middle starred; very short values are starred whole.
QString maskPhone(const QString &phone);

// An ID number as its first 6 and last 4 characters with the rest starred
// (110105********1234); shorter values are starred whole.
QString maskIdNumber(const QString &idNumber);

// A name as its first character and stars (张**); for a Latin name the first letter.
QString maskName(const QString &name);

} // namespace casedesk
