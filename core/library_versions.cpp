#include "library_versions.h"

#include <sodium.h>
#include <sqlite3.h>

namespace casedesk {

QString linkedSqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace casedesk
