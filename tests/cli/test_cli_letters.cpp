#include "catch_qt.h"
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace casedesk::test;

namespace {

// The text of a PDF without its white space (pdftotext breaks lines where the page does).
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

// The first value `sql` gives on the demo file.
QString firstValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("letters-") + path;
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST_CASE("casedesk-cli: every kind of letter printed for a demo case, one sent, reprinted as sent", "[cli][letters]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("400"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString worker =
        firstValue(db, QStringLiteral("SELECT name FROM users WHERE role = 'caseworker' ORDER BY name LIMIT 1"));
    REQUIRE_FALSE(worker.isEmpty());
    const auto letter = [&](const QString &caseNumber, const QString &kind, const QString &pdf,
                            const QStringList &more = {}) {
        return cli(QStringList{QStringLiteral("letter"), caseNumber, QStringLiteral("--kind"), kind, QStringLiteral("--out"),
                               pdf, QStringLiteral("--as"), worker, QStringLiteral("--database"), db} +
                   more);
    };
    const QString ofStatus = QStringLiteral("SELECT c.case_number FROM complaints c JOIN case_events e ON "
                                            "e.complaint_id = c.id WHERE e.to_status = '%1' AND c.status = '%2' "
                                            "ORDER BY c.id LIMIT 1");
    const QList<std::tuple<QString, QString, QString>> kinds = {
        {QStringLiteral("acceptance"), QStringLiteral("受理通知书"),
         QStringLiteral("SELECT case_number FROM complaints WHERE accepted_at IS NOT NULL ORDER BY id LIMIT 1")},
        {QStringLiteral("refusal"), QStringLiteral("不予受理告知书"), ofStatus.arg(QStringLiteral("refused"), QStringLiteral("refused"))},
        {QStringLiteral("return"), QStringLiteral("退回告知书"), ofStatus.arg(QStringLiteral("returned"), QStringLiteral("returned"))},
        {QStringLiteral("termination"), QStringLiteral("终止调解告知书"),
         ofStatus.arg(QStringLiteral("mediation_terminated"), QStringLiteral("mediation_terminated"))},
        {QStringLiteral("forwarding"), QStringLiteral("投诉转办函"),
         ofStatus.arg(QStringLiteral("forwarded"), QStringLiteral("forwarded"))},
        {QStringLiteral("session_record"), QStringLiteral("调解笔录"),
         QStringLiteral("SELECT c.case_number FROM complaints c JOIN mediation_sessions s ON s.complaint_id = c.id "
                        "ORDER BY c.id LIMIT 1")},
        {QStringLiteral("follow_up_record"), QStringLiteral("回访记录"),
         QStringLiteral("SELECT c.case_number FROM complaints c JOIN follow_ups f ON f.complaint_id = c.id "
                        "ORDER BY c.id LIMIT 1")},
        {QStringLiteral("agreement"), QStringLiteral("人民调解协议书"),
         QStringLiteral("SELECT c.case_number FROM complaints c JOIN mediation_agreements a ON a.complaint_id = c.id "
                        "ORDER BY c.id LIMIT 1")},
    };
    const QString council = firstValue(db, QStringLiteral("SELECT value FROM settings WHERE key = 'council_name'"));
    for (const auto &[kind, title, sql] : kinds) {
        CAPTURE(kind);
        const QString caseNumber = firstValue(db, sql);
        REQUIRE_FALSE(caseNumber.isEmpty());
        const QString pdf = dir.filePath(kind + QStringLiteral(".pdf"));
        const Run run = letter(caseNumber, kind, pdf);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString text = pdfText(pdf);
        CHECK(text.contains(title));
        CHECK(text.contains(caseNumber));
        CHECK(text.contains(QString(council).remove(QRegularExpression(QStringLiteral("\\s")))));
        CHECK_FALSE(text.contains(QLatin1Char('{')));
    }

    // A first-compensation payout: the complainant's receipt, the amount in figures and in capitals.
    const QString boss = demoSupervisor(db);
    const QStringList asBoss = {QStringLiteral("--as"), boss, QStringLiteral("--database"), db};
    REQUIRE(cli(QStringList{QStringLiteral("fund"), QStringLiteral("create"), QStringLiteral("来福士先行赔付金")} + asBoss)
                .exitCode == 0);
    REQUIRE(cli(QStringList{QStringLiteral("fund"), QStringLiteral("top-up"), QStringLiteral("1"),
                            QStringLiteral("--amount"), QStringLiteral("1000")} +
                asBoss)
                .exitCode == 0);
    const QString paid = firstValue(db, QStringLiteral("SELECT case_number FROM complaints WHERE amount_fen >= 40000 "
                                                       "AND recovered_fen = 0 ORDER BY id LIMIT 1"));
    REQUIRE(cli(QStringList{QStringLiteral("fund"), QStringLiteral("payout"), QStringLiteral("1"), QStringLiteral("--case"),
                            paid, QStringLiteral("--amount"), QStringLiteral("400")} +
                asBoss)
                .exitCode == 0);
    const QString receipt = dir.filePath(QStringLiteral("receipt.pdf"));
    Run printed = letter(paid, QStringLiteral("payout_receipt"), receipt);
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString receiptText = pdfText(receipt);
    CHECK(receiptText.contains(QStringLiteral("先行赔付领款凭证")));
    CHECK(receiptText.contains(QStringLiteral("来福士先行赔付金")));
    CHECK(receiptText.contains(QStringLiteral("¥400.00")));
    CHECK(receiptText.contains(QStringLiteral("肆佰元整")));
    CHECK(receiptText.contains(QStringLiteral("领款人（签名并按指印）")));

    // A letter that does not fit the case, an unknown kind, a record "sent": refused, no file.
    const QString refused = firstValue(db, std::get<2>(kinds.at(1)));
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    Run wrong = letter(refused, QStringLiteral("termination"), none);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("does not fit")));
    Run unknown = letter(refused, QStringLiteral("apology"), none);
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("Unknown letter \"apology\"")));
    CHECK(letter(refused, QStringLiteral("session_record"), none, {QStringLiteral("--record-sent"), QStringLiteral("post")})
              .exitCode != 0);
    CHECK_FALSE(QFile::exists(none));

    // Sent by post: listed on the case and reprinted as it went out.
    const QString sentPdf = dir.filePath(QStringLiteral("sent.pdf"));
    Run sent = letter(refused, QStringLiteral("refusal"), sentPdf, {QStringLiteral("--record-sent"), QStringLiteral("post")});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    Run list = cli({QStringLiteral("letter"), QStringLiteral("list"), refused, QStringLiteral("--as"), worker,
                    QStringLiteral("--database"), db});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("不予受理告知书")));
    CHECK(list.out.contains(QStringLiteral("By post")));
    const QString letterId = list.out.section(QLatin1Char(' '), 0, 0).trimmed();
    const QString reprint = dir.filePath(QStringLiteral("reprint.pdf"));
    REQUIRE(cli({QStringLiteral("letter"), QStringLiteral("reprint"), letterId, QStringLiteral("--out"), reprint,
                 QStringLiteral("--as"), worker, QStringLiteral("--database"), db})
                .exitCode == 0);
    CHECK(pdfText(reprint) == pdfText(sentPdf));

    // A terminated case referred to a court: its referral letter sent and reprinted as it went out.
    const QString terminated = firstValue(db, std::get<2>(kinds.at(3)));
    REQUIRE(cli(QStringList{QStringLiteral("court"), QStringLiteral("add"), QStringLiteral("长宁区人民法院")} + asBoss)
                .exitCode == 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QFile json(dir.filePath(QStringLiteral("referral.json")));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(QStringLiteral("{\"consentOn\": \"%1\", \"referredOn\": \"%1\", \"court\": \"长宁区人民法院\", "
                              "\"claims\": \"判令被告退款。\"}")
                   .arg(today)
                   .toUtf8());
    json.close();
    Run referred = cli({QStringLiteral("referral"), QStringLiteral("set"), terminated, QStringLiteral("--json"),
                        json.fileName(), QStringLiteral("--as"), worker, QStringLiteral("--database"), db});
    INFO(referred.err.toStdString());
    REQUIRE(referred.exitCode == 0);
    const QString referralPdf = dir.filePath(QStringLiteral("referral.pdf"));
    Run toCourt = letter(terminated, QStringLiteral("referral"), referralPdf,
                         {QStringLiteral("--record-sent"), QStringLiteral("in_person")});
    INFO(toCourt.err.toStdString());
    REQUIRE(toCourt.exitCode == 0);
    const QString referralText = pdfText(referralPdf);
    CHECK(referralText.contains(QStringLiteral("诉调对接移送函")));
    CHECK(referralText.contains(QStringLiteral("长宁区人民法院：")));
    CHECK(referralText.contains(QStringLiteral("三、诉讼请求")));
    Run referralList = cli({QStringLiteral("letter"), QStringLiteral("list"), terminated, QStringLiteral("--as"), worker,
                            QStringLiteral("--database"), db});
    REQUIRE(referralList.exitCode == 0);
    const QString referralId = referralList.out.section(QLatin1Char(' '), 0, 0).trimmed();
    const QString referralReprint = dir.filePath(QStringLiteral("referral-reprint.pdf"));
    REQUIRE(cli({QStringLiteral("letter"), QStringLiteral("reprint"), referralId, QStringLiteral("--out"),
                 referralReprint, QStringLiteral("--as"), worker, QStringLiteral("--database"), db})
                .exitCode == 0);
    CHECK(pdfText(referralReprint) == referralText);
}

