#include "workorders/work_order_import.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"
#include "storage/taxonomy_repository.h"
#include "storage/user_repository.h"
#include "validation/complaint_validator.h"
#include "workorders/order_values.h"
#include "workorders/sheet_reader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(WorkOrders)
};

QString mappingSettingKey(OrderSource source, const QString &name)
{
    return name.trimmed().isEmpty() ? QStringLiteral("work_order_mapping_") + codeOf(source)
                                    : QStringLiteral("work_order_mapping_named_") + name.trimmed();
}

// The user's own headers (header text → field), kept by the last import with this mapping.
QHash<QString, OrderField> savedMapping(const QSqlDatabase &db, OrderSource source, const QString &name)
{
    QHash<QString, OrderField> saved;
    auto text = SettingsRepository(db).value(mappingSettingKey(source, name));
    if (!text)
        return saved;
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const auto field = orderFieldFromCode(it.value().toString()))
            saved.insert(headerKey(it.key()), *field);
    }
    return saved;
}

// A 12345 order's own times against its receipt and the clock, shown as in the file's cells.
QStringList orderTimeProblems(const Complaint &c, const QDateTime &now)
{
    const auto shown = [](const QDateTime &at) { return at.toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    QStringList problems;
    if (c.orderDispatchedAt.isValid() && c.orderDispatchedAt > now)
        problems << Msg::tr("The dispatch time %1 is in the future.").arg(shown(c.orderDispatchedAt));
    if (c.orderDispatchedAt.isValid() && c.receivedAt.isValid() && c.orderDispatchedAt < c.receivedAt)
        problems << Msg::tr("The order was dispatched (%1) before it was received (%2).")
                        .arg(shown(c.orderDispatchedAt), shown(c.receivedAt));
    const QDateTime start = c.orderDispatchedAt.isValid() ? c.orderDispatchedAt : c.receivedAt;
    if (c.orderDueAt.isValid() && start.isValid() && c.orderDueAt <= start)
        problems << Msg::tr("The reply is due (%1) before the order came (%2).").arg(shown(c.orderDueAt), shown(start));
    return problems;
}

// `registered` with the fields it lacks taken from the work order `order`; nullopt when the
// order adds nothing. Only empty fields are filled: what a caseworker typed or corrected stays.
std::optional<Complaint> withEmptyFieldsFilled(Complaint registered, const Complaint &order)
{
    bool changed = false;
    const auto fill = [&changed](QString &field, const QString &value) {
        if (field.trimmed().isEmpty() && !value.trimmed().isEmpty()) {
            field = value;
            changed = true;
        }
    };
    fill(registered.consumer.name, order.consumer.name);
    fill(registered.consumer.phone, order.consumer.phone);
    fill(registered.consumer.address, order.consumer.address);
    fill(registered.business.creditCode, order.business.creditCode);
    fill(registered.business.address, order.business.address);
    fill(registered.business.district, order.business.district);
    fill(registered.business.street, order.business.street);
    if (!registered.incidentDate.isValid() && order.incidentDate.isValid()) {
        registered.incidentDate = order.incidentDate;
        changed = true;
    }
    fill(registered.demand, order.demand);
    fill(registered.facts, order.facts);
    if (registered.amountFen == 0 && order.amountFen > 0) {
        registered.amountFen = order.amountFen;
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    return registered;
}

} // namespace

QString codeOf(OrderSource source)
{
    switch (source) {
    case OrderSource::Platform12315: return QStringLiteral("12315");
    case OrderSource::Hotline12345: return QStringLiteral("12345");
    case OrderSource::Generic: return QStringLiteral("generic");
    }
    return {};
}

std::optional<OrderSource> orderSourceFromCode(const QString &code)
{
    for (OrderSource s : {OrderSource::Platform12315, OrderSource::Hotline12345, OrderSource::Generic}) {
        if (codeOf(s) == code)
            return s;
    }
    return std::nullopt;
}

QJsonObject mappingJson(const ImportPlan &plan)
{
    QJsonObject mapping;
    for (auto it = plan.mapping.cbegin(); it != plan.mapping.cend(); ++it)
        mapping.insert(plan.header.value(it.key()), codeOf(it.value()));
    return mapping;
}

RowFate OrderRow::fate(DuplicateChoice duplicates) const
{
    if (duplicateCaseId > 0 && valid() && duplicates == DuplicateChoice::FillEmpty)
        return RowFate::Fill;
    if (!duplicateOf.isEmpty())
        return RowFate::Skip;
    return valid() ? RowFate::Register : RowFate::Refuse;
}

int ImportPlan::validCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const OrderRow &r) { return r.valid() && r.duplicateOf.isEmpty(); }));
}

