#include "cli_sign_in.h"

#include "auth/sign_in_service.h"
#include "cli_support.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


Result<QString> firstLineOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot read the password file %1: %2").arg(path, file.errorString()), {}};
    const QByteArray line = file.readLine(4096);
    QString text = QString::fromUtf8(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

// Reads one line from the terminal without echoing it; nullopt when stdin is no terminal.
std::optional<QString> askOnTerminal(const QString &prompt)
{
#ifdef Q_OS_WIN
    // The console's output code page is UTF-8 (cli_main.cpp); echo is a console mode flag.
    if (!_isatty(_fileno(stdin)))
        return std::nullopt;
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool canHide = GetConsoleMode(input, &mode) != 0;
    if (canHide)
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    std::string line;
    std::getline(std::cin, line);
    if (canHide)
        SetConsoleMode(input, mode);
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
#endif
}

} // namespace

SignInOptions addSignInOptions(QCommandLineParser &parser)
{
    SignInOptions options{QCommandLineOption(QStringLiteral("as"),
                                             Msg::tr("Act as USER (a user of the database; default: your login name)."),
                                             Msg::tr("USER")),
                          QCommandLineOption(QStringLiteral("password-file"),
                                             Msg::tr("Read your password from the first line of FILE "
                                                     "(else CASEDESK_PASSWORD, else you are asked)."),
                                             Msg::tr("FILE"))};
    parser.addOption(options.as);
    parser.addOption(options.passwordFile);
    return options;
}

Result<QString> claimedName(const QCommandLineParser &parser, const SignInOptions &options)
{
    QString name = parser.isSet(options.as) ? parser.value(options.as) : qEnvironmentVariable("USER");
    if (!parser.isSet(options.as) && name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    name = name.trimmed();
    if (name.isEmpty())
        return usageError(Msg::tr("Say who you are with --as USER (no login name was found)."));
    return name;
}

Result<QString> actorPassword(const QCommandLineParser &parser, const SignInOptions &options)
{
    if (parser.isSet(options.passwordFile))
        return firstLineOf(parser.value(options.passwordFile));
    if (qEnvironmentVariableIsSet("CASEDESK_PASSWORD"))
        return qEnvironmentVariable("CASEDESK_PASSWORD");
    if (auto typed = askOnTerminal(Msg::tr("Password: ")))
        return *typed;
    return usageError(Msg::tr("Give your password with --password-file FILE or CASEDESK_PASSWORD "
                              "(or run the command on a terminal to be asked)."));
}

Result<User> signIn(const QSqlDatabase &db, const QCommandLineParser &parser, const SignInOptions &options)
{
    auto name = claimedName(parser, options);
    if (!name)
        return name.error();
    auto password = actorPassword(parser, options);
    if (!password)
        return password.error();
    return SignInService(db).signIn(name.value(), password.value());
}

Result<QString> signedInName(const QSqlDatabase &db, const QCommandLineParser &parser, const SignInOptions &options)
{
    auto user = signIn(db, parser, options);
    if (!user)
        return user.error();
    return user->name;
}

QCommandLineOption newPasswordFileOption()
{
    return QCommandLineOption(QStringLiteral("new-password-file"),
                              Msg::tr("Read the user's new password from the first line of FILE "
                                      "(else CASEDESK_NEW_PASSWORD, else you are asked twice)."),
                              Msg::tr("FILE"));
}

Result<QString> newPassword(const QCommandLineParser &parser, const QCommandLineOption &file, const QString &forWhom)
{
    if (parser.isSet(file))
        return firstLineOf(parser.value(file));
    if (qEnvironmentVariableIsSet("CASEDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("CASEDESK_NEW_PASSWORD");
    auto first = askOnTerminal(Msg::tr("New password for %1: ").arg(forWhom));
    if (!first)
        return usageError(Msg::tr("Give the new password with --new-password-file FILE or CASEDESK_NEW_PASSWORD "
                                  "(or run the command on a terminal to be asked)."));
    auto again = askOnTerminal(Msg::tr("The same password again: "));
    if (!again || *again != *first)
        return usageError(Msg::tr("The two passwords differ; nothing was changed."));
    return *first;
}

} // namespace casedesk::cli
