#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// One entry of the editable complaint taxonomy (商品 / 服务 categories).
struct Category {
    enum class Kind { Goods, Services, Other };

    qint64 id = 0;
    Kind kind = Kind::Other;
    QString name;   // the Chinese label councils publish
    QString nameEn; // shown in the English UI when present
    int sortOrder = 0;
    bool active = true;
};

// The label for the current UI language (QLocale's default).
QString categoryLabel(const QString &name, const QString &nameEn);
inline QString categoryLabel(const Category &category) { return categoryLabel(category.name, category.nameEn); }

class TaxonomyRepository {
public:
    explicit TaxonomyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Category>> categories(bool includeInactive = false) const;
    Result<Category> add(Category::Kind kind, const QString &name, const QString &nameEn);
    Status rename(qint64 id, const QString &name, const QString &nameEn);
    // Retired categories stay on old cases but are not offered for new ones.
    Status setActive(qint64 id, bool active);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
