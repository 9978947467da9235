#pragma once

#include "liaison/liaison_assessment.h"
#include "result.h"

#include <QJsonObject>

// The assessment's JSON for `casedesk-cli points sheet|score|ranking`: what `sheet show` prints
// `sheet set` reads back.

namespace casedesk::cli {

// {"year", "version", "maxPoints", "categories": [{"id", "name", "criteria": [{"id", "name", "maxPoints"}]}]}
QJsonObject sheetToJson(const AssessmentSheet &sheet);
// The same keys ("maxPoints" of the sheet and of a category are ignored; ids optional: a
// criterion without one is new or matched by name). Any key not known is a usage error.
Result<AssessmentSheet> sheetFromJson(const QJsonObject &json, int year);

// {"scores": [{"criterion": ID or "name", "points", "note"}], "notes", "version"} over `base` (the
// stored assessment): a criterion named must be on `sheet`, by id or by a name found once.
Result<PointAssessment> assessmentFromJson(const QJsonObject &json, const AssessmentSheet &sheet,
                                           PointAssessment base);

QJsonObject rankToJson(const AssessmentRank &rank);

} // namespace casedesk::cli
