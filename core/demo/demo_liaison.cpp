#include "demo/demo_liaison.h"

#include "demo/demo_liaison_names.h"
#include "demo/demo_parties.h"
#include "liaison/liaison_assessment_defaults.h"
#include "storage/engine.h"
#include "storage/liaison_assessment_repository.h"
#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace casedesk {
namespace {

using namespace demo;

// Shares of the types in a city district: mostly residents' committees, then the places people shop.
const std::pair<LiaisonPointType, double> kTypeShares[] = {
    {LiaisonPointType::Community, 34},     {LiaisonPointType::Village, 2},         {LiaisonPointType::Market, 10},
    {LiaisonPointType::Supermarket, 12},   {LiaisonPointType::Mall, 8},            {LiaisonPointType::Enterprise, 10},
    {LiaisonPointType::ScenicSpot, 3},     {LiaisonPointType::ECommerce, 3},       {LiaisonPointType::School, 6},
    {LiaisonPointType::OfficeBuilding, 6}, {LiaisonPointType::IndustrialPark, 3},  {LiaisonPointType::Other, 3},
};

// How busy a point of each type is: transfers, consultations and settlements scale with it.
double busyness(LiaisonPointType type)
{
    switch (type) {
    case LiaisonPointType::Mall:
    case LiaisonPointType::Market:
    case LiaisonPointType::Supermarket:
    case LiaisonPointType::ECommerce:
        return 3.0;
    case LiaisonPointType::Enterprise:
    case LiaisonPointType::ScenicSpot:
        return 2.0;
    case LiaisonPointType::School:
    case LiaisonPointType::Village:
        return 0.6;
    default:
        return 1.0;
    }
}

bool sellsThings(LiaisonPointType type) { return busyness(type) >= 2.0; }

const District &districtNamed(const QString &name)
{
    for (const District &d : shanghaiDistricts()) {
        if (d.name == name)
            return d;
    }
    return shanghaiDistricts().at(2); // 长宁区
}

QDate firstOf(const QDate &day) { return QDate(day.year(), day.month(), 1); }

QString mobile(Dice &dice)
{
    static const char *const prefixes[] = {"139", "138", "137", "136", "135", "186", "159", "158", "189", "177", "150"};
    return QLatin1String(prefixes[dice.below(int(std::size(prefixes)))]) +
           QStringLiteral("%1").arg(dice.below(100000000), 8, 10, QLatin1Char('0'));
}

QDateTime at(const QDate &day, int hour) { return QDateTime(day, QTime(hour, 0), QTimeZone(8 * 3600)); }

QString returningId(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::Postgres ? QStringLiteral(" RETURNING id") : QString();
}

} // namespace

DemoLiaisonNetwork::DemoLiaisonNetwork(quint64 seed, const QDateTime &end)
    : m_dice(seed ^ 0x4c49414953ULL), m_transferDice(seed ^ 0x5452414e53ULL), m_end(end),
      m_firstMonth(firstOf(end.date().addYears(-3))), m_lastMonth(firstOf(end.date()).addMonths(-1))
{
}

bool DemoLiaisonNetwork::activeIn(const Point &p, const QDate &month) const
{
    return (!p.setUpOn.isValid() || firstOf(p.setUpOn) < month) && (!p.stoppedOn.isValid() || month < p.stoppedOn);
}

Status DemoLiaisonNetwork::loadExisting(const QSqlDatabase &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT id, kind, official, street, set_up_on, status FROM liaison_points ORDER BY id"));
    if (!q)
        return q.error();
    while (q->next()) {
        Point p;
        p.id = q->value(0).toLongLong();
        p.type = liaisonPointTypeFromCode(q->value(1).toString()).value_or(LiaisonPointType::Other);
        p.official = q->value(2).toString();
        p.street = q->value(3).toString();
        p.setUpOn = dateFromStored(q->value(4));
        p.status = liaisonPointStatusFromCode(q->value(5).toString()).value_or(LiaisonPointStatus::Active);
        m_points.append(p);
    }
    return {};
}

