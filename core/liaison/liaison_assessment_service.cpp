// LiaisonAssessmentService: points scored for a year, the year's ranking and the model points.
// The sheets are in liaison_assessment_sheets.cpp.

#include "liaison/liaison_assessment_service.h"

#include "auth/permissions.h"
#include "liaison/liaison_assessment_defaults.h"
#include "liaison/liaison_point_service.h"
#include "mediation/mediation_checks.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_assessment_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

Status checkScoredYear(int year, const QDate &today)
{
    if (year < 2000 || year > today.year())
        return mediation::invalid(QStringLiteral("year"), Msg::tr("Give the year scored, from 2000 to %1.").arg(today.year()));
    return {};
}

// The scores against the year's sheet: known criteria, each once, from 0 to its maximum.
Status checkScores(const PointAssessment &a, const AssessmentSheet &sheet)
{
    QSet<qint64> seen;
    for (const CriterionScore &score : a.scores) {
        const AssessmentCriterion *criterion = sheet.criterion(score.criterionId);
        if (!criterion)
            return mediation::invalid(QStringLiteral("scores"), Msg::tr("Criterion #%1 is not on the %2 scoring sheet.")
                                                                    .arg(score.criterionId)
                                                                    .arg(a.year));
        if (seen.contains(score.criterionId))
            return mediation::invalid(QStringLiteral("scores"),
                                      Msg::tr("\"%1\" is scored twice.").arg(criterion->name));
        seen.insert(score.criterionId);
        if (score.points < 0 || score.points > criterion->maxPoints)
            return mediation::invalid(QStringLiteral("scores"), Msg::tr("\"%1\": give from 0 to %2 points (not %3).")
                                                                    .arg(criterion->name)
                                                                    .arg(criterion->maxPoints)
                                                                    .arg(score.points));
        if (auto s = mediation::checkText(QStringLiteral("scores"), Msg::tr("The note on \"%1\"").arg(criterion->name),
                                          score.note, LiaisonAssessmentService::kMaxNote, false);
            !s)
            return s;
    }
    return mediation::checkText(QStringLiteral("notes"), Msg::tr("The notes"), a.notes,
                                LiaisonAssessmentService::kMaxNotes, false);
}

// The ranking's order: total, then the categories in the sheet's order.
bool ranksAbove(const AssessmentRank &a, const AssessmentRank &b)
{
    if (a.total != b.total)
        return a.total > b.total;
    return a.categoryPoints > b.categoryPoints;
}

} // namespace

Result<PointAssessment> LiaisonAssessmentService::assessment(qint64 pointId, int year, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LiaisonAssessmentRepository(m_db).assessment(pointId, year);
}

Result<PointAssessment> LiaisonAssessmentService::score(PointAssessment a, const QString &actor, const QDateTime &now)
{
    a.notes = a.notes.trimmed();
    for (CriterionScore &score : a.scores)
        score.note = score.note.trimmed();
    if (auto checked = checkScoredYear(a.year, now.date()); !checked)
        return checked.error();
    return inRetriedTransaction(m_db, [&]() -> Result<PointAssessment> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        auto point = LiaisonPointRepository(m_db).get(a.pointId, LiaisonPointRepository::Contacts::Left);
        if (!point)
            return point.error();
        LiaisonAssessmentRepository assessments(m_db);
        auto sheet = assessments.sheet(a.year);
        if (!sheet)
            return sheet.error();
        if (sheet->version == 0)
            return mediation::invalid(QStringLiteral("year"),
                                      Msg::tr("%1 has no scoring sheet yet: copy last year's (or "
                                              "the default one) first.")
                                          .arg(a.year));
        if (auto checked = checkScores(a, sheet.value()); !checked)
            return checked.error();
        a.scoredBy = user->name;
        a.scoredAt = now;
        auto saved = a.version == 0 ? assessments.insertAssessment(a) : assessments.updateAssessment(a);
        if (!saved)
            return saved.error();
        if (!saved.value())
            return Error{
                ErrorCode::Conflict,
                Msg::tr("Someone else scored %1 for %2 a moment ago; read the scores again and make your change "
                        "once more.")
                    .arg(point->name)
                    .arg(a.year),
                {}};
        if (auto written = assessments.replaceScores(a.pointId, a.year, a.scores); !written)
            return written.error();
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("liaison_point_scored"),
                 QStringLiteral("%1 #%2").arg(point->name).arg(point->id),
                 QStringLiteral("%1: %2 of %3 points").arg(a.year).arg(a.total()).arg(sheet->maxPoints())});
            !logged)
            return logged.error();
        auto stored = assessments.assessment(a.pointId, a.year);
        if (!stored)
            return stored.error();
        return stored;
    });
}

