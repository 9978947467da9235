#include "liaison/liaison_report.h"

#include "auth/permissions.h"
#include "deadlines/case_deadlines.h"
#include "liaison/liaison_report_analysis.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/liaison_report_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(LiaisonReport)
};

// The transfer's liaison_reply deadline as of `now` (nullopt when no rule applies), by the rule
// set in force on its received day. Clock pauses are not read, as for the quarterly notice: an
// answer to a point is rarely held by an appraisal, and the report reads a whole year at once.
std::optional<Deadline> replyDeadline(const LiaisonTransfer &t, const QList<DeadlineRuleSet> &sets,
                                      const WorkingCalendar &calendar, const QDateTime &now)
{
    const DeadlineRuleSet *set = ruleSetInForce(sets, t.receivedAt.date());
    if (!set)
        return std::nullopt;
    CaseTimeline timeline;
    timeline.receivedAt = t.receivedAt;
    timeline.channel = t.channel;
    if (t.answeredAt.isValid())
        timeline.doneAt.insert(DeadlineKind::LiaisonReply, t.answeredAt);
    for (const Deadline &deadline : caseDeadlines(timeline, *set, calendar, now)) {
        if (deadline.kind == DeadlineKind::LiaisonReply)
            return deadline;
    }
    return std::nullopt;
}

ReplyState replyState(const LiaisonTransfer &t, const std::optional<Deadline> &deadline)
{
    if (!deadline)
        return ReplyState::NoDeadline;
    if (t.answeredAt.isValid())
        return deadline->overdue ? ReplyState::Late : ReplyState::OnTime;
    return deadline->overdue ? ReplyState::Overdue : ReplyState::AwaitingInTime;
}

void countReply(LiaisonReplyTimeliness &r, ReplyState state)
{
    ++r.received;
    switch (state) {
    case ReplyState::OnTime: ++r.answeredOnTime; break;
    case ReplyState::Late: ++r.answeredLate; break;
    case ReplyState::AwaitingInTime: ++r.awaitingInTime; break;
    case ReplyState::Overdue: ++r.awaitingOverdue; break;
    case ReplyState::NoDeadline: ++r.withoutDeadline; break;
    }
}

// Groups in the types' usual order.
QList<LiaisonGroupTotals> typesInOrder(const QHash<QString, LiaisonGroupTotals> &groups)
{
    QList<LiaisonGroupTotals> ordered;
    for (LiaisonPointType type : allLiaisonPointTypes()) {
        if (groups.contains(codeOf(type)))
            ordered.append(groups.value(codeOf(type)));
    }
    return ordered;
}

// Streets by name; the points whose street is not recorded last.
QList<LiaisonGroupTotals> streetsInOrder(const QHash<QString, LiaisonGroupTotals> &groups)
{
    QList<LiaisonGroupTotals> ordered = groups.values();
    std::sort(ordered.begin(), ordered.end(), [](const LiaisonGroupTotals &a, const LiaisonGroupTotals &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return a.key.localeAwareCompare(b.key) < 0;
    });
    return ordered;
}

QList<LiaisonPointFigures> topPoints(QList<LiaisonPointFigures> points,
                                     const std::function<bool(const LiaisonPointFigures &)> &counts,
                                     const std::function<bool(const LiaisonPointFigures &, const LiaisonPointFigures &)> &before)
{
    points.erase(std::remove_if(points.begin(), points.end(), [&](const LiaisonPointFigures &p) { return !counts(p); }),
                 points.end());
    std::sort(points.begin(), points.end(), [&](const LiaisonPointFigures &a, const LiaisonPointFigures &b) {
        if (before(a, b) != before(b, a))
            return before(a, b);
        return a.name != b.name ? a.name < b.name : a.pointId < b.pointId;
    });
    if (points.size() > kReportTopPoints)
        points.resize(kReportTopPoints);
    return points;
}

} // namespace

void LiaisonGroupTotals::add(const LiaisonGroupTotals &o)
{
    activePoints += o.activePoints;
    reporting += o.reporting;
    figures += o.figures;
    transfers += o.transfers;
}

QString labelOf(ReplyState state)
{
    switch (state) {
    case ReplyState::OnTime: return Msg::tr("Answered on time");
    case ReplyState::Late: return Msg::tr("Answered late");
    case ReplyState::AwaitingInTime: return Msg::tr("Being handled, not yet due");
    case ReplyState::Overdue: return Msg::tr("Overdue, not answered");
    case ReplyState::NoDeadline: return Msg::tr("No reply deadline");
    }
    return {};
}

QString liaisonReportTitle(const LiaisonReport &report)
{
    return report.period.kind == PeriodKind::Year
               ? Msg::tr("Work of the consumer-rights liaison points in %1: annual report").arg(report.period.label())
               : Msg::tr("Work of the consumer-rights liaison points in %1: quarterly report").arg(report.period.label());
}

QString labelOfTypeGroup(const LiaisonGroupTotals &group)
{
    const auto type = liaisonPointTypeFromCode(group.key);
    return type ? labelOf(*type) : group.key;
}

QString labelOfStreetGroup(const LiaisonGroupTotals &group)
{
    return group.key.isEmpty() ? Msg::tr("Street not recorded") : group.key;
}

