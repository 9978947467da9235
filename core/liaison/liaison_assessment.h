#pragma once

#include "liaison/liaison_point.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The model liaison points' assessment (示范联络点评选): a scoring sheet per year (categories,
// criteria, maximum points), points scored against it, and the year's ranking. See
// liaison_assessment_service.h for the rules.

namespace casedesk {

struct AssessmentCriterion {
    qint64 id = 0; // 0 for a criterion not saved yet
    QString name;
    int maxPoints = 0; // whole points
};

struct AssessmentCategory {
    qint64 id = 0;
    QString name;
    QList<AssessmentCriterion> criteria;

    int maxPoints() const;
};

// One year's sheet. A year never given a sheet has version 0 and no categories.
struct AssessmentSheet {
    int year = 0;
    QList<AssessmentCategory> categories;
    int version = 0; // the version read; a save with an older one is refused
    QString updatedBy;
    QDateTime updatedAt;

    int maxPoints() const;
    int criterionCount() const;
    // The criterion with this id, or nullptr.
    const AssessmentCriterion *criterion(qint64 id) const;
};

// A criterion's points in a point's assessment.
struct CriterionScore {
    qint64 criterionId = 0;
    int points = 0;
    QString note;
};

// A point scored for a year. A point never scored that year has version 0 and no scores.
struct PointAssessment {
    qint64 pointId = 0;
    int year = 0;
    QList<CriterionScore> scores; // criteria not listed scored 0
    QString notes;
    int version = 0;
    QString scoredBy;
    QDateTime scoredAt;

    int total() const;
};

// A line of a year's ranking.
struct AssessmentRank {
    int rank = 0; // 1 for the first; equal ranks only when even the tie-break is equal
    qint64 pointId = 0;
    QString pointName;
    LiaisonPointType type = LiaisonPointType::Other;
    QString street;
    int total = 0;
    QList<int> categoryPoints; // per category of the year's sheet, in its order
    bool model = false;        // holds the model-point title of this year
    QString modelTitle;
    QString scoredBy;
    QDateTime scoredAt;
};

} // namespace casedesk
