#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace casedesk::test;

TEST_CASE("casedesk-cli: a talk with a business recorded, its record printed, a promise checked", "[cli][talks]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("100"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    const QString json = dir.filePath(QStringLiteral("talk.json"));
    {
        QFile file(json);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"heldOn":"%1","place":"本会二楼会议室","councilAttendees":"王主任、李敏",
            "businessAttendees":"张总经理","reason":"五月以来投诉激增","problems":"预付卡退费拖延。",
            "promises":[{"text":"十个工作日内处理完毕全部退费申请","dueOn":"%2"}]})")
                       .arg(QDate::currentDate().addDays(-3).toString(Qt::ISODate),
                            QDate::currentDate().addDays(7).toString(Qt::ISODate))
                       .toUtf8());
    }
    Run added = cli(QStringList{QStringLiteral("talk"), QStringLiteral("add"), QStringLiteral("--business"),
                                QStringLiteral("1"), QStringLiteral("--json"), json} +
                    asBoss);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString talkId = added.out.trimmed();

    Run listed = cli(QStringList{QStringLiteral("talk"), QStringLiteral("list"), QStringLiteral("--business"),
                                 QStringLiteral("1")} +
                     asBoss);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("十个工作日内处理完毕全部退费申请")));
    CHECK(listed.out.contains(QStringLiteral("not checked")));
    const QString promiseId = listed.out.split(QLatin1Char('\n')).value(1).trimmed().section(QLatin1Char('\t'), 0, 0);

    const QString pdf = dir.filePath(QStringLiteral("talk.pdf"));
    REQUIRE(cli(QStringList{QStringLiteral("talk"), QStringLiteral("print"), talkId, QStringLiteral("--out"), pdf} + asBoss)
                .exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(printed.contains(QStringLiteral("约谈记录")));
    CHECK(printed.contains(QStringLiteral("十个工作日内处理完毕全部退费申请")));
    CHECK(printed.contains(QStringLiteral("张总经理")));
    CHECK(printed.contains(QStringLiteral("被约谈经营者代表（签名）")));

    Run checked = cli(QStringList{QStringLiteral("talk"), QStringLiteral("check"), promiseId, QStringLiteral("--kept"),
                                  QStringLiteral("--note"), QStringLiteral("已抽查退费记录")} +
                      asBoss);
    INFO(checked.err.toStdString());
    REQUIRE(checked.exitCode == 0);
    listed = cli(QStringList{QStringLiteral("talk"), QStringLiteral("list"), QStringLiteral("--business"),
                             QStringLiteral("1")} +
                 asBoss);
    CHECK(listed.out.contains(QStringLiteral("kept (checked %1)").arg(QDate::currentDate().toString(Qt::ISODate))));

    // A JSON key CaseDesk does not know, a talk in the future, both --kept and --not-kept: refused.
    {
        QFile file(json);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"heldOn":"2026-01-05","councilAttendees":"甲","businessAttendees":"乙","problems":"丙","mood":"x"})");
    }
    Run unknown = cli(QStringList{QStringLiteral("talk"), QStringLiteral("add"), QStringLiteral("--business"),
                                  QStringLiteral("1"), QStringLiteral("--json"), json} +
                      asBoss);
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("mood")));
    CHECK(cli(QStringList{QStringLiteral("talk"), QStringLiteral("check"), promiseId, QStringLiteral("--kept"),
                          QStringLiteral("--not-kept")} +
              asBoss)
              .exitCode != 0);
}

TEST_CASE("casedesk-cli: a networked enterprise's answer closes a forwarded case or brings it back", "[cli][enterprises]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    Run forwarded = cli(QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"),
                                    QStringLiteral("forwarded"), QStringLiteral("--limit"), QStringLiteral("2")} +
                        asBoss);
    REQUIRE(forwarded.exitCode == 0);
    const QStringList lines = forwarded.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QString first = lines.at(0).section(QLatin1Char('\t'), 0, 0);
    const QString second = lines.at(1).section(QLatin1Char('\t'), 0, 0);

    // The business of the second case signs a complaint-network agreement: listed with its case.
    QString businessId;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("talks-cli"));
        file.setDatabaseName(db);
        REQUIRE(file.open());
        QSqlQuery query(file);
        REQUIRE(query.exec(QStringLiteral("SELECT business_id FROM complaints WHERE case_number = '%1'").arg(second)));
        REQUIRE(query.next());
        businessId = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("talks-cli"));
    Run signedUp = cli(QStringList{QStringLiteral("enterprise"), QStringLiteral("agreement"), businessId,
                                   QStringLiteral("--signed-on"), QStringLiteral("2026-01-10"), QStringLiteral("--contact"),
                                   QStringLiteral("刘经理"), QStringLiteral("--odr")} +
                       asBoss);
    INFO(signedUp.err.toStdString());
    REQUIRE(signedUp.exitCode == 0);
    Run enterprises = cli(QStringList{QStringLiteral("enterprise"), QStringLiteral("list")} + asBoss);
    REQUIRE(enterprises.exitCode == 0);
    // The demo's own networked enterprises are listed too: this one's line says what was signed.
    QString line;
    for (const QString &l : enterprises.out.split(QLatin1Char('\n'))) {
        if (l.startsWith(businessId + QLatin1Char('\t')))
            line = l;
    }
    REQUIRE_FALSE(line.isEmpty());
    CHECK(line.contains(QStringLiteral("since 2026-01-10")));
    CHECK(line.contains(QStringLiteral("case(s) with it")));
    CHECK(line.contains(QStringLiteral("ODR")));

    Run failed = cli(QStringList{QStringLiteral("enterprise"), QStringLiteral("answer"), first, QStringLiteral("--failed"),
                                 QStringLiteral("--text"), QStringLiteral("经营者拒绝退款")} +
                     asBoss);
    INFO(failed.err.toStdString());
    REQUIRE(failed.exitCode == 0);
    CHECK(cli(QStringList{QStringLiteral("case"), QStringLiteral("show"), first} + asBoss).out.contains(QStringLiteral("In mediation")));

    Run settled = cli(QStringList{QStringLiteral("enterprise"), QStringLiteral("answer"), second,
                                  QStringLiteral("--settled"), QStringLiteral("--text"), QStringLiteral("退还全部款项"),
                                  QStringLiteral("--amount"), QStringLiteral("1")} +
                      asBoss);
    INFO(settled.err.toStdString());
    REQUIRE(settled.exitCode == 0);
    CHECK(settled.out.contains(QStringLiteral("the case is closed")));
    // Answered already: the case is no longer with the enterprise.
    CHECK(cli(QStringList{QStringLiteral("enterprise"), QStringLiteral("answer"), second, QStringLiteral("--failed"),
                          QStringLiteral("--text"), QStringLiteral("x")} +
              asBoss)
              .exitCode == 1);
}
