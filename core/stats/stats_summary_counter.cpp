#include "stats/stats_summary_counter.h"

#include "stats/stats_case_facts.h"
#include "stats/stats_figures.h"
#include "storage/calendar_repository.h"
#include "storage/deadline_rule_repository.h"
#include "storage/phase_timer.h"
#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <tuple>
#include <vector>

namespace casedesk {
namespace {

// What a FactReader works cases' deadlines out from: the rule sets and the working calendar.
Status loadRulesAndCalendar(const QSqlDatabase &db, QList<DeadlineRuleSet> &ruleSets, WorkingCalendar &calendar)
{
    auto sets = DeadlineRuleRepository(db).ruleSets();
    if (!sets)
        return sets.error();
    auto loaded = CalendarRepository(db).load();
    if (!loaded)
        return loaded.error();
    ruleSets = sets.value();
    calendar = loaded.value();
    return {};
}

using namespace summary;

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

const QString kAll = QStringLiteral("*");
constexpr int kChunk = 5000;
// Noted calendar days this close to each other are looked up as one span of days.
constexpr int kSpanGapDays = 31;

// The measures of one summary row, in the column order of stats_summary.
enum Measure {
    Received,
    AmountFen,
    Hotline,
    Finished,
    Resolved,
    RecoveredFen,
    OnTimeChecked,
    OnTime,
    Agreements,
    Terminations,
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
    NotAccepted,
    ContactChecked,
    ContactInTime,
    MeasureCount
};
using Measures = std::array<qint64, MeasureCount>;
const QString kMeasureColumns = QStringLiteral(
    "received, amount_fen, hotline, finished, resolved, recovered_fen, on_time_checked, on_time, agreements,"
    " terminations, satisfied, basically_satisfied, dissatisfied, not_accepted, contact_checked, contact_in_time");

// Changes to summary rows, added up before they are written; or, for a full count, the rows
// themselves. A full count of a million demo cases holds about 300,000 rows, so a row is
// keyed by one number (period, district, dimension and group as small ids of their text).
class Deltas {
public:
    // Adds (sign +1) or takes off (-1) what one case counts for, in its months and years. Only
    // the businesses are counted into a year here (they are kept per year only); every other
    // year row is its months' sum, added up once by rollUpYears() (half the lookups per case).
    void addCase(const CaseFacts &f, int sign)
    {
        Q_ASSERT(!m_rolledUp);
        // Each text's id looked up once per case (a million cases: tens of millions of lookups).
        const quint64 district = m_districts.id(f.district);
        std::array<quint64, kDimensionCount> groups;
        for (int i = 0; i < kDimensionCount; ++i)
            groups[i] = m_groups.id(f.groups[i]);
        auto groupRow = [&](const std::array<quint64, 2> &monthAndYear, int i) -> Measures & {
            const quint64 period = monthAndYear[isBusiness(i) ? 1 : 0];
            return m_rows[(period << 48) | (district << 32) | (quint64(i + 1) << 24) | groups[i]];
        };
        const std::array<quint64, 2> received = monthAndYear(f.receivedMonth);
        Measures &total = m_rows[(received[0] << 48) | (district << 32)];
        total[Received] += sign;
        total[AmountFen] += sign * f.amountFen;
        total[Hotline] += f.hotline ? sign : 0;
        total[NotAccepted] += f.notAccepted ? sign : 0;
        if (f.contactInTime) {
            total[ContactChecked] += sign;
            total[ContactInTime] += *f.contactInTime ? sign : 0;
        }
        for (int i = 0; i < kDimensionCount; ++i) {
            Measures &group = groupRow(received, i);
            group[Received] += sign;
            group[AmountFen] += sign * f.amountFen;
        }
        if (f.finishedMonth.isEmpty())
            return;
        const std::array<quint64, 2> finished = monthAndYear(f.finishedMonth);
        Measures &finishedTotal = m_rows[(finished[0] << 48) | (district << 32)];
        finishedTotal[Finished] += sign;
        finishedTotal[Resolved] += f.resolved ? sign : 0;
        finishedTotal[RecoveredFen] += sign * f.recoveredFen;
        if (f.onTime) {
            finishedTotal[OnTimeChecked] += sign;
            finishedTotal[OnTime] += *f.onTime ? sign : 0;
        }
        for (int i = 0; i < kDimensionCount; ++i) {
            Measures &group = groupRow(finished, i);
            group[Finished] += sign;
            group[Resolved] += f.resolved ? sign : 0;
        }
    }

