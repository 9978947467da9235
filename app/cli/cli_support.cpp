#include "cli_support.h"

#include "storage/file_location.h"
#include "storage/instance_lock.h"
#include "storage/server_url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void printOut(const QString &text)
{
    static QTextStream out(stdout);
    out << text << Qt::endl;
}

void printErr(const QString &text)
{
    static QTextStream err(stderr);
    err << text << Qt::endl;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
}

int exitCodeFor(const Error &error)
{
    // A busy or full database is the desk's situation, not CaseDesk's fault: exit code 1.
    switch (error.code) {
    case ErrorCode::Storage:
        return InternalError;
    default:
        return UserError;
    }
}

// The database the running command opened, so a "busy" message can say who holds it.
static QString &openedDatabasePath()
{
    static QString path;
    return path;
}

int fail(const Error &error)
{
    printErr(Msg::tr("casedesk-cli: %1").arg(error.message));
    if (error.code == ErrorCode::Busy && !openedDatabasePath().isEmpty()) {
        if (const QString holder = InstanceLock::holderOf(openedDatabasePath()); !holder.isEmpty())
            printErr(Msg::tr("casedesk-cli: the database is held by %1.").arg(holder));
    }
    return exitCodeFor(error);
}

Error usageError(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

SubcommandParser::SubcommandParser(const QString &usage, const QString &description)
    : m_usage(usage), m_help({QStringLiteral("h"), QStringLiteral("help")}, Msg::tr("Show this help.")),
      m_database(QStringLiteral("database"), Msg::tr("The database FILE."), Msg::tr("FILE")),
      m_server(QStringLiteral("server"),
               Msg::tr("The office's database server instead of a file: postgresql://USER@HOST:PORT/DATABASE (the "
                       "password from PGPASSWORD or ~/.pgpass, as for psql)."),
               Msg::tr("URL"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
}

void SubcommandParser::addDatabaseOption()
{
    m_parser.addOption(m_database);
    m_parser.addOption(m_server);
}

QString SubcommandParser::databaseLocation() const
{
    return m_parser.isSet(m_server) ? m_parser.value(m_server) : m_parser.value(m_database);
}

std::optional<int> SubcommandParser::parse(const QStringList &arguments)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("casedesk-cli")} + arguments)) {
        printErr(Msg::tr("casedesk-cli: %1").arg(m_parser.errorText()));
        printErr(Msg::tr("Usage: %1").arg(m_usage));
        return UserError;
    }
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        // Replace Qt's generic first line with the subcommand's own synopsis.
        help = Msg::tr("Usage: %1").arg(m_usage) + help.mid(help.indexOf(QLatin1Char('\n')));
        printOut(help.trimmed());
        return Success;
    }
    return std::nullopt;
}

Result<std::unique_ptr<Database>> SubcommandParser::openDatabase(bool create)
{
    return openDatabase(create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting);
}

Result<std::unique_ptr<Database>> SubcommandParser::openDatabase(Database::OpenMode mode)
{
    const QString path = databaseLocation();
    if (path.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("Give the database file with --database FILE (or a server with --server URL)."), {}};
    if (m_parser.isSet(m_server) && !ServerUrl::isServerUrl(path))
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("--server takes a server address, postgresql://USER@HOST:PORT/DATABASE; for a file "
                             "use --database."), {}};
    if (const QString warning = networkShareWarning(path); !ServerUrl::isServerUrl(path) && !warning.isEmpty())
        printErr(Msg::tr("casedesk-cli: warning: %1").arg(warning));
    openedDatabasePath() = path;
    auto opened = Database::open(path, mode);
    // A file whose trail went backwards since this desk last saw it is said at once.
    if (opened && !opened.value()->anchorWarning().isEmpty())
        printErr(Msg::tr("casedesk-cli: warning: %1 Run \"audit verify\".").arg(opened.value()->anchorWarning()));
    return opened;
}

} // namespace casedesk::cli

namespace casedesk::cli {

int dispatch(const QString &group, const QStringList &arguments,
             const QList<std::pair<QString, Subcommand>> &subcommands)
{
    QStringList names;
    for (const auto &[name, run] : subcommands)
        names << name;
    const QString usage = Msg::tr("Usage: casedesk-cli %1 %2 [options]  (--help on each)")
                              .arg(group, names.join(QLatin1Char('|')));
    const QString sub = arguments.value(0);
    for (const auto &[name, run] : subcommands) {
        if (sub == name)
            return run(arguments.mid(1));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(usage);
        return Success;
    }
    if (!sub.isEmpty())
        printErr(Msg::tr("casedesk-cli: unknown %1 command \"%2\".").arg(group, sub));
    printErr(usage);
    return UserError;
}

} // namespace casedesk::cli
