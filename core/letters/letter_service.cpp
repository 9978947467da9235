#include "letters/letter_service.h"

#include "auth/permissions.h"
#include "letters/letter_template_service.h"
#include "letters/letter_values.h"
#include "mediation/mediation_checks.h"
#include "mediation/termination_service.h"
#include "storage/complaint_repository.h"
#include "storage/letter_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

// The letter of `kind` from what it says about the case and the council's wording in use.
Result<Letter> composeLetter(const QSqlDatabase &db, const Complaint &complaint, LetterKind kind, const QDate &date,
                             const LetterFacts &facts)
{
    auto wording = LetterTemplateService(db).wording(kind);
    if (!wording)
        return wording.error();
    auto body = fillPlaceholders(wording->body, facts.values);
    if (!body)
        return body.error();
    Letter letter;
    letter.kind = kind;
    letter.caseId = complaint.id;
    letter.caseNumber = complaint.caseNumber;
    letter.councilName = facts.values.value(QStringLiteral("council"));
    letter.title = wording->title;
    letter.addressee = facts.addressee;
    letter.body = body.value();
    letter.date = date;
    letter.templateVersion = wording->version;
    return letter;
}

} // namespace

Result<QList<LetterKind>> LetterService::kindsFor(qint64 caseId, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    auto complaint = ComplaintRepository(m_db).get(caseId);
    if (!complaint)
        return complaint.error();
    QList<LetterKind> kinds;
    for (LetterKind kind : allLetterKinds()) {
        auto facts = letterFacts(m_db, complaint.value(), kind);
        if (facts)
            kinds.append(kind);
        else if (facts.error().code != ErrorCode::InvalidInput)
            return facts.error();
    }
    return kinds;
}

Result<Letter> LetterService::compose(qint64 caseId, LetterKind kind, const QString &actor, const QDate &date,
                                      qint64 itemId) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    auto complaint = ComplaintRepository(m_db).get(caseId);
    if (!complaint)
        return complaint.error();
    auto facts = letterFacts(m_db, complaint.value(), kind, itemId);
    if (!facts)
        return facts.error();
    return composeLetter(m_db, complaint.value(), kind, date, facts.value());
}

Result<SentLetter> LetterService::recordWithin(qint64 caseId, LetterKind kind, SendMethod method, const QDate &sentOn,
                                               const QString &userName, const QDateTime &now)
{
    auto complaint = ComplaintRepository(m_db).get(caseId);
    if (!complaint)
        return complaint.error();
    auto facts = letterFacts(m_db, complaint.value(), kind);
    if (!facts)
        return facts.error();
    if (auto s = mediation::checkNotBefore(QStringLiteral("sentOn"), Msg::tr("The day the letter was sent"), sentOn,
                                           Msg::tr("the step it tells of"), facts->decisionAt.date());
        !s)
        return s.error();
    auto letter = composeLetter(m_db, complaint.value(), kind, sentOn, facts.value());
    if (!letter)
        return letter.error();
    if (hasOwnLayout(kind)) {
        if (!m_layout)
            return Error{ErrorCode::Storage, Msg::tr("The page of a %1 could not be laid out.").arg(labelOf(kind)), {}};
        auto page = m_layout(letter.value());
        if (!page)
            return page.error();
        letter->page = page.value();
    }
    SentLetter sent{0, letter.value(), method, sentOn, userName, now};
    auto id = LetterRepository(m_db).add(sent);
    if (!id)
        return id.error();
    sent.id = id.value();
    // "acceptance sms 2026-03-04": the history shows it in words (ui/field_labels.cpp).
    if (auto logged = mediation::audit(m_db, caseId, now, userName, QStringLiteral("letter_sent"),
                                       QStringLiteral("letter"), QString(),
                                       QStringList{codeOf(kind), codeOf(method), sentOn.toString(Qt::ISODate)}.join(
                                           QLatin1Char(' ')));
        !logged)
        return logged.error();
    if (kind == LetterKind::Termination) {
        // The parties were told (unless a notice was recorded already): the deadline is met.
        TerminationService terminations(m_db);
        auto termination = terminations.lastTermination(caseId);
        if (!termination)
            return termination.error();
        if (!termination.value()->notifiedOn.isValid()) {
            if (auto noted = terminations.noteNoticeWithin(*termination.value(), sentOn, labelOf(method), userName, now);
                !noted)
                return noted.error();
        }
    }
    return sent;
}

Result<SentLetter> LetterService::recordSent(qint64 caseId, LetterKind kind, SendMethod method, const QDate &sentOn,
                                             const QString &actor, const QDateTime &now)
{
    auto sent = recordSentToEach({caseId}, kind, method, sentOn, actor, now);
    if (!sent)
        return sent.error();
    return sent->first();
}

Result<QList<SentLetter>> LetterService::recordSentToEach(const QList<qint64> &caseIds, LetterKind kind,
                                                          SendMethod method, const QDate &sentOn, const QString &actor,
                                                          const QDateTime &now)
{
    if (!isSentLetter(kind))
        return mediation::invalid(QStringLiteral("kind"),
                                  Msg::tr("A %1 is printed and signed, not sent.").arg(labelOf(kind)));
    if (caseIds.isEmpty())
        return mediation::invalid(QStringLiteral("cases"), Msg::tr("No case was chosen."));
    if (auto s = mediation::checkPastDate(QStringLiteral("sentOn"), Msg::tr("The day the letter was sent"), sentOn,
                                          now.date());
        !s)
        return s.error();
    return inRetriedTransaction(m_db, [&]() -> Result<QList<SentLetter>> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        if (kind == LetterKind::Termination) {
            if (auto mediator = authorize(m_db, actor, Permission::Mediate); !mediator)
                return mediator.error();
        }
        QList<SentLetter> letters;
        for (qint64 caseId : caseIds) {
            auto sent = recordWithin(caseId, kind, method, sentOn, user->name, now);
            if (!sent)
                return sent.error();
            letters.append(sent.value());
        }
        return letters;
    });
}

Result<QList<SentLetter>> LetterService::sentLetters(qint64 caseId, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LetterRepository(m_db).ofCase(caseId);
}

Result<SentLetter> LetterService::sentLetter(qint64 letterId, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LetterRepository(m_db).get(letterId);
}

} // namespace casedesk