    // A month's total of `measure` in `district` changes by `change` (and so its year's, in
    // rollUpYears()).
    void addToTotal(const QString &month, const QString &district, Measure measure, qint64 change)
    {
        Q_ASSERT(!m_rolledUp);
        if (change != 0)
            m_rows[(m_periods.id(month) << 48) | (m_districts.id(district) << 32)][measure] += change;
    }

    // Adds the changes to the stored rows; a row left with nothing counted is removed, as a
    // full recount would not have it. `intoEmpty`: the table is empty, just insert.
    Status write(const QSqlDatabase &db, bool intoEmpty)
    {
        PhaseTimer timer;
        rollUpYears();
        timer.mark(QStringLiteral("statistics: years added up"));
        if (intoEmpty)
            return writeIntoEmpty(db);
        const QString where = QStringLiteral(" WHERE period = ? AND dimension = ? AND district = ? AND key = ?");
        QSqlQuery read(db), remove(db), put(db);
        if (!read.prepare(QStringLiteral("SELECT ") + kMeasureColumns + QStringLiteral(" FROM stats_summary") +
                          where) ||
            !remove.prepare(QStringLiteral("DELETE FROM stats_summary") + where) ||
            !put.prepare(upsertSql(QStringLiteral("stats_summary"), QStringLiteral("period, dimension, district, key"),
                                   kMeasureColumns)))
            return storageError(read.lastError().isValid() ? read.lastError() : put.lastError());
        const QStringList codes = dimensionCodes();
        auto isZero = [](const Measures &m) {
            return std::all_of(m.cbegin(), m.cend(), [](qint64 v) { return v == 0; });
        };
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (isZero(it.value()))
                continue;
            const quint64 k = it.key();
            const QVariantList key{m_periods.texts.at(int(k >> 48)), codes.at(int((k >> 24) & 0xff)),
                                   m_districts.texts.at(int((k >> 32) & 0xffff)),
                                   (k >> 24) & 0xff ? m_groups.texts.at(int(k & 0xffffff)) : QString()};
            Measures row = it.value();
            if (!intoEmpty) {
                for (int i = 0; i < key.size(); ++i)
                    read.bindValue(i, bindable(key.at(i)));
                if (!read.exec())
                    return storageError(read.lastError());
                if (read.next()) {
                    for (int i = 0; i < MeasureCount; ++i)
                        row[i] += read.value(i).toLongLong();
                }
                read.finish();
            }
            QSqlQuery &statement = isZero(row) ? remove : put;
            for (int i = 0; i < key.size(); ++i)
                statement.bindValue(i, bindable(key.at(i)));
            if (&statement == &put) {
                for (int i = 0; i < MeasureCount; ++i)
                    put.bindValue(4 + i, row[i]);
            }
            if (!statement.exec())
                return storageError(statement.lastError());
        }
        return {};
    }

private:
    // Businesses are kept per year only: a month has as many of them as cases, and a month's
    // top businesses are quick to count live.
    static bool isBusiness(int dimension) { return kDimensions[dimension].dimension == StatsDimension::Business; }

