#include "demo/demo_lifecycle.h"

#include "domain/grounds.h"
#include "workflow/case_workflow.h"

#include <QDate>
#include <QTimeZone>

namespace casedesk::demo {
namespace {

using S = CaseStatus;
constexpr qint64 kDay = 86400;
constexpr qint64 kChinaOffset = 8 * 3600; // China Standard Time, no daylight saving
constexpr qint64 kOpens = 9 * 3600;
constexpr qint64 kOfficeDay = 8 * 3600;

// Order No. 121, which adds the identity-check refusal ground, applies from this day.
const QDate kOrder121Start(2026, 4, 15);

QList<S> pathTo(Dice &dice, S status)
{
    switch (status) {
    case S::Registered: return {};
    case S::Accepted: return {S::Accepted};
    case S::Refused: return {S::Refused};
    case S::Returned: return {S::Returned};
    case S::ForwardedToEnterprise: return {S::Accepted, S::ForwardedToEnterprise};
    case S::InMediation:
        // Some came back from an enterprise that could not settle within its 10 working days.
        return dice.chance(0.15) ? QList<S>{S::Accepted, S::ForwardedToEnterprise, S::InMediation}
                                 : QList<S>{S::Accepted, S::InMediation};
    case S::AgreementReached:
        return dice.chance(0.1) ? QList<S>{S::Accepted, S::ForwardedToEnterprise, S::InMediation, S::AgreementReached}
                                : QList<S>{S::Accepted, S::InMediation, S::AgreementReached};
    case S::MediationTerminated:
        return dice.chance(0.1)
                   ? QList<S>{S::Accepted, S::ForwardedToEnterprise, S::InMediation, S::MediationTerminated}
                   : QList<S>{S::Accepted, S::InMediation, S::MediationTerminated};
    case S::Closed: break;
    }
    // Closed: networked enterprises settle a large share themselves; mediation settles most
    // of the rest; now and then a supervisor reopens a case whose agreement was not kept.
    static const QList<QList<S>> closedPaths = {
        {S::Accepted, S::ForwardedToEnterprise, S::Closed},
        {S::Accepted, S::InMediation, S::AgreementReached, S::Closed},
        {S::Accepted, S::InMediation, S::MediationTerminated, S::Closed},
        {S::Accepted, S::ForwardedToEnterprise, S::InMediation, S::AgreementReached, S::Closed},
        {S::Accepted, S::InMediation, S::AgreementReached, S::Closed, S::Accepted, S::InMediation,
         S::AgreementReached, S::Closed},
    };
    static const WeightedTable closedWeights({30, 55, 10, 4, 1});
    return closedPaths.at(closedWeights.pick(dice));
}

// Days between a step and the one before it.
double gapDays(Dice &dice, S from, S to)
{
    const double u = dice.unit();
    switch (to) {
    case S::Accepted:
        if (from == S::Closed)
            return 5 + 60 * u; // reopened after a follow-up visit or a broken agreement
        return dice.chance(0.85) ? 0.05 + 4.95 * u : 5 + 4 * u; // within 7 days, mostly
    case S::Refused: return 0.5 + 6 * u;
    case S::Returned: return 0.05 + 3 * u;
    case S::ForwardedToEnterprise: return 0.02 + u;
    case S::InMediation: return from == S::ForwardedToEnterprise ? 10 + 6 * u : 0.02 + 3 * u;
    case S::AgreementReached: return 3 + 47 * u;
    case S::MediationTerminated: return 20 + 45 * u;
    case S::Closed:
        if (from == S::ForwardedToEnterprise)
            return 2 + 12 * u;
        return from == S::AgreementReached ? 1 + 29 * u : 1 + 9 * u;
    case S::Registered: break;
    }
    return 1;
}

// Moves a time outside office hours to an office-hours time nearby, if that stays within
// [low, high]; decisions are taken at the desk, not at 3 a.m.
qint64 inOfficeHours(Dice &dice, qint64 t, qint64 low, qint64 high)
{
    if (low >= high)
        return low;
    t = std::clamp(t, low, high);
    const qint64 secondOfDay = (t + kChinaOffset) % kDay;
    if (secondOfDay >= kOpens && secondOfDay < kOpens + kOfficeDay)
        return t;
    const qint64 dayStart = t - secondOfDay;
    const qint64 slot = kOpens + dice.below(int(kOfficeDay));
    for (qint64 candidate : {dayStart + (secondOfDay < kOpens ? 0 : kDay) + slot, dayStart + slot}) {
        if (candidate >= low && candidate <= high)
            return candidate;
    }
    return t;
}

QString pickGround(Dice &dice, S to, const QDate &received, QString &note)
{
    if (to == S::Refused) {
        static const WeightedTable weights({25, 15, 20, 5, 25, 3, 7});
        RefusalGround ground = allRefusalGrounds().at(weights.pick(dice));
        if (ground == RefusalGround::IdentityRefused && received < kOrder121Start)
            ground = RefusalGround::ElementsMissing;
        if (ground == RefusalGround::Other)
            note = QStringLiteral("依据相关法律规定，该投诉不属于本会受理范围。");
        return codeOf(ground);
    }
    if (to == S::Returned) {
        static const WeightedTable weights({30, 20, 10, 10, 15, 10, 5});
        return codeOf(allReturnReasons().at(weights.pick(dice)));
    }
    if (to == S::MediationTerminated) {
        static const WeightedTable weights({15, 30, 40, 10, 5});
        const TerminationGround ground = allTerminationGrounds().at(weights.pick(dice));
        if (ground == TerminationGround::Other)
            note = QStringLiteral("经营者已进入破产清算程序，告知消费者依法申报债权。");
        return codeOf(ground);
    }
    return {};
}

} // namespace

Lifecycle planLifecycle(Dice &dice, const QDateTime &received, CaseStatus status, const QDateTime &end,
                        const LifecycleCast &cast)
{
    Lifecycle life;
    const QList<S> path = pathTo(dice, status);
    if (path.isEmpty())
        return life;

    QList<double> gaps;
    double totalDays = 0;
    S from = S::Registered;
    for (S to : path) {
        gaps.append(gapDays(dice, from, to));
        totalDays += gaps.last();
        from = to;
    }
    // A young case had less time: squeeze its steps into the time it had.
    const qint64 start = received.toSecsSinceEpoch();
    const qint64 stop = end.toSecsSinceEpoch();
    const double room = std::max(0.0, double(stop - start) * 0.95 - 60.0 * double(path.size()));
    const double scale = std::min(1.0, room / (totalDays * kDay));

    qint64 previous = start;
    from = S::Registered;
    for (int i = 0; i < path.size(); ++i) {
        const S to = path.at(i);
        const qint64 low = previous + 60;
        const qint64 high = stop - 60 * qint64(path.size() - i);
        const qint64 t = inOfficeHours(dice, previous + std::max<qint64>(60, qint64(gaps.at(i) * kDay * scale)), low, high);
        CaseEvent event;
        event.at = QDateTime::fromSecsSinceEpoch(t, received.timeZone());
        event.recordedAt = event.at;
        const bool reopening = from == S::Closed;
        event.actor = reopening ? cast.supervisor : cast.caseworker;
        event.from = from;
        event.to = to;
        event.ground = pickGround(dice, to, received.date(), event.note);
        if (reopening)
            event.note = QStringLiteral("回访时消费者反映经营者未按调解协议履行，重新处理。");
        if (to == S::Accepted && !life.acceptedAt.isValid())
            life.acceptedAt = event.at;
        life.events.append(event);
        previous = t;
        from = to;
    }
    if (isFinalStatus(status))
        life.closedAt = life.events.last().at;
    return life;
}

} // namespace casedesk::demo
