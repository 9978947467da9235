// LiaisonAssessmentService: the yearly scoring sheets (checked, copied, saved). The scores and
// the ranking are in liaison_assessment_service.cpp.

#include "liaison/liaison_assessment_service.h"

#include "auth/permissions.h"
#include "liaison/liaison_assessment_defaults.h"
#include "mediation/mediation_checks.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_assessment_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

void trim(AssessmentSheet &sheet)
{
    for (AssessmentCategory &category : sheet.categories) {
        category.name = category.name.trimmed();
        for (AssessmentCriterion &criterion : category.criteria)
            criterion.name = criterion.name.trimmed();
    }
}

QString sheetTarget(int year) { return QStringLiteral("assessment sheet %1").arg(year); }

// What a save did, for the desk log.
struct SheetChanges {
    int added = 0;
    int removed = 0;
    int changed = 0;

    QString text(const AssessmentSheet &sheet) const
    {
        return QStringLiteral("%1 categories, %2 criteria, %3 points; %4 added, %5 removed, %6 changed")
            .arg(sheet.categories.size())
            .arg(sheet.criterionCount())
            .arg(sheet.maxPoints())
            .arg(added)
            .arg(removed)
            .arg(changed);
    }
};

// Writes `sheet` over the year's stored one (see saveSheet()), inside the caller's transaction.
Result<SheetChanges> writeSheet(const QSqlDatabase &db, const AssessmentSheet &sheet, const QString &by,
                                const QDateTime &now)
{
    LiaisonAssessmentRepository sheets(db);
    auto stored = sheets.sheet(sheet.year);
    if (!stored)
        return stored.error();
    auto saved = sheets.saveSheetRow(sheet.year, sheet.version, by, now);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return Error{ErrorCode::Conflict,
                     sheet.version == 0 && stored->version > 0
                         ? Msg::tr("%1 has a scoring sheet already; read it and edit that one.").arg(sheet.year)
                         : Msg::tr("Someone else changed the %1 scoring sheet a moment ago; read it again and make "
                                   "your change once more.")
                               .arg(sheet.year),
                     {}};

    // Which stored category and criterion each one of the new sheet is (0: new).
    QHash<qint64, const AssessmentCategory *> storedCategories;
    QHash<qint64, std::pair<qint64, const AssessmentCriterion *>> storedCriteria; // id → (category id, criterion)
    for (const AssessmentCategory &category : stored->categories) {
        storedCategories.insert(category.id, &category);
        for (const AssessmentCriterion &criterion : category.criteria)
            storedCriteria.insert(criterion.id, {category.id, &criterion});
    }
    QSet<qint64> keptCategories, keptCriteria;
    QList<qint64> categoryIds;
    QList<QList<qint64>> criterionIds;
    for (const AssessmentCategory &category : sheet.categories) {
        qint64 categoryId = 0;
        if (category.id > 0) {
            if (!storedCategories.contains(category.id) || keptCategories.contains(category.id))
                return mediation::invalid(QStringLiteral("categories"),
                                          Msg::tr("Category #%1 is not on the %2 sheet.").arg(category.id).arg(sheet.year));
            categoryId = category.id;
        } else {
            for (const AssessmentCategory &old : stored->categories) {
                if (old.name == category.name && !keptCategories.contains(old.id))
                    categoryId = old.id;
            }
        }
        if (categoryId)
            keptCategories.insert(categoryId);
        categoryIds.append(categoryId);
        QList<qint64> ids;
        for (const AssessmentCriterion &criterion : category.criteria) {
            qint64 criterionId = 0;
            if (criterion.id > 0) {
                if (!storedCriteria.contains(criterion.id) || keptCriteria.contains(criterion.id))
                    return mediation::invalid(QStringLiteral("criteria"), Msg::tr("Criterion #%1 is not on the %2 sheet.")
                                                                              .arg(criterion.id)
                                                                              .arg(sheet.year));
                criterionId = criterion.id;
            } else if (categoryId) {
                for (const AssessmentCriterion &old : storedCategories.value(categoryId)->criteria) {
                    if (old.name == criterion.name && !keptCriteria.contains(old.id))
                        criterionId = old.id;
                }
            }
            if (criterionId)
                keptCriteria.insert(criterionId);
            ids.append(criterionId);
        }
        criterionIds.append(ids);
    }

    // Points given stay true: a criterion with points is not removed, a maximum not lowered below them.
    auto scored = sheets.scoredCriteria(sheet.year);
    if (!scored)
        return scored.error();
    SheetChanges changes;
    for (auto it = storedCriteria.cbegin(); it != storedCriteria.cend(); ++it) {
        if (keptCriteria.contains(it.key()))
            continue;
        if (const auto given = scored->value(it.key()); given.assessments > 0)
            return mediation::invalid(QStringLiteral("criteria"),
                                      Msg::tr("\"%1\" has points in %n assessment(s) of %2 and cannot be removed; "
                                              "rescore those points first.",
                                              nullptr, given.assessments)
                                          .arg(it->second->name)
                                          .arg(sheet.year));
        ++changes.removed;
    }
    for (int g = 0; g < sheet.categories.size(); ++g) {
        for (int c = 0; c < sheet.categories[g].criteria.size(); ++c) {
            const AssessmentCriterion &criterion = sheet.categories[g].criteria[c];
            const qint64 id = criterionIds[g][c];
            if (!id) {
                ++changes.added;
                continue;
            }
            const AssessmentCriterion *old = storedCriteria.value(id).second;
            if (old->name != criterion.name || old->maxPoints != criterion.maxPoints ||
                storedCriteria.value(id).first != categoryIds[g])
                ++changes.changed;
            if (const int highest = scored->value(id).highest; criterion.maxPoints < highest)
                return mediation::invalid(QStringLiteral("criteria"),
                                          Msg::tr("\"%1\" was given %2 points in %3; its maximum cannot go below that.")
                                              .arg(criterion.name)
                                              .arg(highest)
                                              .arg(sheet.year));
        }
    }

    // Every stored category (a removed one may hold the name a kept one takes) and every kept criterion.
    if (auto parked = sheets.parkNames(storedCategories.keys(), keptCriteria.values()); !parked)
        return parked.error();
    for (auto it = storedCriteria.cbegin(); it != storedCriteria.cend(); ++it) {
        if (!keptCriteria.contains(it.key())) {
            if (auto removed = sheets.deleteCriterion(it.key()); !removed)
                return removed.error();
        }
    }
    for (int g = 0; g < sheet.categories.size(); ++g) {
        const AssessmentCategory &category = sheet.categories[g];
        qint64 categoryId = categoryIds[g];
        if (categoryId) {
            if (auto updated = sheets.updateCategory(categoryId, g + 1, category.name); !updated)
                return updated.error();
        } else {
            auto inserted = sheets.insertCategory(sheet.year, g + 1, category.name);
            if (!inserted)
                return inserted.error();
            categoryId = inserted.value();
        }
        for (int c = 0; c < category.criteria.size(); ++c) {
            const qint64 criterionId = criterionIds[g][c];
            if (criterionId) {
                if (auto updated = sheets.updateCriterion(criterionId, categoryId, c + 1, category.criteria[c]); !updated)
                    return updated.error();
            } else if (auto inserted = sheets.insertCriterion(categoryId, c + 1, category.criteria[c]); !inserted) {
                return inserted.error();
            }
        }
    }
    for (const AssessmentCategory &old : stored->categories) {
        if (!keptCategories.contains(old.id)) {
            if (auto removed = sheets.deleteCategory(old.id); !removed)
                return removed.error();
        }
    }
    return changes;
}

} // namespace

