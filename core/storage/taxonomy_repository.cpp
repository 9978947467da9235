#include "storage/taxonomy_repository.h"

#include "storage/sql_helpers.h"
#include "text/text_checks.h"

#include <QCoreApplication>
#include <QLocale>

namespace casedesk {
namespace {

QString kindCode(Category::Kind kind)
{
    switch (kind) {
    case Category::Kind::Goods: return QStringLiteral("goods");
    case Category::Kind::Services: return QStringLiteral("services");
    case Category::Kind::Other: break;
    }
    return QStringLiteral("other");
}

Category::Kind kindFromCode(const QString &code)
{
    if (code == QLatin1String("goods"))
        return Category::Kind::Goods;
    if (code == QLatin1String("services"))
        return Category::Kind::Services;
    return Category::Kind::Other;
}

Status checkName(const QString &name)
{
    QString problem;
    if (name.trimmed().isEmpty())
        problem = QCoreApplication::translate("Storage", "A category needs a name.");
    else if (name.size() > 40)
        problem = QCoreApplication::translate("Storage", "A category name has at most 40 characters.");
    else
        problem = textProblem(name);
    if (problem.isEmpty())
        return {};
    return Error{ErrorCode::InvalidInput, problem, {{QStringLiteral("name"), problem}}};
}

} // namespace

QString categoryLabel(const QString &name, const QString &nameEn)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return chinese || nameEn.isEmpty() ? name : nameEn;
}

Result<QList<Category>> TaxonomyRepository::categories(bool includeInactive) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT id, kind, name, name_en, sort_order, active "
                                               "FROM categories %1 ORDER BY sort_order, id")
                                    .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!query)
        return query.error();
    QList<Category> result;
    while (query->next()) {
        result.append({query->value(0).toLongLong(), kindFromCode(query->value(1).toString()),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toInt(),
                       query->value(5).toBool()});
    }
    return result;
}

Result<Category> TaxonomyRepository::add(Category::Kind kind, const QString &name, const QString &nameEn)
{
    if (auto valid = checkName(name); !valid)
        return valid.error();
    auto exists = queryScalar(m_db, QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name});
    if (!exists)
        return exists.error();
    if (!exists->isNull()) {
        const QString message =
            QCoreApplication::translate("Storage", "There is already a category named \"%1\".").arg(name);
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("name"), message}}};
    }
    auto inserted = insertReturningId(m_db,
                             QStringLiteral("INSERT INTO categories(kind, name, name_en, sort_order) "
                                            "VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 "
                                            "FROM categories))"),
                             {kindCode(kind), name.trimmed(), nameEn.trimmed()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    auto all = categories(true);
    if (!all)
        return all.error();
    for (const Category &category : all.value()) {
        if (category.id == id)
            return category;
    }
    return Error{ErrorCode::NotFound, QCoreApplication::translate("Storage", "The category was not found."), {}};
}

Status TaxonomyRepository::rename(qint64 id, const QString &name, const QString &nameEn)
{
    if (auto valid = checkName(name); !valid)
        return valid;
    auto done = runQuery(m_db, QStringLiteral("UPDATE categories SET name = ?, name_en = ? WHERE id = ?"),
                         {name.trimmed(), nameEn.trimmed(), id});
    if (!done)
        return done.error();
    return {};
}

Status TaxonomyRepository::setActive(qint64 id, bool active)
{
    auto done = runQuery(m_db, QStringLiteral("UPDATE categories SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
    if (!done)
        return done.error();
    return {};
}

} // namespace casedesk
