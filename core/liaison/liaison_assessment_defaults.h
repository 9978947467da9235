#pragma once

#include "liaison/liaison_assessment.h"

namespace casedesk {

// The sheet a council starts from when it has none of its own: 5 categories and 21 criteria,
// 100 points in all, after the five unified requirements (五个统一) and the duties the city's
// regulations give the points. Not saved (version 0, no ids): copy it into a year and edit it.
AssessmentSheet defaultAssessmentSheet(int year);

// The title a model point gets when the council gives none: the title's own Chinese name, as the
// city confers it, whatever the desk's language.
QString defaultModelTitle();

} // namespace casedesk
