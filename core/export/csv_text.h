#pragma once

#include <QString>
#include <QStringList>

// CSV as the desk writes it for spreadsheet programs (RFC 4180).

namespace casedesk {

// One field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break.
QString csvField(const QString &text);

// A text that a spreadsheet would run as a formula (first character =, +, - or @) kept as text
// with a leading apostrophe; a negative number ("-12") stays a number.
QString csvSafeText(const QString &text);

// The fields as one line, comma-separated, ending in CRLF.
QString csvLine(const QStringList &fields);

} // namespace casedesk
