#include "enterprises/quarterly_notice.h"

#include "auth/permissions.h"
#include "deadlines/case_deadlines.h"
#include "domain/money.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/quarterly_notice_repository.h"
#include "storage/settings_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(QuarterlyNotice)
};

// One forwarding in the quarter and what came of it.
struct Forwarding {
    qint64 caseId = 0;
    qint64 businessId = 0;
    QDateTime receivedAt;
    Channel channel = Channel::Phone;
    QDateTime forwardedAt;
    QDateTime answeredAt;   // the case's next step: null while unanswered
    bool settled = false;   // that step closed the case
};

// The forwardings of the quarter, each with the step that answered it: every step of the cases
// concerned comes in order, so that the step after each forwarding is at hand.
Result<QList<Forwarding>> forwardingsIn(const QuarterlyNoticeRepository &figures, const StatsPeriod &quarter)
{
    auto steps = figures.stepsOfCasesForwardedIn(quarter.from, quarter.to);
    if (!steps)
        return steps.error();
    QList<Forwarding> forwardings;
    Forwarding *open = nullptr; // a forwarding of this case still waiting for the next step
    qint64 lastCase = 0;
    for (const QuarterlyNoticeRepository::CaseStep &step : std::as_const(steps.value())) {
        if (step.caseId != lastCase)
            open = nullptr;
        lastCase = step.caseId;
        if (open) {
            open->answeredAt = step.at;
            open->settled = step.to == CaseStatus::Closed;
            open = nullptr;
        }
        if (step.to != CaseStatus::ForwardedToEnterprise || step.at.date() < quarter.from ||
            step.at.date() > quarter.to)
            continue;
        Forwarding f;
        f.caseId = step.caseId;
        f.businessId = step.businessId;
        f.receivedAt = step.receivedAt;
        f.channel = step.channel;
        f.forwardedAt = step.at;
        forwardings.append(f);
        open = &forwardings.last();
    }
    return forwardings;
}

// Whether the answer came after the enterprise's deadline, by the rule set the case is under.
// Clock pauses are not read (as for the on-time rate, on_time.h): an enterprise's ten days are
// rarely paused, and the notice reads every forwarding of a quarter at once.
bool answeredLate(const Forwarding &f, const QList<DeadlineRuleSet> &sets, const WorkingCalendar &calendar,
                  const QDateTime &now)
{
    const DeadlineRuleSet *set = ruleSetInForce(sets, f.receivedAt.date());
    if (!set || !f.answeredAt.isValid())
        return false;
    CaseTimeline timeline;
    timeline.receivedAt = f.receivedAt;
    timeline.channel = f.channel;
    timeline.forwardedAt = f.forwardedAt;
    timeline.doneAt.insert(DeadlineKind::Enterprise, f.answeredAt);
    for (const Deadline &deadline : caseDeadlines(timeline, *set, calendar, now)) {
        if (deadline.kind == DeadlineKind::Enterprise)
            return deadline.overdue;
    }
    return false;
}

bool rankedBefore(const EnterpriseQuarter &a, const EnterpriseQuarter &b)
{
    if ((a.forwarded > 0) != (b.forwarded > 0))
        return a.forwarded > 0;
    const double rateA = a.settlementRate().value().value_or(0);
    const double rateB = b.settlementRate().value().value_or(0);
    if (rateA != rateB)
        return rateA > rateB;
    if (a.forwarded != b.forwarded)
        return a.forwarded > b.forwarded;
    if (a.received != b.received)
        return a.received > b.received;
    return a.name < b.name;
}

// "+12" / "-3" / "0": a change on last quarter.
QString change(int current, int previous)
{
    const int delta = current - previous;
    return delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta);
}

