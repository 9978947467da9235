#include "storage/liaison_assessment_repository.h"

#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

namespace casedesk {
namespace {

Status done(const Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    return {};
}

// A name no real one has (control characters are refused in names): see parkNames().
QString parked(qint64 id) { return QStringLiteral("\x01parked-%1").arg(id); }

} // namespace

Result<AssessmentSheet> LiaisonAssessmentRepository::sheet(int year) const
{
    AssessmentSheet sheet;
    sheet.year = year;
    auto head = runQuery(m_db, QStringLiteral("SELECT version, updated_by, updated_at FROM liaison_assessment_sheets "
                                              "WHERE year = ?"),
                         {year});
    if (!head)
        return head.error();
    if (!head->next())
        return sheet;
    sheet.version = head->value(0).toInt();
    sheet.updatedBy = head->value(1).toString();
    sheet.updatedAt = dateTimeFromStored(head->value(2));
    auto rows = runQuery(m_db,
                         QStringLiteral("SELECT g.id, g.name, c.id, c.name, c.max_points FROM liaison_assessment_categories g "
                                        "LEFT JOIN liaison_assessment_criteria c ON c.category_id = g.id "
                                        "WHERE g.year = ? ORDER BY g.position, g.id, c.position, c.id"),
                         {year});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qint64 categoryId = rows->value(0).toLongLong();
        if (sheet.categories.isEmpty() || sheet.categories.last().id != categoryId)
            sheet.categories.append({categoryId, rows->value(1).toString(), {}});
        if (!rows->value(2).isNull())
            sheet.categories.last().criteria.append(
                {rows->value(2).toLongLong(), rows->value(3).toString(), rows->value(4).toInt()});
    }
    return sheet;
}

Result<QList<int>> LiaisonAssessmentRepository::years() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT year FROM liaison_assessment_sheets ORDER BY year DESC"));
    if (!q)
        return q.error();
    QList<int> years;
    while (q->next())
        years.append(q->value(0).toInt());
    return years;
}

Result<bool> LiaisonAssessmentRepository::saveSheetRow(int year, int version, const QString &by, const QDateTime &at)
{
    auto q = version == 0
                 ? runQuery(m_db,
                            QStringLiteral("INSERT INTO liaison_assessment_sheets(year, version, updated_by, updated_at) "
                                           "VALUES (?, 1, ?, ?) ON CONFLICT (year) DO NOTHING"),
                            {year, by, storedDateTime(at)})
                 : runQuery(m_db,
                            QStringLiteral("UPDATE liaison_assessment_sheets SET version = version + 1, updated_by = ?, "
                                           "updated_at = ? WHERE year = ? AND version = ?"),
                            {by, storedDateTime(at), year, version});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<qint64> LiaisonAssessmentRepository::insertCategory(int year, int position, const QString &name)
{
    return insertReturningId(m_db,
                             QStringLiteral("INSERT INTO liaison_assessment_categories(year, position, name) "
                                            "VALUES (?, ?, ?)"),
                             {year, position, name});
}

Status LiaisonAssessmentRepository::updateCategory(qint64 id, int position, const QString &name)
{
    return done(runQuery(m_db, QStringLiteral("UPDATE liaison_assessment_categories SET position = ?, name = ? WHERE id = ?"),
                         {position, name, id}));
}

Status LiaisonAssessmentRepository::deleteCategory(qint64 id)
{
    return done(runQuery(m_db, QStringLiteral("DELETE FROM liaison_assessment_categories WHERE id = ?"), {id}));
}

Result<qint64> LiaisonAssessmentRepository::insertCriterion(qint64 categoryId, int position, const AssessmentCriterion &c)
{
    return insertReturningId(m_db,
                             QStringLiteral("INSERT INTO liaison_assessment_criteria(category_id, position, name, "
                                            "max_points) VALUES (?, ?, ?, ?)"),
                             {categoryId, position, c.name, c.maxPoints});
}

Status LiaisonAssessmentRepository::updateCriterion(qint64 id, qint64 categoryId, int position,
                                                    const AssessmentCriterion &c)
{
    return done(runQuery(m_db,
                         QStringLiteral("UPDATE liaison_assessment_criteria SET category_id = ?, position = ?, name = ?, "
                                        "max_points = ? WHERE id = ?"),
                         {categoryId, position, c.name, c.maxPoints, id}));
}

Status LiaisonAssessmentRepository::deleteCriterion(qint64 id)
{
    // Scores of 0 points may still name it (the service refuses to remove a criterion with
    // points given).
    if (auto s = done(runQuery(m_db, QStringLiteral("DELETE FROM liaison_assessment_scores WHERE criterion_id = ?"), {id}));
        !s)
        return s;
    return done(runQuery(m_db, QStringLiteral("DELETE FROM liaison_assessment_criteria WHERE id = ?"), {id}));
}

Status LiaisonAssessmentRepository::parkNames(const QList<qint64> &categoryIds, const QList<qint64> &criterionIds)
{
    for (qint64 id : categoryIds) {
        if (auto s = done(runQuery(m_db, QStringLiteral("UPDATE liaison_assessment_categories SET name = ? WHERE id = ?"),
                                   {parked(id), id}));
            !s)
            return s;
    }
    for (qint64 id : criterionIds) {
        if (auto s = done(runQuery(m_db, QStringLiteral("UPDATE liaison_assessment_criteria SET name = ? WHERE id = ?"),
                                   {parked(id), id}));
            !s)
            return s;
    }
    return {};
}

Result<QHash<qint64, LiaisonAssessmentRepository::Scored>> LiaisonAssessmentRepository::scoredCriteria(int year) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT s.criterion_id, count(*), max(s.points) FROM liaison_assessment_scores s "
                                     "JOIN liaison_assessments a ON a.id = s.assessment_id "
                                     "WHERE a.year = ? AND s.points > 0 GROUP BY s.criterion_id"),
                      {year});
    if (!q)
        return q.error();
    QHash<qint64, Scored> scored;
    while (q->next())
        scored.insert(q->value(0).toLongLong(), {q->value(1).toInt(), q->value(2).toInt()});
    return scored;
}

