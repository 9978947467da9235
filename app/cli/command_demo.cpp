#include "cli_support.h"

#include "demo/demo_generator.h"
#include "storage/settings_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A demo of a million cases allocates and frees gigabytes in small and large blocks (rows,
// index sorts, search index merges). glibc returns freed memory to the system and takes it
// back again and again, each time through page faults: a tenth of the run. This short-lived
// process keeps what it has instead.
void keepFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace

int runDemo(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli demo --database FILE --cases N [--seed S] [--until DATE] [--prefix P]"),
        Msg::tr("Write N realistic, invented cases over the three years before DATE (default: today). "
           "The same seed and date give the same data."));
    command.addDatabaseOption();
    const QCommandLineOption cases(QStringLiteral("cases"), Msg::tr("How many cases to write."), Msg::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Msg::tr("Random seed (default 20261123)."), Msg::tr("S"));
    const QCommandLineOption until(QStringLiteral("until"), Msg::tr("Last day (exclusive), YYYY-MM-DD."), Msg::tr("DATE"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), Msg::tr("Case number prefix for a new file (default 长宁)."),
                                    Msg::tr("P"));
    for (const auto &option : {cases, seed, until, prefix})
        command.parser().addOption(option);
    if (auto stop = command.parse(arguments))
        return *stop;
    keepFreedMemory();

    DemoOptions options;
    bool ok = false;
    options.cases = command.parser().value(cases).toInt(&ok);
    if (!command.parser().isSet(cases) || !ok)
        return fail(usageError(Msg::tr("Give the number of cases with --cases N (a whole number).")));
    if (command.parser().isSet(seed)) {
        options.seed = command.parser().value(seed).toULongLong(&ok);
        if (!ok)
            return fail(usageError(Msg::tr("The seed must be a whole number.")));
    }
    if (command.parser().isSet(until)) {
        options.until = QDate::fromString(command.parser().value(until), Qt::ISODate);
        if (!options.until.isValid())
            return fail(usageError(Msg::tr("The date must be written as YYYY-MM-DD.")));
    }

    auto database = command.openDatabase(true);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    // A new demo file is Changning district's unless told otherwise; a prefix an office set
    // (with init --prefix) is kept.
    if (auto allowed = checkDemoAllowed(db); !allowed)
        return fail(allowed.error());
    SettingsRepository settings(db);
    auto current = settings.caseNumberPrefix();
    if (!current)
        return fail(current.error());
    QString wanted = command.parser().value(prefix);
    if (wanted.isEmpty() && current.value() == SettingsRepository::kDefaultCaseNumberPrefix)
        wanted = QStringLiteral("长宁");
    if (!wanted.isEmpty()) {
        if (auto saved = settings.setCaseNumberPrefix(wanted); !saved)
            return fail(saved.error());
    }

    QElapsedTimer timer;
    timer.start();
    int lastTenth = 0;
    auto summary = generateDemoData(db, options, [&](int done, int total) {
        const int tenth = int(qint64(done) * 10 / total);
        if (total >= 50000 && tenth > lastTenth) {
            lastTenth = tenth;
            printErr(Msg::tr("%1% written").arg(tenth * 10));
        }
        return true;
    });
    if (!summary)
        return fail(summary.error());
    printOut(Msg::tr("Wrote %1 cases, %2 complainants and %3 businesses in %4 s.")
                 .arg(summary->cases)
                 .arg(summary->consumers)
                 .arg(summary->businesses)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    printOut(Msg::tr("Demo users sign in with the password %1 (administrator: %2).").arg(kDemoPassword, kDemoAdministrator));
    if (!summary->burstBusinesses.isEmpty())
        printOut(Msg::tr("Sudden runs of complaints against: %1").arg(summary->burstBusinesses.join(QStringLiteral("、"))));
    return Success;
}

} // namespace casedesk::cli