Status DemoLiaisonNetwork::addPoints(const QSqlDatabase &db, const QString &district, const QStringList &officials,
                                     int cases)
{
    if (auto loaded = loadExisting(db); !loaded)
        return loaded;
    m_new = m_points.isEmpty();
    if (m_new) {
        const District &d = districtNamed(district);
        m_district = d.name;
        QList<double> shares;
        for (const auto &[type, share] : kTypeShares)
            shares.append(share);
        const WeightedTable types(shares);
        PartyMaker people(m_dice);
        PreparedInsert insert(db);
        if (auto prepared = insert.prepare(
                QStringLiteral("INSERT INTO liaison_points(name, kind, host, address, district, street, contact_person, "
                               "contact_phone, official, set_up_on, status, updated_by, updated_at, version) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)") +
                returningId(db));
            !prepared)
            return prepared;
        const int count = std::clamp(cases / 10, 20, 400);
        const int periodDays = int(m_firstMonth.daysTo(m_end.date()));
        QSet<QString> names;
        for (int i = 0; i < count; ++i) {
            Point p;
            p.type = kTypeShares[types.pick(m_dice)].first;
            p.street = m_dice.pick(d.streets);
            if (p.type == LiaisonPointType::Village) {
                // Villages are in the district's towns (镇); a district without one has none.
                QStringList towns;
                for (const QString &street : d.streets) {
                    if (street.endsWith(QStringLiteral("镇")))
                        towns << street;
                }
                if (towns.isEmpty())
                    p.type = LiaisonPointType::Community;
                else
                    p.street = m_dice.pick(towns);
            }
            InventedPoint invented = inventPoint(m_dice, p.type, d, p.street);
            for (int attempt = 0; names.contains(invented.name) && attempt < 8; ++attempt)
                invented = inventPoint(m_dice, p.type, d, p.street);
            // A district has only so many parks and platforms: the rest are residents' committees.
            for (int attempt = 0; names.contains(invented.name); ++attempt) {
                p.type = LiaisonPointType::Community;
                invented = inventPoint(m_dice, p.type, d, p.street);
                if (attempt > 50)
                    invented.name = QStringLiteral("%1（%2）").arg(invented.name).arg(i + 1);
            }
            names.insert(invented.name);
            p.official = m_dice.pick(officials);
            // Most points are older than the demo's three years; some were set up during them.
            p.setUpOn = m_dice.chance(0.75) ? QDate(2005, 1, 1).addDays(m_dice.below(int(QDate(2005, 1, 1).daysTo(m_firstMonth))))
                                           : m_firstMonth.addDays(m_dice.below(std::max(1, periodDays - 90)));
            if (m_dice.chance(0.05)) {
                p.status = LiaisonPointStatus::Suspended;
                p.stoppedOn = m_lastMonth.addMonths(-m_dice.below(6));
            } else if (m_dice.chance(0.04)) {
                p.status = LiaisonPointStatus::Closed;
                p.stoppedOn = m_firstMonth.addMonths(12 + m_dice.below(22));
            }
            if (p.stoppedOn.isValid() && p.stoppedOn <= firstOf(p.setUpOn).addMonths(2))
                p.stoppedOn = firstOf(p.setUpOn).addMonths(3); // worked a few months at least
            const QDateTime updated = at(p.stoppedOn.isValid() ? std::min(p.stoppedOn, m_end.date()) : p.setUpOn, 10);
            auto id = insert.run({invented.name, codeOf(p.type), invented.host, invented.address, d.name, p.street,
                                  people.personName(), mobile(m_dice), p.official, storedDate(p.setUpOn),
                                  codeOf(p.status), p.official, storedDateTime(updated)});
            if (!id)
                return id.error();
            p.id = id.value();
            m_points.append(p);
        }
    }
    QList<double> weights;
    for (const Point &p : std::as_const(m_points))
        weights.append(busyness(p.type));
    if (!weights.isEmpty())
        m_transferTable.emplace(weights);
    return {};
}

qint64 DemoLiaisonNetwork::pointFor(const QDateTime &receivedAt)
{
    if (m_points.isEmpty())
        return 0;
    const QDate day = receivedAt.date();
    const auto open = [&](const Point &p) {
        return (!p.setUpOn.isValid() || p.setUpOn <= day) &&
               (p.status != LiaisonPointStatus::Closed || !p.stoppedOn.isValid() || day < p.stoppedOn);
    };
    for (int attempt = 0; attempt < 12; ++attempt) {
        const Point &p = m_points.at(m_transferTable->pick(m_transferDice));
        if (open(p))
            return p.id;
    }
    const auto first = std::find_if(m_points.cbegin(), m_points.cend(), open);
    return first != m_points.cend() ? first->id : m_points.first().id;
}

Status DemoLiaisonNetwork::addRecords(const QSqlDatabase &db, const QString &supervisor)
{
    if (!m_new)
        return {};
    for (Status (DemoLiaisonNetwork::*step)(const QSqlDatabase &) :
         {&DemoLiaisonNetwork::addLedgers, &DemoLiaisonNetwork::addVisits, &DemoLiaisonNetwork::addLeads}) {
        if (auto done = (this->*step)(db); !done)
            return done;
    }
    return addAssessment(db, supervisor);
}

