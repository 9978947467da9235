#include "auth/restore_authorization.h"

#include "auth/password_hash.h"
#include "auth/permissions.h"
#include "auth/sign_in_service.h"
#include "storage/database.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

// The password checked against a backup opened read-only: it cannot record a failure, so
// this is only the fallback for a database that cannot be opened at all.
Status checkPasswordIn(const QSqlDatabase &backup, const QString &name, const QString &password)
{
    const UserRepository users(backup);
    auto user = users.findByName(name);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    const auto hash =
        user && user->active && user->hasPassword ? users.passwordHashOf(name) : Result<QString>(QString());
    if (!hash)
        return hash.error();
    if (!verifyPassword(hash.value(), password))
        return Error{ErrorCode::Forbidden,
                     Msg::tr("The name or the password is wrong (checked in the backup, "
                             "because the database cannot be opened)."),
                     {}};
    return {};
}

Error nobody()
{
    return Error{ErrorCode::Forbidden, Msg::tr("Sign in as a user who may manage backups to restore one."), {}};
}

} // namespace

Status authorizeRestoreBy(const QSqlDatabase &db, const QString &signedInUser)
{
    if (signedInUser.trimmed().isEmpty())
        return nobody();
    if (auto allowed = authorize(db, signedInUser, Permission::ManageBackups); !allowed)
        return allowed.error();
    return {};
}

Status authorizeRestore(const QString &databasePath, const QString &backupFile, const QString &name,
                        const QString &password)
{
    if (name.trimmed().isEmpty())
        return nobody();
    if (QFileInfo::exists(databasePath)) {
        auto current = Database::open(databasePath, Database::OpenMode::OpenExisting);
        if (current) {
            const QSqlDatabase db = current.value()->connection();
            auto user = SignInService(db).signIn(name, password);
            if (!user)
                return user.error();
            return authorizeRestoreBy(db, user->name);
        }
        if (current.error().code == ErrorCode::Busy)
            return current.error();
    }
    const QString connection = QStringLiteral("casedesk-restore-check");
    Status status;
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        backup.setDatabaseName(backupFile);
        backup.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (backup.open()) {
            if (auto proved = checkPasswordIn(backup, name, password); !proved)
                status = proved.error();
            else if (auto allowed = authorize(backup, name, Permission::ManageBackups); !allowed)
                status = allowed.error();
        } else {
            status = Error{
                ErrorCode::Io, Msg::tr("Cannot open the backup %1: %2").arg(backupFile, backup.lastError().text()), {}};
        }
        backup.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
}

} // namespace casedesk
