#include "storage/schema_steps.h"

namespace casedesk {

// Version 26, the model liaison points' assessment (示范联络点评选, issue 19 item 4):
// - liaison_assessment_sheets: one scoring sheet per year, with a version; a year's sheet is its
//   own rows (copied to start the next year), so editing one year never changes another's;
// - liaison_assessment_categories / _criteria: the sheet's categories and the criteria under
//   them with their maximum points, in order;
// - liaison_assessments: a point scored for a year (overall notes, who, when, version);
//   liaison_assessment_scores: its points per criterion of that year's sheet, with a note.
QStringList schemaVersion26()
{
    return {
        QStringLiteral("CREATE TABLE liaison_assessment_sheets ("
                       " year INTEGER PRIMARY KEY,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_by TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE liaison_assessment_categories ("
                       " id INTEGER PRIMARY KEY,"
                       " year INTEGER NOT NULL REFERENCES liaison_assessment_sheets(year),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " UNIQUE (year, name))"),
        QStringLiteral("CREATE TABLE liaison_assessment_criteria ("
                       " id INTEGER PRIMARY KEY,"
                       " category_id INTEGER NOT NULL REFERENCES liaison_assessment_categories(id),"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " max_points INTEGER NOT NULL CHECK (max_points > 0),"
                       " UNIQUE (category_id, name))"),
        QStringLiteral("CREATE TABLE liaison_assessments ("
                       " id INTEGER PRIMARY KEY,"
                       " point_id INTEGER NOT NULL REFERENCES liaison_points(id),"
                       " year INTEGER NOT NULL REFERENCES liaison_assessment_sheets(year),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " scored_by TEXT NOT NULL,"
                       " scored_at TEXT NOT NULL,"
                       " UNIQUE (point_id, year))"),
        QStringLiteral("CREATE INDEX liaison_assessments_year ON liaison_assessments(year)"),
        QStringLiteral("CREATE TABLE liaison_assessment_scores ("
                       " assessment_id INTEGER NOT NULL REFERENCES liaison_assessments(id),"
                       " criterion_id INTEGER NOT NULL REFERENCES liaison_assessment_criteria(id),"
                       " points INTEGER NOT NULL CHECK (points >= 0),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (assessment_id, criterion_id))"),
        QStringLiteral("CREATE INDEX liaison_assessment_scores_criterion ON liaison_assessment_scores(criterion_id)"),
    };
}

} // namespace casedesk