Status DemoLiaisonNetwork::addLedgers(const QSqlDatabase &db)
{
    PreparedInsert insert(db);
    if (auto prepared = insert.prepare(QStringLiteral(
            "INSERT INTO liaison_ledgers(point_id, month, consultations, trainees, trainings, leaflets, settled, "
            "settled_fen, version, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
        !prepared)
        return prepared;
    for (const Point &p : std::as_const(m_points)) {
        const double busy = busyness(p.type);
        for (QDate month = m_firstMonth; month <= m_lastMonth; month = month.addMonths(1)) {
            if (!activeIn(p, month))
                continue;
            // March (3·15) and the autumn campaign bring more talks and leaflets.
            const bool campaign = month.month() == 3 || month.month() == 9;
            const qint64 consultations = std::min<qint64>(60, 5 + m_dice.below(int(18 * busy)) + (campaign ? 8 : 0));
            const qint64 trainings = (campaign ? 1 : 0) + (m_dice.chance(0.4) ? 1 : 0);
            const qint64 trainees = trainings * (8 + m_dice.below(35));
            const qint64 leaflets = 20 + m_dice.below(120) + (campaign ? 150 + m_dice.below(200) : 0);
            const qint64 settled = sellsThings(p.type) ? m_dice.below(9) : m_dice.below(3);
            qint64 fen = 0;
            for (qint64 s = 0; s < settled; ++s)
                fen += (50 + m_dice.below(1950)) * 100LL;
            const QDate saved = month.addMonths(1).addDays(m_dice.below(5));
            auto done = insert.run({p.id, month.toString(QStringLiteral("yyyy-MM")), consultations, trainees, trainings,
                                    leaflets, settled, fen, p.official,
                                    storedDateTime(at(std::min(saved, m_end.date()), 16))});
            if (!done)
                return done.error();
        }
    }
    return {};
}

Status DemoLiaisonNetwork::addVisits(const QSqlDatabase &db)
{
    PreparedInsert insert(db);
    if (auto prepared = insert.prepare(QStringLiteral(
            "INSERT INTO liaison_visits(point_id, visited_on, official, findings, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)") + returningId(db));
        !prepared)
        return prepared;
    const QDate lastDay = m_end.date().addDays(-1);
    for (const Point &p : std::as_const(m_points)) {
        // A few officials rarely get round to some of their points.
        const double keen = m_dice.chance(0.12) ? 0.35 : 0.85;
        for (QDate quarter = m_firstMonth; quarter <= lastDay; quarter = quarter.addMonths(3)) {
            const QDate quarterEnd = std::min(quarter.addMonths(3).addDays(-1), lastDay);
            if (!activeIn(p, quarter) || !m_dice.chance(keen))
                continue;
            const int visits = m_dice.chance(0.15) ? 2 : 1;
            for (int v = 0; v < visits; ++v) {
                const QDate day = quarter.addDays(m_dice.below(int(quarter.daysTo(quarterEnd)) + 1));
                auto done = insert.run({p.id, storedDate(day), p.official, m_dice.pick(visitFindings()), p.official,
                                        storedDateTime(at(std::min(day.addDays(m_dice.below(3)), lastDay), 17))});
                if (!done)
                    return done.error();
            }
        }
    }
    return {};
}

Status DemoLiaisonNetwork::addLeads(const QSqlDatabase &db)
{
    PreparedInsert insert(db);
    if (auto prepared = insert.prepare(QStringLiteral(
            "INSERT INTO liaison_leads(point_id, received_on, suspicion, business, place, observed_on, regulator, "
            "forwarded_on, outcome, outcome_note, outcome_on, version, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)") + returningId(db));
        !prepared)
        return prepared;
    const QDate lastDay = m_end.date().addDays(-1);
    const QString regulator = QStringLiteral("%1市场监督管理局").arg(m_district);
    for (QDate month = m_firstMonth; month <= lastDay; month = month.addMonths(1)) {
        const int leads = 2 + m_dice.below(4);
        for (int l = 0; l < leads; ++l) {
            const Point &p = m_points.at(m_dice.below(int(m_points.size())));
            const QDate received = std::min(month.addDays(m_dice.below(month.daysInMonth())), lastDay);
            if (!activeIn(p, firstOf(received)))
                continue;
            const InventedLead lead = inventLead(m_dice, p.street, districtNamed(m_district));
            QVariant forwardedOn, outcomeOn;
            QString outcome = QStringLiteral("pending"), note, by = p.official;
            QDate changed = received;
            const QDate forwarded = received.addDays(1 + m_dice.below(5));
            if (forwarded <= lastDay && m_dice.chance(0.95)) {
                forwardedOn = storedDate(forwarded);
                outcome = QStringLiteral("forwarded");
                changed = forwarded;
                const QDate decided = forwarded.addDays(10 + m_dice.below(50));
                if (decided <= lastDay && m_dice.chance(0.85)) {
                    const int roll = m_dice.below(100);
                    outcome = roll < 50 ? QStringLiteral("penalised") : roll < 90 ? QStringLiteral("not_confirmed")
                                                                                  : QStringLiteral("other");
                    note = roll < 50 ? QStringLiteral("经查属实，已责令整改并依法处罚。")
                           : roll < 90 ? QStringLiteral("现场检查未发现所反映问题。")
                                       : QStringLiteral("经营者已自行停业，转属地街道跟踪。");
                    outcomeOn = storedDate(decided);
                    changed = decided;
                }
            }
            auto done = insert.run({p.id, storedDate(received), lead.suspicion, lead.business, lead.place,
                                    storedDate(received.addDays(-m_dice.below(4))),
                                    forwardedOn.isNull() ? QString() : regulator, forwardedOn, outcome, note, outcomeOn,
                                    by, storedDateTime(at(changed, 15))});
            if (!done)
                return done.error();
        }
    }
    return {};
}

Status DemoLiaisonNetwork::addAssessment(const QSqlDatabase &db, const QString &supervisor)
{
    const int year = m_end.date().year() - 1;
    const QDate opened(year, 1, 10);
    if (year < 2000 || opened < m_firstMonth)
        return {};
    LiaisonAssessmentRepository assessments(db);
    AssessmentSheet sheet = defaultAssessmentSheet(year);
    if (auto saved = assessments.saveSheetRow(year, 0, supervisor, at(opened, 9)); !saved)
        return saved.error();
    for (int g = 0; g < sheet.categories.size(); ++g) {
        auto category = assessments.insertCategory(year, g + 1, sheet.categories[g].name);
        if (!category)
            return category.error();
        for (int c = 0; c < sheet.categories[g].criteria.size(); ++c) {
            auto criterion = assessments.insertCriterion(category.value(), c + 1, sheet.categories[g].criteria[c]);
            if (!criterion)
                return criterion.error();
            sheet.categories[g].criteria[c].id = criterion.value();
        }
    }
    // Candidates: about one in six of the points working all that year, each streets' best.
    const QDate scoredOn = std::min(QDate(year + 1, 1, 15), m_end.date().addDays(-1));
    QList<std::pair<int, qint64>> totals;
    for (const Point &p : std::as_const(m_points)) {
        if (!activeIn(p, QDate(year, 1, 1)) || !activeIn(p, QDate(year, 12, 1)) || !m_dice.chance(0.17))
            continue;
        PointAssessment a;
        a.pointId = p.id;
        a.year = year;
        a.scoredBy = supervisor;
        a.scoredAt = at(scoredOn, 11);
        const double quality = 0.55 + 0.4 * m_dice.unit();
        for (const AssessmentCategory &category : std::as_const(sheet.categories)) {
            for (const AssessmentCriterion &criterion : category.criteria) {
                const double share = std::clamp(quality + (m_dice.unit() - 0.6) * 0.3, 0.0, 1.0);
                a.scores.append({criterion.id, int(std::lround(criterion.maxPoints * share)), {}});
            }
        }
        if (m_dice.chance(0.3))
            a.notes = QStringLiteral("实地检查台账和调解记录，听取居民意见。");
        auto inserted = assessments.insertAssessment(a);
        if (!inserted)
            return inserted.error();
        if (auto scored = assessments.replaceScores(a.pointId, year, a.scores); !scored)
            return scored;
        totals.append({a.total(), p.id});
    }
    // The best few become the year's model points.
    std::sort(totals.begin(), totals.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    const int models = std::min(int(totals.size()), std::max(1, int(totals.size()) / 8));
    for (int i = 0; i < std::min(models, 6); ++i) {
        auto marked = runQuery(db, QStringLiteral("UPDATE liaison_points SET model_title = ?, model_year = ?, "
                                                  "updated_by = ?, updated_at = ? WHERE id = ?"),
                               {defaultModelTitle(), year, supervisor, storedDateTime(at(scoredOn, 15)), totals[i].second});
        if (!marked)
            return marked.error();
    }
    return {};
}

} // namespace casedesk
