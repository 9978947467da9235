#include "storage/stale_edit.h"

#include "domain/field_labels.h"
#include "storage/audit_repository.h"

#include <QCoreApplication>
#include <QLocale>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

Error staleEditError(const QSqlDatabase &db, const Complaint &current, const QDateTime &openedAt)
{
    auto changes = AuditRepository(db).changesAfter(current.id, openedAt);
    if (!changes || changes->isEmpty()) {
        return Error{ErrorCode::Conflict,
                     Msg::tr("Case %1 was changed by someone else after you opened it. Your changes were not saved; "
                             "reopen the case to see the latest version.")
                         .arg(current.caseNumber),
                     {}};
    }
    const AuditEntry &first = changes->first();
    QStringList what;
    for (const AuditEntry &entry : changes.value()) {
        const QString label = entry.field.isEmpty() ? auditActionLabel(entry.action) : fieldLabel(entry.field);
        if (!what.contains(label))
            what << label;
    }
    const QLocale locale;
    return Error{ErrorCode::Conflict,
                 Msg::tr("Case %1 was changed by %2 at %3 after you opened it (%4). Your changes were not saved; "
                         "reopen the case to see the latest version.")
                     .arg(current.caseNumber, first.actor,
                          locale.toString(first.at.toLocalTime(), QLocale::ShortFormat), locale.createSeparatedList(what)),
                 {}};
}

} // namespace casedesk
