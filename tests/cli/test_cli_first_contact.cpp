#include "catch_qt.h"
#include "cli_run.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace casedesk::test;

TEST_CASE("casedesk-cli case contact records the first contact once; the rule and the rate follow it",
          "[cli][firstcontact]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"), QStringLiteral("--database"), db})
                .exitCode == 0);
    // The newest case, as if nobody had called the complainant yet.
    QString caseNumber;
    QDateTime received;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("contact-cli"));
        file.setDatabaseName(db);
        REQUIRE(file.open());
        QSqlQuery query(file);
        REQUIRE(query.exec(QStringLiteral("UPDATE complaints SET first_contact_at = NULL, first_contact_method = NULL "
                                          "WHERE id = (SELECT max(id) FROM complaints)")));
        REQUIRE(query.exec(QStringLiteral("SELECT case_number, received_at FROM complaints ORDER BY id DESC LIMIT 1")));
        REQUIRE(query.next());
        caseNumber = query.value(0).toString();
        received = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("contact-cli"));
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    const QString at = received.addSecs(5400).toString(Qt::ISODate);

    Run wrong = cli(QStringList{QStringLiteral("case"), QStringLiteral("contact"), caseNumber, QStringLiteral("--method"),
                                QStringLiteral("fax")} +
                    asBoss);
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("phone, sms, in_person")));
    Run early = cli(QStringList{QStringLiteral("case"), QStringLiteral("contact"), caseNumber, QStringLiteral("--method"),
                                QStringLiteral("phone"), QStringLiteral("--at"),
                                received.addSecs(-60).toString(Qt::ISODate)} +
                    asBoss);
    CHECK(early.exitCode == 1);
    Run recorded = cli(QStringList{QStringLiteral("case"), QStringLiteral("contact"), caseNumber,
                                   QStringLiteral("--method"), QStringLiteral("phone"), QStringLiteral("--at"), at,
                                   QStringLiteral("--note"), QStringLiteral("已电话联系")} +
                       asBoss);
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    CHECK(recorded.out.contains(QStringLiteral("first contact By phone")));
    Run again = cli(QStringList{QStringLiteral("case"), QStringLiteral("contact"), caseNumber, QStringLiteral("--method"),
                                QStringLiteral("sms")} +
                    asBoss);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("recorded already")));

    Run history = cli(QStringList{QStringLiteral("case"), QStringLiteral("history"), caseNumber} + asBoss);
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.contains(QStringLiteral("first_contact")));
    // The statistics count first responses.
    Run stats = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--period"),
                                QString::number(received.date().year()), QStringLiteral("--json")} +
                    asBoss);
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.contains(QStringLiteral("\"firstResponseRate\"")));
}
