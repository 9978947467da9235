#include "demo/demo_generator.h"
#include "demo/demo_enterprises.h"
#include "demo/demo_mediation.h"

#include "auth/sign_in_service.h"
#include "demo/demo_followups.h"
#include "demo/demo_liaison.h"
#include "demo/demo_lifecycle.h"
#include "demo/demo_parties.h"
#include "demo/demo_prepaid.h"
#include "demo/demo_timeline.h"
#include "stats/stats_summary_counter.h"
#include "storage/bulk_case_writer.h"
#include "storage/phase_timer.h"
#include "storage/settings_repository.h"
#include "storage/sql_helpers.h"
#include "storage/taxonomy_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace casedesk {
namespace {
using namespace demo;

// The businesses most forwarded to, most first, ties by id, up to 100 (the demo's enterprises
// take 30 at most): from the cases forwarded per business.
QList<qint64> mostForwarded(const QHash<qint64, int> &forwardings)
{
    constexpr qsizetype kKept = 100;
    QList<std::pair<int, qint64>> ranked;
    for (auto it = forwardings.cbegin(); it != forwardings.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    const qsizetype kept = std::min(ranked.size(), kKept);
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end());
    QList<qint64> ids;
    for (qsizetype i = 0; i < kept; ++i)
        ids.append(ranked.at(i).second);
    return ids;
}

// Shares of complaints by category, after Shanghai's 2025 figures (goods about 64%,
// services about 36%; clothing, household goods and the internet lead).
const QHash<QString, double> &categoryWeights()
{
    static const QHash<QString, double> weights = {
        {QStringLiteral("服装鞋帽"), 43.6},       {QStringLiteral("日用商品"), 35.7},
        {QStringLiteral("家用电子电器"), 17.4},   {QStringLiteral("食品"), 8.0},
        {QStringLiteral("交通工具"), 5.0},        {QStringLiteral("首饰及文体用品"), 3.0},
        {QStringLiteral("房屋及建材"), 3.0},      {QStringLiteral("医药及医疗用品"), 2.0},
        {QStringLiteral("烟酒和饮料"), 1.5},      {QStringLiteral("农用生产资料"), 0.3},
        {QStringLiteral("互联网"), 19.1},         {QStringLiteral("生活及社会服务"), 12.0},
        {QStringLiteral("文化娱乐体育"), 8.7},    {QStringLiteral("教育培训"), 6.0},
        {QStringLiteral("房屋装修及物业"), 3.5},  {QStringLiteral("电信"), 3.0},
        {QStringLiteral("旅游"), 2.5},            {QStringLiteral("销售服务"), 2.5},
        {QStringLiteral("邮政业"), 2.0},          {QStringLiteral("卫生保健"), 2.0},
        {QStringLiteral("金融"), 1.0},            {QStringLiteral("保险"), 1.0},
        {QStringLiteral("公共设施"), 1.0},        {QStringLiteral("其他"), 2.0},
    };
    return weights;
}

// Nature of complaint, 2024 Q3 national shares (DOMAIN.md), in allNatures() order.
const QList<double> kNatureWeights = {31.7, 21.0, 20.8, 6.7, 5.5, 4.7, 2.3, 1.0, 0.8, 5.5};
// Channels, in allChannels() order: most arrive through the 12315 platform and 12345 transfers.
const QList<double> kChannelWeights = {45, 25, 10, 4, 1, 8, 2, 4, 1};

struct KindPool {
    const BusinessKind *kind;
    qint64 categoryId;
    QList<qint64> businessIds;
    QStringList businessNames;
    QStringList districts; // of each business, for the statistics' facts
    QStringList streets;
};

// Whether a closed case ended resolved: its last step into "closed" came from an agreement
// or from the business settling it after the case was forwarded.
bool closedAfterSettlement(const QList<CaseEvent> &events)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->to == CaseStatus::Closed)
            return it->from && (*it->from == CaseStatus::AgreementReached || *it->from == CaseStatus::ForwardedToEnterprise);
    }
    return false;
}