QStringList draftAnalysis(const QuarterlyNotice &notice)
{
    QStringList paragraphs;
    const EnterpriseQuarter &t = notice.total;
    if (t.forwarded == 0) {
        paragraphs << Msg::tr("In %1 the council forwarded no complaint to a networked enterprise.")
                          .arg(notice.quarter.label());
    } else {
        paragraphs << Msg::tr("In %1 the council forwarded %2 complaints to %3 networked enterprises. Settled by the "
                              "enterprises themselves: %4 (first-settlement rate %5), %6 of them within the deadline; "
                              "answered after the deadline: %7; came back to the council: %8; awaiting an answer: %9. "
                              "The enterprises' settlements recovered ¥%10 for consumers.")
                          .arg(notice.quarter.label())
                          .arg(t.forwarded)
                          .arg(std::count_if(notice.enterprises.cbegin(), notice.enterprises.cend(),
                                             [](const EnterpriseQuarter &e) { return e.rank > 0; }))
                          .arg(t.settled)
                          .arg(formatPercent(t.settlementRate()))
                          .arg(t.settledOnTime)
                          .arg(t.answeredLate)
                          .arg(t.cameBack)
                          .arg(t.unanswered)
                          .arg(formatYuan(t.recoveredFen));
        QList<EnterpriseQuarter> ranked;
        for (const EnterpriseQuarter &e : notice.enterprises) {
            if (e.rank > 0)
                ranked.append(e);
        }
        if (ranked.size() >= 2) {
            const EnterpriseQuarter &best = ranked.first();
            const EnterpriseQuarter &worst = ranked.last();
            paragraphs << Msg::tr("The highest first-settlement rate was %1's (%2 of %3 forwarded, %4); the lowest was "
                                  "%5's (%6 of %7, %8).")
                              .arg(best.name)
                              .arg(best.settled)
                              .arg(best.forwarded)
                              .arg(formatPercent(best.settlementRate()))
                              .arg(worst.name)
                              .arg(worst.settled)
                              .arg(worst.forwarded)
                              .arg(formatPercent(worst.settlementRate()));
        }
    }
    if (!notice.industries.isEmpty()) {
        QStringList parts;
        for (const IndustryChange &i : notice.industries)
            parts << Msg::tr("%1 (%2, %3 on last quarter)").arg(i.category).arg(i.current).arg(change(i.current, i.previous));
        paragraphs << Msg::tr("The industries with the most complaints about these enterprises: %1.")
                          .arg(parts.join(Msg::tr("; ")));
    }
    return paragraphs;
}

} // namespace

QStringList noticeRankingHeaders()
{
    return {Msg::tr("Rank"),
            Msg::tr("Enterprise"),
            Msg::tr("Complaints received"),
            Msg::tr("Forwarded to it"),
            Msg::tr("Settled by it"),
            Msg::tr("First-settlement rate"),
            Msg::tr("Settled within the deadline"),
            Msg::tr("Answered late"),
            Msg::tr("Came back"),
            Msg::tr("Awaiting an answer"),
            Msg::tr("Average working days to answer"),
            Msg::tr("Recovered (yuan)")};
}

QStringList noticeIndustryHeaders()
{
    return {Msg::tr("Category"), Msg::tr("This quarter"), Msg::tr("Last quarter"), Msg::tr("Change")};
}

std::optional<double> EnterpriseQuarter::averageAnswerDays() const
{
    return answered() > 0 ? std::optional<double>(double(answerWorkingDays) / answered()) : std::nullopt;
}

void EnterpriseQuarter::add(const EnterpriseQuarter &o)
{
    received += o.received;
    forwarded += o.forwarded;
    settled += o.settled;
    settledOnTime += o.settledOnTime;
    cameBack += o.cameBack;
    answeredLate += o.answeredLate;
    unanswered += o.unanswered;
    answerWorkingDays += o.answerWorkingDays;
    recoveredFen += o.recoveredFen;
}

