#include "server_scratch.h"

#include "storage/server_url.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

namespace casedesk::test {
namespace {

// Runs `sql` on the server's administrative database (the one the URL names); the error text,
// or an empty string when it worked.
QString runOnAdminDatabase(const QString &sql)
{
    auto server = ServerUrl::parse(testServerUrl());
    if (!server)
        return server.error().message;
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("casedesk-scratch-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setDatabaseName(server->database);
        db.setUserName(server->user);
        db.setPassword(server->password);
        db.setConnectOptions(server->connectOptions());
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

} // namespace

QString testServerUrl()
{
    return qEnvironmentVariable("CASEDESK_TEST_SERVER_URL");
}

ServerScratch::ServerScratch()
{
    if (testServerUrl().isEmpty())
        FAIL("CASEDESK_TEST_SERVER_URL is not set: [server-only] tests need a PostgreSQL server");
    static QAtomicInteger<quint64> counter;
    // Unique across test processes running at once (ctest -j) and across runs.
    m_name = QStringLiteral("casedesk_test_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1))
                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString problem = runOnAdminDatabase(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name));
    if (!problem.isEmpty()) {
        const QString name = m_name;
        m_name.clear(); // nothing to drop
        FAIL("The test server refused to create the database " << name.toStdString() << ": " << problem.toStdString());
    }
    QUrl url(testServerUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ServerScratch::~ServerScratch()
{
    if (m_name.isEmpty())
        return;
    const QString problem =
        runOnAdminDatabase(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
    if (!problem.isEmpty())
        WARN("The test database " << m_name.toStdString() << " was not dropped: " << problem.toStdString());
}

} // namespace casedesk::test