// The caseworker's first call to the complainant: four in five within 27 hours of receipt (most
// within a day), the others one to two days after it. Worked out from the received time, not drawn from the dice, so
// a seed gives the same cases as before first contacts were recorded.
void recordFirstContact(Complaint &c, const QDateTime &end)
{
    const quint64 spread = (quint64(c.receivedAt.toSecsSinceEpoch()) / 60 * 2654435761ULL) % 1000;
    const qint64 minutes = spread < 800 ? qint64(spread) * 2 : 1440 + qint64(spread - 800) * 8;
    const QDateTime at = c.receivedAt.addSecs(minutes * 60 + 300);
    if (at > end)
        return; // not called yet
    c.firstContactAt = at;
    c.firstContactMethod = spread % 10 < 7 ? QStringLiteral("phone") : spread % 10 < 9 ? QStringLiteral("sms")
                                                                                        : QStringLiteral("in_person");
}

// One case as the planning thread invented it, for the writing thread.
struct PlannedCase {
    Complaint complaint;
    std::optional<Consumer> newConsumer; // a first complaint: the complainant is written first
    Lifecycle life;
    const QString *businessName = nullptr; // in the business pools, which outlive the writing
    int consumerIndex = 0;                 // among this run's new complainants, in order
    BulkCaseWriter::CaseRows rows; // the values its rows are written with, worked out here off the writing thread
    // For the statistics of a new file: the case's facts row (summary::factRow(), all but the id and
    // the money recovered), and the texts they are counted under.
    QVariantList factRow;
    QString finishedMonth;
    QString district;
};

// Batches of planned cases from the planning thread to the writing thread, a few ahead.
class CaseQueue {
public:
    static constexpr int kBatch = 256;

    // Waits while the writer is far enough behind; false once the writer has stopped.
    // The batches the writer has written are freed here, on the thread that allocated them:
    // with glibc's allocator, freed on the writing thread, each of their strings went back to
    // the planning thread's memory arena under its lock (a tenth of the writing thread's time).
    bool push(QList<PlannedCase> &&batch)
    {
        std::deque<QList<PlannedCase>> written;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < kAhead; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        written.swap(m_written);
        m_changed.notify_all();
        lock.unlock();
        return true; // `written` is freed here, outside the lock
    }
    // A batch the writer is done with, to be freed by the planner.
    void giveBack(QList<PlannedCase> &&batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_written.push_back(std::move(batch));
    }
    // The planner has planned every case.
    void finish()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // The next batch; nothing once every case was handed over (or the writer stopped).
    std::optional<QList<PlannedCase>> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_batches.empty(); });
        if (m_stopped || m_batches.empty())
            return std::nullopt;
        QList<PlannedCase> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    // The writer stops (done, failed or cancelled): the planner gives up.
    void cancel()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t kAhead = 16;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<PlannedCase>> m_batches;
    std::deque<QList<PlannedCase>> m_written; // see push()
    bool m_finished = false;
    bool m_stopped = false;
};

class DemoWriter {
public:
    DemoWriter(const QSqlDatabase &db, const DemoOptions &options)
        : m_db(db), m_options(options), m_dice(options.seed), m_parties(m_dice), m_writer(db),
          m_natureTable(kNatureWeights), m_channelTable(kChannelWeights),
          // Lifecycles draw from their own stream, so a seed gives the same cases as before
          // timelines were generated.
          m_lifeDice(options.seed ^ 0x9e3779b97f4a7c15ULL), m_lifeParties(m_lifeDice)
    {
    }

