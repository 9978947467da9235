#pragma once

#include "groups/case_group.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace casedesk {

// The roster of a group for the court: one line per member with name, masked phone, card
// number, paid, balance and claim (yuan), plus a total line. Plain data, so the CSV and the
// PDF show the same thing.
struct RosterTable {
    QString title;
    QStringList headers;
    QList<QStringList> rows; // the last row is the total
};
RosterTable rosterTable(const GroupView &view);

// UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends, fields
// quoted where they hold a comma, quote or line break (RFC 4180).
QByteArray rosterCsv(const GroupView &view);

} // namespace casedesk