int ImportPlan::duplicateCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const OrderRow &r) { return !r.duplicateOf.isEmpty(); }));
}

int ImportPlan::problemCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const OrderRow &r) { return !r.valid() && r.duplicateOf.isEmpty(); }));
}

Result<WorkOrderFile> readWorkOrderFile(const QString &path)
{
    auto tables = readSheetFile(path);
    if (!tables)
        return tables.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return WorkOrderFile{QFileInfo(path).fileName(), QString::fromLatin1(hash.result().toHex()),
                         std::move(tables.value())};
}

Result<ImportPlan> planWorkOrderImport(const QSqlDatabase &db, OrderSource source, const QString &path,
                                       const ColumnOverrides &overrides, const QDateTime &now,
                                       const QString &mappingName)
{
    auto file = readWorkOrderFile(path);
    if (!file)
        return file.error();
    return planWorkOrderImport(db, source, file.value(), overrides, now, mappingName);
}

Result<ImportPlan> planWorkOrderImport(const QSqlDatabase &db, OrderSource source, const WorkOrderFile &file,
                                       const ColumnOverrides &overrides, const QDateTime &now,
                                       const QString &mappingName)
{
    QHash<QString, OrderField> headers = knownOrderHeaders();
    const QHash<QString, OrderField> saved = savedMapping(db, source, mappingName);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        headers.insert(it.key(), it.value());
    QHash<QString, std::optional<OrderField>> chosen; // the user's, by header key
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        chosen.insert(headerKey(it.key()), it.value());

    // The header: the row with the most recognised columns (three at least) among each sheet's first 20.
    ImportPlan plan;
    plan.source = source;
    plan.mappingName = mappingName.trimmed();
    plan.fileName = file.fileName;
    plan.sha256 = file.sha256;
    int best = 2;
    const SheetTable *sheet = nullptr;
    for (const SheetTable &table : file.tables) {
        for (int r = 0; r < table.rows.size() && r < 20; ++r) {
            ColumnMapping mapping;
            const QStringList &row = table.rows.at(r);
            // The user's choices first; then the known and kept headers, for fields still free.
            for (int c = 0; c < row.size(); ++c) {
                const auto own = chosen.constFind(headerKey(row.at(c)));
                if (own != chosen.cend() && own.value() && !mapping.values().contains(*own.value()))
                    mapping.insert(c, *own.value());
            }
            for (int c = 0; c < row.size(); ++c) {
                if (mapping.contains(c) || chosen.contains(headerKey(row.at(c))))
                    continue;
                const auto found = headers.constFind(headerKey(row.at(c)));
                if (found != headers.cend() && !mapping.values().contains(found.value()))
                    mapping.insert(c, found.value());
            }
            if (mapping.size() > best) {
                best = int(mapping.size());
                sheet = &table;
                plan.sheet = table.name;
                plan.headerLine = r + 1;
                plan.header = row;
                plan.mapping = mapping;
            }
        }
    }
    if (!sheet)
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("No header row was recognised in %1: name its columns with --map \"header=field\" "
                             "(fields: %2).")
                         .arg(plan.fileName,
                              [] {
                                  QStringList codes;
                                  for (OrderField f : allOrderFields())
                                      codes << codeOf(f);
                                  return codes.join(QStringLiteral(", "));
                              }()),
                     {}};
    for (int c = 0; c < plan.header.size(); ++c) {
        if (!plan.mapping.contains(c) && !plan.header.at(c).trimmed().isEmpty())
            plan.unmapped << plan.header.at(c);
    }
    const QList<OrderField> mapped = plan.mapping.values();
    for (OrderField needed : {OrderField::BusinessName, OrderField::Facts, OrderField::ReceivedAt}) {
        // A hotline file may give the dispatch alone: the council received the order then.
        if (needed == OrderField::ReceivedAt && mapped.contains(OrderField::DispatchedAt))
            continue;
        if (!mapped.contains(needed))
            return Error{ErrorCode::InvalidInput,
                         Msg::tr("No column of %1 holds \"%2\": name it with --map \"header=%3\".")
                             .arg(plan.fileName, labelOf(needed), codeOf(needed)),
                         {}};
    }

    auto categories = TaxonomyRepository(db).categories();
    if (!categories)
        return categories.error();
    qint64 otherCategory = categories->isEmpty() ? 0 : categories->last().id;
    QHash<QString, qint64> categoryByName;
    for (const Category &category : categories.value()) {
        categoryByName.insert(category.name, category.id);
        if (!category.nameEn.isEmpty())
            categoryByName.insert(category.nameEn, category.id);
        if (category.name == QStringLiteral("其他"))
            otherCategory = category.id;
    }
    const Channel channel = source == OrderSource::Platform12315  ? Channel::Platform12315
                            : source == OrderSource::Hotline12345 ? Channel::Hotline12345
                                                                  : Channel::Phone;
    QHash<QString, int> lineOfReference; // a work order twice in the file: the second is a duplicate
    for (int r = plan.headerLine; r < sheet->rows.size(); ++r) {
        const QStringList &cells = sheet->rows.at(r);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue; // empty rows in the middle or at the end
        OrderRow row;
        row.line = r + 1;
        Complaint &c = row.complaint;
        c.channel = channel;
        c.nature = Nature::Other;
        c.categoryId = otherCategory;
        for (auto it = plan.mapping.cbegin(); it != plan.mapping.cend(); ++it) {
            const QString value = it.key() < cells.size() ? cells.at(it.key()).trimmed() : QString();
            switch (it.value()) {
            case OrderField::Reference: c.platformRef = value; break;
            case OrderField::ReceivedAt:
            case OrderField::DispatchedAt:
            case OrderField::DueAt: {
                const QDateTime at = parseOrderTime(value);
                if (!at.isValid() && (it.value() == OrderField::ReceivedAt || !value.isEmpty()))
                    row.problems << Msg::tr("\"%1\" is not a date and time.").arg(value.left(40));
                (it.value() == OrderField::ReceivedAt     ? c.receivedAt
                 : it.value() == OrderField::DispatchedAt ? c.orderDispatchedAt
                                                          : c.orderDueAt) = at;
                break;
            }
            case OrderField::Channel:
                if (const auto named = parseOrderChannel(value))
                    c.channel = *named;
                else if (!value.isEmpty())
                    row.problems << Msg::tr("\"%1\" is not a channel.").arg(value.left(40));
                break;
            case OrderField::ConsumerName: c.consumer.name = value; break;
            case OrderField::ConsumerPhone: c.consumer.phone = parseOrderPhone(value); break;
            case OrderField::ConsumerAddress: c.consumer.address = value; break;
            case OrderField::BusinessName: c.business.name = value; break;
            case OrderField::CreditCode: c.business.creditCode = value.toUpper(); break;
            case OrderField::BusinessAddress: c.business.address = value; break;
            case OrderField::Facts: c.facts = value; break;
            case OrderField::Demand: c.demand = value; break;
            case OrderField::Amount:
                if (const auto fen = parseOrderAmount(value))
                    c.amountFen = *fen;
                else
                    row.problems << Msg::tr("\"%1\" is not an amount in yuan.").arg(value.left(40));
                break;
            case OrderField::Nature:
                if (const auto named = parseOrderNature(value))
                    c.nature = *named;
                else if (!value.isEmpty())
                    row.problems << Msg::tr("\"%1\" is not a nature of dispute.").arg(value.left(40));
                break;
            case OrderField::IncidentDate:
                if (!value.isEmpty()) {
                    c.incidentDate = parseOrderTime(value).date();
                    if (!c.incidentDate.isValid())
                        row.problems << Msg::tr("\"%1\" is not a date.").arg(value.left(40));
                }
                break;
            case OrderField::District: c.business.district = value; break;
            case OrderField::Street: c.business.street = value; break;
            case OrderField::Category:
                if (const auto found = categoryByName.constFind(value); found != categoryByName.cend())
                    c.categoryId = found.value();
                break;
            }
        }
        // A hotline order's 诉求内容 tells the complaint and what is asked in one text.
        if (source == OrderSource::Hotline12345 && c.demand.isEmpty())
            c.demand = c.facts;
        if (!mapped.contains(OrderField::ReceivedAt))
            c.receivedAt = c.orderDispatchedAt;
        for (const QString &problem : orderTimeProblems(c, now))
            row.problems << problem;
        if (c.receivedAt.isValid()) {
            for (const FieldError &problem : validateComplaint(c, now))
                row.problems << problem.message;
        }
        if (!c.platformRef.isEmpty()) {
            if (const auto earlier = lineOfReference.constFind(c.platformRef); earlier != lineOfReference.cend()) {
                row.duplicateOf = Msg::tr("line %1").arg(earlier.value());
            } else {
                if (row.valid()) // an invalid first copy does not keep a valid second one out
                    lineOfReference.insert(c.platformRef, row.line);
            }
        }
        plan.rows.append(row);
    }
    // Work orders registered before, looked up together.
    QStringList references;
    for (const OrderRow &row : plan.rows) {
        if (!row.complaint.platformRef.isEmpty() && row.duplicateOf.isEmpty())
            references << row.complaint.platformRef;
    }
    auto registered = ComplaintRepository(db).casesByPlatformRef(references);
    if (!registered)
        return registered.error();
    for (OrderRow &row : plan.rows) {
        const auto found = registered->constFind(row.complaint.platformRef);
        if (row.duplicateOf.isEmpty() && found != registered->cend()) {
            row.duplicateOf = found->caseNumber;
            row.duplicateCaseId = found->id;
        }
    }
    if (plan.rows.isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("%1 has a header but no work orders under it.").arg(plan.fileName),
                     {}};
    return plan;
}

