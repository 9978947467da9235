#include "test_support.h"

#include "auth/password_hash.h"
#include "storage/engine.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include "storage/taxonomy_repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>

#include <stdexcept>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace casedesk::test {

TestDatabase::TestDatabase()
{
    if (testServerUrl().isEmpty()) {
        m_path = m_dir.filePath(QStringLiteral("test.db"));
    } else {
        m_server = std::make_unique<ServerScratchDatabase>(ServerScratchDatabase::Content::Initialised);
        m_path = m_server->url();
    }
    open();
}

TestDatabase::TestDatabase(FileOnly) : m_path(m_dir.filePath(QStringLiteral("test.db"))) { open(); }

void TestDatabase::open()
{
    auto opened = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

// The connection closes before its server database is dropped.
TestDatabase::~TestDatabase() { m_database.reset(); }

std::unique_ptr<Database> TestDatabase::openAgain() const
{
    auto opened = Database::open(m_path, Database::OpenMode::OpenExisting);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    return std::move(opened).value();
}

void addTestUser(const QSqlDatabase &db, const QString &name, Role role)
{
    auto hash = hashPassword(kTestPassword, HashCost::CheapForTests);
    if (!hash)
        throw std::runtime_error(hash.error().message.toStdString());
    auto added = UserRepository(db).add(name, role, fixedNow(), hash.value());
    if (!added)
        throw std::runtime_error(added.error().message.toStdString());
}

QDateTime fixedNow() { return QDateTime(QDate(2026, 3, 20), QTime(15, 30), QTimeZone(8 * 3600)); }

qint64 categoryIdByName(const QSqlDatabase &db, const QString &name)
{
    auto categories = TaxonomyRepository(db).categories(true);
    if (categories) {
        for (const Category &category : categories.value()) {
            if (category.name == name)
                return category.id;
        }
    }
    throw std::runtime_error("no such category");
}

Complaint sampleComplaint(const QSqlDatabase &db)
{
    Complaint c;
    c.consumer = {0, QStringLiteral("张伟"), QStringLiteral("13812345678"), QStringLiteral("11010519491231002X"),
                  QStringLiteral("上海市长宁区天山路100弄5号302室")};
    c.business = {0, QStringLiteral("悦动健身会所（长宁店）"), QStringLiteral("91350100M000100Y43"),
                  QStringLiteral("上海市长宁区延安西路1000号"), QStringLiteral("长宁区"), QStringLiteral("新华路街道")};
    c.channel = Channel::Platform12315;
    c.platformRef = QStringLiteral("1231520260315000123");
    c.categoryId = categoryIdByName(db, QStringLiteral("文化娱乐体育"));
    c.nature = Nature::Contract;
    c.amountFen = 240000;
    c.demand = QStringLiteral("要求退还剩余卡内余额2400元");
    c.facts = QStringLiteral("消费者于2025年4月5日办理年卡，支付4800元。2026年3月10日该店突然闭店，工作人员无法联系。");
    c.incidentDate = QDate(2025, 4, 5);
    c.receivedAt = QDateTime(QDate(2026, 3, 16), QTime(10, 15), QTimeZone(8 * 3600));
    c.assignee = QStringLiteral("李敏");
    return c;
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        throw std::runtime_error(query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

void execOrFail(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw std::runtime_error(query.lastError().text().toStdString());
}

void failInsertsInto(const QSqlDatabase &db, const QString &table, const QString &name)
{
    if (engineOf(db) == Engine::Postgres) {
        execOrFail(db, QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                      "$$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$")
                           .arg(name));
        execOrFail(db, QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                           .arg(name, table));
        return;
    }
    execOrFail(db, QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                       .arg(name, table));
}

void stopFailingInserts(const QSqlDatabase &db, const QString &table, const QString &name)
{
    if (engineOf(db) == Engine::Postgres) {
        execOrFail(db, QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
        execOrFail(db, QStringLiteral("DROP FUNCTION %1()").arg(name));
        return;
    }
    execOrFail(db, QStringLiteral("DROP TRIGGER %1").arg(name));
}



#ifdef Q_OS_UNIX
namespace {

const passwd *unprivilegedUser()
{
    return ::getpwnam("nobody");
}

} // namespace

bool giveToUnprivilegedUser(const QString &path)
{
    if (::geteuid() != 0)
        return true;
    const passwd *user = unprivilegedUser();
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

QString runWithoutRoot(const std::function<QString()> &check)
{
    if (::geteuid() != 0)
        return check();
    const passwd *user = unprivilegedUser();
    if (!user)
        return QStringLiteral("there is no user 'nobody' to run the check as");
    const uid_t uid = user->pw_uid;
    const gid_t gid = user->pw_gid;
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0)
        return QStringLiteral("cannot make a pipe to the check's process");
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t child = ::fork();
    if (child < 0)
        return QStringLiteral("cannot start the check's process");
    if (child == 0) {
        ::close(pipeEnds[0]);
        // "PASS" or "FAIL <why>": a child that dies before saying either never counts as a pass.
        QByteArray answer;
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            answer = "FAIL cannot drop root to the user nobody";
        else if (::geteuid() == 0 || ::setuid(0) == 0)
            answer = "FAIL still root after dropping it";
        else {
            try {
                const QString failed = check();
                answer = failed.isEmpty() ? QByteArray("PASS") : "FAIL " + failed.toUtf8();
            } catch (const std::exception &e) {
                answer = QByteArray("FAIL ") + e.what();
            } catch (...) {
                answer = "FAIL the check threw";
            }
        }
        qsizetype written = 0;
        while (written < answer.size()) {
            const ssize_t n = ::write(pipeEnds[1], answer.constData() + written, size_t(answer.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::_exit(0); // no destructors: the parent's temporary folders are not the child's to remove
    }
    ::close(pipeEnds[1]);
    QByteArray answer;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        answer.append(buffer, n);
    }
    ::close(pipeEnds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return QStringLiteral("the check's process ended abnormally");
    if (answer == "PASS")
        return {};
    if (answer.startsWith("FAIL "))
        return QString::fromUtf8(answer.mid(5));
    return QStringLiteral("the check's process gave no answer");
}
#else
bool giveToUnprivilegedUser(const QString &) { return true; }
QString runWithoutRoot(const std::function<QString()> &check) { return check(); }
#endif

bool indexConsistent(const QSqlDatabase &db)
{
    if (engineOf(db) == Engine::Postgres)
        return queryScalar(db, QStringLiteral("SELECT NOT EXISTS (SELECT id, doc FROM case_search_source EXCEPT "
                                              "SELECT rowid, doc FROM case_search) AND NOT EXISTS (SELECT rowid, "
                                              "doc FROM case_search EXCEPT SELECT id, doc FROM case_search_source)"))
            .value()
            .toBool();
    return runQuery(db, QStringLiteral("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)")).ok();
}

bool allSearchTriggers(const QSqlDatabase &db)
{
    const bool server = engineOf(db) == Engine::Postgres;
    const QString sql = server ? QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
                                                "AND tgname LIKE 'case_search%'")
                               : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                                "AND name LIKE 'case_search%'");
    return queryScalar(db, sql).value().toInt() == (server ? 5 : 7);
}


// Deletes the rows of `table` that `condition` selects and, first, every row that refers to
// them (the server enforces its foreign keys; SQLite's are switched off for this instead). The
// audit trail is insert-only on the server: its reference is dropped instead, as SQLite's is
// not enforced here.
namespace {
void deleteOnServerWithReferences(const QSqlDatabase &db, const QString &table, const QString &condition, int depth = 0)
{
    if (depth >= 8)
        throw std::runtime_error("references nested too deep");
    QSqlQuery refs(db);
    if (!refs.exec(QStringLiteral(
        "SELECT conrelid::regclass::text, (SELECT attname FROM pg_attribute WHERE attrelid = conrelid"
        " AND attnum = conkey[1]), (SELECT attname FROM pg_attribute WHERE attrelid = confrelid"
        " AND attnum = confkey[1]), conname FROM pg_constraint WHERE contype = 'f' AND confrelid = '%1'::regclass"
        " AND conrelid <> confrelid")
                          .arg(table)))
        throw std::runtime_error(refs.lastError().text().toStdString());
    QList<QStringList> children;
    while (refs.next())
        children.append({refs.value(0).toString(), refs.value(1).toString(), refs.value(2).toString(),
                         refs.value(3).toString()});
    for (const QStringList &child : children) {
        if (child.at(0) == QLatin1String("audit_log")) {
            execOrFail(db, QStringLiteral("ALTER TABLE audit_log DROP CONSTRAINT %1").arg(child.at(3)));
            continue;
        }
        deleteOnServerWithReferences(
            db, child.at(0),
            QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)").arg(child.at(1), child.at(2), table, condition),
            depth + 1);
    }
    execOrFail(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, condition));
}
} // namespace

void deleteCaseWithItsRecords(const QSqlDatabase &db, qint64 id)
{
    for (const QString &table : {QStringLiteral("follow_ups"), QStringLiteral("case_events")})
        execOrFail(db, QStringLiteral("DELETE FROM %1 WHERE complaint_id = %2").arg(table).arg(id));
    if (engineOf(db) == Engine::Postgres) {
        deleteOnServerWithReferences(db, QStringLiteral("complaints"), QStringLiteral("id = %1").arg(id));
        return;
    }
    execOrFail(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    execOrFail(db, QStringLiteral("DELETE FROM complaints WHERE id = %1").arg(id));
    execOrFail(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace casedesk::test
