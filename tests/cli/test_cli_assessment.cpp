#include "catch_qt.h"
#include "cli_run.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("casedesk-cli: a year's sheet copied and edited, points scored, ranked, a model point marked and unmarked",
          "[cli][liaison][assessment]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("50"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    const auto points = [&](const QStringList &arguments) { return cli(QStringList{QStringLiteral("points")} + arguments + asBoss); };
    const QString year = QString::number(QDate::currentDate().year());
    const QString json = dir.filePath(QStringLiteral("in.json"));

    // Two points of our own.
    QList<QString> ids;
    for (const QString &name : {QStringLiteral("甲菜场联络点"), QStringLiteral("乙超市联络点")}) {
        write(json, QStringLiteral(R"({"name":"%1","type":"market","street":"天山路街道"})").arg(name).toUtf8());
        Run added = points({QStringLiteral("add"), json});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        ids << added.out.trimmed();
    }

    // This year's sheet starts as a copy; shown as JSON; a criterion's maximum raised and saved back.
    Run copied = points({QStringLiteral("sheet"), QStringLiteral("copy"), QStringLiteral("--year"), year});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("21 criteria")));
    Run shown = points({QStringLiteral("sheet"), QStringLiteral("show"), QStringLiteral("--year"), year});
    REQUIRE(shown.exitCode == 0);
    QJsonObject sheet = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(sheet.value(QStringLiteral("maxPoints")).toInt() == 100);
    QJsonArray categories = sheet.value(QStringLiteral("categories")).toArray();
    REQUIRE(categories.size() == 5);
    QJsonObject first = categories.at(0).toObject();
    QJsonArray criteria = first.value(QStringLiteral("criteria")).toArray();
    QJsonObject criterion = criteria.at(0).toObject();
    const QString criterionName = criterion.value(QStringLiteral("name")).toString();
    criterion.insert(QStringLiteral("maxPoints"), 10);
    criteria.replace(0, criterion);
    first.insert(QStringLiteral("criteria"), criteria);
    categories.replace(0, first);
    sheet.insert(QStringLiteral("categories"), categories);
    write(json, QJsonDocument(sheet).toJson());
    Run set = points({QStringLiteral("sheet"), QStringLiteral("set"), QStringLiteral("--year"), year, json});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("106 points")));

    // Scores by criterion name; over the maximum refused; the two points tie on the total and
    // the first category decides.
    const auto score = [&](const QString &id, const QString &criterionText, int pointsGiven) {
        write(json, QStringLiteral(R"({"scores":[{"criterion":%1,"points":%2,"note":"现场检查"}],"notes":"年度考核"})")
                        .arg(criterionText)
                        .arg(pointsGiven)
                        .toUtf8());
        return points({QStringLiteral("score"), id, QStringLiteral("--year"), year, json});
    };
    const QString byName = QStringLiteral("\"%1\"").arg(criterionName);
    Run over = score(ids[0], byName, 11);
    CHECK(over.exitCode == 1);
    CHECK(over.err.contains(criterionName));
    CHECK(score(ids[0], QStringLiteral("999999"), 1).exitCode == 1);
    Run scored = score(ids[0], byName, 10);
    INFO(scored.err.toStdString());
    REQUIRE(scored.exitCode == 0);
    CHECK(scored.out.contains(QStringLiteral("10 of 106")));
    const QString lastCategoryCriterion =
        QString::number(categories.at(4).toObject().value(QStringLiteral("criteria")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger());
    write(json, QStringLiteral(R"({"scores":[{"criterion":%1,"points":4},{"criterion":%2,"points":6}]})")
                    .arg(criterion.value(QStringLiteral("id")).toInteger())
                    .arg(lastCategoryCriterion)
                    .toUtf8());
    REQUIRE(points({QStringLiteral("score"), ids[1], QStringLiteral("--year"), year, json}).exitCode == 0);

    Run ranking = points({QStringLiteral("ranking"), QStringLiteral("--year"), year, QStringLiteral("--json")});
    REQUIRE(ranking.exitCode == 0);
    const QJsonArray ranked = QJsonDocument::fromJson(ranking.out.toUtf8()).array();
    REQUIRE(ranked.size() == 2);
    CHECK(ranked.at(0).toObject().value(QStringLiteral("point")).toString() == QStringLiteral("甲菜场联络点"));
    CHECK(ranked.at(0).toObject().value(QStringLiteral("rank")).toInt() == 1);
    CHECK(ranked.at(1).toObject().value(QStringLiteral("rank")).toInt() == 2);
    CHECK(ranked.at(1).toObject().value(QStringLiteral("total")).toInt() == 10);

    // The first is marked a model point: on the point and in the ranking; then unmarked.
    Run marked = points({QStringLiteral("model"), ids[0], QStringLiteral("--year"), year});
    INFO(marked.err.toStdString());
    REQUIRE(marked.exitCode == 0);
    const QJsonObject shownPoint =
        QJsonDocument::fromJson(points({QStringLiteral("show"), ids[0]}).out.toUtf8()).object();
    CHECK(shownPoint.value(QStringLiteral("modelTitle")).toString() == QStringLiteral("示范联络点"));
    CHECK(shownPoint.value(QStringLiteral("modelYear")).toInt() == QDate::currentDate().year());
    CHECK(points({QStringLiteral("ranking"), QStringLiteral("--year"), year}).out.contains(QStringLiteral("示范联络点")));
    CHECK(points({QStringLiteral("model"), ids[0], QStringLiteral("--year"), year, QStringLiteral("--unmark")}).exitCode == 0);
    CHECK(QJsonDocument::fromJson(points({QStringLiteral("show"), ids[0]}).out.toUtf8())
              .object()
              .value(QStringLiteral("modelTitle"))
              .toString()
              .isEmpty());
    // Usage errors.
    CHECK(points({QStringLiteral("ranking")}).exitCode == 1);
    CHECK(points({QStringLiteral("model"), ids[0], QStringLiteral("--year"), year, QStringLiteral("--unmark"),
                  QStringLiteral("--title"), QStringLiteral("x")})
              .exitCode == 1);
}
