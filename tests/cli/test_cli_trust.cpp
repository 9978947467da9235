#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

// What someone with the sqlite3 shell could do to the file behind CaseDesk's back.
void editBehindTheBack(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
}

const QString kCaseworker = QStringLiteral("测试承办人");

int caseCount(const QString &db)
{
    const Run run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
                         QStringLiteral("--json"), QStringLiteral("--database"), db, QStringLiteral("--as"), kAdmin});
    REQUIRE(run.exitCode == 0);
    return int(QJsonDocument::fromJson(run.out.toUtf8()).array().size());
}

QString desk(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("trust.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"), QStringLiteral("60"),
                 QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--until"), QStringLiteral("2026-06-01")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), kCaseworker, QStringLiteral("--database"), db,
                 QStringLiteral("--as"), kAdmin})
                .exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("casedesk-cli audit verify: intact, then a hand edit and a deletion are caught", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = desk(dir);
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db,
                             QStringLiteral("--as")};

    Run run = cli(verify + QStringList{kAdmin});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("intact")));

    run = cli(verify + QStringList{kCaseworker});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("verify")));

    editBehindTheBack(db, QStringLiteral("UPDATE audit_log SET actor = actor || '乙' WHERE id = 17"));
    run = cli(verify + QStringList{kAdmin, QStringLiteral("--json")});
    CHECK(run.exitCode == 1);
    const QJsonObject verdict = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK_FALSE(verdict.value(QStringLiteral("intact")).toBool());
    CHECK(verdict.value(QStringLiteral("problem")).toString() == QStringLiteral("changed"));
    CHECK(verdict.value(QStringLiteral("recordId")).toInt() == 17);

    // Put back exactly as it was, the chain holds again; then delete a record.
    editBehindTheBack(db, QStringLiteral("UPDATE audit_log SET actor = substr(actor, 1, length(actor) - 1) WHERE id = 17"));
    CHECK(cli(verify + QStringList{kAdmin}).exitCode == 0);
    editBehindTheBack(db, QStringLiteral("DELETE FROM audit_log WHERE id = 30"));
    run = cli(verify + QStringList{kAdmin});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("#31")));
}

TEST_CASE("casedesk-cli backup and restore: round trip, refusals, the old file kept", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = desk(dir);
    const QString backup = dir.filePath(QStringLiteral("saved/trust.casedesk-backup"));

    Run run = cli({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--as"), kCaseworker,
                   QStringLiteral("--database"), db});
    CHECK(run.exitCode == 1); // backups are the administrator's
    CHECK_FALSE(QFile::exists(backup));

    run = cli({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--as"), kAdmin,
               QStringLiteral("--database"), db});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Backup written")));
    CHECK((QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const int before = caseCount(db);

    // Work after the backup, then a restore takes the file back to the backup.
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--cases"), QStringLiteral("5"),
                 QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--until"), QStringLiteral("2026-06-01")})
                .exitCode == 0);
    REQUIRE(caseCount(db) == before + 5);

    // A damaged backup is refused; the database is not touched.
    const QString damaged = dir.filePath(QStringLiteral("damaged.casedesk-backup"));
    {
        QFile in(backup);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(damaged);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 3));
    }
    run = cli({QStringLiteral("restore"), damaged, QStringLiteral("--as"), kAdmin, QStringLiteral("--database"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK(caseCount(db) == before + 5);
    CHECK_FALSE(QFile::exists(db + QStringLiteral(".before-restore")));

    run = cli({QStringLiteral("restore"), backup, QStringLiteral("--as"), kCaseworker, QStringLiteral("--database"), db});
    CHECK(run.exitCode == 1);
    CHECK(caseCount(db) == before + 5);

    run = cli({QStringLiteral("restore"), backup, QStringLiteral("--as"), kAdmin, QStringLiteral("--database"), db});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("before-restore")));
    CHECK(caseCount(db) == before);
    CHECK(caseCount(db + QStringLiteral(".before-restore")) == before + 5);
    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"), kAdmin, QStringLiteral("--database"), db});
    CHECK(run.exitCode == 0);
}

TEST_CASE("casedesk-cli restore onto a damaged database: allowed by the backup's administrator", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = desk(dir);
    const QString backup = dir.filePath(QStringLiteral("b.casedesk-backup"));
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--as"), kAdmin,
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    const int before = caseCount(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    {
        QFile file(db);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("garbage, not SQLite").repeated(500));
    }
    Run run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--database"), db,
                   QStringLiteral("--as"), kAdmin});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));

    run = cli({QStringLiteral("restore"), backup, QStringLiteral("--as"), kCaseworker, QStringLiteral("--database"), db});
    CHECK(run.exitCode == 1);
    run = cli({QStringLiteral("restore"), backup, QStringLiteral("--as"), kAdmin, QStringLiteral("--database"), db});
    REQUIRE(run.exitCode == 0);
    CHECK(caseCount(db) == before);
    QFile kept(db + QStringLiteral(".before-restore"));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll().startsWith("garbage"));
}
