#include "liaison/liaison_point_import.h"

#include "auth/permissions.h"
#include "liaison/liaison_access.h"
#include "liaison/liaison_point_service.h"
#include "liaison/liaison_sheet.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workorders/sheet_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

using liaisonsheet::KnownColumn;

const QList<KnownColumn> &knownColumns()
{
    static const QList<KnownColumn> known = {
        {QStringLiteral("name"), {QStringLiteral("名称"), QStringLiteral("联络点名称"), QStringLiteral("联络点")}},
        {QStringLiteral("type"), {QStringLiteral("类型"), QStringLiteral("联络点类型"), QStringLiteral("类别")}},
        {QStringLiteral("host"), {QStringLiteral("依托单位"), QStringLiteral("主办单位"), QStringLiteral("所在单位")}},
        {QStringLiteral("address"), {QStringLiteral("地址"), QStringLiteral("联络点地址")}},
        {QStringLiteral("district"), {QStringLiteral("区"), QStringLiteral("所属区"), QStringLiteral("区县")}},
        {QStringLiteral("street"), {QStringLiteral("街道"), QStringLiteral("街镇"), QStringLiteral("所属街道")}},
        {QStringLiteral("contactPerson"), {QStringLiteral("联系人"), QStringLiteral("负责人")}},
        {QStringLiteral("contactPhone"), {QStringLiteral("联系电话"), QStringLiteral("电话")}},
        {QStringLiteral("official"), {QStringLiteral("指导员"), QStringLiteral("指导人员"), QStringLiteral("联络员")}},
        {QStringLiteral("setUpOn"), {QStringLiteral("设立日期"), QStringLiteral("成立日期"), QStringLiteral("设立时间")}},
        {QStringLiteral("status"), {QStringLiteral("状态")}},
        {QStringLiteral("modelTitle"), {QStringLiteral("示范称号"), QStringLiteral("示范联络点称号")}},
        {QStringLiteral("modelYear"), {QStringLiteral("示范年度"), QStringLiteral("命名年度")}},
    };
    return known;
}

// One row as a point, or the row's problem.
PointImportRow readRow(const QStringList &row, const liaisonsheet::Header &header, int line, const QDate &today)
{
    using liaisonsheet::cell;
    PointImportRow r;
    r.line = line;
    LiaisonPoint &p = r.point;
    p.name = cell(row, header, QStringLiteral("name"));
    p.host = cell(row, header, QStringLiteral("host"));
    p.address = cell(row, header, QStringLiteral("address"));
    p.district = cell(row, header, QStringLiteral("district"));
    p.street = cell(row, header, QStringLiteral("street"));
    p.contactPerson = cell(row, header, QStringLiteral("contactPerson"));
    p.contactPhone = cell(row, header, QStringLiteral("contactPhone"));
    p.official = cell(row, header, QStringLiteral("official"));
    p.modelTitle = cell(row, header, QStringLiteral("modelTitle"));
    QStringList problems;
    if (const QString type = cell(row, header, QStringLiteral("type")); !type.isEmpty()) {
        const auto known = liaisonPointTypeFromText(type);
        if (!known)
            problems << Msg::tr("unknown type \"%1\"").arg(type.left(40));
        p.type = known.value_or(LiaisonPointType::Other);
    }
    if (const QString status = cell(row, header, QStringLiteral("status")); !status.isEmpty()) {
        const auto known = liaisonPointStatusFromText(status);
        if (!known)
            problems << Msg::tr("unknown status \"%1\"").arg(status.left(40));
        p.status = known.value_or(LiaisonPointStatus::Active);
    }
    if (const QString day = cell(row, header, QStringLiteral("setUpOn")); !day.isEmpty()) {
        const auto parsed = liaisonsheet::dayFrom(day);
        if (!parsed)
            problems << Msg::tr("\"%1\" is not a date").arg(day.left(40));
        p.setUpOn = parsed.value_or(QDate());
    }
    if (const QString year = cell(row, header, QStringLiteral("modelYear")); !year.isEmpty()) {
        bool number = false;
        p.modelYear = year.toInt(&number);
        if (!number)
            problems << Msg::tr("\"%1\" is not a year").arg(year.left(40));
    }
    if (problems.isEmpty()) {
        if (auto checked = LiaisonPointService::checkPoint(p, today); !checked)
            problems << checked.error().message;
    }
    r.error = problems.join(QStringLiteral("; "));
    return r;
}