Result<QuarterlyNotice> buildQuarterlyNotice(const QSqlDatabase &db, const StatsPeriod &quarter, const QString &actor,
                                             const QDateTime &now)
{
    if (auto allowed = authorize(db, actor, Permission::ViewStatistics); !allowed)
        return allowed.error();
    if (quarter.kind != PeriodKind::Quarter || !quarter.isValid() || quarter.from > now.date()) {
        const QString message = Msg::tr("The notice is for a quarter that has begun, such as %1.")
                                    .arg(StatsPeriod::quarter(now.date().year(), (now.date().month() - 1) / 3 + 1).code());
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("period"), message}}};
    }
    QuarterlyNotice notice;
    notice.quarter = quarter;
    notice.generatedAt = now;
    auto council = SettingsRepository(db).councilName();
    if (!council)
        return council.error();
    notice.councilName = council.value();

    const QuarterlyNoticeRepository figures(db);
    auto forwardings = forwardingsIn(figures, quarter);
    if (!forwardings)
        return forwardings.error();
    auto sets = DeadlineRuleRepository(db).ruleSets();
    if (!sets)
        return sets.error();
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto money = figures.enterpriseMoneyOfCasesForwardedIn(quarter.from, quarter.to);
    if (!money)
        return money.error();
    auto networked = figures.networkedIn(quarter.from, quarter.to);
    if (!networked)
        return networked.error();

    const QHash<qint64, QString> &listed = networked.value(); // business → name
    QHash<qint64, EnterpriseQuarter> rows;
    QSet<qint64> paidCases; // a case forwarded twice in the quarter has its money counted once
    for (const Forwarding &f : std::as_const(forwardings.value())) {
        if (!listed.contains(f.businessId)) {
            ++notice.forwardedElsewhere;
            continue;
        }
        EnterpriseQuarter &row = rows[f.businessId];
        ++row.forwarded;
        if (!f.answeredAt.isValid()) {
            ++row.unanswered;
            continue;
        }
        const bool late = answeredLate(f, sets.value(), calendar.value(), now);
        row.answeredLate += late ? 1 : 0;
        row.answerWorkingDays += calendar->workingDaysBetween(f.forwardedAt.date(), f.answeredAt.date());
        if (f.settled) {
            ++row.settled;
            row.settledOnTime += late ? 0 : 1;
            if (!paidCases.contains(f.caseId))
                row.recoveredFen += money->value(f.caseId);
            paidCases.insert(f.caseId);
        } else {
            ++row.cameBack;
        }
    }

    auto current = figures.receivedIn(quarter.from, quarter.to);
    if (!current)
        return current.error();
    const StatsPeriod before = quarter.previous();
    auto previous = figures.receivedIn(before.from, before.to);
    if (!previous)
        return previous.error();
    QHash<QString, IndustryChange> industries;
    for (auto enterprise = listed.cbegin(); enterprise != listed.cend(); ++enterprise) {
        const qint64 id = enterprise.key();
        EnterpriseQuarter row = rows.value(id);
        row.businessId = id;
        row.name = enterprise.value();
        for (auto it = current->value(id).cbegin(); it != current->value(id).cend(); ++it) {
            row.received += it.value();
            industries[it.key()].current += it.value();
        }
        for (auto it = previous->value(id).cbegin(); it != previous->value(id).cend(); ++it)
            industries[it.key()].previous += it.value();
        notice.total.add(row);
        notice.enterprises.append(row);
    }
    std::sort(notice.enterprises.begin(), notice.enterprises.end(), rankedBefore);
    int rank = 0;
    for (EnterpriseQuarter &e : notice.enterprises)
        e.rank = e.forwarded > 0 ? ++rank : 0;
    for (auto it = industries.begin(); it != industries.end(); ++it) {
        it->category = it.key();
        if (it->current > 0)
            notice.industries.append(it.value());
    }
    std::sort(notice.industries.begin(), notice.industries.end(), [](const IndustryChange &a, const IndustryChange &b) {
        return a.current != b.current ? a.current > b.current : a.category < b.category;
    });
    if (notice.industries.size() > kNoticeIndustries)
        notice.industries.resize(kNoticeIndustries);
    notice.analysis = draftAnalysis(notice);
    return notice;
}

} // namespace casedesk
