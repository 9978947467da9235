#pragma once

#include "liaison/liaison_point.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// A council's list of liaison points from CSV (UTF-8 or GB18030) or XLSX, its header found by
// the Chinese column names (名称/联络点名称, 类型, 依托单位, 地址, 区, 街道, 联系人, 联系电话,
// 指导员, 设立日期, 状态, 示范称号, 示范年度; name is required). A row with the name and address
// of a point already in the directory, or of an earlier row, is a duplicate: it fills that
// point's empty fields instead of adding another point.
struct PointImportRow {
    int line = 0; // 1-based line in the file
    LiaisonPoint point;
    qint64 duplicateOf = 0; // the point in the directory it fills, or 0
    int sameAsLine = 0;     // the earlier line it repeats, or 0
    QString error;          // translated; empty when the row is good
};

struct PointImportPlan {
    QList<PointImportRow> rows;
    int errors() const;
};

struct PointImportOutcome {
    int added = 0;
    int filled = 0; // duplicates merged into a point
};

// What an import would do, nothing written (Permission::ManageDirectories).
Result<PointImportPlan> previewPointImport(const QSqlDatabase &db, const QString &path, const QString &actor,
                                           const QDateTime &now = QDateTime::currentDateTime());
// Reads the file again and imports it in one transaction; a file with any row error is
// refused whole, with every row's problem in the message. Noted in the desk log.
Result<PointImportOutcome> importPoints(const QSqlDatabase &db, const QString &path, const QString &actor,
                                        const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