int AssessmentCategory::maxPoints() const
{
    int sum = 0;
    for (const AssessmentCriterion &c : criteria)
        sum += c.maxPoints;
    return sum;
}

int AssessmentSheet::maxPoints() const
{
    int sum = 0;
    for (const AssessmentCategory &c : categories)
        sum += c.maxPoints();
    return sum;
}

int AssessmentSheet::criterionCount() const
{
    int count = 0;
    for (const AssessmentCategory &c : categories)
        count += int(c.criteria.size());
    return count;
}

const AssessmentCriterion *AssessmentSheet::criterion(qint64 id) const
{
    for (const AssessmentCategory &category : categories) {
        for (const AssessmentCriterion &c : category.criteria) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

int PointAssessment::total() const
{
    int sum = 0;
    for (const CriterionScore &s : scores)
        sum += s.points;
    return sum;
}

Status LiaisonAssessmentService::checkSheet(const AssessmentSheet &sheet, const QDate &today)
{
    if (sheet.year < 2000 || sheet.year > today.year() + 1)
        return mediation::invalid(QStringLiteral("year"),
                                  Msg::tr("Give the sheet's year, from 2000 to %1.").arg(today.year() + 1));
    if (sheet.criterionCount() == 0)
        return mediation::invalid(QStringLiteral("categories"), Msg::tr("A scoring sheet needs at least one criterion."));
    if (sheet.criterionCount() > kMaxCriteria)
        return mediation::invalid(QStringLiteral("categories"),
                                  Msg::tr("A scoring sheet has at most %1 criteria.").arg(kMaxCriteria));
    QSet<QString> categoryNames;
    for (const AssessmentCategory &category : sheet.categories) {
        if (auto s = mediation::checkText(QStringLiteral("categories"), Msg::tr("A category's name"), category.name,
                                          kMaxName, true);
            !s)
            return s;
        if (categoryNames.contains(category.name))
            return mediation::invalid(QStringLiteral("categories"),
                                      Msg::tr("The category \"%1\" is on the sheet twice.").arg(category.name));
        categoryNames.insert(category.name);
        QSet<QString> criterionNames;
        for (const AssessmentCriterion &criterion : category.criteria) {
            if (auto s = mediation::checkText(QStringLiteral("criteria"), Msg::tr("A criterion's name"), criterion.name,
                                              kMaxName, true);
                !s)
                return s;
            if (criterionNames.contains(criterion.name))
                return mediation::invalid(QStringLiteral("criteria"),
                                          Msg::tr("The criterion \"%1\" is in \"%2\" twice.").arg(criterion.name, category.name));
            criterionNames.insert(criterion.name);
            if (criterion.maxPoints < 1 || criterion.maxPoints > kMaxCriterionPoints)
                return mediation::invalid(QStringLiteral("maxPoints"),
                                          Msg::tr("\"%1\": give its maximum as whole points from 1 to %2.")
                                              .arg(criterion.name)
                                              .arg(kMaxCriterionPoints));
        }
    }
    if (sheet.maxPoints() > kMaxSheetPoints)
        return mediation::invalid(QStringLiteral("maxPoints"),
                                  Msg::tr("The sheet's criteria add up to %1 points; at most %2 are allowed.")
                                      .arg(sheet.maxPoints())
                                      .arg(kMaxSheetPoints));
    return {};
}

Result<AssessmentSheet> LiaisonAssessmentService::sheet(int year, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LiaisonAssessmentRepository(m_db).sheet(year);
}

Result<QList<int>> LiaisonAssessmentService::sheetYears(const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LiaisonAssessmentRepository(m_db).years();
}

Result<AssessmentSheet> LiaisonAssessmentService::saveSheet(AssessmentSheet sheet, const QString &actor,
                                                            const QDateTime &now)
{
    trim(sheet);
    if (auto checked = checkSheet(sheet, now.date()); !checked)
        return checked.error();
    return inRetriedTransaction(m_db, [&]() -> Result<AssessmentSheet> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        auto changes = writeSheet(m_db, sheet, user->name, now);
        if (!changes)
            return changes.error();
        if (auto logged = DeskEventRepository(m_db).record({0, now, user->name, QStringLiteral("liaison_sheet_saved"),
                                                            sheetTarget(sheet.year), changes->text(sheet)});
            !logged)
            return logged.error();
        auto saved = LiaisonAssessmentRepository(m_db).sheet(sheet.year);
        if (!saved)
            return saved.error();
        return saved;
    });
}

Result<AssessmentSheet> LiaisonAssessmentService::copySheet(int year, std::optional<int> fromYear, const QString &actor,
                                                            const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Result<AssessmentSheet> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        LiaisonAssessmentRepository sheets(m_db);
        AssessmentSheet source;
        QString from = QStringLiteral("default sheet");
        if (fromYear) {
            auto found = sheets.sheet(*fromYear);
            if (!found)
                return found.error();
            if (found->version == 0)
                return mediation::invalid(QStringLiteral("from"),
                                          Msg::tr("%1 has no scoring sheet to copy.").arg(*fromYear));
            source = found.value();
            from = QString::number(*fromYear);
        } else {
            auto years = sheets.years();
            if (!years)
                return years.error();
            source = defaultAssessmentSheet(year);
            for (int earlier : years.value()) { // newest first
                if (earlier < year) {
                    auto found = sheets.sheet(earlier);
                    if (!found)
                        return found.error();
                    source = found.value();
                    from = QString::number(earlier);
                    break;
                }
            }
        }
        source.year = year;
        source.version = 0;
        for (AssessmentCategory &category : source.categories) {
            category.id = 0;
            for (AssessmentCriterion &criterion : category.criteria)
                criterion.id = 0;
        }
        if (auto checked = checkSheet(source, now.date()); !checked)
            return checked.error();
        auto changes = writeSheet(m_db, source, user->name, now);
        if (!changes)
            return changes.error();
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("liaison_sheet_copied"), sheetTarget(year),
                 QStringLiteral("from %1: %2").arg(from, changes->text(source))});
            !logged)
            return logged.error();
        auto saved = sheets.sheet(year);
        if (!saved)
            return saved.error();
        return saved;
    });
}

} // namespace casedesk