    Result<DemoSummary> run(const QList<Category> &categories, const QString &passwordHash,
                            const DemoProgress &progress);

private:
    Status buildBusinessPools(const QList<Category> &categories);
    Status addUsers(const QString &passwordHash);
    void planConsumer(PlannedCase &planned);
    Complaint makeCase(const Stamp &stamp, const KindPool &pool, int businessIndex);
    QString fill(const QString &text, const KindPool &pool, int businessIndex, const Complaint &c, int months);

    QSqlDatabase m_db;
    DemoOptions m_options;
    Dice m_dice;
    PartyMaker m_parties;
    BulkCaseWriter m_writer;
    WeightedTable m_natureTable;
    WeightedTable m_channelTable;
    QList<KindPool> m_pools;
    QList<double> m_poolWeights;
    QList<KindPool> m_burstPools; // one business each
    QList<int> m_recentConsumers; // indexes of this run's new complainants, oldest first
    int m_plannedConsumers = 0;
    QStringList m_caseworkers;
    QString m_supervisor;
    Dice m_lifeDice;
    PartyMaker m_lifeParties;
    QDateTime m_end; // no step of any case lies after this
    DemoSummary m_summary;
    std::unique_ptr<StatsBulkCount> m_stats; // a new file's statistics, counted as the cases are planned
};

Status DemoWriter::buildBusinessPools(const QList<Category> &categories)
{
    QHash<QString, qint64> idByName;
    for (const Category &category : categories)
        idByName.insert(category.name, category.id);
    const qint64 fallback = idByName.value(QStringLiteral("其他"), categories.isEmpty() ? 0 : categories.last().id);

    // Businesses per kind grow with the data set, so each keeps a realistic case load.
    const int perKind = std::clamp(m_options.cases / 400, 4, 2000);
    QHash<QString, int> kindsPerCategory;
    for (const BusinessKind &kind : businessKinds())
        kindsPerCategory[kind.category] += 1;

    const QDateTime opened = QDateTime(m_options.until.addYears(-3), QTime(9, 0), QTimeZone(8 * 3600));
    for (const BusinessKind &kind : businessKinds()) {
        KindPool pool{&kind, idByName.value(kind.category, fallback), {}, {}, {}, {}};
        for (int i = 0; i < perKind; ++i) {
            const Business business = m_parties.business(kind);
            auto id = m_writer.addBusiness(business, opened);
            if (!id)
                return id.error();
            pool.businessIds.append(id.value());
            pool.businessNames.append(business.name);
            pool.districts.append(business.district);
            pool.streets.append(business.street);
        }
        m_summary.businesses += perKind;
        m_pools.append(pool);
        m_poolWeights.append(categoryWeights().value(kind.category, 1.0) / kindsPerCategory.value(kind.category));
    }
    return {};
}

Status DemoWriter::addUsers(const QString &passwordHash)
{
    QStringList names = m_caseworkers;
    names.removeDuplicates(); // user names are unique; a name drawn twice is one person
    do
        m_supervisor = m_lifeParties.personName();
    while (names.contains(m_supervisor));
    const QDateTime since(m_options.until.addYears(-3), QTime(9, 0), chinaTime());
    for (const QString &name : std::as_const(names)) {
        if (auto added = m_writer.addUser(name, Role::Caseworker, since, passwordHash); !added)
            return added;
    }
    if (auto added = m_writer.addUser(kDemoAdministrator, Role::Administrator, since, passwordHash); !added)
        return added;
    if (auto added = m_writer.addUser(kDemoAuditor, Role::Auditor, since, passwordHash); !added)
        return added;
    return m_writer.addUser(m_supervisor, Role::Supervisor, since, passwordHash);
}

void DemoWriter::planConsumer(PlannedCase &planned)
{
    // About one complainant in eight has complained before (one of the last 5,000).
    if (!m_recentConsumers.isEmpty() && m_dice.chance(0.12)) {
        planned.consumerIndex = m_recentConsumers.at(m_dice.below(int(m_recentConsumers.size())));
        return;
    }
    planned.newConsumer = m_parties.consumer();
    planned.consumerIndex = m_plannedConsumers++;
    if (m_recentConsumers.size() >= 5000)
        m_recentConsumers.removeFirst();
    m_recentConsumers.append(planned.consumerIndex);
}