Result<ImportOutcome> importWorkOrders(const QSqlDatabase &db, const ImportPlan &plan, ImportChoice choice,
                                       DuplicateChoice duplicates, const QString &actor, const QDateTime &now,
                                       const std::function<bool(int, int)> &progress)
{
    if (auto allowed = authorize(db, actor, Permission::RegisterCase); !allowed)
        return allowed.error();
    ImportOutcome outcome;
    outcome.refused = plan.problemCount();
    if (choice == ImportChoice::AllOrNothing && outcome.refused > 0)
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("%n row(s) of %1 cannot be registered; nothing was imported.", nullptr, outcome.refused)
                         .arg(plan.fileName),
                     {}};
    QList<Complaint> complaints;
    QList<int> lines;
    QList<const OrderRow *> toFill;
    for (const OrderRow &row : plan.rows) {
        switch (row.fate(duplicates)) {
        case RowFate::Fill: toFill << &row; break;
        case RowFate::Skip: ++outcome.skippedDuplicates; break;
        case RowFate::Register:
            complaints << row.complaint;
            lines << row.line;
            break;
        case RowFate::Refuse: break;
        }
    }
    // Filling in cases registered before is case work: the user is checked for it once for the
    // whole import, not row by row.
    if (!toFill.isEmpty()) {
        if (auto allowed = authorize(db, actor, Permission::WorkCase); !allowed)
            return allowed.error();
    }
    const QString source = codeOf(plan.source);
    const auto origin = [&](int line) { return QStringLiteral("%1 %2:%3").arg(source, plan.fileName).arg(line); };
    const QJsonObject mapping = mappingJson(plan);
    // The cases registered before, filled in; the import's record and the source's mapping: in
    // the transaction of the last new case (or a transaction of their own).
    const int skippedBefore = outcome.skippedDuplicates;
    // May run more than once: a server that broke the transaction off has it tried again whole.
    const auto finish = [&]() -> Status {
        outcome.filled = 0;
        outcome.skippedDuplicates = skippedBefore;
        ComplaintRepository repository(db);
        QList<AuditEntry> fills; // each filled case's "filled in from the file" note, appended in one go
        for (const OrderRow *row : toFill) {
            auto current = repository.get(row->duplicateCaseId);
            if (!current)
                return current.error();
            const auto filled = withEmptyFieldsFilled(current.value(), row->complaint);
            // A 12345 order registered before its file gave the hotline's times gets them now.
            const QDateTime dispatched =
                current->orderDispatchedAt.isValid() ? QDateTime() : row->complaint.orderDispatchedAt;
            const QDateTime due = current->orderDueAt.isValid() ? QDateTime() : row->complaint.orderDueAt;
            if (!filled && !dispatched.isValid() && !due.isValid())
                ++outcome.skippedDuplicates;
            else {
                const auto failed = [&](const Error &error) {
                    return Error{error.code,
                                 Msg::tr("Line %1 (%2): %3").arg(row->line).arg(row->duplicateOf, error.message),
                                 error.fieldErrors};
                };
                if (filled) {
                    if (auto saved = repository.updateWithin(*filled, actor, now); !saved)
                        return failed(saved.error());
                }
                if (dispatched.isValid() || due.isValid()) {
                    if (auto timed = repository.fillOrderTimes(row->duplicateCaseId, dispatched, due, actor, now);
                        !timed)
                        return failed(timed.error());
                }
                fills.append({0, row->duplicateCaseId, now, actor, QStringLiteral("import_filled"),
                              QStringLiteral("import"), QString(), origin(row->line)});
                ++outcome.filled;
            }
        }
        if (!fills.isEmpty()) {
            if (auto audited = AuditRepository(db).recordAll(fills); !audited)
                return audited;
        }
        const DeskEvent logged{0, now, actor, QStringLiteral("work_orders_imported"), plan.fileName,
                               QStringLiteral("source %1; sha256 %2; imported %3, filled in %4, duplicates skipped %5, "
                                              "refused %6")
                                   .arg(source, plan.sha256)
                                   .arg(complaints.size())
                                   .arg(outcome.filled)
                                   .arg(outcome.skippedDuplicates)
                                   .arg(outcome.refused)};
        if (auto recorded = DeskEventRepository(db).record(logged); !recorded)
            return recorded;
        return SettingsRepository(db).setValue(mappingSettingKey(plan.source, plan.mappingName),
                                               QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    };
    if (complaints.isEmpty()) {
        // Tried again, as a registration is, when a server broke the transaction off.
        if (auto done = inRetriedTransaction(db, finish); !done)
            return done.error();
        ComplaintRepository(db).reindexRenamedBusinesses();
        return outcome;
    }
    // Tens of thousands of cases with their index and trail entries in one transaction: a
    // cache large enough that SQLite does not read its own pages back from the file.
    const SqliteLargeCache cache(db, 256);
    ComplaintRepository repository(db);
    QList<AuditEntry> origins; // each case's "imported" note, appended to the trail in one go
    auto registered = repository.addAllWith(
        complaints, actor, now, [&](int index, qint64 caseId) -> Status {
            if (progress && !progress(index + 1, int(complaints.size())))
                return Error{ErrorCode::Cancelled, Msg::tr("Cancelled; nothing was imported."), {}};
            if (index == 0)
                origins.clear(); // a new attempt of the whole transaction
            origins.append({0, caseId, now, actor, QStringLiteral("imported"), QStringLiteral("import"), QString(),
                            origin(lines.at(index))});
            if (index + 1 < complaints.size())
                return {};
            if (auto audited = AuditRepository(db).recordAll(origins); !audited)
                return audited;
            return finish();
        });
    if (!registered)
        return registered.error();
    outcome.registered = registered.value();
    if (!toFill.isEmpty())
        repository.reindexRenamedBusinesses();
    return outcome;
}

} // namespace casedesk
