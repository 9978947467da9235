#pragma once

#include "liaison/liaison_assessment.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The model points' assessment (tables liaison_assessment_*, liaison_assessments, schema step
// 26). SQL only: the rules are LiaisonAssessmentService's. The writes run inside the caller's
// transaction.
class LiaisonAssessmentRepository {
public:
    explicit LiaisonAssessmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The year's sheet with its categories and criteria in order; version 0 when it has none.
    Result<AssessmentSheet> sheet(int year) const;
    // The years that have a sheet, newest first.
    Result<QList<int>> years() const;

    // The sheet's own row: inserted (version 1) when `version` is 0, false if the year has one
    // already; else moved on by one if still at `version`, false when another desk saved first.
    Result<bool> saveSheetRow(int year, int version, const QString &by, const QDateTime &at);
    Result<qint64> insertCategory(int year, int position, const QString &name);
    Status updateCategory(qint64 id, int position, const QString &name);
    Status deleteCategory(qint64 id);
    Result<qint64> insertCriterion(qint64 categoryId, int position, const AssessmentCriterion &criterion);
    Status updateCriterion(qint64 id, qint64 categoryId, int position, const AssessmentCriterion &criterion);
    Status deleteCriterion(qint64 id);
    // Gives kept rows names no real one has, so a save that swaps two names meets no UNIQUE
    // constraint half-way (the final names are written right after).
    Status parkNames(const QList<qint64> &categoryIds, const QList<qint64> &criterionIds);

    // What the points scored on each criterion of the year: criterion id → (assessments that
    // scored it above 0, the highest points given).
    struct Scored {
        int assessments = 0;
        int highest = 0;
    };
    Result<QHash<qint64, Scored>> scoredCriteria(int year) const;

    // The point's assessment of the year; version 0 and no scores when there is none.
    Result<PointAssessment> assessment(qint64 pointId, int year) const;
    // insert(): version 1, false when the point has an assessment of the year already.
    Result<bool> insertAssessment(const PointAssessment &assessment);
    // Saves if the stored version is still `assessment.version`; false otherwise.
    Result<bool> updateAssessment(const PointAssessment &assessment);
    // The assessment's scores replaced by `scores` (the rows of 0 points with no note left out).
    Status replaceScores(qint64 pointId, int year, const QList<CriterionScore> &scores);

    // The year's scored points with their totals, points' names, types, streets and model
    // titles (rank and categoryPoints left for the service), and every score: point id →
    // criterion id → points.
    Result<QList<AssessmentRank>> candidates(int year) const;
    Result<QHash<qint64, QHash<qint64, int>>> pointsByCriterion(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
