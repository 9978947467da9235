// casedesk-bench: checks the performance budgets of issue 7 on a large file or an office's server
// and prints, for each, the median of several runs and its ratio to the floor (the same SQL
// through the engine's own C library: SQLite's C API, or libpq for a server).
//
//   casedesk-bench [--database FILE | --server URL] [--cases N] [--runs R] [--skip-dashboard]
//                  [--memory-only] [--import-only ROWS]
//
// A missing FILE is created with N demo cases first (default 1,000,000); an existing one is
// measured as it is. A server database without cases gets them the way an office moves in: a
// demo file written first, then `server import`. Timings are wall-clock on a warm cache.

#include "bench_runs.h"
#include "import_timing.h"
#include "scroll_memory.h"
#include "sql_floor.h"

#include "case_table_model.h"
#include "due_list_dialog.h"
#include "deadlines/due_list.h"
#include "demo/demo_generator.h"
#include "query/case_list_query.h"
#include "reports/report_document.h"
#include "stats/report_content.h"
#include "stats/statistics_service.h"
#include "stats/stats_summary_counter.h"
#include "storage/calendar_repository.h"
#include "storage/case_deadline_repository.h"
#include "storage/complaint_repository.h"
#include "storage/database.h"
#include "storage/server_import.h"
#include "storage/server_url.h"
#include "storage/sql_helpers.h"
#include "storage/taxonomy_repository.h"
#include "storage/warning_repository.h"
#include "warning/warning_service.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace casedesk;
using namespace casedesk::bench;

