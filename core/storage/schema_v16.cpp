#include "storage/schema_steps.h"

namespace casedesk {

// Counts business_day_counts from the cases: step 16 and the bulk writer (whose triggers are
// paused while it writes) run it; the triggers keep it from there.
QString countBusinessDaysSql()
{
    return QStringLiteral(
        "INSERT INTO business_day_counts(business_id, day, complaints, prepaid) "
        "SELECT c.business_id, substr(c.received_at, 1, 10), count(*), count(p.complaint_id) FROM complaints c "
        "LEFT JOIN prepaid_cards p ON p.complaint_id = c.id GROUP BY c.business_id, substr(c.received_at, 1, 10)");
}

// Version 16: the due list and the early warning read stored figures instead of working
// them out from every case (issue 15).
// - case_deadlines: the deadlines still to meet on open cases (deadlines/stored_deadlines.h),
//   rewritten for a case in the transaction of every write that moves them.
//   fillStoredDeadlines() fills it for the cases already there (it needs the working-day
//   calendar, which SQL alone cannot count). Day rules keep the due date without the days
//   an open pause adds (pause_from: the day it started counting); hour rules keep due_at.
// - business_day_counts: complaints received per business and local day, and how many of
//   them carry prepaid-card details: what early warning reads instead of grouping every
//   case. Kept by the daycount_ triggers on complaints and prepaid_cards (the bulk writer
//   pauses them and counts once at the end, see countBusinessDaysSql()).
QStringList schemaVersion16()
{
    // One cell moved by `sign` (+1/-1) for a complaint of business B received on day D
    // with (or without) a card: %1 business, %2 day, %3 sign, %4 its card count.
    const QString move = QStringLiteral(
        "INSERT INTO business_day_counts(business_id, day, complaints, prepaid) VALUES (%1, %2, %3, %3 * (%4)) "
        "ON CONFLICT(business_id, day) DO UPDATE SET complaints = complaints + excluded.complaints, "
        "prepaid = prepaid + excluded.prepaid;");
    const QString dropEmpty =
        QStringLiteral("DELETE FROM business_day_counts WHERE business_id = %1 AND day = %2 AND complaints <= 0;");
    const QString newDay = QStringLiteral("substr(NEW.received_at, 1, 10)");
    const QString oldDay = QStringLiteral("substr(OLD.received_at, 1, 10)");
    const QString newCards = QStringLiteral("SELECT count(*) FROM prepaid_cards WHERE complaint_id = NEW.id");
    const QString oldCards = QStringLiteral("SELECT count(*) FROM prepaid_cards WHERE complaint_id = OLD.id");
    // A card moves the prepaid count of its case's cell only.
    const QString card =
        QStringLiteral("UPDATE business_day_counts SET prepaid = prepaid + (%2) WHERE (business_id, day) = "
                       "(SELECT business_id, substr(received_at, 1, 10) FROM complaints WHERE id = %1.complaint_id);");
    return {
        QStringLiteral("CREATE TABLE case_deadlines ("
                       " case_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " rule_channel TEXT NOT NULL DEFAULT '',"
                       " amount INTEGER NOT NULL,"
                       " unit TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " due_date TEXT NOT NULL,"
                       " due_at TEXT,"
                       " paused_days INTEGER NOT NULL DEFAULT 0,"
                       " pause_from TEXT,"
                       " PRIMARY KEY (case_id, kind))"),
        QStringLiteral("CREATE INDEX case_deadlines_due ON case_deadlines(due_date)"),
        QStringLiteral("CREATE INDEX case_deadlines_paused ON case_deadlines(pause_from) WHERE pause_from IS NOT NULL"),

        QStringLiteral("CREATE TABLE business_day_counts ("
                       " business_id INTEGER NOT NULL,"
                       " day TEXT NOT NULL,"
                       " complaints INTEGER NOT NULL,"
                       " prepaid INTEGER NOT NULL,"
                       " PRIMARY KEY (business_id, day))"),
        QStringLiteral("CREATE INDEX business_day_counts_day ON business_day_counts(day)"),
        countBusinessDaysSql(),
        QStringLiteral("CREATE TRIGGER daycount_complaint_added AFTER INSERT ON complaints BEGIN ") +
            move.arg(QStringLiteral("NEW.business_id"), newDay, QStringLiteral("1"), newCards) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER daycount_complaint_removed AFTER DELETE ON complaints BEGIN ") +
            move.arg(QStringLiteral("OLD.business_id"), oldDay, QStringLiteral("-1"), oldCards) +
            dropEmpty.arg(QStringLiteral("OLD.business_id"), oldDay) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER daycount_complaint_moved AFTER UPDATE OF business_id, received_at ON complaints "
                       "WHEN OLD.business_id IS NOT NEW.business_id OR ") +
            oldDay + QStringLiteral(" IS NOT ") + newDay + QStringLiteral(" BEGIN ") +
            move.arg(QStringLiteral("OLD.business_id"), oldDay, QStringLiteral("-1"), oldCards) +
            dropEmpty.arg(QStringLiteral("OLD.business_id"), oldDay) +
            move.arg(QStringLiteral("NEW.business_id"), newDay, QStringLiteral("1"), newCards) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER daycount_card_added AFTER INSERT ON prepaid_cards BEGIN ") +
            card.arg(QStringLiteral("NEW"), QStringLiteral("1")) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER daycount_card_removed AFTER DELETE ON prepaid_cards BEGIN ") +
            card.arg(QStringLiteral("OLD"), QStringLiteral("-1")) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER daycount_card_moved AFTER UPDATE OF complaint_id ON prepaid_cards "
                       "WHEN OLD.complaint_id IS NOT NEW.complaint_id BEGIN ") +
            card.arg(QStringLiteral("OLD"), QStringLiteral("-1")) +
            card.arg(QStringLiteral("NEW"), QStringLiteral("1")) + QStringLiteral(" END"),
    };
}

} // namespace casedesk
