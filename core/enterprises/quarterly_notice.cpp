#include "enterprises/quarterly_notice.h"

#include "auth/permissions.h"
#include "deadlines/case_deadlines.h"
#include "domain/money.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
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

QString dayBound(const QDate &day) { return day.toString(Qt::ISODate); }

// The forwardings of the quarter, each with the step that answered it. Every step of the cases
// concerned is read in order, so that the step after each forwarding is at hand.
Result<QList<Forwarding>> forwardingsIn(const QSqlDatabase &db, const StatsPeriod &quarter)
{
    auto steps = runQuery(db,
                          QStringLiteral("SELECT e.complaint_id, e.at, e.to_status, c.business_id, c.received_at, "
                                         "c.channel FROM case_events e JOIN complaints c ON c.id = e.complaint_id "
                                         "WHERE e.complaint_id IN (SELECT complaint_id FROM case_events WHERE "
                                         "to_status = 'forwarded' AND at >= ? AND at < ?) "
                                         "ORDER BY e.complaint_id, e.at, e.id"),
                          {dayBound(quarter.from), dayBound(quarter.to.addDays(1))});
    if (!steps)
        return steps.error();
    QList<Forwarding> forwardings;
    Forwarding *open = nullptr; // a forwarding of this case still waiting for the next step
    qint64 lastCase = 0;
    while (steps->next()) {
        const qint64 caseId = steps->value(0).toLongLong();
        const QDateTime at = dateTimeFromStored(steps->value(1));
        const QString to = steps->value(2).toString();
        if (caseId != lastCase)
            open = nullptr;
        lastCase = caseId;
        if (open) {
            open->answeredAt = at;
            open->settled = to == codeOf(CaseStatus::Closed);
            open = nullptr;
        }
        if (to != codeOf(CaseStatus::ForwardedToEnterprise) || at.date() < quarter.from || at.date() > quarter.to)
            continue;
        Forwarding f;
        f.caseId = caseId;
        f.businessId = steps->value(3).toLongLong();
        f.receivedAt = dateTimeFromStored(steps->value(4));
        f.channel = channelFromCode(steps->value(5).toString()).value_or(Channel::Phone);
        f.forwardedAt = at;
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

// The businesses whose complaint-network agreement ran during some of the quarter, with their names.
Result<QHash<qint64, QString>> networkedIn(const QSqlDatabase &db, const StatsPeriod &quarter)
{
    auto rows = runQuery(db,
                         QStringLiteral("SELECT a.business_id, b.name FROM enterprise_agreements a JOIN businesses b "
                                        "ON b.id = a.business_id WHERE a.signed_on <= ? "
                                        "AND (a.ended_on IS NULL OR a.ended_on >= ?)"),
                         {dayBound(quarter.to), dayBound(quarter.from)});
    if (!rows)
        return rows.error();
    QHash<qint64, QString> names;
    while (rows->next())
        names.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    return names;
}

// Complaints received in `period` per business and category.
Result<QHash<qint64, QHash<QString, int>>> receivedIn(const QSqlDatabase &db, const StatsPeriod &period)
{
    auto rows = runQuery(db,
                         QStringLiteral("SELECT c.business_id, k.name, count(*) FROM complaints c JOIN categories k "
                                        "ON k.id = c.category_id WHERE c.received_at >= ? AND c.received_at < ? "
                                        "GROUP BY c.business_id, k.name"),
                         {dayBound(period.from), dayBound(period.to.addDays(1))});
    if (!rows)
        return rows.error();
    QHash<qint64, QHash<QString, int>> counts;
    while (rows->next())
        counts[rows->value(0).toLongLong()][rows->value(1).toString()] += rows->value(2).toInt();
    return counts;
}

// The enterprises' settlements' money on the cases forwarded in the quarter.
Result<QHash<qint64, qint64>> enterpriseMoney(const QSqlDatabase &db, const StatsPeriod &quarter)
{
    auto rows = runQuery(db,
                         QStringLiteral("SELECT complaint_id, sum(amount_fen) FROM recovered_entries WHERE source = "
                                        "'enterprise' AND complaint_id IN (SELECT complaint_id FROM case_events WHERE "
                                        "to_status = 'forwarded' AND at >= ? AND at < ?) GROUP BY complaint_id"),
                         {dayBound(quarter.from), dayBound(quarter.to.addDays(1))});
    if (!rows)
        return rows.error();
    QHash<qint64, qint64> money;
    while (rows->next())
        money.insert(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    return money;
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
                                             [](const EnterpriseQuarter &e) { return e.forwarded > 0; }))
                          .arg(t.settled)
                          .arg(formatPercent(t.settlementRate()))
                          .arg(t.settledOnTime)
                          .arg(t.answeredLate)
                          .arg(t.cameBack)
                          .arg(t.unanswered)
                          .arg(formatYuan(t.recoveredFen));
        QList<EnterpriseQuarter> ranked;
        for (const EnterpriseQuarter &e : notice.enterprises) {
            if (e.forwarded > 0)
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

    auto forwardings = forwardingsIn(db, quarter);
    if (!forwardings)
        return forwardings.error();
    auto sets = DeadlineRuleRepository(db).ruleSets();
    if (!sets)
        return sets.error();
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto money = enterpriseMoney(db, quarter);
    if (!money)
        return money.error();
    auto networked = networkedIn(db, quarter);
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

    auto current = receivedIn(db, quarter);
    if (!current)
        return current.error();
    auto previous = receivedIn(db, quarter.previous());
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
