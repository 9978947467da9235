#include "test_server.h"

#include "catch_qt.h"

#include "storage/database.h"
#include "storage/server_migrations.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace casedesk::test {
namespace {

// One connection to the cluster's maintenance database, closed and removed when it goes away.
class MaintenanceConnection {
public:
    MaintenanceConnection()
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("test-server-maintenance-%1").arg(counter.fetchAndAddRelaxed(1));
        auto server = ServerUrl::parse(testServerUrl());
        if (!server)
            throw std::runtime_error(server.error().message.toStdString());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.value().host);
        db.setPort(server.value().port);
        db.setDatabaseName(server.value().database);
        db.setUserName(server.value().user);
        db.setPassword(server.value().password);
        if (!db.open())
            throw std::runtime_error("test server: " + db.lastError().text().toStdString());
    }
    ~MaintenanceConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            throw std::runtime_error("test server: " + sql.toStdString() + ": " + query.lastError().text().toStdString());
    }
    bool databaseExists(const QString &name) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        query.addBindValue(name);
        if (!query.exec())
            throw std::runtime_error("test server: " + query.lastError().text().toStdString());
        return query.next();
    }

private:
    QString m_name;
};

QString withDatabase(const QString &url, const QString &database)
{
    const int slash = url.lastIndexOf(QLatin1Char('/'));
    const int query = url.indexOf(QLatin1Char('?'), slash);
    return url.left(slash + 1) + database + (query < 0 ? QString() : url.mid(query));
}

// A CaseDesk database at the latest schema, made once per cluster (under a lock: two test
// processes start at once) and copied for every test that needs one.
QString initialisedTemplate(const MaintenanceConnection &cluster)
{
    const QString name = QStringLiteral("casedesk_template_v%1").arg(latestServerSchemaVersion());
    cluster.exec(QStringLiteral("SELECT pg_advisory_lock(72150001)"));
    try {
        if (!cluster.databaseExists(name)) {
            const QString building = name + QStringLiteral("_building");
            cluster.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
            cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(building));
            {
                auto opened = Database::open(withDatabase(testServerUrl(), building), Database::OpenMode::CreateIfMissing);
                if (!opened)
                    throw std::runtime_error("test server template: " + opened.error().message.toStdString());
            }
            cluster.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name));
        }
    } catch (...) {
        cluster.exec(QStringLiteral("SELECT pg_advisory_unlock(72150001)"));
        throw;
    }
    cluster.exec(QStringLiteral("SELECT pg_advisory_unlock(72150001)"));
    return name;
}

} // namespace

QString testServerUrl()
{
    const QString url = qEnvironmentVariable("CASEDESK_TEST_SERVER_URL");
    if (!url.isEmpty())
        return url;
    const QString file = qEnvironmentVariable("CASEDESK_TEST_SERVER_FILE");
    if (file.isEmpty())
        return {};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error("test server: cannot read " + file.toStdString() + " (is the test cluster running?)");
    return QString::fromUtf8(in.readAll()).trimmed();
}

ServerScratchDatabase::ServerScratchDatabase(Content content)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("t_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1))
                 .arg(QRandomGenerator::global()->bounded(1000000));
    MaintenanceConnection cluster;
    if (content == Content::Initialised)
        cluster.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, initialisedTemplate(cluster)));
    else
        cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    m_url = withDatabase(testServerUrl(), m_name);
    // Logins are the cluster's: a copy of the template names its users' logins after itself,
    // as server init on the test cluster does (casedesk.login_prefix).
    if (content == Content::Initialised)
        RawConnection(m_url).scalar(
            QStringLiteral("UPDATE casedesk_rights SET login_prefix = current_database() || '_' RETURNING 1"));
}

ServerScratchDatabase::~ServerScratchDatabase()
{
    try {
        MaintenanceConnection cluster;
        cluster.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const std::exception &) {
        // The cluster itself is removed at the end of the run.
    }
}

QString loginUrlOf(const QSqlDatabase &maintenance, const QString &dbUrl, const QString &name, const QString &password)
{
    auto prefix = queryScalar(maintenance, QStringLiteral("SELECT login_prefix FROM casedesk_rights"));
    REQUIRE(prefix.ok());
    QUrl url(dbUrl);
    url.setUserName(prefix->toString() + name);
    url.setPassword(password);
    return url.toString();
}

RawConnection::RawConnection(const QString &url) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
{
    auto server = ServerUrl::parse(url);
    REQUIRE(server);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(server->host);
    db.setPort(server->port);
    db.setDatabaseName(server->database);
    db.setUserName(server->user);
    db.setPassword(server->password);
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QVariant RawConnection::scalar(const QString &sql) const
{
    auto value = queryScalar(db(), sql);
    if (!value)
        FAIL(sql.toStdString() << ": " << value.error().message.toStdString());
    return value.value();
}

} // namespace casedesk::test
