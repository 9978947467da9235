#include "liaison/liaison_lead_service.h"

#include "auth/permissions.h"
#include "liaison/liaison_point.h"
#include "mediation/mediation_checks.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_lead_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

bool isFinal(LeadOutcome outcome)
{
    return outcome == LeadOutcome::Penalised || outcome == LeadOutcome::NotConfirmed || outcome == LeadOutcome::Other;
}

Status checkPoint(const QSqlDatabase &db, qint64 pointId)
{
    auto point = LiaisonPointRepository(db).get(pointId, LiaisonPointRepository::Contacts::Left);
    if (!point)
        return point.error().code == ErrorCode::NotFound ? mediation::invalid(QStringLiteral("pointId"), point.error().message)
                                                         : point.error();
    if (point->status == LiaisonPointStatus::Closed)
        return mediation::invalid(QStringLiteral("pointId"),
                                  Msg::tr("Liaison point \"%1\" is closed and passes on no leads.").arg(point->name));
    return {};
}

QString summary(const LiaisonLead &lead)
{
    return QStringLiteral("%1; %2 %3").arg(codeOf(lead.outcome), lead.regulator, lead.forwardedOn.toString(Qt::ISODate)).trimmed();
}

} // namespace

Status LiaisonLeadService::checkLead(const LiaisonLead &l, const QDate &today)
{
    const std::tuple<const char *, QString, const QString &, bool, int> texts[] = {
        {"suspicion", Msg::tr("What is suspected"), l.suspicion, true, kMaxNote},
        {"business", Msg::tr("The business"), l.business, false, kMaxLine},
        {"place", Msg::tr("The place"), l.place, false, kMaxLine},
        {"regulator", Msg::tr("The regulator"), l.regulator, false, kMaxLine},
        {"outcomeNote", Msg::tr("The outcome's note"), l.outcomeNote, false, kMaxNote},
    };
    for (const auto &[field, label, text, required, length] : texts) {
        if (auto s = mediation::checkText(QString::fromLatin1(field), label, text, length, required); !s)
            return s;
    }
    if (auto s = mediation::checkPastDate(QStringLiteral("receivedOn"), Msg::tr("The day the lead came in"), l.receivedOn,
                                          today);
        !s)
        return s;
    if (l.observedOn.isValid() && l.observedOn > l.receivedOn)
        return mediation::invalid(QStringLiteral("observedOn"),
                                  Msg::tr("The business cannot have been seen after the lead came in."));
    const bool forwarded = l.outcome != LeadOutcome::Pending;
    if (forwarded && (l.regulator.isEmpty() || !l.forwardedOn.isValid()))
        return mediation::invalid(QStringLiteral("regulator"),
                                  Msg::tr("Say to which regulator the lead was forwarded, and when."));
    if (l.forwardedOn.isValid()) {
        if (auto s = mediation::checkPastDate(QStringLiteral("forwardedOn"), Msg::tr("The day the lead was forwarded"),
                                              l.forwardedOn, today);
            !s)
            return s;
        if (auto s = mediation::checkNotBefore(QStringLiteral("forwardedOn"), Msg::tr("The forwarding"), l.forwardedOn,
                                               Msg::tr("the lead came in"), l.receivedOn);
            !s)
            return s;
    }
    if (isFinal(l.outcome)) {
        if (auto s = mediation::checkPastDate(QStringLiteral("outcomeOn"), Msg::tr("The day of the outcome"), l.outcomeOn,
                                              today);
            !s)
            return s;
        if (auto s = mediation::checkNotBefore(QStringLiteral("outcomeOn"), Msg::tr("The outcome"), l.outcomeOn,
                                               Msg::tr("the lead was forwarded"), l.forwardedOn);
            !s)
            return s;
    } else if (l.outcomeOn.isValid()) {
        return mediation::invalid(QStringLiteral("outcomeOn"), Msg::tr("An outcome's date needs the outcome."));
    }
    return {};
}

Result<QList<LiaisonLead>> LiaisonLeadService::list(const QString &actor, qint64 pointId) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LiaisonLeadRepository(m_db).list(pointId);
}

Result<LiaisonLead> LiaisonLeadService::get(qint64 id, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LiaisonLeadRepository(m_db).get(id);
}

Result<LiaisonLead> LiaisonLeadService::add(LiaisonLead lead, const QString &actor, const QDateTime &now)
{
    if (auto checked = checkLead(lead, now.date()); !checked)
        return checked.error();
    return inRetriedTransaction(m_db, [&]() -> Result<LiaisonLead> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        if (auto point = checkPoint(m_db, lead.pointId); !point)
            return point.error();
        lead.updatedBy = user->name;
        lead.updatedAt = now;
        auto id = LiaisonLeadRepository(m_db).insert(lead);
        if (!id)
            return id.error();
        if (auto logged = DeskEventRepository(m_db).record({0, now, user->name, QStringLiteral("liaison_lead_added"),
                                                            QStringLiteral("lead #%1").arg(id.value()),
                                                            QStringLiteral("point #%1").arg(lead.pointId)});
            !logged)
            return logged.error();
        return LiaisonLeadRepository(m_db).get(id.value());
    });
}

Result<LiaisonLead> LiaisonLeadService::update(LiaisonLead lead, const QString &actor, const QDateTime &now)
{
    if (auto checked = checkLead(lead, now.date()); !checked)
        return checked.error();
    return inRetriedTransaction(m_db, [&]() -> Result<LiaisonLead> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        LiaisonLeadRepository leads(m_db);
        auto stored = leads.get(lead.id);
        if (!stored)
            return stored.error();
        if (lead.pointId != stored->pointId) {
            if (auto point = checkPoint(m_db, lead.pointId); !point)
                return point.error();
        }
        lead.updatedBy = user->name;
        lead.updatedAt = now;
        auto saved = leads.update(lead);
        if (!saved)
            return saved.error();
        if (!saved.value())
            return Error{
                ErrorCode::Conflict,
                Msg::tr("Someone else changed lead %1 a moment ago; read it again and make your change once more.")
                    .arg(lead.id),
                {}};
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("liaison_lead_changed"), QStringLiteral("lead #%1").arg(lead.id),
                 QStringLiteral("%1 → %2").arg(summary(stored.value()), summary(lead))});
            !logged)
            return logged.error();
        return leads.get(lead.id);
    });
}

} // namespace casedesk