    // Adds each month's rows (its totals and groups; a month has no business rows) into its year's.
    void rollUpYears()
    {
        if (m_rolledUp)
            return;
        m_rolledUp = true;
        QList<qint64> yearOf(m_periods.texts.size(), -1); // -1: the period is a year
        for (qsizetype p = 0, n = m_periods.texts.size(); p < n; ++p) {
            if (m_periods.texts.at(p).size() != 4)
                yearOf[p] = qint64(m_periods.id(m_periods.texts.at(p).left(4)));
        }
        QHash<quint64, Measures> years;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const qint64 year = yearOf.at(int(it.key() >> 48));
            if (year < 0)
                continue;
            Measures &sum = years[(quint64(year) << 48) | (it.key() & ((quint64(1) << 48) - 1))];
            for (int m = 0; m < MeasureCount; ++m)
                sum[m] += it.value()[m];
        }
        for (auto it = years.cbegin(); it != years.cend(); ++it) {
            Measures &row = m_rows[it.key()];
            for (int m = 0; m < MeasureCount; ++m)
                row[m] += it.value()[m];
        }
    }

    QStringList dimensionCodes() const
    {
        QStringList codes{QString()};
        for (const DimensionColumn &d : kDimensions)
            codes << codeOf(d.dimension);
        return codes;
    }

    // A full count: every row is new (bound through SQLite's own API, about 300,000 rows for a
    // million demo cases).
    Status writeIntoEmpty(const QSqlDatabase &db) const
    {
        PhaseTimer timer;
        PreparedInsert put(db);
        if (auto prepared = put.prepare(QStringLiteral("INSERT INTO stats_summary(period, dimension, district, key, ") +
                                        kMeasureColumns +
                                        QStringLiteral(") VALUES (") +
                                        QStringList(4 + MeasureCount, QStringLiteral("?")).join(QLatin1Char(',')) +
                                        QLatin1Char(')'));
            !prepared)
            return prepared;
        const QStringList codes = dimensionCodes();
        // In the table's key order (period, dimension, district, group): each row then lands
        // beside the one before it instead of anywhere in the table's b-tree.
        const QList<int> periodRank = m_periods.ranks(), districtRank = m_districts.ranks(),
                         groupRank = m_groups.ranks();
        QList<int> codeRank(codes.size());
        for (int i = 0; i < codes.size(); ++i)
            codeRank[i] =
                int(std::count_if(codes.cbegin(), codes.cend(), [&](const QString &c) { return c < codes.at(i); }));
        // The ranks packed into one number in that order (300,000 rows for a million demo cases
        // then sort as plain numbers), each row's key and measures beside it.
        auto order = [&](quint64 k) {
            const quint64 group = (k >> 24) & 0xff ? quint64(groupRank.at(int(k & 0xffffff))) + 1 : 0;
            return (quint64(periodRank.at(int(k >> 48))) << 48) | (quint64(codeRank.at(int((k >> 24) & 0xff))) << 40) |
                   (quint64(districtRank.at(int((k >> 32) & 0xffff))) << 24) | group;
        };
        struct Ranked {
            quint64 rank;
            quint64 key;
            const Measures *row;
        };
        std::vector<Ranked> rows;
        rows.reserve(size_t(m_rows.size()));
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            rows.push_back({order(it.key()), it.key(), &it.value()});
        std::sort(rows.begin(), rows.end(), [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });
        timer.mark(QStringLiteral("statistics: rows in order"));
        QVariantList values;
        values.reserve(4 + MeasureCount);
        for (const Ranked &ranked : rows) {
            const quint64 k = ranked.key;
            const Measures &row = *ranked.row;
            if (std::all_of(row.cbegin(), row.cend(), [](qint64 v) { return v == 0; }))
                continue;
            values.clear();
            values << m_periods.texts.at(int(k >> 48)) << codes.at(int((k >> 24) & 0xff))
                   << m_districts.texts.at(int((k >> 32) & 0xffff))
                   << ((k >> 24) & 0xff ? m_groups.texts.at(int(k & 0xffffff)) : QString());
            for (qint64 v : row)
                values << v;
            if (auto written = put.run(values); !written)
                return written.error();
        }
        timer.mark(QStringLiteral("statistics: rows written"));
        return {};
    }

    // The ids of a month ("2026-03") and of its year, the month's own looked up once.
    std::array<quint64, 2> monthAndYear(const QString &month)
    {
        auto known = m_yearOfMonth.constFind(month);
        if (known == m_yearOfMonth.cend())
            known = m_yearOfMonth.insert(month, {m_periods.id(month), m_periods.id(month.left(4))});
        return known.value();
    }

