// letter: a case's letters and records (受理通知书, 不予受理告知书, 转办函, 调解笔录, ...) as PDF,
// recorded as sent when asked; the letters a case was sent, reprinted as sent; the council's
// wordings listed, exported and imported (to share them between desks).

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "letter_page.h"
#include "letters/letter_service.h"
#include "letters/letter_template_service.h"
#include "storage/letter_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error inputError(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

QString kindCodes()
{
    QStringList codes;
    for (LetterKind kind : allLetterKinds())
        codes << codeOf(kind);
    return codes.join(QStringLiteral(", "));
}

QString methodCodes()
{
    QStringList codes;
    for (SendMethod method : allSendMethods())
        codes << codeOf(method);
    return codes.join(QStringLiteral(", "));
}

int runLetterList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli letter list CASE [--as USER] --database FILE"),
                             Msg::tr("List the letters recorded as sent on a case."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    if (!id)
        return fail(usageError(Msg::tr("Give one case.")));
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    auto letters = LetterService(session->db).sentLetters(session->complaint.id, session->actor);
    if (!letters)
        return fail(letters.error());
    if (letters->isEmpty())
        printOut(Msg::tr("%1: no letters recorded as sent.").arg(session->complaint.caseNumber));
    for (const SentLetter &sent : letters.value())
        printOut(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(sent.id)
                     .arg(sent.sentOn.toString(Qt::ISODate), sent.letter.title, labelOf(sent.method), sent.recordedBy));
    return Success;
}

