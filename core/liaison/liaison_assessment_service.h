#pragma once

#include "liaison/liaison_assessment.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The model liaison points' assessment (示范联络点评选): what the assessment page and
// `casedesk-cli points sheet|score|ranking|model` call.
//
// Sheets are kept per year: a year's sheet is its own categories and criteria (copied from an
// earlier year to start), and a point's scores name the criteria of that year's sheet, so editing
// one year's sheet never changes another year's scores or ranking.
//
// Reading (sheets, assessments, the ranking) needs Permission::ViewCases; editing a sheet,
// scoring and marking model points need Permission::ManageDirectories (supervisors). Each change
// is one transaction noted in the desk log; a model point's title is set through
// LiaisonPointService, which notes it like any change to the directory.
class LiaisonAssessmentService {
public:
    explicit LiaisonAssessmentService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxName = 200;
    static constexpr int kMaxNote = 500;
    static constexpr int kMaxNotes = 2000;
    static constexpr int kMaxCriterionPoints = 100;
    static constexpr int kMaxSheetPoints = 1000;
    static constexpr int kMaxCriteria = 200;

    // The year's sheet; version 0 and empty when the year has none yet.
    Result<AssessmentSheet> sheet(int year, const QString &actor) const;
    // The years with a sheet, newest first.
    Result<QList<int>> sheetYears(const QString &actor) const;

    // Starts `year`'s sheet as a copy of `fromYear`'s, or, without one, of the latest earlier
    // year's sheet, or of the default sheet (defaultAssessmentSheet) when there is none. Refused
    // when `year` has a sheet already (edit it with saveSheet instead).
    Result<AssessmentSheet> copySheet(int year, std::optional<int> fromYear, const QString &actor,
                                      const QDateTime &now = QDateTime::currentDateTime());
    // Saves the year's whole sheet: `sheet.version` is the version read (0 for a year without
    // one; ErrorCode::Conflict when another desk saved in between). Categories and criteria keep
    // their id when given one (a rename), else are matched by name; those left out are removed.
    // Refused when it would remove a criterion points were given on, or lower a maximum below
    // points given: rescore those points first.
    Result<AssessmentSheet> saveSheet(AssessmentSheet sheet, const QString &actor,
                                      const QDateTime &now = QDateTime::currentDateTime());

    // The point's assessment of the year (version 0 and no scores when not scored yet).
    Result<PointAssessment> assessment(qint64 pointId, int year, const QString &actor) const;
    // Scores a point for a year against that year's sheet: each criterion at most once, from 0
    // to its maximum; criteria left out score 0. `assessment.version` is the version read (0 for
    // a first scoring); ErrorCode::Conflict when another desk saved in between.
    Result<PointAssessment> score(PointAssessment assessment, const QString &actor,
                                  const QDateTime &now = QDateTime::currentDateTime());

    // The year's scored points, best first. The rule: the higher total ranks higher; equal
    // totals are decided by the categories' points in the sheet's order (the first category
    // that differs); points equal even there share a rank and are listed by name.
    Result<QList<AssessmentRank>> ranking(int year, const QString &actor) const;

    // Gives a point scored for `year` the model-point title of that year (defaultModelTitle()
    // when `title` is empty), replacing any title it held. A closed point is refused.
    Result<LiaisonPoint> markModel(qint64 pointId, int year, const QString &title, const QString &actor,
                                   const QDateTime &now = QDateTime::currentDateTime());
    // Takes the title away again; refused when the point holds no title of `year`.
    Result<LiaisonPoint> unmarkModel(qint64 pointId, int year, const QString &actor,
                                     const QDateTime &now = QDateTime::currentDateTime());

    // The checks of saveSheet() that need no database: a year from 2000 to next year, at least
    // one criterion, names given, readable, unique (categories in the sheet, criteria in their
    // category), maxima from 1 to kMaxCriterionPoints, at most kMaxSheetPoints in all.
    static Status checkSheet(const AssessmentSheet &sheet, const QDate &today);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
