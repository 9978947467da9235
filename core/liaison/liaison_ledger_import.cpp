#include "liaison/liaison_ledger_import.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "liaison/liaison_ledger_service.h"
#include "liaison/liaison_sheet.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_ledger_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workorders/order_values.h"
#include "workorders/sheet_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

using liaisonsheet::cell;
using liaisonsheet::KnownColumn;

const QList<KnownColumn> &knownColumns()
{
    static const QList<KnownColumn> known = {
        {QStringLiteral("name"), {QStringLiteral("联络点"), QStringLiteral("名称"), QStringLiteral("联络点名称")}},
        {QStringLiteral("id"), {QStringLiteral("编号"), QStringLiteral("联络点编号")}},
        {QStringLiteral("month"), {QStringLiteral("月份"), QStringLiteral("月")}},
        {QStringLiteral("consultations"), {QStringLiteral("咨询"), QStringLiteral("咨询人次"), QStringLiteral("解答咨询")}},
        {QStringLiteral("trainees"), {QStringLiteral("培训人数")}},
        {QStringLiteral("trainings"), {QStringLiteral("培训次数")}},
        {QStringLiteral("leaflets"), {QStringLiteral("宣传资料"), QStringLiteral("发放资料")}},
        {QStringLiteral("settled"), {QStringLiteral("现场调解件数"), QStringLiteral("现场调解")}},
        {QStringLiteral("settledYuan"), {QStringLiteral("调解金额"), QStringLiteral("调解金额（元）"), QStringLiteral("调解金额(元)")}},
    };
    return known;
}

// A count cell: empty is 0; otherwise a whole number (the range is checkMonth's).
std::optional<qint64> countFrom(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool number = false;
    const qint64 value = text.toLongLong(&number);
    if (number)
        return value;
    const double real = text.toDouble(&number); // Excel keeps 12 as "12.0" at times
    // Only what a count can be: 1e30 or inf would not fit (checkMonth bounds the rest).
    if (number && std::isfinite(real) && std::fabs(real) < 1e15 && real == std::floor(real))
        return qint64(real);
    return std::nullopt;
}

// The point a row names: its id when the file has one, else the only point of that name.
Result<qint64> pointOf(const QSqlDatabase &db, const QString &idText, const QString &name)
{
    if (!idText.isEmpty()) {
        bool number = false;
        const qint64 id = idText.toLongLong(&number);
        if (!number || id <= 0)
            return Error{ErrorCode::InvalidInput, Msg::tr("\"%1\" is not a point's id").arg(idText.left(40)), {}};
        auto point = LiaisonPointRepository(db).get(id, LiaisonPointRepository::Contacts::Left);
        if (!point)
            return point.error();
        return id;
    }
    auto q = runQuery(db, QStringLiteral("SELECT id FROM liaison_points WHERE name = ? ORDER BY id"), {name});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    if (ids.isEmpty())
        return Error{ErrorCode::NotFound, Msg::tr("no liaison point is called \"%1\"").arg(name.left(80)), {}};
    if (ids.size() > 1)
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("%1 points are called \"%2\"; give the point's id in a column 编号").arg(ids.size()).arg(name.left(80)),
                     {}};
    return ids.first();
}

} // namespace

