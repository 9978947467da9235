#include "database_claim.h"

#include "storage/instance_lock.h"

#include <QFileInfo>

namespace casedesk {
namespace {

struct Claim {
    QString path;
    std::unique_ptr<InstanceLock> lock;
};

Claim &current()
{
    static Claim claim;
    return claim;
}

} // namespace

Status claimDatabase(const QString &databasePath)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    Claim &claim = current();
    if (claim.lock && claim.path == path)
        return {};
    auto lock = InstanceLock::acquire(path);
    if (!lock)
        return lock.error();
    claim.lock = std::move(lock).value();
    claim.path = path;
    return {};
}

void releaseDatabaseClaim()
{
    current().lock.reset();
    current().path.clear();
}

} // namespace casedesk