    // Small ids of periods, districts and groups, each in its own range.
    struct Names {
        QHash<QString, quint64> ids;
        QStringList texts;
        // Each id's place in the texts' sorted order.
        QList<int> ranks() const
        {
            QList<int> byText(texts.size());
            std::iota(byText.begin(), byText.end(), 0);
            std::sort(byText.begin(), byText.end(), [this](int a, int b) { return texts.at(a) < texts.at(b); });
            QList<int> rank(texts.size());
            for (int i = 0; i < byText.size(); ++i)
                rank[byText.at(i)] = i;
            return rank;
        }
        quint64 id(const QString &text)
        {
            auto it = ids.constFind(text);
            if (it == ids.cend()) {
                Q_ASSERT(quint64(texts.size()) + 1 < capacity); // the key's field (and a rank + 1) holds it
                it = ids.insert(text, quint64((texts << text).size() - 1));
            }
            return it.value();
        }
        quint64 capacity; // ids (and ranks) below it fit the key's field
    };

    Names m_periods{{}, {}, quint64(1) << 16}, m_districts{{}, {}, quint64(1) << 16}, m_groups{{}, {}, quint64(1) << 24};
    bool m_rolledUp = false; // the year rows are complete: nothing more may be added
    QHash<QString, std::array<quint64, 2>> m_yearOfMonth;
    QHash<quint64, Measures> m_rows;
};

// The total a mediation result (the status reached) or a follow-up result adds to.
Measure resultMeasure(const QString &result)
{
    if (result == QLatin1String("agreement_reached"))
        return Agreements;
    if (result == QLatin1String("mediation_terminated"))
        return Terminations;
    if (result == QLatin1String("satisfied"))
        return Satisfied;
    return result == QLatin1String("basically_satisfied") ? BasicallySatisfied : Dissatisfied;
}

// Per district, the month's mediation results and follow-up results as counted now. The
// district is read from the cases' facts, which are brought up to date first.
Result<QHash<QString, Measures>> monthEvents(const QSqlDatabase &db, const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    QHash<QString, Measures> districts;
    if (!first.isValid())
        return districts;
    const QVariantList range{first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate)};
    auto mediations = runQuery(db,
                               QStringLiteral("SELECT s.district, e.to_status, COUNT(*) FROM case_events e"
                                              " JOIN stats_case_facts s ON s.complaint_id = e.complaint_id"
                                              " WHERE e.at >= ? AND e.at < ?"
                                              " AND e.to_status IN ('agreement_reached', 'mediation_terminated')"
                                              " GROUP BY s.district, e.to_status"),
                               range);
    if (!mediations)
        return mediations.error();
    while (mediations->next())
        districts[mediations->value(0).toString()][resultMeasure(mediations->value(1).toString())] +=
            mediations->value(2).toLongLong();
    auto visits = runQuery(db,
                           QStringLiteral("SELECT s.district, f.result, COUNT(*) FROM follow_ups f"
                                          " JOIN stats_case_facts s ON s.complaint_id = f.complaint_id"
                                          " WHERE f.at >= ? AND f.at < ? AND f.result <> ''"
                                          " GROUP BY s.district, f.result"),
                           range);
    if (!visits)
        return visits.error();
    while (visits->next())
        districts[visits->value(0).toString()][resultMeasure(visits->value(1).toString())] +=
            visits->value(2).toLongLong();
    return districts;
}

// The month's mediation and follow-up totals as stored, per district.
Result<QHash<QString, Measures>> storedMonthEvents(const QSqlDatabase &db, const QString &month)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT district, agreements, terminations, satisfied, basically_satisfied,"
                                     " dissatisfied FROM stats_summary WHERE period = ? AND dimension = ''"),
                      {month});
    if (!q)
        return q.error();
    QHash<QString, Measures> districts;
    while (q->next()) {
        Measures &m = districts[q->value(0).toString()];
        m[Agreements] = q->value(1).toLongLong();
        m[Terminations] = q->value(2).toLongLong();
        m[Satisfied] = q->value(3).toLongLong();
        m[BasicallySatisfied] = q->value(4).toLongLong();
        m[Dissatisfied] = q->value(5).toLongLong();
    }
    return districts;
}