TEST_CASE("casedesk-cli: a council's wordings exported, edited and imported on another desk", "[cli][letters]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("100"), QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString boss = demoSupervisor(db);
    const QString json = dir.filePath(QStringLiteral("wordings.json"));
    REQUIRE(cli({QStringLiteral("letter"), QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("--out"),
                 json, QStringLiteral("--as"), boss, QStringLiteral("--database"), db})
                .exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray wordings = exported.value(QStringLiteral("wordings")).toArray();
    REQUIRE(wordings.size() == 10);
    QJsonObject acceptance = wordings.at(0).toObject();
    REQUIRE(acceptance.value(QStringLiteral("kind")).toString() == QStringLiteral("acceptance"));
    acceptance.insert(QStringLiteral("title"), QStringLiteral("投诉受理告知书"));
    wordings.replace(0, acceptance);
    exported.insert(QStringLiteral("wordings"), wordings);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(exported).toJson());
    file.close();

    const QString other = dir.filePath(QStringLiteral("other.db"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("100"), QStringLiteral("--database"),
                 other})
                .exitCode == 0);
    const QString otherBoss = demoSupervisor(other);
    const QString worker =
        firstValue(other, QStringLiteral("SELECT name FROM users WHERE role = 'caseworker' ORDER BY name LIMIT 1"));
    const auto import = [&](const QString &who) {
        return cli({QStringLiteral("letter"), QStringLiteral("template"), QStringLiteral("import"), json,
                    QStringLiteral("--as"), who, QStringLiteral("--database"), other});
    };
    CHECK(import(worker).exitCode == 1); // caseworkers do not change the council's wording
    Run imported = import(otherBoss);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    Run listed = cli({QStringLiteral("letter"), QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--as"),
                      otherBoss, QStringLiteral("--database"), other});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("acceptance\t投诉受理告知书\tversion 1")));
    CHECK(listed.out.contains(QStringLiteral("refusal\t不予受理告知书\tbuilt-in"))); // unchanged: no new version

    const QString accepted =
        firstValue(other, QStringLiteral("SELECT case_number FROM complaints WHERE accepted_at IS NOT NULL LIMIT 1"));
    const QString pdf = dir.filePath(QStringLiteral("acceptance.pdf"));
    REQUIRE(cli({QStringLiteral("letter"), accepted, QStringLiteral("--kind"), QStringLiteral("acceptance"),
                 QStringLiteral("--out"), pdf, QStringLiteral("--as"), worker, QStringLiteral("--database"), other})
                .exitCode == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("投诉受理告知书")));

    // A broken file changes nothing.
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"casedeskLetterWordings":1,"wordings":[{"kind":"acceptance","title":"x","body":"{nonsense}"}]})");
    broken.close();
    Run bad = cli({QStringLiteral("letter"), QStringLiteral("template"), QStringLiteral("import"), broken.fileName(),
                   QStringLiteral("--as"), otherBoss, QStringLiteral("--database"), other});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("{nonsense}")));
}
