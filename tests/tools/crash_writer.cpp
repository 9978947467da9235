// casedesk-crash-writer: the helper of scripts/crash-test.sh.
//
//   casedesk-crash-writer write DB RUN BATCHES SIZE
//       Writes BATCHES batches of SIZE cases, each batch in one transaction (BulkCaseWriter,
//       with its audit records), and prints "committed RUN-N" after each commit returns.
//       The script kills it with SIGKILL at random moments.
//   casedesk-crash-writer check DB LOG
//       After the kills: PRAGMA integrity_check, every batch LOG says was committed is
//       there in full, no batch is there in part, and the audit chain is intact.
//       Prints one line; exit 0 when all holds.

#include "storage/audit_verifier.h"
#include "storage/bulk_case_writer.h"
#include "storage/database.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

using namespace casedesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Complaint caseOf(qint64 categoryId, const QString &batch, int index)
{
    Complaint c;
    c.consumer = {0, QStringLiteral("张伟"), QStringLiteral("13812345678"), {}, QStringLiteral("上海市长宁区天山路100弄")};
    c.business = {0, QStringLiteral("悦动健身会所"), {}, QStringLiteral("上海市长宁区延安西路1000号"),
                  QStringLiteral("长宁区"), QStringLiteral("新华路街道")};
    c.channel = Channel::Platform12315;
    c.platformRef = batch; // the batch tag the checker counts by
    c.categoryId = categoryId;
    c.nature = Nature::Contract;
    c.amountFen = 100 + index;
    c.demand = QStringLiteral("退款");
    c.facts = QStringLiteral("批量写入第%1条").arg(index);
    c.incidentDate = QDate(2026, 3, 1);
    c.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600));
    c.updatedAt = c.receivedAt;
    c.status = CaseStatus::Registered;
    return c;
}

int write(const QString &path, const QString &run, int batches, int size)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        out() << "open failed: " << db.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase c = db.value()->connection();
    const qint64 categoryId = queryScalar(c, QStringLiteral("SELECT min(id) FROM categories")).value().toLongLong();
    for (int b = 0; b < batches; ++b) {
        const QString tag = QStringLiteral("%1-%2").arg(run).arg(b);
        BulkCaseWriter writer(c);
        if (auto started = writer.begin(); !started) {
            out() << "begin failed: " << started.error().message << Qt::endl;
            return 1;
        }
        for (int i = 0; i < size; ++i) {
            Complaint complaint = caseOf(categoryId, tag, i);
            auto consumer = writer.addConsumer(complaint.consumer, complaint.receivedAt);
            auto business = writer.addBusiness(complaint.business, complaint.receivedAt);
            if (!consumer || !business)
                return 1;
            complaint.consumer.id = consumer.value();
            complaint.business.id = business.value();
            if (auto added = writer.addComplaint(complaint, QStringLiteral("crash-test")); !added) {
                out() << "add failed: " << added.error().message << Qt::endl;
                return 1;
            }
        }
        if (auto committed = writer.commit(); !committed) {
            out() << "commit failed: " << committed.error().message << Qt::endl;
            return 1;
        }
        out() << "committed " << tag << Qt::endl; // flushed: the script reads what commit() returned
    }
    return 0;
}

int check(const QString &path, const QString &logPath, int size)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        out() << "FAIL open: " << db.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase c = db.value()->connection();
    auto integrity = queryScalar(c, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity || integrity->toString() != QLatin1String("ok")) {
        out() << "FAIL integrity_check: " << (integrity ? integrity->toString() : integrity.error().message) << Qt::endl;
        return 1;
    }
    // Cases per batch tag, read once (platform_ref has no index; one query per batch would crawl).
    QHash<QString, int> perBatch;
    auto counts = runQuery(c, QStringLiteral("SELECT platform_ref, count(*) FROM complaints GROUP BY platform_ref"));
    if (!counts)
        return 1;
    while (counts->next())
        perBatch.insert(counts->value(0).toString(), counts->value(1).toInt());
    for (auto it = perBatch.cbegin(); it != perBatch.cend(); ++it) {
        if (it.value() != size) {
            out() << "FAIL half-applied batch " << it.key() << ": " << it.value() << " cases" << Qt::endl;
            return 1;
        }
    }
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly | QIODevice::Text)) {
        out() << "FAIL cannot read " << logPath << Qt::endl;
        return 1;
    }
    int committed = 0;
    while (!log.atEnd()) {
        const QString line = QString::fromUtf8(log.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("committed ")))
            continue;
        const QString tag = line.mid(10);
        if (perBatch.value(tag) != size) {
            out() << "FAIL committed batch " << tag << " has " << perBatch.value(tag) << " of " << size << " cases"
                  << Qt::endl;
            return 1;
        }
        ++committed;
    }
    const auto audits = queryScalar(c, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto cases = queryScalar(c, QStringLiteral("SELECT count(*) FROM complaints"));
    if (!audits || !cases || audits->toLongLong() != cases->toLongLong()) {
        out() << "FAIL audit records do not match cases" << Qt::endl;
        return 1;
    }
    auto verdict = verifyAuditChain(c);
    if (!verdict || !verdict->intact()) {
        out() << "FAIL audit chain: " << (verdict ? verdict->message : verdict.error().message) << Qt::endl;
        return 1;
    }
    out() << "ok: " << committed << " committed batches present, " << cases->toLongLong()
          << " cases, none half-applied, audit chain intact" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 6 && args.at(1) == QLatin1String("write"))
        return write(args.at(2), args.at(3), args.at(4).toInt(), args.at(5).toInt());
    if (args.size() == 5 && args.at(1) == QLatin1String("check"))
        return check(args.at(2), args.at(3), args.at(4).toInt());
    std::fputs("usage: casedesk-crash-writer write DB RUN BATCHES SIZE | check DB LOG SIZE\n", stderr);
    return 2;
}