namespace {

// The bench speaks to developers: its output is not translated.
void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

int failWith(const QString &message)
{
    QTextStream(stderr) << "casedesk-bench: " << message << Qt::endl;
    return 1;
}

// A day that makes the generated file the same on every run.
const QDate kUntil(2026, 11, 1);

struct ListCase {
    QString name;
    CaseFilter filter;
    CaseSort sort;
};

QString scalarText(const QSqlDatabase &db, const QString &sql)
{
    auto value = queryScalar(db, sql);
    return value ? value->toString() : QString();
}

// The list changes a caseworker makes, with search terms taken from the file itself.
QList<ListCase> listCases(const QSqlDatabase &db, qint64 cases)
{
    QList<ListCase> all;
    auto add = [&all](const QString &name, CaseFilter filter, CaseSort sort = {}) {
        all.append({name, std::move(filter), sort});
    };
    add(QStringLiteral("first page, newest first"), {});
    CaseFilter status;
    status.status = CaseStatus::InMediation;
    add(QStringLiteral("filter: status in mediation"), status);
    CaseFilter category;
    category.categoryId = scalarText(db, QStringLiteral("SELECT id FROM categories ORDER BY sort_order LIMIT 1 OFFSET 3"))
                              .toLongLong();
    add(QStringLiteral("filter: one category"), category);
    CaseFilter channel;
    channel.channel = Channel::Letter;
    add(QStringLiteral("filter: a rare channel"), channel);
    CaseFilter month;
    month.receivedFrom = kUntil.addMonths(-13);
    month.receivedTo = month.receivedFrom.addMonths(1).addDays(-1);
    add(QStringLiteral("filter: one month a year ago"), month);
    // The dashboard's click-through: a district and a caseworker in one month.
    CaseFilter district = month;
    district.district = scalarText(db, QStringLiteral("SELECT district FROM businesses WHERE district <> '' "
                                                      "GROUP BY district ORDER BY count(*) DESC LIMIT 1"));
    district.assignee = scalarText(db, QStringLiteral("SELECT name FROM users WHERE role = 'caseworker' "
                                                      "ORDER BY name LIMIT 1"));
    add(QStringLiteral("filter: district and caseworker in that month"), district);
    add(QStringLiteral("sort: amount, largest first"), {}, {CaseSortKey::ByAmount, true});
    add(QStringLiteral("sort: business A–Z"), {}, {CaseSortKey::ByBusiness, false});
    add(QStringLiteral("sort: complainant A–Z"), {}, {CaseSortKey::ByConsumer, false});
    add(QStringLiteral("sort: case number, oldest first"), {}, {CaseSortKey::ByCaseNumber, false});

    const qint64 middle = std::max<qint64>(1, cases / 2);
    auto search = [&](const QString &name, const QString &text) {
        CaseFilter filter;
        filter.text = text;
        add(name + QStringLiteral(" «") + text + QStringLiteral("»"), filter);
    };
    search(QStringLiteral("search 2 characters"), QStringLiteral("健身"));
    search(QStringLiteral("search 1 character"), QStringLiteral("退"));
    const QString phone = scalarText(db, QStringLiteral("SELECT p.phone FROM complaints c JOIN consumers p ON "
                                                        "p.id = c.consumer_id WHERE c.id = %1").arg(middle));
    search(QStringLiteral("search phone fragment"), phone.mid(3, 4));
    search(QStringLiteral("search last 4 of a phone"), phone.right(4));
    const QString caseNumber = scalarText(db, QStringLiteral("SELECT case_number FROM complaints WHERE id = %1").arg(middle / 3 + 1));
    search(QStringLiteral("search case number fragment"), caseNumber.right(6));
    const QString name = scalarText(db, QStringLiteral("SELECT p.name FROM complaints c JOIN consumers p ON "
                                                       "p.id = c.consumer_id WHERE c.id = %1").arg(middle + 7));
    search(QStringLiteral("search a complainant's name"), name);
    search(QStringLiteral("search 3 characters"), QStringLiteral("会员卡"));
    search(QStringLiteral("search a rare 3-character term"), QStringLiteral("跑步机"));
    search(QStringLiteral("search a rare 2-character term"), QStringLiteral("跑步"));
    search(QStringLiteral("search a term no case has"), QStringLiteral("骆驼"));
    CaseFilter both;
    both.status = CaseStatus::Closed;
    both.text = QStringLiteral("退款");
    add(QStringLiteral("status closed + search «退款»"), both);
    return all;
}

// Writes a new file with `cases` demo cases; how long that took, in ms.
Result<double> createFile(const QString &path, int cases)
{
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    DemoOptions options;
    options.cases = cases;
    options.until = kUntil;
    options.passwordCost = HashCost::CheapForTests; // the bench file's users are never signed in to
    QElapsedTimer timer;
    timer.start();
    auto written = generateDemoData(database.value()->connection(), options, [&](int done, int total) {
        if (done % 100000 == 0)
            say(QStringLiteral("  %1 of %2 cases, %3 s").arg(done).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        return true;
    });
    if (!written)
        return written.error();
    say(QStringLiteral("Generated %1 cases in %2 s (the same code as casedesk-cli demo).")
            .arg(written->cases)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return double(timer.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // PDF rendering needs an application, not a screen
    QApplication app(argc, argv); // the report's charts are Qt Charts, which need widgets
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures CaseDesk's performance budgets on a large file."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("The file (created if missing)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("A server database instead of a file (filled if it has no cases)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases for a new file (1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per measurement (5)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption skipDashboard(QStringLiteral("skip-dashboard"),
                                           QStringLiteral("Leave out the dashboard (minutes on a 1M file today)."));
    const QCommandLineOption memoryOnly(QStringLiteral("memory-only"),
                                        QStringLiteral("Only scroll the whole list and report the memory it takes."));
    const QCommandLineOption importOnly(QStringLiteral("import-only"),
                                        QStringLiteral("Only import a 12315 workbook of ROWS work orders into a new "
                                                       "file (the last line), with no large file."),
                                        QStringLiteral("ROWS"));
    parser.addOptions({databaseOption, serverOption, casesOption, runsOption, skipDashboard, memoryOnly, importOnly});
    parser.process(app);
    if (parser.isSet(importOnly)) {
        const int rows = parser.value(importOnly).toInt();
        if (rows < 1)
            return failWith(QStringLiteral("--import-only must be a positive whole number."));
        QTemporaryDir importFolder;
        QString importError;
        int registered = 0;
        const double importMs = timeWorkOrderImport(importFolder.path(), rows, importError, registered);
        if (importMs < 0)
            return failWith(QStringLiteral("importing work orders: ") + importError);
        say(QStringLiteral("import %L1 work orders (.xlsx): %2 ms, %L3 registered").arg(rows).arg(importMs, 0, 'f', 0).arg(registered));
        return 0;
    }
    const int cases = parser.value(casesOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    if (cases < 1 || runs < 1)
        return failWith(QStringLiteral("--cases and --runs must be positive whole numbers."));
    QTemporaryDir scratch;
    const bool onServer = parser.isSet(serverOption);
    const QString path = onServer                          ? parser.value(serverOption)
                         : parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                        : scratch.filePath(QStringLiteral("bench.casedesk"));
    const QString floorName = onServer ? QStringLiteral("libpq") : QStringLiteral("SQLite C API");
    std::optional<double> generatedMs, importedMs;
    bool fill = !onServer && !QFileInfo::exists(path);
    if (onServer) {
        auto server = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!server)
            return failWith(server.error().message);
        fill = scalarText(server.value()->connection(), QStringLiteral("SELECT count(*) FROM complaints")).toLongLong() == 0;
    }
    if (fill) {
        const QString file = onServer ? scratch.filePath(QStringLiteral("move-in.casedesk")) : path;
        say(QStringLiteral("Creating %1 with %2 demo cases…").arg(file).arg(cases));
        auto created = createFile(file, cases);
        if (!created)
            return failWith(created.error().message);
        generatedMs = created.value();
        if (onServer) {
            QElapsedTimer importing;
            importing.start();
            auto imported = importIntoServer(file, path, [](int done, int total) {
                say(QStringLiteral("  server import: %1 of %2 tables").arg(done).arg(total));
                return true;
            });
            if (!imported)
                return failWith(imported.error().message);
            importedMs = double(importing.elapsed());
        }
#ifdef __GLIBC__
        // The writer's freed memory (its 256 MB page cache, the planned cases) goes back to the
        // system, so that the memory measured below is the list's, as in a window that opens
        // the file; glibc keeps freed memory otherwise.
        malloc_trim(0);
#endif
    }

    // Each line is also printed as soon as it is measured, so a long run shows its progress.
    struct Lines : QList<BenchLine> {
        void append(const BenchLine &line)
        {
            QList<BenchLine>::append(line);
            say(QStringLiteral("  %1: %2 (floor %3)").arg(line.budget).arg(line.appMs, 0, 'f', 1).arg(line.floorMs, 0, 'f', 1));
        }
    } lines;
    const int pageSize = CaseTableModel::kPageSize;

    // 0. Writing the file, when this run wrote it (the 3-minute budget is for a million cases).
    if (generatedMs) {
        lines.append({QStringLiteral("demo data: %1 cases written").arg(cases), cases == 1'000'000 ? 60'000.0 : 0,
                      *generatedMs, -1, QStringLiteral("once; the code of casedesk-cli demo")});
    }
    if (importedMs) {
        lines.append({QStringLiteral("server import of those %1 cases").arg(cases), 0, *importedMs, -1,
                      QStringLiteral("once; the code of casedesk-cli server import")});
    }

    // 1. Open the file and show the first page.
    const double openMs = medianMs(runs, [&] {
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        return database && CaseListQuery(database.value()->connection()).page({}, {}, std::nullopt, pageSize);
    });
    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    if (!database)
        return failWith(database.error().message);
    const QSqlDatabase db = database.value()->connection();
    const SqlText firstPage = CaseListQuery(db).pageSql({}, {}, std::nullopt, pageSize).value();
    const double openFloorMs = medianMs(runs, [&] { return openAndRun(path, firstPage.sql, firstPage.values) >= 0; });
    if (parser.isSet(memoryOnly)) {
        lines.append(scrollMemoryLine(db, path));
        say(markdownTable(lines, floorName));
        return 0;
    }
    lines.append({QStringLiteral("open file + first page"), 1000, openMs, openFloorMs, {}});
    const std::unique_ptr<SqlFloor> floorOwner = openFloor(path);
    SqlFloor &floor = *floorOwner;
    if (!floor.isOpen())
        return failWith(floor.lastError());
    const qint64 total = scalarText(db, QStringLiteral("SELECT count(*) FROM complaints")).toLongLong();
    const qint64 bytes = onServer ? scalarText(db, QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong()
                                  : QFileInfo(path).size();
    say(QStringLiteral("%1: %2, %3 cases, %4 MB; %5 runs each; %6 cores.")
            .arg(onServer ? QStringLiteral("Server") : QStringLiteral("File"))
            .arg(database.value()->location())
            .arg(total)
            .arg(bytes / 1048576)
            .arg(runs)
            .arg(QThread::idealThreadCount()));

    // 2. Every list change: the first page (the budget) and the count that follows it.
    for (const ListCase &change : listCases(db, total)) {
        qint64 shown = 0;
        const double pageMs = medianMs(runs, [&] {
            auto page = CaseListQuery(db).page(change.filter, change.sort, std::nullopt, pageSize);
            shown = page ? page->size() : -1;
            return bool(page);
        });
        // The floor runs the SQL the application ran (built once: its vocabulary look-ups are
        // part of the application's time, not SQLite's).
        auto sql = CaseListQuery(db).pageSql(change.filter, change.sort, std::nullopt, pageSize);
        if (!sql)
            return failWith(sql.error().message);
        const double pageFloor = medianMs(runs, [&] { return floor.run(sql->sql, sql->values) >= 0; });
        qint64 matching = 0;
        const double countMs = medianMs(1, [&] {
            auto counted = CaseListQuery(db).count(change.filter);
            matching = counted ? counted.value() : -1;
            return bool(counted);
        });
        // What the list shows at once while it counts (CaseTableModel::startCount()).
        qint64 atLeast = 0;
        const double quickMs = medianMs(runs, [&] {
            auto counted = CaseListQuery(db).countUpTo(change.filter, CaseTableModel::kQuickCount);
            atLeast = counted ? counted.value() : -1;
            return bool(counted);
        });
        const QString quick = atLeast >= CaseTableModel::kQuickCount
                                  ? QStringLiteral("\"%1 or more\" in %2 ms").arg(atLeast).arg(quickMs, 0, 'f', 0)
                                  : QStringLiteral("exact at once in %1 ms").arg(quickMs, 0, 'f', 0);
        lines.append({change.name, 100, pageMs, pageFloor,
                      QStringLiteral("%1 shown; count %2 in %3 ms (%4)")
                          .arg(shown)
                          .arg(matching)
                          .arg(countMs, 0, 'f', 0)
                          .arg(quick)});
    }

    // The Due Soon and Overdue list (View menu): its first page and how long it is, from the
    // stored deadlines (schema step 16); floor: the page's deadlines read bare from their
    // index. Then the whole list worked out case by case, as before the deadlines were stored.
    {
        const QDateTime dueNow(kUntil, QTime(9, 0));
        DuePage page;
        const double dueMs = medianMs(runs, [&] {
            auto due = dueSoonOrOverduePage(db, dueNow, 3, DueListDialog::kPageRows);
            if (due)
                page = due.value();
            return bool(due);
        });
        auto [dueSql, dueValues] = CaseDeadlineRepository::unpausedDueStatement({}, dueNow.date().addDays(-2));
        dueSql += QStringLiteral(" LIMIT %1").arg(DueListDialog::kPageRows);
        const double dueFloor = medianMs(runs, [&] { return floor.run(dueSql, dueValues) >= 0; });
        qint64 computedCount = 0;
        const double computedMs = medianMs(1, [&] {
            auto due = dueSoonOrOverdueComputed(db, dueNow, 3);
            computedCount = due ? due->size() : -1;
            return bool(due);
        });
        lines.append({QStringLiteral("due soon and overdue list"), 100, dueMs, dueFloor,
                      QStringLiteral("the %1 most urgent of %2 deadlines (%3 overdue) from the stored deadlines; "
                                     "worked out per case as before: %4 in %5 ms")
                          .arg(page.items.size())
                          .arg(page.total)
                          .arg(page.overdue)
                          .arg(computedCount)
                          .arg(computedMs, 0, 'f', 0)});
    }

    // The early-warning badge and list, from the runs kept (schema step 19), found once for
    // every business after the bulk write and then only for businesses whose counts change;
    // floor: the kept runs read bare. Then the same alerts from every case, as before.
    {
        WarningService warnings(db);
        const double firstMs = medianMs(1, [&] { return bool(warnings.alerts(true)); });
        qint64 alertCount = 0;
        const double alertMs = medianMs(runs, [&] {
            auto alerts = warnings.alerts(true);
            alertCount = alerts ? alerts->size() : -1;
            return bool(alerts);
        });
        const double alertFloor =
            medianMs(runs, [&] { return floor.run(WarningRepository::storedRunsStatement(), {}) >= 0; });
        qint64 computedCount = 0;
        const double computedMs = medianMs(1, [&] {
            auto alerts = warnings.alertsFromCases(true);
            computedCount = alerts ? alerts->size() : -1;
            return bool(alerts);
        });
        lines.append({QStringLiteral("early-warning alert list"), 100, alertMs, alertFloor,
                      QStringLiteral("%1 alerts from the kept runs (found for every business once after the bulk "
                                     "write: %2 ms); from every case as before: %3 in %4 ms")
                          .arg(alertCount)
                          .arg(firstMs, 0, 'f', 0)
                          .arg(computedCount)
                          .arg(computedMs, 0, 'f', 0)});
    }

    // 3. Memory after scrolling the whole list, before the statistics below: a first full
    // count of the summaries holds a large page cache for a while, which is not the list's.
    lines.append(scrollMemoryLine(db, path));

    // 4. The dashboard for a full year: what DashboardWindow::refresh() asks for. It reads the
    // statistics summaries; an upgraded or freshly written file counts them once first.
    const QString supervisor = scalarText(db, QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' LIMIT 1"));
    auto stats = StatisticsService::forUser(db, supervisor);
    if (!stats)
        return failWith(stats.error().message);
    const int year = kUntil.year() - 1;
    const StatsPeriod wholeYear = StatsPeriod::year(year);
    StatsSummaryCounter counter(db);
    if (auto full = counter.needsFullRecount(); full && full.value()) {
        const double recountMs = medianMs(1, [&] { return bool(counter.refresh()); });
        lines.append({QStringLiteral("statistics summaries: first full count"), 0, recountMs, -1,
                      QStringLiteral("once per file, at first use after an upgrade or a bulk write; with progress and Cancel")});
    }
    if (!parser.isSet(skipDashboard)) {
        auto dashboard = [&] {
            return stats->summary(wholeYear) && stats->monthlyReceived(year) && stats->monthlyReceived(year - 1) &&
                   stats->breakdown(StatsDimension::Category, wholeYear) &&
                   stats->breakdown(StatsDimension::Channel, wholeYear) && stats->topBusinesses(wholeYear, {}, 8) &&
                   stats->monthlyCounts(year, kUntil);
        };
        const double dashboardMs = medianMs(runs, dashboard);
        const QString groupBy = QStringLiteral("SELECT category_id, count(*) FROM complaints WHERE received_at >= ? AND "
                                               "received_at < ? GROUP BY category_id");
        const double dashboardFloor = medianMs(runs, [&] {
            return floor.run(groupBy, {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year + 1, 1, 1).toString(Qt::ISODate)}) >= 0;
        });
        lines.append({QStringLiteral("dashboard, full year %1").arg(year), 200, dashboardMs, dashboardFloor,
                      QStringLiteral("floor: one GROUP BY category over the year")});

        // A caseworker changes one case of that year: the next look counts that case again
        // (its old facts off the summaries, its new ones on) before it reads.
        const QString caseId = scalarText(
            db, QStringLiteral("SELECT id FROM complaints WHERE received_at >= '%1-06-01' ORDER BY received_at LIMIT 1").arg(year));
        qint64 amount = 0;
        const double changedMs = medianMs(runs, [&] {
            if (!runQuery(db, QStringLiteral("UPDATE complaints SET amount_fen = amount_fen + 1 WHERE id = ?"), {caseId}))
                return false;
            ++amount;
            return dashboard();
        });
        (void)runQuery(db, QStringLiteral("UPDATE complaints SET amount_fen = amount_fen - ? WHERE id = ?"), {amount, caseId});
        lines.append({QStringLiteral("dashboard, full year, after one case changed"), 200, changedMs, dashboardFloor,
                      QStringLiteral("the changed case counted again, then the dashboard")});
    }

    // 5. The monthly PDF report.
    const StatsPeriod lastMonth = StatsPeriod::month(kUntil.addMonths(-1).year(), kUntil.addMonths(-1).month());
    const QString pdf = scratch.filePath(QStringLiteral("report.pdf"));
    const double reportMs = medianMs(std::min(runs, 3), [&] {
        auto content = buildReport(db, stats.value(), lastMonth, {}, QDateTime(kUntil, QTime(9, 0)));
        return content && writeReportPdf(content.value(), pdf);
    });
    lines.append({QStringLiteral("monthly PDF report %1").arg(lastMonth.label()), 3000, reportMs, -1,
                  QStringLiteral("%1 KB").arg(QFileInfo(pdf).size() / 1024)});

    // 6. Registering a complaint against the business with the most complaints, by one of its
    // returning complainants (issue 15: it cost seconds when saving rewrote the parties and
    // their triggers re-indexed every earlier case). The cases stay in the file (measured
    // last, so that nothing above counts them). Floor: the same complaint row inserted (with
    // its triggers) and rolled back.
    {
        const QString busiest = scalarText(db, QStringLiteral("SELECT business_id FROM complaints GROUP BY business_id "
                                                              "ORDER BY count(*) DESC LIMIT 1"));
        const QString earlier = scalarText(
            db, QStringLiteral("SELECT max(id) FROM complaints WHERE business_id = %1").arg(busiest.toLongLong()));
        const QString itsCases = scalarText(
            db, QStringLiteral("SELECT count(*) FROM complaints WHERE business_id = %1").arg(busiest.toLongLong()));
        const QString caseworker = scalarText(db, QStringLiteral("SELECT name FROM users WHERE role = 'caseworker' "
                                                                 "AND active = 1 ORDER BY name LIMIT 1"));
        auto model = ComplaintRepository(db).get(earlier.toLongLong());
        if (!model)
            return failWith(model.error().message);
        Complaint next = model.value();
        next.id = 0;
        next.version = 0;
        next.caseNumber.clear();
        next.status = CaseStatus::Registered;
        next.closedAt = {};
        next.acceptedAt = {};
        QString saveError;
        const double saveMs = medianMs(runs, [&] {
            next.receivedAt = QDateTime::currentDateTime().addSecs(-60);
            auto added = ComplaintRepository(db).add(next, caseworker);
            if (!added)
                saveError = added.error().message;
            return bool(added);
        });
        if (saveMs < 0)
            return failWith(QStringLiteral("saving a case: ") + saveError);
        const QString copy = QStringLiteral(
            "INSERT INTO complaints(consumer_id, business_id, channel, platform_ref, category_id, nature, amount_fen, "
            "demand, facts, incident_date, received_at, status, assignee, case_number, version, created_at, "
            "updated_at) SELECT consumer_id, business_id, channel, platform_ref, category_id, nature, amount_fen, "
            "demand, facts, incident_date, received_at, 'registered', assignee, case_number || '-floor', 1, "
            "created_at, updated_at FROM complaints WHERE id = ?");
        const double saveFloor = medianMs(runs, [&] {
            return floor.run(QStringLiteral("BEGIN")) >= 0 && floor.run(copy, {earlier.toLongLong()}) >= 0 &&
                   floor.run(QStringLiteral("ROLLBACK")) >= 0;
        });
        lines.append({QStringLiteral("save a case for the busiest business"), 100, saveMs, saveFloor,
                      QStringLiteral("%1 earlier cases; floor: its row inserted with its triggers, rolled back")
                          .arg(itsCases)});
    }

    // 7. Work orders: a 12315 download read, checked and registered, into a new file of its own
    // (issue 21: 50,000 rows within 20 s; a small run imports a thousand). No floor.
    {
        const int rows = cases >= 100'000 ? 50'000 : 1'000;
        QTemporaryDir importFolder;
        QString importError;
        int registered = 0;
        const double importMs = timeWorkOrderImport(importFolder.path(), rows, importError, registered);
        if (importMs < 0)
            return failWith(QStringLiteral("importing work orders: ") + importError);
        lines.append({QStringLiteral("import %L1 work orders (.xlsx)").arg(rows), rows == 50'000 ? 20'000.0 : 0,
                      importMs, -1, QStringLiteral("%L1 registered into a new file").arg(registered)});
    }

    say(QString());
    say(markdownTable(lines, floorName));
    return 0;
}