int runLetterPdf(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli letter CASE --kind KIND --out FILE.pdf [--record-sent METHOD [--sent-on DATE]] "
                       "[--item ID] [--as USER] --database FILE\n"
                       "       casedesk-cli letter list|reprint|template ... (--help on each)"),
        Msg::tr("Write a letter to the case's complainant as an A4 PDF (kinds: %1) and, with --record-sent, record "
                "it as sent (methods: %2) on the case.")
            .arg(kindCodes(), methodCodes()));
    command.addDatabaseOption();
    const QCommandLineOption kindOption(QStringLiteral("kind"), Msg::tr("The letter: %1.").arg(kindCodes()),
                                        QStringLiteral("KIND"));
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF file to write."), Msg::tr("FILE"));
    const QCommandLineOption recordSent(QStringLiteral("record-sent"),
                                        Msg::tr("Record the letter as sent this way: %1.").arg(methodCodes()),
                                        QStringLiteral("METHOD"));
    const QCommandLineOption sentOn(QStringLiteral("sent-on"), Msg::tr("The day it was sent (today if not given)."),
                                    QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption item(QStringLiteral("item"),
                                  Msg::tr("For a session or visit record: the session's or visit's id (the latest if "
                                          "not given)."),
                                  QStringLiteral("ID"));
    command.parser().addOptions({kindOption, out, recordSent, sentOn, item});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("CASE"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    const QString file = command.parser().value(out);
    if (!id || file.isEmpty() || !command.parser().isSet(kindOption))
        return fail(usageError(Msg::tr("Give one case, --kind KIND and --out FILE.pdf.")));
    const auto kind = letterKindFromCode(command.parser().value(kindOption));
    if (!kind)
        return fail(usageError(Msg::tr("Unknown letter \"%1\"; the letters are: %2.")
                                   .arg(command.parser().value(kindOption), kindCodes())));
    std::optional<SendMethod> method;
    if (command.parser().isSet(recordSent)) {
        method = sendMethodFromCode(command.parser().value(recordSent));
        if (!method)
            return fail(usageError(Msg::tr("Unknown way of sending \"%1\"; the ways are: %2.")
                                       .arg(command.parser().value(recordSent), methodCodes())));
    } else if (command.parser().isSet(sentOn)) {
        return fail(usageError(Msg::tr("--sent-on goes with --record-sent.")));
    }
    QDate day = QDate::currentDate();
    if (command.parser().isSet(sentOn)) {
        auto parsed = parseDay(command.parser().value(sentOn), QStringLiteral("--sent-on"));
        if (!parsed)
            return fail(parsed.error());
        day = parsed.value();
    }
    qint64 itemId = 0;
    if (command.parser().isSet(item)) {
        bool number = false;
        itemId = command.parser().value(item).toLongLong(&number);
        if (!number || itemId <= 0)
            return fail(usageError(Msg::tr("--item takes the id of a session or visit.")));
        if (method)
            return fail(usageError(Msg::tr("--item is for printing a record; records are not sent.")));
    }
    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    LetterService letters(session->db, letterPageLayout(session->db));
    // The PDF is written first: a letter recorded as sent always has its paper.
    auto letter = letters.compose(session->complaint.id, *kind, session->actor, day, itemId);
    if (!letter)
        return fail(letter.error());
    if (auto written = writeLetterPagePdf(session->db, letter.value(), file); !written)
        return fail(written.error());
    if (method) {
        auto sent = letters.recordSent(session->complaint.id, *kind, *method, day, session->actor);
        if (!sent) {
            QFile::remove(file);
            return fail(sent.error());
        }
        printOut(Msg::tr("%1: %2 written to %3 and recorded as sent (%4, %5)")
                     .arg(session->complaint.caseNumber, letter->title, file, labelOf(*method),
                          day.toString(Qt::ISODate)));
        return Success;
    }
    printOut(Msg::tr("%1: %2 written to %3").arg(session->complaint.caseNumber, letter->title, file));
    return Success;
}

int runLetterReprint(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli letter reprint ID --out FILE.pdf [--as USER] --database FILE"),
                             Msg::tr("Write a letter recorded as sent (its id from letter list) as it was sent."));
    command.addDatabaseOption();
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The PDF file to write."), Msg::tr("FILE"));
    command.parser().addOption(out);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("The letter's id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    const QString file = command.parser().value(out);
    bool number = false;
    const qint64 letterId = id ? id->toLongLong(&number) : 0;
    if (!number || letterId <= 0 || file.isEmpty())
        return fail(usageError(Msg::tr("Give one letter id and --out FILE.pdf.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto sent = LetterService(session->db).sentLetter(letterId, session->actor);
    if (!sent)
        return fail(sent.error());
    if (auto written = writeLetterPagePdf(session->db, sent->letter, file); !written)
        return fail(written.error());
    printOut(Msg::tr("%1: %2 of %3 written to %4")
                 .arg(sent->letter.caseNumber, sent->letter.title, sent->sentOn.toString(Qt::ISODate), file));
    return Success;
}

int runTemplateList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli letter template list [--as USER] --database FILE"),
                             Msg::tr("List each kind of letter with the wording in use."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    LetterTemplateService wordings(session->db);
    for (LetterKind kind : allLetterKinds()) {
        auto wording = wordings.wording(kind);
        if (!wording)
            return fail(wording.error());
        printOut(QStringLiteral("%1\t%2\t%3")
                     .arg(codeOf(kind), wording->title,
                          wording->version == 0 ? Msg::tr("built-in") : Msg::tr("version %1").arg(wording->version)));
    }
    return Success;
}

int runTemplateExport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli letter template export --out FILE.json [--as USER] --database FILE"),
                             Msg::tr("Write the wording in use of every kind of letter to a JSON file that another "
                                     "desk imports."));
    command.addDatabaseOption();
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The JSON file to write."), Msg::tr("FILE"));
    command.parser().addOption(out);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QString file = command.parser().value(out);
    if (file.isEmpty())
        return fail(usageError(Msg::tr("Give --out FILE.json.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    LetterTemplateService wordings(session->db);
    QJsonArray all;
    for (LetterKind kind : allLetterKinds()) {
        auto wording = wordings.wording(kind);
        if (!wording)
            return fail(wording.error());
        all.append(QJsonObject{{QStringLiteral("kind"), codeOf(kind)},
                               {QStringLiteral("title"), wording->title},
                               {QStringLiteral("body"), wording->body}});
    }
    QSaveFile saved(file);
    if (!saved.open(QIODevice::WriteOnly))
        return fail(Error{ErrorCode::Io, Msg::tr("Cannot write \"%1\": %2").arg(file, saved.errorString()), {}});
    saved.write(QJsonDocument(QJsonObject{{QStringLiteral("casedeskLetterWordings"), 1},
                                          {QStringLiteral("wordings"), all}})
                    .toJson());
    if (!saved.commit())
        return fail(Error{ErrorCode::Io, Msg::tr("Cannot write \"%1\": %2").arg(file, saved.errorString()), {}});
    printOut(Msg::tr("The wordings of %1 kinds of letters written to %2").arg(all.size()).arg(file));
    return Success;
}

int runTemplateImport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli letter template import FILE.json [--as USER] --database FILE"),
                             Msg::tr("Take the wordings another desk exported as this desk's own (each a new "
                                     "version; all or nothing)."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("FILE"), Msg::tr("The JSON file, or - for standard input."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto source = singleId(command.parser());
    if (!source)
        return fail(usageError(Msg::tr("Give one JSON file.")));
    auto json = readJsonObject(*source);
    if (!json)
        return fail(json.error());
    if (json->value(QStringLiteral("casedeskLetterWordings")).toInt() != 1 ||
        !json->value(QStringLiteral("wordings")).isArray())
        return fail(inputError(Msg::tr("\"%1\" holds no letter wordings exported by CaseDesk.").arg(*source)));
    QList<std::pair<LetterKind, LetterWording>> wordings;
    for (const QJsonValue &value : json->value(QStringLiteral("wordings")).toArray()) {
        const QJsonObject one = value.toObject();
        const auto kind = letterKindFromCode(one.value(QStringLiteral("kind")).toString());
        if (!kind || !one.value(QStringLiteral("title")).isString() || !one.value(QStringLiteral("body")).isString())
            return fail(inputError(Msg::tr("A wording in \"%1\" names no known kind of letter, or lacks its title or "
                                           "text; nothing was imported.")
                                       .arg(*source)));
        wordings.append({*kind, LetterWording{one.value(QStringLiteral("title")).toString(),
                                              one.value(QStringLiteral("body")).toString(), 0}});
    }
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto saved = LetterTemplateService(session->db).saveAll(wordings, session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("The wordings of %1 kinds of letters imported.").arg(saved->size()));
    return Success;
}

int runTemplate(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list"))
        return runTemplateList(arguments.mid(1));
    if (verb == QLatin1String("export"))
        return runTemplateExport(arguments.mid(1));
    if (verb == QLatin1String("import"))
        return runTemplateImport(arguments.mid(1));
    return fail(usageError(Msg::tr("letter template: say list, export or import.")));
}

} // namespace

int runLetter(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("list"))
        return runLetterList(arguments.mid(1));
    if (first == QLatin1String("reprint"))
        return runLetterReprint(arguments.mid(1));
    if (first == QLatin1String("template"))
        return runTemplate(arguments.mid(1));
    return runLetterPdf(arguments);
}

} // namespace casedesk::cli
