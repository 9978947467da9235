#include "mediation/mediation_checks.h"

#include "domain/money.h"
#include "storage/audit_repository.h"
#include "storage/case_event_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk::mediation {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

} // namespace

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{field, message}}};
}

Status checkText(const QString &field, const QString &label, const QString &text, int maxLength, bool required)
{
    if (text.trimmed().isEmpty())
        return required ? Status(invalid(field, Msg::tr("%1 must be given.").arg(label))) : Status();
    if (text.size() > maxLength)
        return invalid(field, Msg::tr("%1 is too long (%2 characters); at most %3 are allowed.")
                                  .arg(label)
                                  .arg(text.size())
                                  .arg(maxLength));
    if (const QString problem = textProblem(text); !problem.isEmpty())
        return invalid(field, QStringLiteral("%1: %2").arg(label, problem));
    return {};
}

Status checkPastDate(const QString &field, const QString &label, const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return invalid(field, Msg::tr("%1 must be given.").arg(label));
    if (date > today)
        return invalid(field, Msg::tr("%1 (%2) lies in the future.").arg(label, date.toString(Qt::ISODate)));
    return {};
}

Status checkNotBefore(const QString &field, const QString &label, const QDate &date, const QString &earlierLabel,
                      const QDate &earlier)
{
    if (!date.isValid() || !earlier.isValid() || date >= earlier)
        return {};
    return invalid(field, Msg::tr("%1 (%2) cannot be before %3 (%4).")
                              .arg(label, date.toString(Qt::ISODate), earlierLabel, earlier.toString(Qt::ISODate)));
}

Result<std::optional<CaseEvent>> lastStepInto(const QSqlDatabase &db, qint64 caseId, CaseStatus status)
{
    auto events = CaseEventRepository(db).events(caseId);
    if (!events)
        return events.error();
    std::optional<CaseEvent> last;
    for (const CaseEvent &event : events.value()) {
        if (event.to == status)
            last = event;
    }
    return last;
}

Result<std::optional<QDateTime>> lastStepAt(const QSqlDatabase &db, qint64 caseId, CaseStatus status)
{
    auto step = lastStepInto(db, caseId, status);
    if (!step)
        return step.error();
    return step.value() ? std::optional<QDateTime>(step.value()->at) : std::nullopt;
}

Status checkAmount(const QString &field, const QString &label, qint64 fen)
{
    if (fen < 0)
        return invalid(field, Msg::tr("%1 cannot be negative.").arg(label));
    if (fen > kMaxAmountFen)
        return invalid(field,
                       Msg::tr("%1 is larger than ¥%2; check the amount.").arg(label, formatYuan(kMaxAmountFen)));
    return {};
}

Status audit(const QSqlDatabase &db, qint64 caseId, const QDateTime &now, const QString &actor, const QString &action,
             const QString &field, const QString &oldValue, const QString &newValue)
{
    return AuditRepository(db).record(AuditEntry{0, caseId, now, actor, action, field, oldValue, newValue});
}

} // namespace casedesk::mediation