QString DemoWriter::fill(const QString &text, const KindPool &pool, int businessIndex, const Complaint &c, int months)
{
    const QDate purchased = c.incidentDate.isValid() ? c.incidentDate : c.receivedAt.date();
    QString filled = text;
    filled.replace(QStringLiteral("{business}"), pool.businessNames.at(businessIndex));
    filled.replace(QStringLiteral("{product}"), m_dice.pick(pool.kind->products));
    filled.replace(QStringLiteral("{amount}"), QString::number(c.amountFen / 100));
    filled.replace(QStringLiteral("{date}"), QStringLiteral("%1年%2月%3日")
                                                 .arg(purchased.year())
                                                 .arg(purchased.month())
                                                 .arg(purchased.day()));
    filled.replace(QStringLiteral("{months}"), QString::number(months));
    return filled;
}

Complaint DemoWriter::makeCase(const Stamp &stamp, const KindPool &pool, int businessIndex)
{
    Complaint c;
    c.receivedAt = stamp.dateTime();
    c.business.id = pool.businessIds.at(businessIndex);
    c.categoryId = pool.categoryId;
    const bool burst = stamp.burst >= 0;
    c.channel = burst && m_dice.chance(0.6) ? Channel::Platform12315 : allChannels().at(m_channelTable.pick(m_dice));
    c.nature = burst || (pool.kind->prepaid && m_dice.chance(0.6)) ? Nature::Contract
                                                                   : allNatures().at(m_natureTable.pick(m_dice));
    c.platformRef = platformReference(m_dice, c.channel, c.receivedAt);

    const double low = std::log(double(pool.kind->minAmountYuan));
    const double high = std::log(double(pool.kind->maxAmountYuan));
    qint64 yuan = qint64(std::exp(low + (high - low) * m_dice.unit()));
    if (yuan > 1000)
        yuan = yuan / 10 * 10;
    c.amountFen = yuan * 100;
    c.incidentDate = c.receivedAt.date().addDays(-1 - m_dice.below(burst ? 400 : 120));

    const int months = 3 + m_dice.below(22);
    c.demand = fill(m_dice.pick(pool.kind->demands), pool, businessIndex, c, months);
    c.facts = fill(m_dice.pick(pool.kind->facts), pool, businessIndex, c, months);

    const int ageDays = int(c.receivedAt.date().daysTo(m_options.until));
    c.status = statusForAge(m_dice, ageDays, burst);
    if (c.status != CaseStatus::Registered || m_dice.chance(0.7))
        c.assignee = m_dice.pick(m_caseworkers);
    c.updatedAt = c.receivedAt.addDays(std::min(ageDays, m_dice.below(std::max(1, std::min(ageDays, 60)))));
    return c;
}

