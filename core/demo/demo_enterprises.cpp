#include "demo/demo_enterprises.h"

#include "demo/demo_parties.h"
#include "storage/enterprise_agreement_repository.h"
#include "storage/enterprise_answer_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/talk_repository.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace casedesk {
namespace {

using namespace demo;

const QStringList kSettlements = {
    QStringLiteral("经营者已为消费者办理退款。"),
    QStringLiteral("经营者为消费者更换同型号新品，并承担往返运费。"),
    QStringLiteral("经营者退还差价，并赠送等额优惠券。"),
    QStringLiteral("经营者同意退货退款，消费者表示满意。"),
    QStringLiteral("经营者免费维修并延长保修期一年。"),
};
const QStringList kFailures = {
    QStringLiteral("双方对赔偿金额分歧较大，未能达成一致。"),
    QStringLiteral("经营者认为商品不存在质量问题，不同意退货。"),
    QStringLiteral("消费者不接受经营者提出的处理方案。"),
    QStringLiteral("经营者在规定期限内未能联系上消费者。"),
};

// The first `limit` of `mostForwarded` that are not networked yet.
Result<QList<qint64>> notNetworked(const QSqlDatabase &db, const QList<qint64> &mostForwarded, int limit)
{
    auto rows = runQuery(db, QStringLiteral("SELECT business_id FROM enterprise_agreements"));
    if (!rows)
        return rows.error();
    QSet<qint64> networked;
    while (rows->next())
        networked.insert(rows->value(0).toLongLong());
    QList<qint64> ids;
    for (qint64 id : mostForwarded) {
        if (ids.size() < limit && !networked.contains(id))
            ids.append(id);
    }
    return ids;
}

Status signAgreements(const QSqlDatabase &db, const QList<qint64> &businesses, Dice &dice, PartyMaker &people,
                      const QDate &until)
{
    EnterpriseAgreementRepository agreements(db);
    const QDateTime now(until, QTime(9, 0), QTimeZone(8 * 3600));
    for (qint64 id : businesses) {
        EnterpriseAgreement a;
        a.businessId = id;
        a.signedOn = until.addYears(-3).addDays(dice.below(700));
        a.contactPerson = people.personName();
        a.contactPhone = QStringLiteral("1391%1").arg(dice.below(10000000), 7, 10, QLatin1Char('0'));
        a.complaintDesk = QStringLiteral("客服热线400-8%1").arg(dice.below(1000000), 6, 10, QLatin1Char('0'));
        a.odr = dice.chance(0.6);
        a.updatedBy = QStringLiteral("演示数据");
        a.updatedAt = now;
        if (auto saved = agreements.save(a); !saved)
            return saved;
    }
    return {};
}

// Each answered forwarding of these businesses' cases gets its answer: settled (the money the
// enterprise's settlement put on the case's ledger) when the next step closed the case, else not.
Status recordAnswers(const QSqlDatabase &db, const QList<qint64> &businesses, qint64 afterId, Dice &dice)
{
    if (businesses.isEmpty())
        return {};
    QStringList marks;
    QVariantList values{afterId};
    for (qint64 id : businesses) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto steps = runQuery(db,
                          QStringLiteral("SELECT e.id, e.complaint_id, e.at, e.to_status, e.actor, (SELECT "
                                         "coalesce(sum(r.amount_fen), 0) FROM recovered_entries r WHERE "
                                         "r.complaint_id = e.complaint_id AND r.source = 'enterprise') FROM "
                                         "case_events e JOIN complaints c ON c.id = e.complaint_id WHERE c.id > ? "
                                         "AND c.business_id IN (%1) ORDER BY e.complaint_id, e.at, e.id")
                              .arg(marks.join(QLatin1Char(','))),
                          values);
    if (!steps)
        return steps.error();
    EnterpriseAnswerRepository answers(db);
    qint64 forwardEvent = 0;
    qint64 lastCase = 0;
    while (steps->next()) {
        const qint64 caseId = steps->value(1).toLongLong();
        if (caseId != lastCase)
            forwardEvent = 0;
        lastCase = caseId;
        const QString to = steps->value(3).toString();
        if (forwardEvent) {
            const QDateTime at = dateTimeFromStored(steps->value(2));
            EnterpriseAnswer a;
            a.forwardEventId = forwardEvent;
            a.complaintId = caseId;
            a.settled = to == QLatin1String("closed");
            a.text = a.settled ? dice.pick(kSettlements) : dice.pick(kFailures);
            a.amountFen = a.settled ? steps->value(5).toLongLong() : 0;
            a.answeredOn = at.date();
            a.recordedBy = steps->value(4).toString();
            a.recordedAt = at;
            if (auto added = answers.add(a); !added)
                return added;
            forwardEvent = 0;
        }
        if (to == QLatin1String("forwarded"))
            forwardEvent = steps->value(0).toLongLong();
    }
    return {};
}

// A talk with each business of a sudden run of complaints, ten days after the run began, with
// the promises its managers made; those due by the demo's end are checked, most kept.
Status holdTalks(const QSqlDatabase &db, const QStringList &burstBusinesses, qint64 afterId, Dice &dice,
                 PartyMaker &people, const QDate &until)
{
    auto staff = runQuery(db, QStringLiteral("SELECT name, role FROM users WHERE role IN ('supervisor', 'caseworker') "
                                             "ORDER BY role DESC, name"));
    if (!staff)
        return staff.error();
    QString supervisor;
    QStringList caseworkers;
    while (staff->next()) {
        if (staff->value(1).toString() == QLatin1String("supervisor") && supervisor.isEmpty())
            supervisor = staff->value(0).toString();
        else if (staff->value(1).toString() == QLatin1String("caseworker"))
            caseworkers << staff->value(0).toString();
    }
    if (supervisor.isEmpty() || caseworkers.isEmpty())
        return {};
    TalkRepository talks(db);
    for (const QString &name : burstBusinesses) {
        auto run = runQuery(db,
                            QStringLiteral("SELECT c.business_id, min(c.received_at), count(*) FROM complaints c JOIN "
                                           "businesses b ON b.id = c.business_id WHERE b.name = ? AND c.id > ? "
                                           "GROUP BY c.business_id ORDER BY count(*) DESC LIMIT 1"),
                            {name, afterId});
        if (!run)
            return run.error();
        if (!run->next())
            continue;
        const QDate held = dateTimeFromStored(run->value(1)).date().addDays(10);
        if (held > until)
            continue;
        Talk talk;
        talk.businessId = run->value(0).toLongLong();
        talk.heldOn = held;
        talk.place = QStringLiteral("本会第一会议室");
        talk.councilAttendees = QStringLiteral("%1（秘书长）、%2（投诉部）").arg(supervisor, dice.pick(caseworkers));
        talk.businessAttendees = QStringLiteral("%1（总经理）、%2（门店负责人）").arg(people.personName(), people.personName());
        talk.reason = QStringLiteral("短期内集中被投诉（预警）：%1件，主要反映预付卡无法使用、门店停业。")
                          .arg(run->value(2).toInt());
        talk.problems = QStringLiteral("门店突然停业未提前告知会员；预付卡余额无法退还；客服电话无人接听。");
        talk.promises = {{0, 0, QStringLiteral("七日内公布会员退费方案并设立退费登记点。"), held.addDays(7), {}, {}, {}, {}},
                         {0, 0, QStringLiteral("三十日内完成已登记会员的退费。"), held.addDays(30), {}, {}, {}, {}}};
        talk.recordedBy = supervisor;
        talk.recordedAt = QDateTime(held, QTime(16, 0), QTimeZone(8 * 3600));
        auto id = talks.add(talk);
        if (!id)
            return id.error();
        auto saved = talks.get(id.value());
        if (!saved)
            return saved.error();
        for (const TalkPromise &promise : saved->promises) {
            const QDate checked = promise.dueOn.addDays(2);
            if (checked > until)
                continue;
            const bool kept = dice.chance(0.7);
            const QString note = kept ? QStringLiteral("经回访核实，已按承诺完成。")
                                      : QStringLiteral("逾期未完成，已再次督促。");
            if (auto done = talks.check(promise.id, checked, kept, note, supervisor); !done)
                return done;
        }
    }
    return {};
}

} // namespace

Status addDemoEnterprises(const QSqlDatabase &db, quint64 seed, const QDate &until, qint64 afterId,
                          const QStringList &burstBusinesses, const QList<qint64> &mostForwarded, int cases)
{
    Transaction transaction(db);
    if (auto started = transaction.begin(); !started)
        return started;
    Dice dice(seed ^ 0x51ed2701ULL);
    PartyMaker people(dice);
    // About one networked enterprise for every 30,000 cases, between 5 and 30.
    auto networked = notNetworked(db, mostForwarded, std::clamp(cases / 30000, 5, 30));
    if (!networked)
        return networked.error();
    if (auto signedUp = signAgreements(db, networked.value(), dice, people, until); !signedUp)
        return signedUp;
    if (auto answered = recordAnswers(db, networked.value(), afterId, dice); !answered)
        return answered;
    if (auto talked = holdTalks(db, burstBusinesses, afterId, dice, people, until); !talked)
        return talked;
    return transaction.commit();
}

} // namespace casedesk
