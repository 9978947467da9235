#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

#include <optional>

// What the case subcommands share: which case is meant (who acts: cli_sign_in.h).

namespace casedesk::cli {

// ID: the case number, or the internal id when all digits.
Result<Complaint> findCase(const QSqlDatabase &db, const QString &id);

// The one positional argument, if there is exactly one.
std::optional<QString> singleId(const QCommandLineParser &parser);

} // namespace casedesk::cli
