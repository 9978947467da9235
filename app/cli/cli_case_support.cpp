#include "cli_case_support.h"

#include "storage/complaint_repository.h"

namespace casedesk::cli {
Result<Complaint> findCase(const QSqlDatabase &db, const QString &id)
{
    const ComplaintRepository repository(db);
    bool numeric = false;
    const qint64 number = id.toLongLong(&numeric);
    return numeric ? repository.get(number) : repository.findByCaseNumber(id);
}

std::optional<QString> singleId(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return std::nullopt;
    return positional.first();
}

Result<CaseSession> openCaseSession(SubcommandParser &command, const SignInOptions &as, const QString &id)
{
    auto database = command.openDatabase(false);
    if (!database)
        return database.error();
    CaseSession session;
    session.db = database.value()->connection();
    session.database = std::move(database).value();
    auto actor = signedInName(session.db, command.parser(), as);
    if (!actor)
        return actor.error();
    session.actor = actor.value();
    auto complaint = findCase(session.db, id);
    if (!complaint)
        return complaint.error();
    session.complaint = complaint.value();
    return session;
}

} // namespace casedesk::cli
