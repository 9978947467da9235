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

} // namespace casedesk::cli
