#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// 挽回经济损失 as a ledger: every sum recovered for a case is one entry with its source, date
// and who recorded it; the case's total (complaints.recovered_fen) is derived from them.

namespace casedesk {

enum class RecoverySource {
    Agreement,  // the mediation agreement's performance (履行)
    Court,      // a court referral's outcome
    Group,      // a group case's outcome marked paid
    Fund,       // a first-compensation payout (先行赔付)
    Enterprise, // a networked enterprise's own settlement (先行和解)
    OnSite,     // paid on the spot (现场调解、当场退赔)
    Earlier,    // recorded before the ledger existed; its source is not known
};

QString codeOf(RecoverySource source);
QString labelOf(RecoverySource source);
std::optional<RecoverySource> recoverySourceFromCode(const QString &code);
QList<RecoverySource> allRecoverySources();
// The sources a user types a sum in for (the others come from their own records).
QList<RecoverySource> directRecoverySources();

struct RecoveredEntry {
    qint64 id = 0;
    qint64 complaintId = 0;
    RecoverySource source = RecoverySource::OnSite;
    qint64 sourceRef = 0; // the fund payout or group outcome it comes from; 0 otherwise
    qint64 amountFen = 0;
    QDate recoveredOn;
    std::optional<qint64> sameAs; // the entry whose money this is as well: not counted again
    bool aboveAmountConfirmed = false;
    QString note;
    QDateTime recordedAt;
    QString recordedBy;
};

// What to do when the case already has money from another source, or when the total would
// go above the amount involved. The default asks: the call is refused with a field error
// kSameMoneyField / kAboveAmountField whose message is the question.
struct RecoveryDecision {
    enum class Overlap { Ask, Separate, SameMoney };
    Overlap overlap = Overlap::Ask;
    qint64 sameAsEntryId = 0; // with SameMoney: that entry; 0: the other source's latest entry
    bool aboveAmountConfirmed = false;

    static RecoveryDecision separate()
    {
        RecoveryDecision d;
        d.overlap = Overlap::Separate;
        return d;
    }
    static RecoveryDecision sameMoney(qint64 entryId = 0)
    {
        RecoveryDecision d;
        d.overlap = Overlap::SameMoney;
        d.sameAsEntryId = entryId;
        return d;
    }
};

inline const QString kSameMoneyField = QStringLiteral("sameMoney");
inline const QString kAboveAmountField = QStringLiteral("aboveAmount");

// One case whose money recovered is above its amount involved.
struct RecoveredAboveAmount {
    qint64 complaintId = 0;
    QString caseNumber;
    qint64 amountFen = 0;
    qint64 recoveredFen = 0;
    bool confirmed = false; // a user confirmed it when recording
};

} // namespace casedesk
