// case reveal: one full phone or ID number, for a user whose role may see it; logged.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "privacy/personal_data.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runCaseReveal(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli case reveal ID --field phone|id_number --database FILE [--as USER]"),
        Msg::tr("Show the complainant's full phone or ID number. Only roles that may reveal personal data "
                "(supervisors) can; every reveal is written to the case's audit trail."));
    command.addDatabaseOption();
    const QCommandLineOption field(QStringLiteral("field"), Msg::tr("phone or id_number."), Msg::tr("F"));
    command.parser().addOption(field);
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    if (!id)
        return fail({ErrorCode::InvalidInput, Msg::tr("Give exactly one case number or id."), {}});
    const QString fieldCode = command.parser().value(field).trimmed();
    std::optional<PersonalField> which;
    for (PersonalField candidate : {PersonalField::Phone, PersonalField::IdNumber}) {
        if (codeOf(candidate) == fieldCode)
            which = candidate;
    }
    if (!which)
        return fail({ErrorCode::InvalidInput, Msg::tr("Give --field phone or --field id_number."), {}});

    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    auto value = revealPersonalData(db, session->actor, session->complaint.id, *which);
    if (!value)
        return fail(value.error());
    printOut(value.value());
    return Success;
}

} // namespace casedesk::cli