Error stopped()
{
    return Error{ErrorCode::Cancelled, Msg::tr("The statistics were not recounted: stopped."), {}};
}

QStringList firstColumn(QSqlQuery &q)
{
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    q.finish();
    return values;
}

// The changed cases: their old facts taken off, their new ones added; and the mediation
// and follow-up totals of the changed months set to what they are now.
Status countChanges(const QSqlDatabase &db, const FactReader &reader, const QStringList &months,
                    const StatsProgress &progress)
{
    auto ids = runQuery(db, QStringLiteral("SELECT complaint_id FROM stats_dirty_cases ORDER BY complaint_id"));
    if (!ids)
        return ids.error();
    const QStringList changed = firstColumn(ids.value());
    PreparedInsert insert(db);
    if (auto prepared = insert.prepare(factInsertSql()); !prepared)
        return prepared;
    QSqlQuery remove(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM stats_case_facts WHERE complaint_id = ?")))
        return storageError(remove.lastError());
    Deltas deltas;
    const int steps = int(changed.size() / kChunk + 1 + months.size());
    int step = 0;
    for (qsizetype from = 0; from < changed.size(); from += kChunk) {
        if (progress && !progress(step++, steps))
            return stopped();
        const QString chunk = changed.mid(from, kChunk).join(QLatin1Char(','));
        auto before = storedFacts(db, chunk);
        if (!before)
            return before.error();
        auto after = reader.read(db, QStringLiteral(" WHERE c.id IN (%1)").arg(chunk), {});
        if (!after)
            return after.error();
        for (const CaseFacts &f : before.value())
            deltas.addCase(f, -1);
        QSet<qint64> still;
        for (const CaseFacts &f : after.value()) {
            deltas.addCase(f, +1);
            still.insert(f.id);
            if (auto stored = storeFacts(insert, f); !stored)
                return stored;
        }
        for (const CaseFacts &f : before.value()) {
            if (still.contains(f.id))
                continue;
            remove.bindValue(0, f.id); // the case was deleted
            if (!remove.exec())
                return storageError(remove.lastError());
        }
    }
    for (const QString &month : months) {
        if (progress && !progress(step++, steps))
            return stopped();
        auto now = monthEvents(db, month);
        if (!now)
            return now.error();
        auto stored = storedMonthEvents(db, month);
        if (!stored)
            return stored.error();
        QSet<QString> districts(now->keyBegin(), now->keyEnd());
        districts.unite(QSet<QString>(stored->keyBegin(), stored->keyEnd()));
        for (const QString &district : std::as_const(districts)) {
            const Measures a = stored->value(district), b = now->value(district);
            for (Measure m : {Agreements, Terminations, Satisfied, BasicallySatisfied, Dissatisfied})
                deltas.addToTotal(month, district, m, b[m] - a[m]);
        }
    }
    if (progress && !progress(step, steps))
        return stopped();
    return deltas.write(db, false);
}

Status countEventsAndWrite(const QSqlDatabase &db, Deltas &deltas);

// Every case's facts and every summary row, from nothing.
Status countEverything(const QSqlDatabase &db, const FactReader &reader, const StatsProgress &progress)
{
    const SqliteLargeCache cache(db, 128);
    for (const QString &table : {QStringLiteral("stats_summary"), QStringLiteral("stats_case_facts")}) {
        if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM ") + table); !cleared)
            return cleared.error();
    }
    auto total = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM complaints"));
    if (!total)
        return total.error();
    PreparedInsert insert(db);
    if (auto prepared = insert.prepare(factInsertSql()); !prepared)
        return prepared;
    Deltas deltas; // from nothing: the rows themselves
    // Facts in chunks by id; writing the summaries after them is worth about a tenth of the work.
    const int chunks = int(total->toLongLong() / kChunk + 1);
    const int steps = chunks + chunks / 10 + 1;
    int step = 0;
    qint64 after = 0;
    for (;;) {
        if (progress && !progress(step, steps))
            return stopped();
        step = std::min(step + 1, chunks);
        auto facts = reader.read(db, QStringLiteral(" WHERE c.id > ? ORDER BY c.id LIMIT %1").arg(kChunk), {after});
        if (!facts)
            return facts.error();
        if (facts->isEmpty())
            break;
        for (const CaseFacts &f : facts.value()) {
            if (auto stored = storeFacts(insert, f); !stored)
                return stored;
            deltas.addCase(f, +1);
        }
        after = facts->last().id;
    }

    if (progress && !progress(chunks, steps))
        return stopped();
    if (auto written = countEventsAndWrite(db, deltas); !written)
        return written;
    if (progress)
        progress(steps, steps);
    return {};
}

// The mediation and follow-up results, per month and district, added to `deltas` (a count from
// nothing, the cases' facts stored), and every row written into the emptied summary table.
// (StatsBulkCount counts the same results as the demo writes them: countStep(), countFollowUp().)
Status countEventsAndWrite(const QSqlDatabase &db, Deltas &deltas)
{
    auto events = runQuery(db, QStringLiteral("SELECT substr(e.at, 1, 7), s.district, e.to_status, COUNT(*)"
                                              " FROM case_events e JOIN stats_case_facts s ON s.complaint_id = e.complaint_id"
                                              " WHERE e.to_status IN ('agreement_reached', 'mediation_terminated')"
                                              " GROUP BY 1, 2, 3 UNION ALL "
                                              "SELECT substr(f.at, 1, 7), s.district, f.result, COUNT(*)"
                                              " FROM follow_ups f JOIN stats_case_facts s ON s.complaint_id = f.complaint_id"
                                              " WHERE f.result <> '' GROUP BY 1, 2, 3"));
    if (!events)
        return events.error();
    while (events->next())
        deltas.addToTotal(events->value(0).toString(), events->value(1).toString(),
                          resultMeasure(events->value(2).toString()), events->value(3).toLongLong());
    events->finish();
    return deltas.write(db, true);
}

// A change of the calendar or the rules (noted in stats_dirty_days by the triggers of schema
// step 17) becomes the cases whose on-time or first-response result it can move (on_time.h judges
// a case from the calendar days after its receipt up to its closing, or up to its first
// response, under the rule set in force on its receipt date): a calendar day concerns the cases
// received on or before it and closed, contacted or accepted on or after it; a rule set, every
// case received on or after the day it takes effect.
Status noteCasesOfChangedDays(const QSqlDatabase &db)
{
    auto days = runQuery(db, QStringLiteral("SELECT kind, day FROM stats_dirty_days ORDER BY kind, day"));
    if (!days)
        return days.error();
    QList<std::pair<QDate, QDate>> calendarSpans;
    QDate rulesFrom;
    while (days->next()) {
        const QDate day = QDate::fromString(days->value(1).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        if (days->value(0).toString() == QLatin1String("rules")) {
            rulesFrom = rulesFrom.isValid() ? std::min(rulesFrom, day) : day;
        } else if (!calendarSpans.isEmpty() && calendarSpans.last().second.daysTo(day) <= kSpanGapDays) {
            calendarSpans.last().second = day;
        } else {
            calendarSpans.append({day, day});
        }
    }
    days->finish();
    const QString note = QStringLiteral("INSERT INTO stats_dirty_cases(complaint_id) SELECT id FROM complaints"
                                        " WHERE %1 ON CONFLICT DO NOTHING");
    for (const auto &[first, last] : std::as_const(calendarSpans)) {
        // Times are local ISO text: a day's text sorts below every time of that day.
        const QString from = first.toString(Qt::ISODate);
        if (auto noted = runQuery(db,
                                  note.arg(QStringLiteral("received_at < ? AND (closed_at >= ? OR accepted_at >= ?"
                                                          " OR first_contact_at >= ?)")),
                                  {last.addDays(1).toString(Qt::ISODate), from, from, from});
            !noted)
            return noted.error();
    }
    if (rulesFrom.isValid()) {
        if (auto noted = runQuery(db, note.arg(QStringLiteral("received_at >= ?")), {rulesFrom.toString(Qt::ISODate)});
            !noted)
            return noted.error();
    }
    return {};
}

// Nothing is left to count: the notes of what changed are cleared.
Status clearNotes(const QSqlDatabase &db)
{
    for (const QString &table : {QStringLiteral("stats_dirty_cases"), QStringLiteral("stats_dirty_months"),
                                 QStringLiteral("stats_dirty_days")}) {
        if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM ") + table); !cleared)
            return cleared.error();
    }
    return {};
}

} // namespace

struct StatsBulkCount::State {
    explicit State(const QSqlDatabase &db) : insert(db) {}
    QList<DeadlineRuleSet> ruleSets;
    WorkingCalendar calendar;
    std::optional<summary::FactReader> reader;
    PreparedInsert insert;
    Deltas deltas; // counted by count()
    struct Recovered {
        QString month; // finished
        QString district;
        qint64 fen;
    };
    QList<Recovered> recovered; // noted by store(): added to the deltas by finish()
    // Follow-up results by month and district, noted by countFollowUp(): added by finish().
    QHash<std::pair<QString, QString>, Measures> followUps;
    qint64 added = 0;
    qint64 lastId = 0;
};

StatsBulkCount::StatsBulkCount(QSqlDatabase db) : m_db(std::move(db)), m(std::make_unique<State>(m_db)) {}

StatsBulkCount::~StatsBulkCount() = default;

Status StatsBulkCount::begin()
{
    if (auto loaded = loadRulesAndCalendar(m_db, m->ruleSets, m->calendar); !loaded)
        return loaded;
    m->reader.emplace(m->ruleSets, m->calendar);
    for (const QString &table : {QStringLiteral("stats_summary"), QStringLiteral("stats_case_facts")}) {
        if (auto cleared = runQuery(m_db, QStringLiteral("DELETE FROM ") + table); !cleared)
            return cleared.error();
    }
    return m->insert.prepare(factInsertSql());
}

const summary::FactReader &StatsBulkCount::reader() const
{
    return *m->reader;
}

void StatsBulkCount::count(const summary::CaseFacts &f)
{
    m->deltas.addCase(f, +1);
}

void StatsBulkCount::countStep(const QString &district, const QString &storedAt, const QString &status)
{
    // As countEventsAndWrite() counts them from the tables: by the month of the stored time.
    if (status == QLatin1String("agreement_reached") || status == QLatin1String("mediation_terminated"))
        m->deltas.addToTotal(storedAt.left(7), district, resultMeasure(status), 1);
}

Status StatsBulkCount::store(const QVariantList &row, const QString &finishedMonth, const QString &district)
{
    if (auto stored = storeFactRow(m->insert, row); !stored)
        return stored;
    const qint64 recovered = row.at(summary::kFactRowRecovered).toLongLong();
    if (recovered != 0)
        m->recovered.append({finishedMonth, district, recovered});
    ++m->added;
    m->lastId = std::max(m->lastId, row.at(summary::kFactRowId).toLongLong());
    return {};
}

void StatsBulkCount::countFollowUp(const QString &district, const QString &storedAt, const QString &result)
{
    // As countEventsAndWrite() counts them from the tables.
    if (!result.isEmpty())
        ++m->followUps[{storedAt.left(7), district}][resultMeasure(result)];
}

Status StatsBulkCount::finish()
{
    // Every case in the file must be one counted here (nothing written around the writer);
    // else everything is counted from the tables as before.
    // The stored ids are 1, 2, 3… in a new file: the last one and their number tell.
    auto last = queryScalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM complaints"));
    if (!last)
        return last.error();
    if (last->toLongLong() != m->added || m->lastId != m->added) {
        if (auto marked =
                runQuery(m_db, QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*') ON CONFLICT DO NOTHING"));
            !marked)
            return marked.error();
        return StatsSummaryCounter(m_db).refreshWithinTransaction();
    }
    for (const State::Recovered &r : std::as_const(m->recovered))
        m->deltas.addToTotal(r.month, r.district, RecoveredFen, r.fen);
    m->recovered.clear();
    for (auto it = m->followUps.cbegin(); it != m->followUps.cend(); ++it) {
        for (int measure = 0; measure < MeasureCount; ++measure)
            m->deltas.addToTotal(it.key().first, it.key().second, Measure(measure), it.value()[measure]);
    }
    m->followUps.clear();
    if (auto written = m->deltas.write(m_db, true); !written)
        return written;
    return clearNotes(m_db);
}

Result<bool> StatsSummaryCounter::isStale() const
{
    auto stale = queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stats_dirty_cases)"
                                                  " OR EXISTS (SELECT 1 FROM stats_dirty_months)"
                                                  " OR EXISTS (SELECT 1 FROM stats_dirty_days)"));
    if (!stale)
        return stale.error();
    return stale->toBool();
}