Result<QList<AssessmentRank>> LiaisonAssessmentService::ranking(int year, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    LiaisonAssessmentRepository assessments(m_db);
    auto sheet = assessments.sheet(year);
    if (!sheet)
        return sheet.error();
    auto rows = assessments.candidates(year);
    if (!rows)
        return rows.error();
    auto points = assessments.pointsByCriterion(year);
    if (!points)
        return points.error();
    QList<AssessmentRank> ranking = rows.value();
    for (AssessmentRank &r : ranking) {
        const QHash<qint64, int> given = points->value(r.pointId);
        for (const AssessmentCategory &category : sheet->categories) {
            int sum = 0;
            for (const AssessmentCriterion &criterion : category.criteria)
                sum += given.value(criterion.id);
            r.categoryPoints.append(sum);
        }
    }
    // Listed by name already: a stable sort keeps points that share a rank in that order.
    std::stable_sort(ranking.begin(), ranking.end(), ranksAbove);
    for (int i = 0; i < ranking.size(); ++i)
        ranking[i].rank = i > 0 && !ranksAbove(ranking[i - 1], ranking[i]) ? ranking[i - 1].rank : i + 1;
    return ranking;
}

Result<LiaisonPoint> LiaisonAssessmentService::markModel(qint64 pointId, int year, const QString &title,
                                                         const QString &actor, const QDateTime &now)
{
    if (auto user = authorize(m_db, actor, Permission::ManageDirectories); !user)
        return user.error();
    if (auto checked = checkScoredYear(year, now.date()); !checked)
        return checked.error();
    LiaisonPointService points(m_db);
    auto point = points.get(pointId, actor);
    if (!point)
        return point.error();
    if (point->status == LiaisonPointStatus::Closed)
        return mediation::invalid(QStringLiteral("point"), Msg::tr("%1 is closed and cannot be a model point.").arg(point->name));
    auto scored = LiaisonAssessmentRepository(m_db).assessment(pointId, year);
    if (!scored)
        return scored.error();
    if (scored->version == 0)
        return mediation::invalid(QStringLiteral("year"), Msg::tr("%1 was not scored for %2: a model point is chosen "
                                                                  "from the year's scored points.")
                                                              .arg(point->name)
                                                              .arg(year));
    point->modelTitle = title.trimmed().isEmpty() ? defaultModelTitle() : title.trimmed();
    point->modelYear = year;
    // The directory's own change (its checks, its version, its note in the desk log).
    return points.edit(point.value(), actor, now);
}

Result<LiaisonPoint> LiaisonAssessmentService::unmarkModel(qint64 pointId, int year, const QString &actor,
                                                           const QDateTime &now)
{
    if (auto user = authorize(m_db, actor, Permission::ManageDirectories); !user)
        return user.error();
    LiaisonPointService points(m_db);
    auto point = points.get(pointId, actor);
    if (!point)
        return point.error();
    if (point->modelTitle.isEmpty() || point->modelYear != year)
        return mediation::invalid(QStringLiteral("year"),
                                  Msg::tr("%1 holds no model-point title of %2.").arg(point->name).arg(year));
    point->modelTitle.clear();
    point->modelYear = 0;
    return points.edit(point.value(), actor, now);
}

} // namespace casedesk
