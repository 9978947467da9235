#include "cli_case_support.h"

#include "storage/complaint_repository.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

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

Result<Session> openSession(SubcommandParser &command, const SignInOptions &as)
{
    auto database = command.openDatabase(false);
    if (!database)
        return database.error();
    Session session;
    session.db = database.value()->connection();
    session.database = std::move(database).value();
    auto actor = signedInName(session.db, command.parser(), as);
    if (!actor)
        return actor.error();
    session.actor = actor.value();
    return session;
}

Result<CaseSession> openCaseSession(SubcommandParser &command, const SignInOptions &as, const QString &id)
{
    auto signedIn = openSession(command, as);
    if (!signedIn)
        return signedIn.error();
    CaseSession session;
    static_cast<Session &>(session) = std::move(signedIn).value();
    auto complaint = findCase(session.db, id);
    if (!complaint)
        return complaint.error();
    session.complaint = complaint.value();
    return session;
}

int runCasePaperPdf(const QStringList &arguments, const CasePaperCommand &paper)
{
    SubcommandParser command(paper.usage, paper.description);
    command.addDatabaseOption();
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF file to write."), Msg::tr("FILE"));
    command.parser().addOption(out);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    const QString file = command.parser().value(out);
    if (!id || file.isEmpty())
        return fail(usageError(Msg::tr("Give one case and --out FILE.pdf.")));
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    if (auto written = paper.write(session->db, session->complaint.id, session->actor, file); !written)
        return fail(written.error());
    printOut(paper.written.arg(session->complaint.caseNumber, file));
    return Success;
}

} // namespace casedesk::cli
