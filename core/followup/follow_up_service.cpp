#include "followup/follow_up_service.h"

#include "auth/permissions.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/follow_up_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "text/text_checks.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(FollowUp)
};

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{field, message}}};
}

// A problem with free text, or an empty string.
QString textCheck(const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        return Msg::tr("The text is too long (%1 characters; at most %2).").arg(text.size()).arg(maxLength);
    return textProblem(text);
}

QString monthCode(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

Status checkVisit(const FollowUpRequest &r, const Complaint &c, const QDateTime &at, const QDateTime &now)
{
    if (!c.closedAt.isValid() || !isFinalStatus(c.status))
        return invalid(QStringLiteral("caseId"),
                       Msg::tr("Case %1 is not finished yet; follow-up visits are made after a case is closed.")
                           .arg(c.caseNumber));
    if (at > now)
        return invalid(QStringLiteral("at"), Msg::tr("The time of the visit lies in the future."));
    if (at < c.closedAt)
        return invalid(QStringLiteral("at"), Msg::tr("The visit cannot be before the case was finished (%1).")
                                                 .arg(c.closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (r.reached && r.result == FollowUpResult::None)
        return invalid(QStringLiteral("result"), Msg::tr("Say whether the consumer was satisfied."));
    if (!r.reached && r.result != FollowUpResult::None)
        return invalid(QStringLiteral("result"),
                       Msg::tr("A result can only be recorded when the consumer was reached."));
    if (r.attitude < 0 || r.attitude > kMaxAttitude)
        return invalid(QStringLiteral("attitude"),
                       Msg::tr("The attitude rating must be from 1 to %1 (0: not rated).").arg(kMaxAttitude));
    if (!r.reached && r.attitude != 0)
        return invalid(QStringLiteral("attitude"), Msg::tr("Only a consumer who was reached can rate the caseworker."));
    if (const QString problem = textCheck(r.comment, kMaxFollowUpCommentLength); !problem.isEmpty())
        return invalid(QStringLiteral("comment"), problem);
    return {};
}

} // namespace

Result<FollowUp> FollowUpService::record(const FollowUpRequest &r, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Result<FollowUp> {
        auto user = authorize(m_db, actor, Permission::RecordFollowUp);
        if (!user)
            return user.error();
        auto c = ComplaintRepository(m_db).get(r.caseId);
        if (!c)
            return c.error();
        const QDateTime at = r.at.isValid() ? r.at : now;
        if (auto checked = checkVisit(r, c.value(), at, now); !checked)
            return checked.error();

        FollowUp v;
        v.complaintId = r.caseId;
        v.at = at;
        v.recordedAt = now;
        v.actor = user->name;
        v.reached = r.reached;
        v.result = r.result;
        v.attitude = r.attitude;
        v.comment = r.comment.trimmed();
        v.spotCheck = r.spotCheck;
        FollowUpRepository repository(m_db);
        auto id = repository.add(v);
        if (!id)
            return id.error();
        v.id = id.value();
        const QString outcome = r.reached ? codeOf(r.result) : QStringLiteral("not_reached");
        if (auto audited = AuditRepository(m_db).record({0,
                                                         r.caseId,
                                                         now,
                                                         user->name,
                                                         QStringLiteral("follow_up"),
                                                         QStringLiteral("follow_up.result"),
                                                         {},
                                                         outcome});
            !audited)
            return audited.error();
        return v;
    });
}

Result<QList<FollowUp>> FollowUpService::visits(qint64 caseId) const
{
    return FollowUpRepository(m_db).forCase(caseId);
}

Result<QList<SpotCheck>> FollowUpService::drawSpotChecks(QDate month, double share, const QString &actor,
                                                         const QDateTime &now)
{
    if (!month.isValid())
        return invalid(QStringLiteral("month"), Msg::tr("Choose the month to draw the spot check for."));
    const QDate first(month.year(), month.month(), 1);
    if (first > now.date())
        return invalid(QStringLiteral("month"), Msg::tr("The month %1 has not begun yet.").arg(monthCode(first)));
    if (!(share > 0.0) || share > 1.0)
        return invalid(QStringLiteral("share"), Msg::tr("The share to check must be more than 0% and at most 100%."));

    return inRetriedTransaction(m_db, [&]() -> Result<QList<SpotCheck>> {
        auto user = authorize(m_db, actor, Permission::RecordFollowUp);
        if (!user)
            return user.error();
        FollowUpRepository repository(m_db);
        auto existing = repository.spotChecks(monthCode(first));
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return existing; // drawn before: the sample stands (nothing written)
        auto byCaseworker = repository.closedCasesByCaseworker(first);
        if (!byCaseworker)
            return byCaseworker.error();
        // Seeded by the month and the caseworker: drawing again in a copy gives the same sample.
        for (auto it = byCaseworker->cbegin(); it != byCaseworker->cend(); ++it) {
            const quint64 seed = quint64(first.year() * 100 + first.month()) * 1000003ULL + qHash(it.key());
            for (qint64 id : sampleForSpotCheck(it.value(), share, seed)) {
                if (auto added = repository.addSpotCheck(monthCode(first), id, it.key(), now, user->name); !added)
                    return added.error();
            }
        }
        return repository.spotChecks(monthCode(first));
    });
}

Result<QList<SpotCheck>> FollowUpService::spotChecks(QDate month) const
{
    return FollowUpRepository(m_db).spotChecks(monthCode(month));
}

Result<TypicalCase> FollowUpService::markTypical(qint64 caseId, const QString &title, const QString &summary,
                                                 const QString &actor, const QDateTime &now)
{
    const QString t = title.trimmed();
    const QString s = summary.trimmed();
    if (t.isEmpty())
        return invalid(QStringLiteral("title"), Msg::tr("A typical case needs a title."));
    if (const QString problem = textCheck(t, kMaxTypicalTitleLength); !problem.isEmpty())
        return invalid(QStringLiteral("title"), problem);
    if (s.isEmpty())
        return invalid(QStringLiteral("summary"), Msg::tr("A typical case needs a short write-up."));
    if (const QString problem = textCheck(s, kMaxTypicalSummaryLength); !problem.isEmpty())
        return invalid(QStringLiteral("summary"), problem);

    return inRetriedTransaction(m_db, [&]() -> Result<TypicalCase> {
        auto user = authorize(m_db, actor, Permission::RecordFollowUp);
        if (!user)
            return user.error();
        auto c = ComplaintRepository(m_db).get(caseId);
        if (!c)
            return c.error();
        FollowUpRepository repository(m_db);
        auto before = repository.typical(caseId);
        if (!before)
            return before.error();
        if (auto saved = repository.saveTypical({caseId, {}, t, s, user->name, now, {}, {}, 0, 0}); !saved)
            return saved.error();
        const QString oldTitle = before.value() ? before.value()->title : QString();
        if (auto audited = AuditRepository(m_db).record({0, caseId, now, user->name, QStringLiteral("typical_case"),
                                                         QStringLiteral("typical_case.title"), oldTitle, t});
            !audited)
            return audited.error();
        auto stored = repository.typical(caseId);
        if (!stored)
            return stored.error();
        return *stored.value();
    });
}

Status FollowUpService::unmarkTypical(qint64 caseId, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::RecordFollowUp);
        if (!user)
            return user.error();
        FollowUpRepository repository(m_db);
        auto before = repository.typical(caseId);
        if (!before)
            return before.error();
        if (!before.value())
            return Error{ErrorCode::NotFound, Msg::tr("The case is not flagged as a typical case."), {}};
        if (auto removed = repository.removeTypical(caseId); !removed)
            return removed.error();
        if (auto audited = AuditRepository(m_db).record({0,
                                                         caseId,
                                                         now,
                                                         user->name,
                                                         QStringLiteral("typical_case"),
                                                         QStringLiteral("typical_case.title"),
                                                         before.value()->title,
                                                         {}});
            !audited)
            return audited;
        return {};
    });
}

Result<QList<TypicalCase>> FollowUpService::typicalCases(QDate from, QDate to) const
{
    return FollowUpRepository(m_db).typicalCases(from, to);
}

} // namespace casedesk
