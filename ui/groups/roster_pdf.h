#pragma once

#include "groups/case_group.h"
#include "result.h"

namespace casedesk {

// The roster of a group as an A4 PDF for the court (HTML laid out by QTextDocument, in
// WenQuanYi Micro Hei so Chinese copies out correctly). Needs a QGuiApplication; refuses
// with a translated message when no Chinese font is installed.
Status writeRosterPdf(const GroupView &view, const QString &council, const QString &path);

// The same document as HTML (what the PDF shows; also used by tests).
QString rosterHtml(const GroupView &view, const QString &council);

} // namespace casedesk