Result<PointAssessment> LiaisonAssessmentRepository::assessment(qint64 pointId, int year) const
{
    PointAssessment a;
    a.pointId = pointId;
    a.year = year;
    auto head = runQuery(m_db,
                         QStringLiteral("SELECT id, notes, version, scored_by, scored_at FROM liaison_assessments "
                                        "WHERE point_id = ? AND year = ?"),
                         {pointId, year});
    if (!head)
        return head.error();
    if (!head->next())
        return a;
    const qint64 id = head->value(0).toLongLong();
    a.notes = head->value(1).toString();
    a.version = head->value(2).toInt();
    a.scoredBy = head->value(3).toString();
    a.scoredAt = dateTimeFromStored(head->value(4));
    auto scores = runQuery(m_db,
                           QStringLiteral("SELECT s.criterion_id, s.points, s.note FROM liaison_assessment_scores s "
                                          "JOIN liaison_assessment_criteria c ON c.id = s.criterion_id "
                                          "JOIN liaison_assessment_categories g ON g.id = c.category_id "
                                          "WHERE s.assessment_id = ? ORDER BY g.position, c.position, c.id"),
                           {id});
    if (!scores)
        return scores.error();
    while (scores->next())
        a.scores.append({scores->value(0).toLongLong(), scores->value(1).toInt(), scores->value(2).toString()});
    return a;
}

Result<bool> LiaisonAssessmentRepository::insertAssessment(const PointAssessment &a)
{
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO liaison_assessments(point_id, year, notes, version, scored_by, scored_at) "
                                     "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (point_id, year) DO NOTHING"),
                      {a.pointId, a.year, bindable(a.notes), a.scoredBy, storedDateTime(a.scoredAt)});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> LiaisonAssessmentRepository::updateAssessment(const PointAssessment &a)
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE liaison_assessments SET notes = ?, scored_by = ?, scored_at = ?, "
                                     "version = version + 1 WHERE point_id = ? AND year = ? AND version = ?"),
                      {bindable(a.notes), a.scoredBy, storedDateTime(a.scoredAt), a.pointId, a.year, a.version});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status LiaisonAssessmentRepository::replaceScores(qint64 pointId, int year, const QList<CriterionScore> &scores)
{
    auto id = queryScalar(m_db, QStringLiteral("SELECT id FROM liaison_assessments WHERE point_id = ? AND year = ?"),
                          {pointId, year});
    if (!id)
        return id.error();
    if (auto s = done(runQuery(m_db, QStringLiteral("DELETE FROM liaison_assessment_scores WHERE assessment_id = ?"),
                               {id.value()}));
        !s)
        return s;
    for (const CriterionScore &score : scores) {
        if (score.points == 0 && score.note.isEmpty())
            continue;
        if (auto s = done(runQuery(m_db,
                                   QStringLiteral("INSERT INTO liaison_assessment_scores(assessment_id, criterion_id, "
                                                  "points, note) VALUES (?, ?, ?, ?)"),
                                   {id.value(), score.criterionId, score.points, bindable(score.note)}));
            !s)
            return s;
    }
    return {};
}

Result<QList<AssessmentRank>> LiaisonAssessmentRepository::candidates(int year) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT p.id, p.name, p.kind, p.street, p.model_title, p.model_year, a.scored_by, "
                                     "a.scored_at, (SELECT COALESCE(sum(s.points), 0) FROM liaison_assessment_scores s "
                                     "WHERE s.assessment_id = a.id) FROM liaison_assessments a "
                                     "JOIN liaison_points p ON p.id = a.point_id WHERE a.year = ? ORDER BY p.name, p.id"),
                      {year});
    if (!q)
        return q.error();
    QList<AssessmentRank> rows;
    while (q->next()) {
        AssessmentRank r;
        r.pointId = q->value(0).toLongLong();
        r.pointName = q->value(1).toString();
        r.type = liaisonPointTypeFromCode(q->value(2).toString()).value_or(LiaisonPointType::Other);
        r.street = q->value(3).toString();
        r.model = !q->value(4).toString().isEmpty() && q->value(5).toInt() == year;
        r.modelTitle = r.model ? q->value(4).toString() : QString();
        r.scoredBy = q->value(6).toString();
        r.scoredAt = dateTimeFromStored(q->value(7));
        r.total = q->value(8).toInt();
        rows.append(r);
    }
    return rows;
}

Result<QHash<qint64, QHash<qint64, int>>> LiaisonAssessmentRepository::pointsByCriterion(int year) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT a.point_id, s.criterion_id, s.points FROM liaison_assessment_scores s "
                                     "JOIN liaison_assessments a ON a.id = s.assessment_id WHERE a.year = ?"),
                      {year});
    if (!q)
        return q.error();
    QHash<qint64, QHash<qint64, int>> points;
    while (q->next())
        points[q->value(0).toLongLong()].insert(q->value(1).toLongLong(), q->value(2).toInt());
    return points;
}

} // namespace casedesk
