#include "demo/demo_mediation.h"

#include "demo/weighted_random.h"
#include "mediation/agreement_service.h"
#include "storage/complaint_repository.h"
#include "storage/mediation_agreement_repository.h"
#include "storage/mediation_directory_repository.h"
#include "storage/mediation_session_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>
#include <QHash>

#include <QTimeZone>
#include <algorithm>

namespace casedesk {
namespace {

using demo::Dice;

// Enough for a lively agenda without slowing a demo of a million cases.
constexpr int kMaxCasesPerKind = 400;

struct Entered {
    qint64 caseId;
    QDateTime at;
};

// The first cases (with an id above `afterId`) now in `status`, with the time they entered it.
// The cases are picked first and their timelines read after: joined the other way round, the
// timeline rows of every case that ever reached the status were read (0.4 s instead of 0.1 at
// 200,000 demo cases). Every demo case in a status has the step that brought it there.
Result<QList<Entered>> casesIn(const QSqlDatabase &db, const QString &status, qint64 afterId)
{
    auto query = runQuery(db,
                          QStringLiteral("SELECT c.id, MAX(e.at) FROM (SELECT id FROM complaints WHERE status = ? "
                                         "AND id > ? ORDER BY id LIMIT %1) c JOIN case_events e "
                                         "ON e.complaint_id = c.id AND e.to_status = ? GROUP BY c.id ORDER BY c.id")
                              .arg(kMaxCasesPerKind),
                          {status, afterId, status});
    if (!query)
        return query.error();
    QList<Entered> cases;
    while (query->next())
        cases.append({query->value(0).toLongLong(), dateTimeFromStored(query->value(1))});
    return cases;
}

QDateTime workingHour(const QDate &day, Dice &dice, const QDateTime &like)
{
    static const int kStarts[] = {9 * 60, 9 * 60 + 30, 10 * 60 + 30, 14 * 60, 14 * 60 + 30, 15 * 60 + 30};
    const int minute = kStarts[dice.below(6)];
    return QDateTime(day, QTime(minute / 60, minute % 60), like.timeZone());
}

QDate weekdayFrom(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

} // namespace

Status addDemoMediation(const QSqlDatabase &db, quint64 seed, const QDate &until, qint64 afterId)
{
    Transaction transaction(db);
    if (auto started = transaction.begin(); !started)
        return started;
    MediationDirectoryRepository directory(db);
    const struct {
        const char *name;
        MediatorKind kind;
        const char *office;
        const char *phone;
    } people[] = {
        {"陈静", MediatorKind::PeoplesMediator, "", "021-62510001"},
        {"吴国平", MediatorKind::PeoplesMediator, "", "021-62510002"},
        {"周晓红", MediatorKind::Staff, "投诉部", "021-62510003"},
        {"赵明", MediatorKind::VolunteerLawyer, "上海明理律师事务所", "13917000001"},
        {"孙立新", MediatorKind::Expert, "汽车专业委员会", "13917000002"},
        {"郑慧", MediatorKind::Expert, "教育培训专业委员会", "13917000003"},
    };
    auto existing = directory.mediators();
    if (!existing)
        return existing.error();
    QHash<QString, qint64> known;
    for (const Mediator &m : existing.value())
        known.insert(m.name, m.id);
    QList<qint64> mediatorIds;
    for (const auto &p : people) {
        if (const qint64 id = known.value(QString::fromUtf8(p.name)); id > 0) {
            if (p.kind != MediatorKind::VolunteerLawyer)
                mediatorIds.append(id);
            continue;
        }
        Mediator m;
        m.name = QString::fromUtf8(p.name);
        m.kind = p.kind;
        m.office = QString::fromUtf8(p.office);
        m.phone = QString::fromUtf8(p.phone);
        auto id = directory.insertMediator(m);
        if (!id)
            return id.error();
        if (p.kind != MediatorKind::VolunteerLawyer)
            mediatorIds.append(id.value());
    }
    auto courts = directory.courts();
    if (!courts)
        return courts.error();
    for (const auto &[name, kind] : {std::pair<QString, CourtKind>{QStringLiteral("区人民法院"), CourtKind::Court},
                                     {QStringLiteral("区人民法院消保委巡回审判点"), CourtKind::Circuit}}) {
        if (std::any_of(courts->cbegin(), courts->cend(),
                        [&wanted = name](const Court &c) { return c.name == wanted; }))
            continue;
        Court court;
        court.name = name;
        court.kind = kind;
        if (auto id = directory.insertCourt(court); !id)
            return id.error();
    }

    Dice dice(seed ^ 0x6d656469);
    const QString actor = QCoreApplication::translate("Demo", "demo data");
    MediationSessionRepository sessions(db);
    auto inMediation = casesIn(db, QStringLiteral("in_mediation"), afterId);
    if (!inMediation)
        return inMediation.error();
    // Who sits when: the demo books a free mediator, as a caseworker would (the agenda still
    // shows a double booking when every mediator is busy at the chosen hour).
    QHash<qint64, QList<QDateTime>> booked;
    const auto freeMediator = [&](const QDateTime &start) {
        const int first = dice.below(int(mediatorIds.size()));
        for (int i = 0; i < mediatorIds.size(); ++i) {
            const qint64 id = mediatorIds.at((first + i) % mediatorIds.size());
            const QList<QDateTime> &times = booked[id];
            if (std::none_of(times.cbegin(), times.cend(),
                             [&start](const QDateTime &t) { return qAbs(t.secsTo(start)) < 3600; })) {
                booked[id].append(start);
                return id;
            }
        }
        return mediatorIds.at(first);
    };
    for (const Entered &entered : inMediation.value()) {
        MediationSession s;
        s.complaintId = entered.caseId;
        s.mode = SessionMode(dice.below(4));
        s.recordedAt = entered.at;
        s.recordedBy = actor;
        const QDate held = weekdayFrom(entered.at.date().addDays(2 + dice.below(5)));
        if (held < until) {
            s.startsAt = workingHour(held, dice, entered.at);
            s.mediatorIds = {freeMediator(s.startsAt)};
            s.outcome = SessionOutcome::Continued;
            s.participants = QStringLiteral("投诉人；被投诉方代表");
            s.record = QStringLiteral("双方陈述了各自意见，经营者同意核实后答复，约定再次调解。");
            if (auto id = sessions.insert(s); !id)
                return id.error();
        }
        if (dice.below(3) > 0) { // most cases have the next session booked
            s.startsAt = workingHour(weekdayFrom(until.addDays(1 + dice.below(10))), dice, entered.at);
            s.mediatorIds = {freeMediator(s.startsAt)};
            s.outcome = SessionOutcome::Planned;
            s.participants.clear();
            s.record.clear();
            if (auto id = sessions.insert(s); !id)
                return id.error();
        }
    }

    auto agreed = casesIn(db, QStringLiteral("agreement_reached"), afterId);
    if (!agreed)
        return agreed.error();
    for (const Entered &entered : agreed.value()) {
        auto complaint = ComplaintRepository(db).get(entered.caseId);
        if (!complaint)
            return complaint.error();
        MediationSession held;
        held.complaintId = entered.caseId;
        held.startsAt = entered.at.addSecs(-3600); // the session that reached the agreement
        held.mode = SessionMode(dice.below(4));
        held.mediatorIds = {freeMediator(held.startsAt)};
        held.outcome = SessionOutcome::Agreement;
        held.participants = QStringLiteral("投诉人；被投诉方代表");
        held.record = QStringLiteral("经调解，双方自愿达成调解协议。");
        held.recordedAt = entered.at;
        held.recordedBy = actor;
        if (auto id = sessions.insert(held); !id)
            return id.error();
        MediationAgreement a = agreementTemplate(complaint.value());
        a.mediatorId = held.mediatorIds.first();
        a.signedOn = entered.at.date();
        a.performBy = a.signedOn.addDays(15);
        a.updatedAt = entered.at;
        a.updatedBy = actor;
        if (auto saved = MediationAgreementRepository(db).save(a); !saved)
            return saved;
    }
    return transaction.commit();
}

} // namespace casedesk
