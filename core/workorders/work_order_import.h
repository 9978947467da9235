#pragma once

#include "domain/complaint.h"
#include "result.h"
#include "workorders/order_fields.h"
#include "workorders/sheet_reader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// Work orders from the 12315 platform and the 12345 hotline (issue 21): a downloaded file (XLSX
// with a title above the header, several sheets; CSV in UTF-8 or GB18030) becomes cases. First a
// plan: the header found, each row read into a complaint and checked like a typed one, duplicates
// of cases already registered (by the platform's work-order number) marked; then the import of
// the rows chosen, in one transaction, recorded in the desk log and in each case's history.

namespace casedesk {

enum class OrderSource { Platform12315, Hotline12345, Generic };
QString codeOf(OrderSource source); // 12315, 12345, generic
std::optional<OrderSource> orderSourceFromCode(const QString &code);

// Which column of the header holds which field.
using ColumnMapping = QHash<int, OrderField>;

// What becomes of a work order registered before (the same number).
enum class DuplicateChoice {
    Skip,     // leave the case as it is
    FillEmpty // fill in the case's fields still empty from the file (its history says so)
};

// What an import does with a row.
enum class RowFate {
    Register, // a new case
    Fill,     // fills in the case registered before with its number
    Skip,     // registered before (or a copy of an earlier line), left as it is
    Refuse    // has problems
};

// One data row of the file as it will be registered.
struct OrderRow {
    int line = 0; // the row's number in its sheet (1-based, as the spreadsheet shows it)
    Complaint complaint;
    QStringList problems;      // why it cannot be registered; empty when it can
    QString duplicateOf;       // the case already registered with its work-order number, or "line N" of the file
    qint64 duplicateCaseId = 0; // that case's id (0 for a line of the file)
    bool valid() const { return problems.isEmpty(); }
    RowFate fate(DuplicateChoice duplicates) const;
};

struct ImportPlan {
    OrderSource source = OrderSource::Generic;
    QString mappingName; // the kept mapping read and kept again; empty: the source's own
    QString fileName;    // without the folder
    QString sha256;   // of the file's bytes
    QString sheet;
    int headerLine = 0;
    QStringList header;      // the header row's texts
    ColumnMapping mapping;   // as recognised, then as the user changed it
    QStringList unmapped;    // headers no field was found for
    QList<OrderRow> rows;

    int validCount() const;     // to register: valid and not registered already
    int duplicateCount() const; // registered already (or twice in the file)
    int problemCount() const;   // not registered already, and with problems
};

// The plan's columns as JSON, header text → field code: what is kept for the next file, and what
// `casedesk-cli import --dry-run --json` shows.
QJsonObject mappingJson(const ImportPlan &plan);

// The headers a source's files are known to use, and the user's own (header text → field, kept
// by importWorkOrders per source, or under `mappingName` when one is given: a council with two
// layouts of one source names them). The header is the row, among each sheet's first 20,
// in which the most columns (three at least) are recognised, on the sheet where that row is best.
// `overrides` (header text → field, or nullopt: not imported) win over both: a field one names
// is no other column's. Fails when no header can be found or the fields a complaint needs
// (received, business, facts) are not mapped.
using ColumnOverrides = QHash<QString, std::optional<OrderField>>;
Result<ImportPlan> planWorkOrderImport(const QSqlDatabase &db, OrderSource source, const QString &path,
                                       const ColumnOverrides &overrides = {},
                                       const QDateTime &now = QDateTime::currentDateTime(),
                                       const QString &mappingName = {});

// A work-order file as read: its sheets' cells and the SHA-256 of its bytes. Read once, it is
// planned again with other columns without reading and hashing it again (the import dialog
// does so each time the user changes what a column is taken as).
struct WorkOrderFile {
    QString fileName; // without the folder
    QString sha256;   // of the file's bytes
    QList<SheetTable> tables;
};
// Refused with a message saying why, as readSheetFile() refuses it, or when it cannot be read.
Result<WorkOrderFile> readWorkOrderFile(const QString &path);
// planWorkOrderImport() of a file read before.
Result<ImportPlan> planWorkOrderImport(const QSqlDatabase &db, OrderSource source, const WorkOrderFile &file,
                                       const ColumnOverrides &overrides = {},
                                       const QDateTime &now = QDateTime::currentDateTime(),
                                       const QString &mappingName = {});

enum class ImportChoice {
    ValidRows,   // register the valid rows, skip the others (and the duplicates)
    AllOrNothing // register nothing unless every row is valid (duplicates are skipped)
};

struct ImportOutcome {
    QList<Complaint> registered;
    int skippedDuplicates = 0; // duplicates left as they were (and copies within the file)
    int filled = 0;            // cases registered before whose empty fields the file filled in
    int refused = 0;           // rows with problems
};

// Registers the plan's rows as chosen, in one transaction (Permission::RegisterCase; filling in
// cases registered before also Permission::WorkCase): each case's history says the file and line
// it came from; the desk log records who, when, the file's name and SHA-256 and the counts; the
// mapping is kept for the source's next file. `progress(done, total)` may return false to cancel
// (nothing is written then).
Result<ImportOutcome> importWorkOrders(const QSqlDatabase &db, const ImportPlan &plan, ImportChoice choice,
                                       DuplicateChoice duplicates, const QString &actor,
                                       const QDateTime &now = QDateTime::currentDateTime(),
                                       const std::function<bool(int, int)> &progress = {});

} // namespace casedesk