Result<DemoSummary> DemoWriter::run(const QList<Category> &categories, const QString &passwordHash,
                                    const DemoProgress &progress)
{
    PhaseTimer timer;
    if (auto started = m_writer.begin(); !started)
        return started.error();
    for (int i = 0; i < 12; ++i)
        m_caseworkers.append(m_parties.personName());
    if (auto users = addUsers(passwordHash); !users)
        return users.error();
    if (auto marked = m_writer.markDemo(); !marked)
        return marked.error();
    m_end = std::min(QDateTime(m_options.until, QTime(0, 0), chinaTime()), QDateTime::currentDateTime());
    if (auto pools = buildBusinessPools(categories); !pools)
        return pools.error();
    if (m_writer.writesNewFile()) {
        // A new file's statistics are counted from the cases as they are planned, not read back.
        m_stats = std::make_unique<StatsBulkCount>(m_db);
        if (auto begun = m_stats->begin(); !begun)
            return begun.error();
    }
    // The liaison points come before the cases: a transfer names the point it came through.
    DemoLiaisonNetwork network(m_options.seed, m_end);
    if (auto points = network.addPoints(m_db, m_writer.councilDistrict(), m_caseworkers, m_options.cases); !points)
        return points.error();

    const Timeline timeline = planTimeline(m_dice, m_options);
    // Each burst is one prepaid business (a gym or school closing overnight).
    QList<int> prepaidPools;
    for (int i = 0; i < m_pools.size(); ++i) {
        if (m_pools.at(i).kind->prepaid)
            prepaidPools.append(i);
    }
    for (int b = 0; b < timeline.bursts; ++b) {
        KindPool pool = m_pools.at(prepaidPools.at(b % prepaidPools.size()));
        const Business business = m_parties.business(*pool.kind);
        auto id = m_writer.addBusiness(business, timeline.stamps.first().dateTime());
        if (!id)
            return id.error();
        pool.businessIds = {id.value()};
        pool.businessNames = {business.name};
        pool.districts = {business.district};
        pool.streets = {business.street};
        m_burstPools.append(pool);
        m_summary.burstBusinesses.append(business.name);
        ++m_summary.businesses;
    }

    // Follow-up visits and prepaid cards are written along with the cases they belong to
    // (only this run's cases: the earlier ones of a demo database keep theirs).
    QHash<qint64, QString> categoryNames;
    for (const Category &category : categories)
        categoryNames.insert(category.id, category.name);
    DemoFollowUps followUps(m_db, m_options.seed, m_end);
    DemoPrepaidCards cards(m_summary.burstBusinesses, m_options.seed);
    const WeightedTable poolTable(m_poolWeights);
    const QString actor = QCoreApplication::translate("Demo", "demo data");
    const int total = int(timeline.stamps.size());

    // Two threads, one per core: a worker invents the cases (all the dice and text) while this
    // thread, which owns the connection, writes them. Every random draw stays on the worker in
    // the same order, so a seed still gives the same data.
    CaseQueue queue;
    QHash<qint64, int> forwardings; // cases forwarded per business, counted by the planner
    std::thread planner([this, &queue, &timeline, &poolTable, &forwardings] {
        QList<PlannedCase> batch;
        for (const Stamp &stamp : timeline.stamps) {
            const KindPool &pool = stamp.burst >= 0 ? m_burstPools.at(stamp.burst) : m_pools.at(poolTable.pick(m_dice));
            const int businessIndex = stamp.burst >= 0 ? 0 : m_dice.skewed(int(pool.businessIds.size()));
            PlannedCase planned{makeCase(stamp, pool, businessIndex), {}, {}, &pool.businessNames.at(businessIndex), 0, {}, {}, {}, {}};
            planConsumer(planned);
            // The invented history goes into the timeline only: the audit trail truthfully says
            // that the demo generator wrote the case as it stands.
            planned.life = planLifecycle(m_lifeDice, planned.complaint.receivedAt, planned.complaint.status, m_end,
                                         {planned.complaint.assignee, m_supervisor});
            Complaint &c = planned.complaint;
            const Lifecycle &life = planned.life;
            c.acceptedAt = life.acceptedAt;
            c.closedAt = life.closedAt;
            if (!life.events.isEmpty())
                c.updatedAt = life.events.last().at;
            recordFirstContact(c, m_end);
            for (const CaseEvent &event : life.events) {
                if (event.to == CaseStatus::ForwardedToEnterprise)
                    ++forwardings[c.business.id];
            }
            planned.rows = BulkCaseWriter::caseRows(c, life.events);
            if (m_stats) {
                summary::KnownCase known;
                known.district = pool.districts.at(businessIndex);
                known.street = pool.streets.at(businessIndex);
                known.businessId = c.business.id;
                known.categoryId = c.categoryId;
                known.channel = c.channel;
                known.nature = c.nature;
                known.assignee = c.assignee;
                known.amountFen = c.amountFen;
                known.status = c.status;
                known.receivedAt = planned.rows.received().toString();
                known.acceptedAt = c.acceptedAt;
                known.closedAt = c.closedAt;
                known.firstContactAt = c.firstContactAt;
                known.closedAfterSettlement = closedAfterSettlement(life.events);
                const summary::CaseFacts facts = m_stats->reader().facts(known);
                m_stats->count(facts);
                // Each step as stored: its time first, the status it reached fourth.
                for (const QStringList &step : std::as_const(planned.rows.events))
                    m_stats->countStep(facts.district, step.at(0), step.at(3));
                planned.factRow = summary::factRow(facts);
                planned.finishedMonth = facts.finishedMonth;
                planned.district = facts.district;
            }
            batch.append(std::move(planned));
            if (batch.size() == CaseQueue::kBatch) {
                if (!queue.push(std::move(batch)))
                    return; // the writer stopped
                batch = {};
            }
        }
        if (!batch.isEmpty())
            queue.push(std::move(batch));
        queue.finish();
    });
    // However this returns, the worker is stopped and waited for first.
    const auto stopPlanner = qScopeGuard([&queue, &planner] {
        queue.cancel();
        planner.join();
    });

    QList<qint64> consumerIds; // of this run's new complainants, in the order planned
    int writtenCases = 0;
    while (auto batch = queue.pop()) {
        for (PlannedCase &planned : *batch) {
            Complaint &c = planned.complaint;
            if (planned.newConsumer) {
                auto id = m_writer.addConsumer(*planned.newConsumer, c.receivedAt);
                if (!id)
                    return id.error();
                consumerIds.append(id.value());
                ++m_summary.consumers;
            }
            c.consumer.id = consumerIds.at(planned.consumerIndex);
            const Lifecycle &life = planned.life;
            const bool closed = c.status == CaseStatus::Closed && c.closedAt.isValid();
            const bool resolved = closed && closedAfterSettlement(life.events);
            if (closed)
                c.recoveredFen = followUps.recovered(resolved, c.amountFen);
            if (c.channel == Channel::LiaisonPoint)
                c.liaisonPointId = network.pointFor(c.receivedAt);
            if (auto added = m_writer.addComplaint(c, actor, life.events, &planned.rows); !added)
                return added.error();
            const qint64 id = m_writer.lastComplaintId();
            if (m_stats) {
                planned.factRow[summary::kFactRowId] = id;
                planned.factRow[summary::kFactRowRecovered] = c.recoveredFen;
                if (auto stored = m_stats->store(planned.factRow, planned.finishedMonth, planned.district); !stored)
                    return stored.error();
            }
            const QString &businessName = *planned.businessName;
            if (closed) {
                auto visits = followUps.add(
                    {id, c.closedAt, c.assignee, c.amountFen, resolved, categoryNames.value(c.categoryId), businessName},
                    c.recoveredFen, m_stats ? [this, &planned](const QString &storedAt, const QString &result) {
                        m_stats->countFollowUp(planned.district, storedAt, result);
                    } : DemoFollowUps::Answered());
                if (!visits)
                    return visits.error();
            }
            cards.consider(id, c.business.id, businessName, c.amountFen, c.incidentDate);
            ++writtenCases;
            if (progress && writtenCases % 1000 == 0 && !progress(writtenCases, total))
                return Error{ErrorCode::Cancelled, QCoreApplication::translate("Demo", "Cancelled; nothing was written."), {}};
        }
        queue.giveBack(std::move(*batch));
    }
    if (auto written = cards.write(m_db, m_end); !written)
        return written.error();
    m_summary.mostForwarded = mostForwarded(forwardings); // the planner has handed its last case over
    timer.mark(QStringLiteral("cases, visits and cards"));
    if (auto records = network.addRecords(m_db, m_supervisor); !records)
        return records.error();
    timer.mark(QStringLiteral("liaison points' ledgers, visits, leads and assessment"));
    // The statistics summaries are counted before the cases are committed, in the same
    // transaction: the first dashboard or report on the new file has nothing to count. On a
    // new file the planner counted every case before it handed the last one over, and the
    // summaries are written while the search index merges; else they are counted from the
    // tables once their indexes are back.
    const auto countStatistics = [this]() -> Status { return m_stats->finish(); };
    if (auto indexed = m_writer.finishIndexes(m_stats ? countStatistics : std::function<Status()>()); !indexed)
        return indexed.error();
    timer.mark(QStringLiteral("indexes"));
    if (!m_stats) {
        if (auto counted = StatsSummaryCounter(m_db).refreshWithinTransaction(); !counted)
            return counted.error();
    }
    m_stats.reset();
    timer.mark(QStringLiteral("statistics summaries"));
    // The last chance to cancel: everything is written but nothing committed yet.
    if (progress && !progress(int(timeline.stamps.size()), int(timeline.stamps.size())))
        return Error{ErrorCode::Cancelled, QCoreApplication::translate("Demo", "Cancelled; nothing was written."), {}};
    if (auto committed = m_writer.commit(); !committed)
        return committed.error();
    timer.mark(QStringLiteral("commit"));
    m_summary.cases = int(timeline.stamps.size());
    if (progress)
        progress(m_summary.cases, m_summary.cases);
    return m_summary;
}

} // namespace

