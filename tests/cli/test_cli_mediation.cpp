#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("casedesk-cli: the gym case from complaint through failed mediation to the court, and both PDFs",
          "[cli][mediation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("gym.db"));
    const auto onDb = [&db](QStringList arguments) {
        arguments << QStringLiteral("--database") << db;
        return cli(arguments);
    };
    const auto as = [&onDb](QStringList arguments, const QString &who) {
        arguments << QStringLiteral("--as") << who;
        return onDb(arguments);
    };
    const QString worker = QStringLiteral("李敏");
    const QString boss = QStringLiteral("王主任");
    const QString admin = QStringLiteral("管理员");
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"), admin,
                 QStringLiteral("--prefix"), QStringLiteral("长宁"), QStringLiteral("--council"),
                 QStringLiteral("上海市长宁区消费者权益保护委员会")})
                .exitCode == 0);
    REQUIRE(as({QStringLiteral("user"), QStringLiteral("add"), worker}, admin).exitCode == 0);
    REQUIRE(as({QStringLiteral("user"), QStringLiteral("add"), boss, QStringLiteral("--role"),
                QStringLiteral("supervisor")},
               admin)
                .exitCode == 0);

    const QString caseFile = dir.filePath(QStringLiteral("case.json"));
    write(caseFile, QStringLiteral(
                        R"({"channel":"12315","category":"文化娱乐体育","nature":"contract","amountYuan":"2400",
        "demand":"要求退还剩余健身卡费用2400元","facts":"2017年4月5日购买三年期健身卡，2017年12月25日健身房关门。",
        "incidentDate":"2017-04-05","receivedAt":"2018-01-08T10:00:00+08:00","assignee":"李敏",
        "consumer":{"name":"张伟","phone":"13812345678","address":"上海市长宁区天山路100弄5号"},
        "business":{"name":"上海悦动健身有限公司","address":"上海市长宁区延安西路1000号","district":"长宁区","street":"新华路街道"}})")
                        .toUtf8());
    Run run = as({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), caseFile}, worker);
    REQUIRE(run.exitCode == 0);
    const QString id = run.out.trimmed();
    REQUIRE(id == QStringLiteral("长宁-2018-000001"));

    // No agreement, no referral yet: clear messages, exit 1.
    run = as({QStringLiteral("agreement"), id, QStringLiteral("--out"), dir.filePath(QStringLiteral("a.pdf"))}, worker);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no mediation agreement")));
    run = as({QStringLiteral("referral"), id, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.pdf"))}, worker);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not referred")));

    REQUIRE(as({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("accepted"), QStringLiteral("--at"), QStringLiteral("2018-01-09T09:00")},
               worker)
                .exitCode == 0);
    REQUIRE(as({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("in_mediation"), QStringLiteral("--at"), QStringLiteral("2018-01-10T09:00")},
               worker)
                .exitCode == 0);

    // The directories need a supervisor.
    run = as({QStringLiteral("mediator"), QStringLiteral("add"), QStringLiteral("陈静"), QStringLiteral("--kind"),
              QStringLiteral("peoples_mediator")},
             worker);
    CHECK(run.exitCode == 1);
    REQUIRE(as({QStringLiteral("mediator"), QStringLiteral("add"), QStringLiteral("陈静"), QStringLiteral("--kind"),
                QStringLiteral("peoples_mediator")},
               boss)
                .exitCode == 0);
    REQUIRE(as({QStringLiteral("mediator"), QStringLiteral("add"), QStringLiteral("赵明"), QStringLiteral("--kind"),
                QStringLiteral("volunteer_lawyer"), QStringLiteral("--office"), QStringLiteral("上海明理律师事务所")},
               boss)
                .exitCode == 0);
    REQUIRE(as({QStringLiteral("court"), QStringLiteral("add"), QStringLiteral("长宁区人民法院消保委巡回审判点"),
                QStringLiteral("--kind"), QStringLiteral("circuit")},
               boss)
                .exitCode == 0);
    run = onDb({QStringLiteral("mediator"), QStringLiteral("list")});
    CHECK(run.out.contains(QStringLiteral("赵明\tvolunteer_lawyer\t上海明理律师事务所")));

    run = as({QStringLiteral("session"), QStringLiteral("add"), id, QStringLiteral("--at"),
              QStringLiteral("2018-02-06T14:00"), QStringLiteral("--mediator"), QStringLiteral("陈静"),
              QStringLiteral("--outcome"), QStringLiteral("no_agreement"), QStringLiteral("--record"),
              QStringLiteral("经营者拒绝退款。")},
             worker);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    run = as({QStringLiteral("session"), QStringLiteral("add"), id, QStringLiteral("--at"),
              QStringLiteral("2018-02-06T14:30"), QStringLiteral("--mediator"), QStringLiteral("陈静"),
              QStringLiteral("--mode"), QStringLiteral("phone"), QStringLiteral("--outcome"),
              QStringLiteral("cancelled")},
             worker);
    REQUIRE(run.exitCode == 0); // cancelled: no double booking
    CHECK_FALSE(run.err.contains(QStringLiteral("Warning")));
    run = as({QStringLiteral("session"), QStringLiteral("add"), id, QStringLiteral("--at"),
              QStringLiteral("2018-02-06T14:30"), QStringLiteral("--mediator"), QStringLiteral("陈静"),
              QStringLiteral("--outcome"), QStringLiteral("no_show")},
             worker);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("Warning: 陈静 is also booked")));
    // The agenda shows case numbers: only to someone signed in.
    run =
        onDb({QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2018-02-05"),
              QStringLiteral("--to"), QStringLiteral("2018-02-11"), QStringLiteral("--as"), worker});
    CHECK(run.out.count(id) == 3);

    // Mediation fails; the consumer agrees to go to the circuit hearing point the same day.
    const QString refFile = dir.filePath(QStringLiteral("referral.json"));
    write(refFile, QStringLiteral(R"({"consentOn":"2018-03-21","court":"长宁区人民法院消保委巡回审判点",
        "referredOn":"2018-03-21","claims":"判令被告退还剩余健身卡费用人民币2400元。","lawyer":"赵明"})")
                       .toUtf8());
    run = as({QStringLiteral("referral"), QStringLiteral("set"), id, QStringLiteral("--json"), refFile}, worker);
    CHECK(run.exitCode == 1); // still in mediation
    REQUIRE(as({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                QStringLiteral("mediation_terminated"), QStringLiteral("--ground"), QStringLiteral("no_agreement"),
                QStringLiteral("--at"), QStringLiteral("2018-03-21T09:00")},
               worker)
                .exitCode == 0);
    REQUIRE(as({QStringLiteral("referral"), QStringLiteral("set"), id, QStringLiteral("--json"), refFile}, worker)
                .exitCode == 0);
    REQUIRE(as({QStringLiteral("referral"), QStringLiteral("hearing"), id, QStringLiteral("--at"),
                QStringLiteral("2018-03-21T14:00")},
               worker)
                .exitCode == 0);
    const QString outcomeFile = dir.filePath(QStringLiteral("outcome.json"));
    write(outcomeFile, QByteArrayLiteral(
                           R"({"outcome":"for_consumer","decidedOn":"2018-03-21","awarded":"2400","recovered":2400})"));
    write(dir.filePath(QStringLiteral("bad.json")), QByteArrayLiteral(R"({"outcome":"won"})"));
    CHECK(as({QStringLiteral("referral"), QStringLiteral("set"), id, QStringLiteral("--json"),
              dir.filePath(QStringLiteral("bad.json"))},
             worker)
              .exitCode == 1);
    REQUIRE(as({QStringLiteral("referral"), QStringLiteral("set"), id, QStringLiteral("--json"), outcomeFile}, worker)
                .exitCode == 0);

    const QString pdf = dir.filePath(QStringLiteral("移送函.pdf"));
    run = as({QStringLiteral("referral"), id, QStringLiteral("--out"), pdf}, worker);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));

    REQUIRE(as({QStringLiteral("referral"), QStringLiteral("close"), id}, worker).exitCode == 0);
    run = as({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")}, worker);
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(shown.value(QStringLiteral("recoveredFen")).toInteger() == 240000);
}

TEST_CASE("casedesk-cli: a mediation agreement drafted from JSON, signed, performed and printed", "[cli][mediation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("agreement.db"));
    const auto onDb = [&db](QStringList arguments) {
        arguments << QStringLiteral("--database") << db << QStringLiteral("--as") << QStringLiteral("王主任");
        return cli(arguments);
    };
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"),
                 QStringLiteral("管理员")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("王主任"), QStringLiteral("--role"),
                 QStringLiteral("supervisor"), QStringLiteral("--database"), db, QStringLiteral("--as"),
                 QStringLiteral("管理员")})
                .exitCode == 0);
    REQUIRE(onDb({QStringLiteral("mediator"), QStringLiteral("add"), QStringLiteral("陈静"), QStringLiteral("--kind"),
                  QStringLiteral("staff")})
                .exitCode == 0);
    const QString caseFile = dir.filePath(QStringLiteral("case.json"));
    write(caseFile,
          QStringLiteral(R"({"channel":"phone","category":"文化娱乐体育","nature":"contract","amountYuan":"2400",
        "demand":"要求退还健身卡余额2400元","facts":"健身房关门。","receivedAt":"2018-01-08T10:00:00+08:00",
        "consumer":{"name":"张伟","phone":"13812345678","address":"上海市长宁区"},
        "business":{"name":"上海悦动健身有限公司","address":"上海市长宁区","district":"长宁区","street":"新华路街道"}})")
              .toUtf8());
    Run run = onDb({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), caseFile});
    REQUIRE(run.exitCode == 0);
    const QString id = run.out.trimmed();
    for (const char *to : {"accepted", "in_mediation"})
        REQUIRE(onDb({QStringLiteral("case"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                      QLatin1String(to), QStringLiteral("--at"), QStringLiteral("2018-01-10T09:00")})
                    .exitCode == 0);

    const QString draft = dir.filePath(QStringLiteral("draft.json"));
    write(draft, QByteArrayLiteral(R"({"colour":"red"})"));
    run = onDb({QStringLiteral("agreement"), QStringLiteral("draft"), id, QStringLiteral("--json"), draft});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("colour")));
    write(draft, QByteArray("{\"terms\":\"\xff\"}")); // broken UTF-8
    CHECK(onDb({QStringLiteral("agreement"), QStringLiteral("draft"), id, QStringLiteral("--json"), draft}).exitCode ==
          1);
    write(draft, QStringLiteral(R"({"performBy":"2018-03-31","mediator":"陈静","amount":"2,400"})").toUtf8());
    run = onDb({QStringLiteral("agreement"), QStringLiteral("draft"), id, QStringLiteral("--json"), draft});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(QStringLiteral("Still missing"))); // the template filled the rest
    run = onDb({QStringLiteral("agreement"), QStringLiteral("sign"), id, QStringLiteral("--on"),
                QStringLiteral("2018-03-21")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2018-04-20")));
    run = onDb({QStringLiteral("agreement"), QStringLiteral("perform"), id, QStringLiteral("--status"),
                QStringLiteral("performed"), QStringLiteral("--on"), QStringLiteral("2018-03-30"),
                QStringLiteral("--recovered"), QStringLiteral("-5")});
    CHECK(run.exitCode == 1);
    REQUIRE(onDb({QStringLiteral("agreement"), QStringLiteral("perform"), id, QStringLiteral("--status"),
                  QStringLiteral("performed"), QStringLiteral("--on"), QStringLiteral("2018-03-30"),
                  QStringLiteral("--recovered"), QStringLiteral("2400")})
                .exitCode == 0);
    run = onDb({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("recoveredFen")).toInteger() == 240000);
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    run = onDb({QStringLiteral("agreement"), id, QStringLiteral("--out"), pdf});
    REQUIRE(run.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
}
