#include "storage/letter_repository.h"

#include "storage/engine.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

} // namespace

Status LetterRepository::eraseComplainant(qint64 consumerId, const QString &replacement)
{
    // On a server the one who erases (an administrator) may not read the full phone and ID
    // number: the server does the same there (server step 15).
    if (engineOf(m_db) == Engine::Postgres) {
        if (auto erased = runQuery(m_db, QStringLiteral("SELECT casedesk_erase_from_letters(?, ?)"),
                                   {consumerId, replacement});
            !erased)
            return erased.error();
        return {};
    }
    auto person = runQuery(m_db, QStringLiteral("SELECT name, phone, id_number, address FROM consumers WHERE id = ?"),
                           {consumerId});
    if (!person)
        return person.error();
    if (!person->next())
        return {};
    const QString name = person->value(0).toString();
    const QVariantList erased{name, replacement, person->value(1), person->value(2), person->value(3)};
    const QString erasing = QStringLiteral("replace(replace(replace(replace(%1, ?, ?), ?, ''), ?, ''), ?, '')");
    auto letters = runQuery(m_db,
                            QStringLiteral("UPDATE letters SET addressee = CASE WHEN addressee = ? THEN ? ELSE "
                                           "addressee END, body = %1, page = %2 WHERE complaint_id IN (SELECT id "
                                           "FROM complaints WHERE consumer_id = ?)")
                                .arg(erasing.arg(QStringLiteral("body")), erasing.arg(QStringLiteral("page"))),
                            QVariantList{name, replacement} + erased + erased + QVariantList{consumerId});
    if (!letters)
        return letters.error();
    return {};
}

Result<qint64> LetterRepository::add(const SentLetter &sent)
{
    const Letter &letter = sent.letter;
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO letters(complaint_id, kind, template_version, council_name, title, "
                                         "addressee, body, letter_date, method, sent_on, recorded_by, recorded_at, page) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                          {letter.caseId, codeOf(letter.kind), letter.templateVersion, bindable(letter.councilName), bindable(letter.title),
                           bindable(letter.addressee), bindable(letter.body), storedDate(letter.date),
                           codeOf(sent.method), storedDate(sent.sentOn), sent.recordedBy,
                           storedDateTime(sent.recordedAt),
                           letter.page.isEmpty() ? QVariant() : QVariant(letter.page)});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::Storage, Msg::tr("The letter was not saved."), {}};
    return query->value(0).toLongLong();
}

Result<QList<SentLetter>> LetterRepository::select(const QString &where, const QVariant &value) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT l.id, l.complaint_id, c.case_number, l.kind, l.council_name, l.title, "
                                         "l.addressee, l.body, l.letter_date, l.method, l.sent_on, l.recorded_by, "
                                         "l.recorded_at, l.template_version, l.page FROM letters l JOIN complaints c ON c.id = l.complaint_id "
                                         "WHERE %1 ORDER BY l.id")
                              .arg(where),
                          {value});
    if (!query)
        return query.error();
    QList<SentLetter> letters;
    while (query->next()) {
        SentLetter sent;
        sent.id = query->value(0).toLongLong();
        sent.letter.caseId = query->value(1).toLongLong();
        sent.letter.caseNumber = query->value(2).toString();
        sent.letter.kind = letterKindFromCode(query->value(3).toString()).value_or(LetterKind::Acceptance);
        sent.letter.councilName = query->value(4).toString();
        sent.letter.title = query->value(5).toString();
        sent.letter.addressee = query->value(6).toString();
        sent.letter.body = query->value(7).toString();
        sent.letter.date = dateFromStored(query->value(8));
        sent.method = sendMethodFromCode(query->value(9).toString()).value_or(SendMethod::Post);
        sent.sentOn = dateFromStored(query->value(10));
        sent.recordedBy = query->value(11).toString();
        sent.recordedAt = dateTimeFromStored(query->value(12));
        sent.letter.templateVersion = query->value(13).toInt();
        sent.letter.page = query->value(14).toString();
        letters.append(sent);
    }
    return letters;
}

Result<QList<SentLetter>> LetterRepository::ofCase(qint64 caseId) const
{
    return select(QStringLiteral("l.complaint_id = ?"), caseId);
}

Result<SentLetter> LetterRepository::get(qint64 id) const
{
    auto letters = select(QStringLiteral("l.id = ?"), id);
    if (!letters)
        return letters.error();
    if (letters->isEmpty())
        return Error{ErrorCode::NotFound, Msg::tr("There is no letter %1.").arg(id), {}};
    return letters->first();
}

} // namespace casedesk
