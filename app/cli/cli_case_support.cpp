#include "cli_case_support.h"

#include "storage/complaint_repository.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error usageError(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

} // namespace

QCommandLineOption actorOption()
{
    return QCommandLineOption(QStringLiteral("as"),
                              Msg::tr("Act as USER (a user of the database; default: your login name)."),
                              Msg::tr("USER"));
}

QString actorName(const QCommandLineParser &parser, const QCommandLineOption &as)
{
    if (parser.isSet(as))
        return parser.value(as);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

Result<QString> actorFor(const QCommandLineParser &parser, const QCommandLineOption &as)
{
    const QString actor = actorName(parser, as).trimmed();
    if (actor.isEmpty())
        return usageError(Msg::tr("Say who you are with --as USER (no login name was found)."));
    return actor;
}

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