Result<LiaisonReport> buildLiaisonReport(const QSqlDatabase &db, const StatsPeriod &period, const QString &actor,
                                         const QDateTime &now)
{
    if (auto allowed = authorize(db, actor, Permission::ViewStatistics); !allowed)
        return allowed.error();
    if ((period.kind != PeriodKind::Quarter && period.kind != PeriodKind::Year) || !period.isValid() ||
        period.from > now.date()) {
        const QString message =
            Msg::tr("The liaison-point report is for a quarter or a year that has begun, such as %1 or %2.")
                .arg(StatsPeriod::quarter(now.date().year(), (now.date().month() - 1) / 3 + 1).code())
                .arg(now.date().year());
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("period"), message}}};
    }
    LiaisonReport report;
    report.period = period;
    report.generatedAt = now;
    auto council = SettingsRepository(db).councilName();
    if (!council)
        return council.error();
    report.councilName = council.value();

    auto points = LiaisonPointRepository(db).list({}, LiaisonPointRepository::Contacts::Left);
    if (!points)
        return points.error();
    const LiaisonReportRepository reads(db);
    auto ledgers = reads.ledgersByPoint(period.from, period.to);
    if (!ledgers)
        return ledgers.error();
    auto transfers = reads.transfers(period.from, period.to);
    if (!transfers)
        return transfers.error();
    auto visited = reads.visitedPoints(period.from, period.to);
    if (!visited)
        return visited.error();
    auto leads = reads.leadOutcomes(period.from, period.to);
    if (!leads)
        return leads.error();
    auto sets = DeadlineRuleRepository(db).ruleSets();
    if (!sets)
        return sets.error();
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();

    QHash<qint64, QString> nameOf;
    for (const LiaisonPoint &p : std::as_const(points.value()))
        nameOf.insert(p.id, p.name);
    QHash<qint64, int> transfersOf;
    for (const LiaisonTransfer &t : std::as_const(transfers.value())) {
        ++transfersOf[t.pointId];
        const auto deadline = replyDeadline(t, sets.value(), calendar.value(), now);
        const ReplyState state = replyState(t, deadline);
        countReply(report.replies, state);
        report.transferResults.append({nameOf.value(t.pointId), t.caseNumber, t.receivedAt.date(), t.status,
                                       t.answeredAt.date(), deadline ? deadline->dueDate : QDate(), state});
    }
    std::stable_sort(report.transferResults.begin(), report.transferResults.end(),
                     [](const LiaisonTransferResult &a, const LiaisonTransferResult &b) {
                         return a.pointName != b.pointName ? a.pointName.localeAwareCompare(b.pointName) < 0
                                                           : a.receivedOn < b.receivedOn;
                     });

    QHash<QString, LiaisonGroupTotals> types;
    QHash<QString, LiaisonGroupTotals> streets;
    QList<LiaisonPointFigures> figures;
    for (const LiaisonPoint &p : std::as_const(points.value())) {
        // A point set up after the period did not exist in it (neither active nor unvisited then).
        const bool existed = !p.setUpOn.isValid() || p.setUpOn <= period.to;
        const bool active = existed && p.status == LiaisonPointStatus::Active;
        LiaisonGroupTotals own;
        own.activePoints = active ? 1 : 0;
        own.reporting = ledgers->contains(p.id) ? 1 : 0;
        own.figures = ledgers->value(p.id);
        own.transfers = transfersOf.value(p.id);
        if (active || own.reporting > 0 || own.transfers > 0) {
            LiaisonGroupTotals &type = types[codeOf(p.type)];
            type.key = codeOf(p.type);
            type.add(own);
            LiaisonGroupTotals &street = streets[p.street];
            street.key = p.street;
            street.add(own);
            report.total.add(own);
        }
        figures.append({p.id, p.name, p.type, p.street, own.transfers, own.figures});
        if (active && !visited->contains(p.id))
            report.unvisited.append({p.id, p.name, p.type, p.street, p.official});
    }
    report.activePoints = report.total.activePoints;
    report.byType = typesInOrder(types);
    report.byStreet = streetsInOrder(streets);
    report.mostTransfers = topPoints(
        figures, [](const LiaisonPointFigures &p) { return p.transfers > 0; },
        [](const LiaisonPointFigures &a, const LiaisonPointFigures &b) {
            return a.transfers != b.transfers ? a.transfers > b.transfers : a.figures.settled > b.figures.settled;
        });
    report.mostSettlements = topPoints(
        figures, [](const LiaisonPointFigures &p) { return p.figures.settled > 0; },
        [](const LiaisonPointFigures &a, const LiaisonPointFigures &b) {
            return a.figures.settled != b.figures.settled ? a.figures.settled > b.figures.settled
                                                          : a.figures.settledFen > b.figures.settledFen;
        });
    std::sort(report.unvisited.begin(), report.unvisited.end(), [](const UnvisitedPoint &a, const UnvisitedPoint &b) {
        if (a.street != b.street)
            return a.street.isEmpty() != b.street.isEmpty() ? b.street.isEmpty() : a.street.localeAwareCompare(b.street) < 0;
        return a.name != b.name ? a.name < b.name : a.pointId < b.pointId;
    });
    for (LeadOutcome outcome : allLeadOutcomes()) {
        const int count = leads->value(codeOf(outcome));
        report.leads.append({outcome, count});
        report.leadsReceived += count;
    }
    report.analysis = draftLiaisonAnalysis(report);
    return report;
}

} // namespace casedesk