Result<DemoSummary> generateDemoData(const QSqlDatabase &db, const DemoOptions &options, const DemoProgress &progress)
{
    if (options.cases < 1 || options.cases > 5'000'000) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Demo", "The number of demo cases must be between 1 and 5,000,000."),
                     {}};
    }
    if (!options.until.isValid() || options.until > QDate::currentDate()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Demo", "The demo data cannot end in the future."), {}};
    }
    if (auto allowed = checkDemoAllowed(db); !allowed)
        return allowed.error();
    auto categories = TaxonomyRepository(db).categories();
    if (!categories)
        return categories.error();
    auto hash = hashPassword(kDemoPassword, options.passwordCost);
    if (!hash)
        return hash.error();
    // Demo data added to a demo database: only this run's cases get mediation data.
    auto lastBefore = queryScalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM complaints"));
    if (!lastBefore)
        return lastBefore.error();
    DemoWriter writer(db, options);
    auto summary = writer.run(categories.value(), hash.value(), progress);
    PhaseTimer timer;
    if (auto mediation =
            summary ? addDemoMediation(db, options.seed, options.until, lastBefore->toLongLong()) : Status();
        !mediation)
        return mediation.error();
    timer.mark(QStringLiteral("mediation"));
    if (auto enterprises = summary ? addDemoEnterprises(db, options.seed, options.until, lastBefore->toLongLong(),
                                                        summary->burstBusinesses, summary->mostForwarded,
                                                        summary->cases)
                                   : Status();
        !enterprises)
        return enterprises.error();
    timer.mark(QStringLiteral("networked enterprises and talks"));
    return summary;
}

Status checkDemoAllowed(const QSqlDatabase &db)
{
    if (isDemoDatabase(db))
        return {};
    auto firstRun = SignInService(db).needsFirstAdministrator();
    if (!firstRun)
        return firstRun.error();
    if (firstRun.value())
        return {};
    return Error{ErrorCode::Conflict,
                 QCoreApplication::translate("Demo", "This database has users who sign in: demo data goes only into "
                                                     "a new file or a demo database."),
                 {}};
}

bool isDemoDatabase(const QSqlDatabase &db)
{
    auto flag = SettingsRepository(db).value(QStringLiteral("demo_database"));
    return flag && flag.value() == QLatin1String("1");
}

} // namespace casedesk
