#pragma once

#include "letters/letter_wording.h"
#include "result.h"
#include "storage/letter_template_repository.h"

#include <QSqlDatabase>

namespace casedesk {

// A council's own wording of its letters (Settings > Letters, `casedesk-cli letter template`).
// Saving makes a new version (a letter already sent keeps the text it went out with); reading
// gives the newest, or the built-in wording when the council saved none. Saving needs
// Permission::ManageDirectories (supervisors and administrators) and is noted in the desk log.
class LetterTemplateService {
public:
    explicit LetterTemplateService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxTitleLength = 60;
    static constexpr int kMaxBodyLength = 20000;

    // The wording letters of `kind` are written with now.
    Result<LetterWording> wording(LetterKind kind) const;
    // Every saved version, newest first (the built-in wording is version 0, not listed).
    Result<QList<SavedWording>> versions(LetterKind kind) const;

    // Checks the wording (a title, a text, only the kind's placeholders, readable text) and
    // saves it as the next version; a wording equal to the one in use saves nothing.
    Result<LetterWording> save(LetterKind kind, const QString &title, const QString &body, const QString &actor,
                               const QDateTime &now = QDateTime::currentDateTime());
    // Several kinds' wordings (another desk's, `letter template import`): each checked and saved
    // as save() does, all or nothing; the wordings in use afterwards.
    Result<QList<LetterWording>> saveAll(const QList<std::pair<LetterKind, LetterWording>> &wordings,
                                         const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    // The built-in wording saved as the next version.
    Result<LetterWording> restoreBuiltIn(LetterKind kind, const QString &actor,
                                         const QDateTime &now = QDateTime::currentDateTime());

    // The same checks as save(), without saving (the editor's live preview).
    static Status check(LetterKind kind, const QString &title, const QString &body);

private:
    Result<LetterWording> saveWithin(LetterKind kind, const QString &title, const QString &body,
                                     const QString &userName, const QDateTime &now);
    QSqlDatabase m_db;
};

} // namespace casedesk
