#pragma once

#include "letters/letter.h"
#include "result.h"

#include <QSqlDatabase>

#include <functional>

namespace casedesk {

// Letters and records of a case: which fit the case, the letter itself from the case's facts,
// the council's wording and settings, and the record of one sent (kept as sent, written to the
// case's audit trail). Reading needs Permission::ViewCases, recording Permission::WorkCase
// (and Permission::Mediate for the termination notice, which also records when the parties
// were told and so meets the termination_notice deadline).
class LetterService {
public:
    // Lays out a letter with its own layout (hasOwnLayout: the referral letter's tables) as the
    // page kept when it is recorded as sent. The layout lives with the documents (ui/documents,
    // letterPageLayout), which the windows and the CLI give the service.
    using PageLayout = std::function<Result<QString>(const Letter &)>;

    explicit LetterService(QSqlDatabase db, PageLayout layout = {})
        : m_db(std::move(db)), m_layout(std::move(layout))
    {
    }

    // The kinds that fit the case as it stands, in allLetterKinds() order.
    Result<QList<LetterKind>> kindsFor(qint64 caseId, const QString &actor) const;

    // The letter of `kind` for the case, dated `date`; refused with a message when the kind
    // does not fit the case. `itemId`: the session, visit or payout a record is of (0: latest).
    Result<Letter> compose(qint64 caseId, LetterKind kind, const QString &actor, const QDate &date = QDate::currentDate(),
                           qint64 itemId = 0) const;

    // Composes the letter dated `sentOn` and records it as sent that day by `method`. Only
    // letters (isSentLetter) are sent; not before the step they tell of, not in the future. A
    // receipt is for the case's latest payout.
    Result<SentLetter> recordSent(qint64 caseId, LetterKind kind, SendMethod method, const QDate &sentOn,
                                  const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

    // The same letter to each case, recorded as sent on every one, all or nothing (a group's
    // members): the letters in the order of `caseIds`.
    Result<QList<SentLetter>> recordSentToEach(const QList<qint64> &caseIds, LetterKind kind, SendMethod method,
                                               const QDate &sentOn, const QString &actor,
                                               const QDateTime &now = QDateTime::currentDateTime());

    // The case's letters recorded as sent, oldest first, each as it went out.
    Result<QList<SentLetter>> sentLetters(qint64 caseId, const QString &actor) const;
    // One letter recorded as sent, by its id; NotFound if there is none.
    Result<SentLetter> sentLetter(qint64 letterId, const QString &actor) const;

private:
    Result<SentLetter> recordWithin(qint64 caseId, LetterKind kind, SendMethod method, const QDate &sentOn,
                                    const QString &userName, const QDateTime &now);
    QSqlDatabase m_db;
    PageLayout m_layout;
};

} // namespace casedesk
