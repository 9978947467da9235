#include "storage/letter_template_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {

Result<QList<SavedWording>> LetterTemplateRepository::versions(LetterKind kind) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT version, title, body, saved_by, saved_at FROM letter_templates "
                                         "WHERE kind = ? ORDER BY version DESC"),
                          {codeOf(kind)});
    if (!query)
        return query.error();
    QList<SavedWording> saved;
    while (query->next()) {
        SavedWording one;
        one.kind = kind;
        one.wording.version = query->value(0).toInt();
        one.wording.title = query->value(1).toString();
        one.wording.body = query->value(2).toString();
        one.savedBy = query->value(3).toString();
        one.savedAt = dateTimeFromStored(query->value(4));
        saved.append(one);
    }
    return saved;
}

Result<std::optional<SavedWording>> LetterTemplateRepository::latest(LetterKind kind) const
{
    auto all = versions(kind);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<SavedWording>();
    return std::optional<SavedWording>(all->first());
}

Result<int> LetterTemplateRepository::add(LetterKind kind, const QString &title, const QString &body,
                                          const QString &savedBy, const QDateTime &savedAt)
{
    auto last = queryScalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM letter_templates WHERE kind = ?"),
                            {codeOf(kind)});
    if (!last)
        return last.error();
    const int version = last->toInt() + 1;
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO letter_templates(kind, version, title, body, saved_by, saved_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             {codeOf(kind), version, title, body, savedBy, storedDateTime(savedAt)});
    if (!inserted)
        return inserted.error();
    return version;
}

} // namespace casedesk