Result<LedgerImportOutcome> importLedgers(const QSqlDatabase &db, const QString &path, const QString &actor,
                                          const QDateTime &now)
{
    auto tables = readSheetFile(path);
    if (!tables)
        return tables.error();
    if (tables->isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("The file holds no table."), {}};
    const QList<QStringList> &rows = tables->first().rows;
    const auto header = liaisonsheet::findHeader(rows, knownColumns(), {QStringLiteral("name"), QStringLiteral("month")});
    if (header.row < 0)
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("No header row with the columns 联络点 (or 名称) and 月份 was found in the first ten rows."), {}};

    // May run twice (a server's deadlock victim is tried again): the rows are read and counted afresh.
    return inRetriedTransaction(db, [&]() -> Result<LedgerImportOutcome> {
        auto user = authorize(db, actor, Permission::WorkCase);
        if (!user)
            return user.error();

        QList<LedgerMonth> months;
        QStringList problems;
        QSet<QString> seen;
        for (int r = header.row + 1; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            if (std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
                continue;
            const int line = r + 1;
            QStringList rowProblems;
            LedgerMonth ledger;
            const QString name = cell(row, header, QStringLiteral("name"));
            const QString idText = cell(row, header, QStringLiteral("id"));
            if (name.isEmpty() && idText.isEmpty()) {
                rowProblems << Msg::tr("no point named");
            } else {
                auto point = pointOf(db, idText, name);
                if (!point && point.error().code != ErrorCode::InvalidInput &&
                    point.error().code != ErrorCode::NotFound)
                    return point.error();
                if (point)
                    ledger.pointId = point.value();
                else
                    rowProblems << point.error().message;
            }
            const QString monthText = cell(row, header, QStringLiteral("month"));
            const auto month = liaisonsheet::monthFrom(monthText);
            if (!month)
                rowProblems << Msg::tr("\"%1\" is not a month (2026-03)").arg(monthText.left(40));
            ledger.month = month.value_or(QDate());
            const std::pair<const char *, qint64 *> counts[] = {
                {"consultations", &ledger.figures.consultations},
                {"trainees", &ledger.figures.trainees},
                {"trainings", &ledger.figures.trainings},
                {"leaflets", &ledger.figures.leaflets},
                {"settled", &ledger.figures.settled},
            };
            for (const auto &[key, target] : counts) {
                const QString text = cell(row, header, QString::fromLatin1(key));
                const auto count = countFrom(text);
                if (!count)
                    rowProblems << Msg::tr("\"%1\" is not a whole number").arg(text.left(40));
                *target = count.value_or(0);
            }
            if (const QString yuan = cell(row, header, QStringLiteral("settledYuan")); !yuan.isEmpty()) {
                const auto fen = parseOrderAmount(yuan); // "1,250.50", "¥300", "300元" as the work orders write them
                if (!fen)
                    rowProblems << Msg::tr("\"%1\" is not an amount in yuan").arg(yuan.left(40));
                ledger.figures.settledFen = fen.value_or(0);
            }
            if (rowProblems.isEmpty()) {
                if (auto checked = LiaisonLedgerService::checkMonth(ledger, now.date()); !checked)
                    rowProblems << checked.error().message;
            }
            const QString key = QStringLiteral("%1/%2").arg(ledger.pointId).arg(storedMonth(ledger.month));
            if (rowProblems.isEmpty() && seen.contains(key))
                rowProblems << Msg::tr("the point's month %1 is given twice").arg(storedMonth(ledger.month));
            seen.insert(key);
            if (!rowProblems.isEmpty())
                problems << Msg::tr("line %1: %2").arg(line).arg(rowProblems.join(QStringLiteral(", ")));
            else
                months.append(ledger);
        }
        if (!problems.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         Msg::tr("Nothing was imported: %n row(s) have problems. %1", nullptr, int(problems.size()))
                             .arg(problems.join(QStringLiteral("; "))),
                         {}};

        LiaisonLedgerRepository ledgers(db);
        LedgerImportOutcome outcome;
        for (LedgerMonth ledger : std::as_const(months)) {
            ledger.savedBy = user->name;
            ledger.savedAt = now;
            auto stored = ledgers.month(ledger.pointId, ledger.month);
            if (!stored)
                return stored.error();
            Result<bool> saved = false;
            if (stored.value()) {
                ledger.version = stored.value()->version;
                saved = ledgers.update(ledger);
                ++outcome.replaced;
            } else {
                saved = ledgers.insert(ledger);
            }
            if (!saved)
                return saved.error();
            if (!saved.value())
                return Error{ErrorCode::Conflict,
                             Msg::tr("Someone else saved a ledger of this file a moment ago; nothing "
                                     "was imported. Import the file again."),
                             {}};
            ++outcome.saved;
        }
        if (auto logged = DeskEventRepository(db).record(
                {0, now, user->name, QStringLiteral("liaison_ledgers_imported"), QFileInfo(path).fileName(),
                 QStringLiteral("%1 months, %2 replaced").arg(outcome.saved).arg(outcome.replaced)});
            !logged)
            return logged.error();
        return outcome;
    });
}

} // namespace casedesk
