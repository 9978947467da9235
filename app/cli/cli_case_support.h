#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

#include <optional>

// What the case subcommands share: who acts, and which case is meant.

namespace casedesk::cli {

// --as USER
QCommandLineOption actorOption();

// Who acts: --as, else the login name, which a desk's users are usually registered under.
QString actorName(const QCommandLineParser &parser, const QCommandLineOption &as);

// The actor, or a usage error when neither --as nor a login name says who it is.
Result<QString> actorFor(const QCommandLineParser &parser, const QCommandLineOption &as);

// ID: the case number, or the internal id when all digits.
Result<Complaint> findCase(const QSqlDatabase &db, const QString &id);

// The one positional argument, if there is exactly one.
std::optional<QString> singleId(const QCommandLineParser &parser);

} // namespace casedesk::cli