// The plan of `path` against the directory as it is now (inside the caller's transaction, if any).
Result<PointImportPlan> plan(const QSqlDatabase &db, const QString &path, const QDate &today)
{
    auto tables = readSheetFile(path);
    if (!tables)
        return tables.error();
    if (tables->isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("The file holds no table."), {}};
    const QList<QStringList> &rows = tables->first().rows;
    const auto header = liaisonsheet::findHeader(rows, knownColumns(), {QStringLiteral("name")});
    if (header.row < 0)
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("No header row with a column 名称 or 联络点名称 was found in the first ten rows."), {}};
    PointImportPlan result;
    QHash<QString, int> seen; // name + address → line
    LiaisonPointRepository points(db);
    for (int r = header.row + 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        PointImportRow item = readRow(row, header, r + 1, today);
        if (item.error.isEmpty()) {
            if (auto official = checkOfficial(db, item.point.official); !official)
                item.error = official.error().message;
        }
        const QString key = item.point.name + QChar(0) + item.point.address;
        if (item.error.isEmpty()) {
            if (seen.contains(key)) {
                item.sameAsLine = seen.value(key);
            } else {
                auto existing = points.findByNameAndAddress(item.point.name, item.point.address);
                if (!existing)
                    return existing.error();
                item.duplicateOf = existing->value_or(0);
                seen.insert(key, item.line);
            }
        }
        result.rows.append(item);
    }
    return result;
}

} // namespace

int PointImportPlan::errors() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const PointImportRow &r) { return !r.error.isEmpty(); }));
}

Result<PointImportPlan> previewPointImport(const QSqlDatabase &db, const QString &path, const QString &actor,
                                           const QDateTime &now)
{
    if (auto user = authorize(db, actor, Permission::ManageDirectories); !user)
        return user.error();
    return plan(db, path, now.date());
}

Result<PointImportOutcome> importPoints(const QSqlDatabase &db, const QString &path, const QString &actor,
                                        const QDateTime &now)
{
    // May run twice (a server's deadlock victim is tried again): the plan and the counts are made afresh.
    return inRetriedTransaction(db, [&]() -> Result<PointImportOutcome> {
        auto user = authorize(db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        auto planned = plan(db, path, now.date());
        if (!planned)
            return planned.error();
        if (planned->errors() > 0) {
            QStringList lines;
            for (const PointImportRow &row : planned->rows) {
                if (!row.error.isEmpty())
                    lines << Msg::tr("line %1: %2").arg(row.line).arg(row.error);
            }
            return Error{ErrorCode::InvalidInput,
                         Msg::tr("Nothing was imported: %n row(s) have problems. %1", nullptr, planned->errors())
                             .arg(lines.join(QStringLiteral("; "))),
                         {}};
        }
        LiaisonPointRepository points(db);
        PointImportOutcome outcome;
        QHash<int, qint64> idOfLine;
        for (const PointImportRow &row : planned->rows) {
            const qint64 target = row.sameAsLine ? idOfLine.value(row.sameAsLine) : row.duplicateOf;
            if (target == 0) {
                LiaisonPoint point = row.point;
                point.updatedBy = user->name;
                point.updatedAt = now;
                auto id = points.insert(point);
                if (!id)
                    return id.error();
                idOfLine.insert(row.line, id.value());
                ++outcome.added;
                continue;
            }
            auto stored = points.get(target);
            if (!stored)
                return stored.error();
            LiaisonPoint filled = stored.value();
            LiaisonPointService::fillEmptyFields(filled, row.point);
            filled.updatedBy = user->name;
            filled.updatedAt = now;
            auto saved = points.update(filled);
            if (!saved)
                return saved.error();
            if (!saved.value())
                return Error{ErrorCode::Conflict,
                             Msg::tr("Line %1: %2 was changed at another desk while the list was imported; nothing was "
                                     "imported. Import the list again.")
                                 .arg(row.line)
                                 .arg(filled.name),
                             {}};
            idOfLine.insert(row.line, target);
            ++outcome.filled;
        }
        if (auto logged = DeskEventRepository(db).record(
                {0, now, user->name, QStringLiteral("liaison_points_imported"), QFileInfo(path).fileName(),
                 QStringLiteral("%1 added, %2 filled").arg(outcome.added).arg(outcome.filled)});
            !logged)
            return logged.error();
        return outcome;
    });
}

} // namespace casedesk
