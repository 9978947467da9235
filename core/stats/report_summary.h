#pragma once

#include <QString>
#include <QStringList>

// The written summary on a report's first page: a few sentences generated from the report's
// own figures (volume and its changes, the largest categories and theirs, both resolution
// rates, satisfaction, early-warning alerts), so a director reads the month before the tables.
// The supervisor may edit it before the report is saved; what is generated states exactly the
// figures the tables show (the same formatting functions make both).

namespace casedesk {

struct ReportContent;

// The report's top categories named in the summary.
constexpr int kSummaryTopCategories = 3;

// One paragraph per subject, in the UI's language.
QStringList generatedSummary(const ReportContent &content);

// Paragraphs as the supervisor edits them (a blank line between two) and back.
QString summaryToText(const QStringList &paragraphs);
QStringList summaryFromText(const QString &text);

} // namespace casedesk
