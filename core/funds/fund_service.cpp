#include "funds/fund_service.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "recovered/recovered_ledger.h"
#include "storage/fund_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>

#include <tuple>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Funds)
};

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{field, message}}};
}

Status checkText(const QString &field, const QString &text, int maxLength)
{
    if (text.trimmed().size() > maxLength)
        return invalid(field, Msg::tr("The text is longer than %1 characters.").arg(maxLength));
    if (const QString problem = textProblem(text); !problem.isEmpty())
        return invalid(field, problem);
    return {};
}

Status checkAmount(qint64 fen)
{
    if (fen <= 0 || fen > kMaxAmountFen)
        return invalid(QStringLiteral("amount"), Msg::tr("The amount must be more than ¥0 and at most ¥100,000,000."));
    return {};
}

} // namespace

Result<qint64> FundService::create(const Fund &fund, const QString &actor, const QDateTime &now)
{
    if (fund.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), Msg::tr("Give the fund a name."));
    for (const auto &[field, text, limit] : {std::tuple{QStringLiteral("name"), fund.name, 100},
                                             std::tuple{QStringLiteral("holder"), fund.holder, 100},
                                             std::tuple{QStringLiteral("note"), fund.note, 2000}}) {
        if (auto ok = checkText(field, text, limit); !ok)
            return ok.error();
    }
    return inRetriedTransaction(m_db, [&]() -> Result<qint64> {
        auto user = authorize(m_db, actor, Permission::ManageFunds);
        if (!user)
            return user.error();
        auto taken =
            queryScalar(m_db, QStringLiteral("SELECT count(*) FROM funds WHERE name = ?"), {fund.name.trimmed()});
        if (!taken)
            return taken.error();
        if (taken->toInt() > 0)
            return invalid(QStringLiteral("name"),
                           Msg::tr("There is already a fund called \"%1\".").arg(fund.name.trimmed()));
        auto id = FundRepository(m_db).insert(fund, now);
        if (!id)
            return id.error();
        return id.value();
    });
}

Status FundService::topUp(qint64 fundId, qint64 amountFen, const QString &note, const QString &actor, const QDateTime &now)
{
    if (auto ok = checkAmount(amountFen); !ok)
        return ok;
    if (auto ok = checkText(QStringLiteral("note"), note, 2000); !ok)
        return ok;
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageFunds);
        if (!user)
            return user.error();
        if (auto fund = FundRepository(m_db).get(fundId); !fund)
            return fund.error();
        FundEntry entry;
        entry.kind = FundEntryKind::TopUp;
        entry.amountFen = amountFen;
        entry.at = now;
        entry.actor = user->name;
        entry.note = note;
        if (auto added = FundRepository(m_db).insertEntry(fundId, entry); !added)
            return added.error();
        return {};
    });
}

Status FundService::payout(qint64 fundId, qint64 caseId, qint64 amountFen, const QString &note, const QString &actor,
                           const QDateTime &now, const RecoveryDecision &decision)
{
    if (auto ok = checkAmount(amountFen); !ok)
        return ok;
    if (auto ok = checkText(QStringLiteral("note"), note, 2000); !ok)
        return ok;
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageFunds);
        if (!user)
            return user.error();
        FundRepository funds(m_db);
        auto fund = funds.get(fundId);
        if (!fund)
            return fund.error();
        if (fund->balanceFen < amountFen)
            return invalid(QStringLiteral("amount"), Msg::tr("The fund holds ¥%1, less than the payout of ¥%2.")
                                                         .arg(formatYuan(fund->balanceFen), formatYuan(amountFen)));
        auto exists = queryScalar(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE id = ?"), {caseId});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            return invalid(QStringLiteral("case"), Msg::tr("No case with id %1 was found.").arg(caseId));
        FundEntry entry;
        entry.kind = FundEntryKind::Payout;
        entry.amountFen = amountFen;
        entry.complaintId = caseId;
        entry.at = now;
        entry.actor = user->name;
        entry.note = note;
        auto added = funds.insertEntry(fundId, entry);
        if (!added)
            return added.error();
        RecoveryPosting posting;
        posting.caseId = caseId;
        posting.source = RecoverySource::Fund;
        posting.sourceRef = added.value();
        posting.amountFen = amountFen;
        posting.on = now.date();
        posting.note = fund->name;
        posting.auditAction = QStringLiteral("fund_payout");
        if (auto posted = postRecovery(m_db, posting, decision, user->name, now); !posted)
            return posted.error();
        return {};
    });
}

Result<QList<Fund>> FundService::list() const { return FundRepository(m_db).list(); }
Result<Fund> FundService::get(qint64 fundId) const { return FundRepository(m_db).get(fundId); }
Result<QList<FundEntry>> FundService::statement(qint64 fundId) const { return FundRepository(m_db).entries(fundId); }

} // namespace casedesk
