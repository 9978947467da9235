#include "cli_run.h"

#include "catch_qt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace casedesk::test {

Run cli(const QStringList &arguments, const QString &password, const QString &newPassword)
{
    return cliWithEnvironment(arguments, {{QStringLiteral("CASEDESK_NEW_PASSWORD"), newPassword}}, password);
}

Run cliWithEnvironment(const QStringList &arguments, const QList<QPair<QString, QString>> &extraEnvironment,
                       const QString &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // English messages
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("CASEDESK_PASSWORD"), password);
    environment.insert(QStringLiteral("CASEDESK_NEW_PASSWORD"), kPassword);
    // The desk's own settings (its anchors of the files' trails) in a folder of this test run.
    static const QTemporaryDir settingsHome;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsHome.path());
    for (const auto &[name, value] : extraEnvironment)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASEDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString demoSupervisor(const QString &db)
{
    const Run run = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin});
    for (const QJsonValue &user : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (user.toObject().value(QStringLiteral("role")).toString() == QLatin1String("supervisor"))
            return user.toObject().value(QStringLiteral("name")).toString();
    }
    return {};
}

} // namespace casedesk::test
