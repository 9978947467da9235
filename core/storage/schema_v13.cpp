#include "storage/schema_steps.h"

#include "storage/sql_helpers.h"

#include <QDate>
#include <QHash>

namespace casedesk {
namespace {

// The counted total of a case's entries (%1 names the case): each sum of money counts once.
// An entry recorded as the same money as another (same_as) belongs to that entry's group,
// and a group counts its largest amount (a fund that paid ¥1,200 of which ¥1,000 were the
// agreement's performance counts ¥1,200, in either order of recording).
QString derivedTotal(const QString &caseId)
{
    return QStringLiteral("(SELECT coalesce(sum(m), 0) FROM (SELECT max(amount_fen) AS m FROM recovered_entries"
                          " WHERE complaint_id = %1 GROUP BY coalesce(same_as, id)))")
        .arg(caseId);
}

QStringList ledgerTriggers()
{
    const QString refresh = QStringLiteral(" UPDATE complaints SET recovered_fen = %1 WHERE id = %2;");
    return {
        QStringLiteral("CREATE TRIGGER recovered_entry_insert AFTER INSERT ON recovered_entries BEGIN") +
            refresh.arg(derivedTotal(QStringLiteral("new.complaint_id")), QStringLiteral("new.complaint_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER recovered_entry_update AFTER UPDATE ON recovered_entries BEGIN") +
            refresh.arg(derivedTotal(QStringLiteral("old.complaint_id")), QStringLiteral("old.complaint_id")) +
            refresh.arg(derivedTotal(QStringLiteral("new.complaint_id")), QStringLiteral("new.complaint_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER recovered_entry_delete AFTER DELETE ON recovered_entries BEGIN") +
            refresh.arg(derivedTotal(QStringLiteral("old.complaint_id")), QStringLiteral("old.complaint_id")) +
            QStringLiteral(" END"),
        // The total is derived, never added to by hand: an UPDATE that sets anything else fails.
        QStringLiteral("CREATE TRIGGER recovered_fen_derived BEFORE UPDATE OF recovered_fen ON complaints"
                       " WHEN new.recovered_fen <> %1"
                       " BEGIN SELECT RAISE(ABORT, 'complaints.recovered_fen is the total of recovered_entries'); END")
            .arg(derivedTotal(QStringLiteral("new.id"))),
    };
}

struct Candidate {
    QString source;
    qint64 ref = 0;
    qint64 fen = 0;
    QString on;
    QString at;
    QString by;
};

} // namespace

// Version 13: money recovered as a ledger. Every sum recovered for a case is one entry with
// its source, date and who recorded it; complaints.recovered_fen stays (statistics and
// their v12 triggers read it) but is kept by the triggers above as the entries' total.
QStringList schemaVersion13()
{
    return {
        QStringLiteral("CREATE TABLE recovered_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                       " source TEXT NOT NULL CHECK (source IN"
                       "  ('agreement', 'court', 'group', 'fund', 'enterprise', 'on_site', 'earlier')),"
                       // The record it comes from: fund_entries.id of a payout, group_outcomes.id
                       // of a paid outcome; 0 for the case's agreement or referral (one each)
                       // and for sums typed in (enterprise settlement, on site).
                       " source_ref INTEGER NOT NULL DEFAULT 0,"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
                       " recovered_on TEXT NOT NULL,"
                       // The entry whose money this is too (never itself linked): not counted again.
                       " same_as INTEGER REFERENCES recovered_entries(id),"
                       // The user confirmed that the case's total goes above the amount involved.
                       " above_amount_confirmed INTEGER NOT NULL DEFAULT 0,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " recorded_at TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX recovered_entries_case ON recovered_entries(complaint_id)"),
        QStringLiteral("CREATE UNIQUE INDEX recovered_entries_record ON recovered_entries(complaint_id, source,"
                       " source_ref) WHERE source IN ('agreement', 'court', 'group', 'fund')"),
    };
}

// Today's totals become entries: each case's agreement, court outcome, fund payouts and paid
// group outcome in that order, as far as the case's total goes; what is left of the total
// (cases written before any of those records existed, e.g. imports and demo data) becomes
// one entry "recorded earlier". No total changes: a sum counted twice before stays visible
// (the cases above their amount involved are listed) for a person to link, not guessed here.
Status moveRecoveredIntoEntries(const QSqlDatabase &db)
{
    QHash<qint64, QList<Candidate>> candidates;
    const QString sources[] = {
        QStringLiteral("SELECT complaint_id, 'agreement', 0, recovered_fen, coalesce(performance_checked_on,"
                       " signed_on, substr(updated_at, 1, 10)), updated_at, updated_by FROM mediation_agreements"
                       " WHERE recovered_fen > 0"),
        QStringLiteral("SELECT complaint_id, 'court', 0, recovered_fen, coalesce(decided_on, referred_on),"
                       " updated_at, updated_by FROM court_referrals WHERE recovered_fen > 0"),
        QStringLiteral("SELECT complaint_id, 'fund', id, amount_fen, substr(at, 1, 10), at, actor FROM fund_entries"
                       " WHERE kind = 'payout' AND complaint_id IS NOT NULL ORDER BY id"),
        QStringLiteral("SELECT m.complaint_id, 'group', o.id, m.outcome_fen, substr(o.at, 1, 10), o.at, o.actor"
                       " FROM case_group_members m JOIN group_outcomes o ON o.group_id = m.group_id"
                       " AND o.recovered = 1 WHERE m.outcome_fen > 0 ORDER BY o.id"),
    };
    for (const QString &sql : sources) {
        auto q = runQuery(db, sql);
        if (!q)
            return q.error();
        while (q->next()) {
            candidates[q->value(0).toLongLong()].append({q->value(1).toString(), q->value(2).toLongLong(),
                                                         q->value(3).toLongLong(), q->value(4).toString(),
                                                         q->value(5).toString(), q->value(6).toString()});
        }
    }
    auto cases = runQuery(db, QStringLiteral("SELECT id, recovered_fen, coalesce(closed_at, updated_at), updated_at"
                                             " FROM complaints WHERE recovered_fen > 0"));
    if (!cases)
        return cases.error();
    QList<std::pair<qint64, Candidate>> entries;
    while (cases->next()) {
        const qint64 caseId = cases->value(0).toLongLong();
        qint64 left = cases->value(1).toLongLong();
        for (Candidate c : candidates.value(caseId)) {
            c.fen = std::min(c.fen, left);
            if (c.fen <= 0)
                break;
            left -= c.fen;
            entries.append({caseId, c});
        }
        if (left > 0) {
            const QString at = cases->value(3).toString();
            entries.append({caseId, Candidate{QStringLiteral("earlier"), 0, left, cases->value(2).toString().left(10),
                                              at, QString()}});
        }
    }
    for (const auto &[caseId, c] : entries) {
        auto inserted = runQuery(db,
                                 QStringLiteral("INSERT INTO recovered_entries(complaint_id, source, source_ref,"
                                                " amount_fen, recovered_on, recorded_at, recorded_by)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {caseId, c.source, c.ref, c.fen, c.on, c.at, c.by});
        if (!inserted)
            return inserted.error();
    }
    // The triggers come last: the totals were already right, nothing to recompute.
    for (const QString &statement : ledgerTriggers()) {
        if (auto done = runQuery(db, statement); !done)
            return done.error();
    }
    return {};
}

} // namespace casedesk
