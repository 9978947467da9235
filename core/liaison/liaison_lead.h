#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// Where a lead (线索) on illegal business stands.
enum class LeadOutcome {
    Pending,      // received, not forwarded yet
    Forwarded,    // with the regulator, no answer yet
    Penalised,    // confirmed and penalised (查实处罚)
    NotConfirmed, // the regulator found nothing
    Other,
};

QString codeOf(LeadOutcome outcome);
QString labelOf(LeadOutcome outcome);
std::optional<LeadOutcome> leadOutcomeFromCode(const QString &code);
QList<LeadOutcome> allLeadOutcomes();

// A suspected illegal business a liaison point passed on (unlicensed trading, counterfeits,
// pyramid selling): the council forwards it to a regulator and follows it to an outcome.
struct LiaisonLead {
    qint64 id = 0;
    qint64 pointId = 0;
    QString pointName; // read only
    QDate receivedOn;  // when the council got it from the point
    QString suspicion; // what is suspected
    QString business;  // who (a name or a description)
    QString place;     // where
    QDate observedOn;  // when it was seen; invalid when not known
    QString regulator; // to whom it was forwarded
    QDate forwardedOn; // invalid until forwarded
    LeadOutcome outcome = LeadOutcome::Pending;
    QString outcomeNote;
    QDate outcomeOn; // invalid until an outcome other than pending/forwarded
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
};

} // namespace casedesk
