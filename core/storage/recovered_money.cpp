#include "storage/recovered_money.h"

#include "storage/audit_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

} // namespace

Status addRecoveredMoney(const QSqlDatabase &db, qint64 caseId, qint64 deltaFen, const QString &source,
                         const QString &actor, const QDateTime &now)
{
    if (deltaFen == 0)
        return {};
    auto before = queryScalar(db, QStringLiteral("SELECT recovered_fen FROM complaints WHERE id = ?"), {caseId});
    if (!before)
        return before.error();
    if (before->isNull())
        return Error{ErrorCode::NotFound, Msg::tr("There is no case with id %1.").arg(caseId), {}};
    const qint64 after = before->toLongLong() + deltaFen;
    if (after < 0)
        return Error{ErrorCode::InvalidInput, Msg::tr("The money recovered on the case cannot become negative."), {}};
    auto updated = runQuery(db,
                            QStringLiteral("UPDATE complaints SET recovered_fen = ?, version = version + 1, "
                                           "updated_at = ? WHERE id = ?"),
                            {after, storedDateTime(now), caseId});
    if (!updated)
        return updated.error();
    return AuditRepository(db).record(AuditEntry{0, caseId, now, actor, source, QStringLiteral("recoveredFen"),
                                                 QString::number(before->toLongLong()), QString::number(after)});
}

} // namespace casedesk