Result<bool> StatsSummaryCounter::needsFullRecount() const
{
    auto all =
        queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stats_dirty_months WHERE month = ?)"), {kAll});
    if (!all)
        return all.error();
    return all->toBool();
}

Status StatsSummaryCounter::refresh(const StatsProgress &progress)
{
    return recount(false, progress);
}

Status StatsSummaryCounter::recountAll(const StatsProgress &progress)
{
    return recount(true, progress);
}

Status StatsSummaryCounter::refreshWithinTransaction(const StatsProgress &progress)
{
    return countPending(false, progress);
}

Status StatsSummaryCounter::recount(bool everything, const StatsProgress &progress)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto counted = countPending(everything, progress); !counted)
        return counted;
    return transaction.commit();
}

Status StatsSummaryCounter::countPending(bool everything, const StatsProgress &progress)
{
    auto months = runQuery(m_db, QStringLiteral("SELECT month FROM stats_dirty_months ORDER BY month"));
    if (!months)
        return months.error();
    const QStringList dirtyMonths = firstColumn(months.value());
    if (!everything && !dirtyMonths.contains(kAll)) {
        if (auto noted = noteCasesOfChangedDays(m_db); !noted)
            return noted;
    }
    auto changed = queryScalar(m_db, QStringLiteral("SELECT COUNT(*) FROM stats_dirty_cases"));
    if (!changed)
        return changed.error();
    if (!everything && dirtyMonths.isEmpty() && changed->toLongLong() == 0) {
        // A change of the calendar or the rules that concerns no closed case.
        if (auto cleared = runQuery(m_db, QStringLiteral("DELETE FROM stats_dirty_days")); !cleared)
            return cleared.error();
        return {};
    }
    // Counting a changed case costs about what counting it from nothing does (a read of its
    // old facts and a write of the changed rows instead): past half the cases, count everything.
    // The cases are counted only when that can be so (a count is not free on a server).
    bool most = false;
    if (!everything && changed->toLongLong() > kChunk) {
        auto cases = queryScalar(m_db, QStringLiteral("SELECT COUNT(*) FROM complaints"));
        if (!cases)
            return cases.error();
        most = changed->toLongLong() * 2 > cases->toLongLong();
    }

    QList<DeadlineRuleSet> ruleSets;
    WorkingCalendar calendar;
    if (auto loaded = loadRulesAndCalendar(m_db, ruleSets, calendar); !loaded)
        return loaded;
    const FactReader reader(ruleSets, calendar);

    const bool full = everything || dirtyMonths.contains(kAll) || most;
    if (auto counted =
            full ? countEverything(m_db, reader, progress) : countChanges(m_db, reader, dirtyMonths, progress);
        !counted)
        return counted;
    return clearNotes(m_db);
}

} // namespace casedesk
