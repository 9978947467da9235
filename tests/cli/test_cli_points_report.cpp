#include "catch_qt.h"
#include "cli_run.h"
#include "xlsx_reading.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

void write(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// The text of a PDF without its white space (pdftotext breaks lines where the page does).
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

struct LedgerLine {
    QString point;
    int month; // 0, 1, 2: the months of the quarter; -1 the month before it
    qint64 consultations, trainees, trainings, leaflets, settled, fen;
};

QString yuan(qint64 fen)
{
    return QLocale::c().toString(double(fen) / 100.0, 'f', 2);
}

} // namespace

TEST_CASE("casedesk-cli points report: a quarter's PDF totals are the sums of the ledgers and transfers; Excel and CSV",
          "[cli][liaison][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("points.db"));
    const QString admin = QStringLiteral("管理员");
    const QString boss = QStringLiteral("测试科长");
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--admin"), admin,
                 QStringLiteral("--council"), QStringLiteral("长宁区消费者权益保护委员会")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), boss, QStringLiteral("--role"), QStringLiteral("supervisor"),
                 QStringLiteral("--as"), admin, QStringLiteral("--database"), db})
                .exitCode == 0);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    const auto points = [&](const QStringList &arguments) { return cli(QStringList{QStringLiteral("points")} + arguments + asBoss); };

    // The quarter before this one: complete, its days all past.
    const QDate today = QDate::currentDate();
    const QDate start = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(-3);
    const QString quarter = QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);

    // Two malls and a market on two streets.
    const QString list = dir.filePath(QStringLiteral("points.csv"));
    write(list, QStringLiteral("名称,类型,地址,街道\n西郊商场联络点,商场,仙霞西路88号,程家桥街道\n"
                               "天山菜场联络点,市场,天山路300号,程家桥街道\n虹桥商场联络点,商场,虹桥路1号,虹桥街道\n"));
    REQUIRE(points({QStringLiteral("import"), list}).exitCode == 0);
    Run listed = points({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    QHash<QString, qint64> ids;
    for (const QJsonValue &p : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        ids.insert(p.toObject().value(QStringLiteral("name")).toString(), p.toObject().value(QStringLiteral("id")).toInteger());
    REQUIRE(ids.size() == 3);

    const QList<LedgerLine> ledgers = {
        {QStringLiteral("西郊商场联络点"), 0, 40, 25, 2, 300, 3, 125050},
        {QStringLiteral("西郊商场联络点"), 2, 20, 0, 0, 100, 1, 30000},
        {QStringLiteral("天山菜场联络点"), 1, 15, 10, 1, 60, 0, 0},
        {QStringLiteral("虹桥商场联络点"), 0, 62, 23, 1, 450, 2, 100000},
        {QStringLiteral("西郊商场联络点"), -1, 999, 99, 9, 999, 9, 999900}, // before the quarter
    };
    QString ledgerCsv = QStringLiteral("联络点,月份,咨询,培训人数,培训次数,宣传资料,现场调解件数,调解金额\n");
    qint64 sum[6] = {};
    for (const LedgerLine &l : ledgers) {
        ledgerCsv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                         .arg(l.point, start.addMonths(l.month).toString(QStringLiteral("yyyy-MM")))
                         .arg(l.consultations)
                         .arg(l.trainees)
                         .arg(l.trainings)
                         .arg(l.leaflets)
                         .arg(l.settled)
                         .arg(yuan(l.fen));
        if (l.month < 0)
            continue;
        const qint64 values[6] = {l.consultations, l.trainees, l.trainings, l.leaflets, l.settled, l.fen};
        for (int i = 0; i < 6; ++i)
            sum[i] += values[i];
    }
    const QString ledgerFile = dir.filePath(QStringLiteral("ledger.csv"));
    write(ledgerFile, ledgerCsv);
    Run loaded = points({QStringLiteral("ledger-import"), ledgerFile});
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);

    // Transfers: two through the first mall and one through the other in the quarter (one
    // refused), one before it.
    const QString caseFile = dir.filePath(QStringLiteral("case.json"));
    const auto transfer = [&](const QString &point, const QDate &received) {
        write(caseFile, QStringLiteral(R"({"channel":"liaison_point","liaisonPointId":%1,"category":"食品","nature":"quality",
            "amountYuan":"58","demand":"退货退款","facts":"在商场购买的食品变质。","receivedAt":"%2T10:00:00+08:00",
            "consumer":{"name":"张伟","phone":"13812345678","address":"上海市长宁区天山路100弄5号"},
            "business":{"name":"某食品店","address":"天山路300号","district":"长宁区","street":"天山路街道"}})")
                            .arg(ids.value(point))
                            .arg(received.toString(Qt::ISODate)));
        Run added = cli(QStringList{QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), caseFile} + asBoss);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.out;
    };
    int transfers = 0;
    transfer(QStringLiteral("西郊商场联络点"), start.addDays(10));
    transfer(QStringLiteral("西郊商场联络点"), start.addDays(40));
    transfer(QStringLiteral("虹桥商场联络点"), start.addDays(70));
    transfers += 3;
    transfer(QStringLiteral("虹桥商场联络点"), start.addDays(-5));

    // The PDF in Chinese, with an analysis given on the command line.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QList<QPair<QString, QString>> chinese = {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                                                    {QStringLiteral("LANGUAGE"), QString()}};
    Run written = cliWithEnvironment(QStringList{QStringLiteral("points"), QStringLiteral("report"), QStringLiteral("--period"),
                                                 quarter, QStringLiteral("--out"), pdf, QStringLiteral("--analysis"),
                                                 QStringLiteral("本季度联络点运行平稳。")} +
                                         asBoss,
                                     chinese);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString pages = pdfText(pdf);
    CHECK(pages.contains(QStringLiteral("本季度联络点运行平稳。")));
    CHECK(pages.contains(QStringLiteral("长宁区消费者权益保护委员会")));
    CHECK(pages.contains(QStringLiteral("%1年第").arg(start.year())));
    // The total row: 3 active points, 3 with ledgers, the ledgers' sums, the transfers.
    const QString totals = QStringLiteral("33%1%2%3%4%5%6%7")
                               .arg(sum[0])
                               .arg(sum[1])
                               .arg(sum[2])
                               .arg(sum[3])
                               .arg(sum[4])
                               .arg(QLocale(QLocale::English).toString(double(sum[5]) / 100.0, 'f', 2)) // 2,550.50
                               .arg(transfers);
    INFO(pages.toStdString());
    CHECK(pages.contains(totals));
    CHECK_FALSE(pages.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")))); // no ISO-only date
    CHECK_FALSE(pages.contains(dir.path().remove(QRegularExpression(QStringLiteral("\\s")))));

    // The workbook: the same total row.
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(points({QStringLiteral("report"), QStringLiteral("--period"), quarter, QStringLiteral("--out"), xlsx}).exitCode == 0);
    const QStringList byType = xlsxRows(xlsx, 1);
    REQUIRE(byType.size() == 2 + 3); // title, header, market, mall, total
    CHECK(byType.last() == QStringLiteral("Total|3|3|%1|%2|%3|%4|%5|%6|%7")
                               .arg(sum[0])
                               .arg(sum[1])
                               .arg(sum[2])
                               .arg(sum[3])
                               .arg(sum[4])
                               .arg(double(sum[5]) / 100.0)
                               .arg(transfers));

    // CSV: every table beside the file named, or one table.
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    Run csvRun = points({QStringLiteral("report"), QStringLiteral("--period"), quarter, QStringLiteral("--out"), csv});
    INFO(csvRun.err.toStdString());
    REQUIRE(csvRun.exitCode == 0);
    for (const char *table : {"by-type", "by-street", "most-transfers", "most-settlements", "replies", "leads", "unvisited",
                              "transfer-results"})
        CHECK(QFile::exists(dir.filePath(QStringLiteral("report-%1.csv").arg(QLatin1String(table)))));
    const QString streets = dir.filePath(QStringLiteral("streets.csv"));
    REQUIRE(points({QStringLiteral("report"), QStringLiteral("--period"), quarter, QStringLiteral("--out"), streets,
                    QStringLiteral("--table"), QStringLiteral("by-street")})
                .exitCode == 0);
    QFile streetFile(streets);
    REQUIRE(streetFile.open(QIODevice::ReadOnly));
    const QByteArray streetBytes = streetFile.readAll();
    CHECK(streetBytes.startsWith("\xEF\xBB\xBF"));
    const QString streetText = QString::fromUtf8(streetBytes);
    CHECK(streetText.contains(QStringLiteral("虹桥街道,1,1,62,23,1,450,2,1000.00,1\r\n")));

    // A month, a table without CSV, another kind of file: refused.
    CHECK(points({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-05"), QStringLiteral("--out"), pdf})
              .exitCode != 0);
    CHECK(points({QStringLiteral("report"), QStringLiteral("--period"), quarter, QStringLiteral("--out"), xlsx,
                  QStringLiteral("--table"), QStringLiteral("leads")})
              .exitCode != 0);
    CHECK(points({QStringLiteral("report"), QStringLiteral("--period"), quarter, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("report.txt"))})
              .exitCode != 0);
}
