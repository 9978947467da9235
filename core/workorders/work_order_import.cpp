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

struct FieldInfo {
    OrderField field;
    const char *code;
    const char *label;
};
const FieldInfo kFields[] = {
    {OrderField::Reference, "reference", QT_TRANSLATE_NOOP("WorkOrders", "Work-order number")},
    {OrderField::ReceivedAt, "received_at", QT_TRANSLATE_NOOP("WorkOrders", "Received")},
    {OrderField::ConsumerName, "consumer_name", QT_TRANSLATE_NOOP("WorkOrders", "Complainant")},
    {OrderField::ConsumerPhone, "consumer_phone", QT_TRANSLATE_NOOP("WorkOrders", "Complainant's phone")},
    {OrderField::ConsumerAddress, "consumer_address", QT_TRANSLATE_NOOP("WorkOrders", "Complainant's address")},
    {OrderField::BusinessName, "business_name", QT_TRANSLATE_NOOP("WorkOrders", "Business")},
    {OrderField::CreditCode, "credit_code", QT_TRANSLATE_NOOP("WorkOrders", "Unified social credit code")},
    {OrderField::BusinessAddress, "business_address", QT_TRANSLATE_NOOP("WorkOrders", "Business address")},
    {OrderField::Facts, "facts", QT_TRANSLATE_NOOP("WorkOrders", "Facts")},
    {OrderField::Demand, "demand", QT_TRANSLATE_NOOP("WorkOrders", "Demand")},
    {OrderField::Amount, "amount", QT_TRANSLATE_NOOP("WorkOrders", "Amount involved (yuan)")},
    {OrderField::Category, "category", QT_TRANSLATE_NOOP("WorkOrders", "Category")},
};

// The headers the platforms' downloads use (12315: 登记编号…; 12345: 工单编号…), compared without
// spaces, asterisks and colons.
const QHash<QString, OrderField> &knownHeaders()
{
    static const QHash<QString, OrderField> headers = [] {
        QHash<QString, OrderField> h;
        const auto add = [&h](OrderField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                h.insert(QString::fromUtf8(name), field);
        };
        add(OrderField::Reference, {"登记编号", "投诉编号", "工单号", "工单编号", "编号"});
        add(OrderField::ReceivedAt, {"登记时间", "来电时间", "交办时间", "投诉时间", "受理时间", "登记日期"});
        add(OrderField::ConsumerName, {"投诉人", "姓名", "来电人", "投诉人姓名", "消费者"});
        add(OrderField::ConsumerPhone, {"联系电话", "来电号码", "手机号码", "投诉人电话", "电话"});
        add(OrderField::ConsumerAddress, {"投诉人地址", "投诉人住址", "联系地址", "来电人地址", "来电地址", "地址"});
        add(OrderField::BusinessName, {"被投诉人", "被投诉对象名称", "被投诉对象", "涉及主体", "被投诉单位", "被投诉方"});
        add(OrderField::CreditCode, {"统一社会信用代码", "社会信用代码"});
        add(OrderField::BusinessAddress,
            {"被投诉对象地址", "被投诉人地址", "被投诉单位地址", "经营地址", "涉及主体地址", "主体地址", "事发地址"});
        add(OrderField::Facts, {"投诉内容", "诉求内容", "问题描述", "事实与理由", "投诉事项"});
        add(OrderField::Demand, {"诉求", "投诉诉求", "消费者诉求", "诉求要求"});
        add(OrderField::Amount, {"涉案金额", "争议金额", "涉及金额", "金额", "涉案金额（元）", "涉案金额(元)"});
        add(OrderField::Category, {"投诉问题类别", "客体类别", "业务分类", "投诉类别"});
        return h;
    }();
    return headers;
}

QString headerKey(const QString &text)
{
    QString key = text;
    key.remove(QRegularExpression(QStringLiteral("[\\s*＊:：]")));
    return key;
}

QString mappingSettingKey(OrderSource source) { return QStringLiteral("work_order_mapping_") + codeOf(source); }

// The user's own headers for the source (header text → field), kept by the last import.
QHash<QString, OrderField> savedMapping(const QSqlDatabase &db, OrderSource source)
{
    QHash<QString, OrderField> saved;
    auto text = SettingsRepository(db).value(mappingSettingKey(source));
    if (!text)
        return saved;
    const QJsonObject object = QJsonDocument::fromJson(text->toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const auto field = orderFieldFromCode(it.value().toString()))
            saved.insert(headerKey(it.key()), *field);
    }
    return saved;
}

// 2026-03-04 09:30[:00], 2026/3/4 9:30, 2026年3月4日 9时30分, a day alone (09:00), or Excel's day
// number (46085.39583 for 2026-03-04 09:30); China time.
QDateTime parseReceived(QString text)
{
    text = text.trimmed();
    const QTimeZone china(8 * 3600);
    bool number = false;
    const double serial = text.toDouble(&number);
    if (number && serial > 20000 && serial < 80000) {
        const qint64 seconds = qint64(std::llround(serial * 86400.0));
        return QDateTime(QDate(1899, 12, 30).addDays(seconds / 86400), QTime(0, 0).addSecs(int(seconds % 86400)), china);
    }
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]+(\\d{1,2})[:时](\\d{1,2})(?:[:分](\\d{1,2})秒?)?分?)?$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time = m.captured(4).isEmpty() ? QTime(9, 0)
                                               : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, china);
}

// "1,234.50", "1234元", "¥1234": fen; nullopt when it is no amount.
std::optional<qint64> parseAmount(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s元¥￥]")));
    if (text.isEmpty())
        return qint64(0);
    return parseYuan(text);
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

QList<OrderField> allOrderFields()
{
    QList<OrderField> fields;
    for (const FieldInfo &info : kFields)
        fields << info.field;
    return fields;
}

QString codeOf(OrderField field)
{
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QLatin1String(info.code);
    }
    return {};
}

QString labelOf(OrderField field)
{
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QCoreApplication::translate("WorkOrders", info.label);
    }
    return {};
}

std::optional<OrderField> orderFieldFromCode(const QString &code)
{
    for (const FieldInfo &info : kFields) {
        if (QLatin1String(info.code) == code)
            return info.field;
    }
    return std::nullopt;
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

Result<ImportPlan> planWorkOrderImport(const QSqlDatabase &db, OrderSource source, const QString &path,
                                       const ColumnOverrides &overrides, const QDateTime &now)
{
    auto tables = readSheetFile(path);
    if (!tables)
        return tables.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);

    QHash<QString, OrderField> headers = knownHeaders();
    const QHash<QString, OrderField> saved = savedMapping(db, source);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        headers.insert(it.key(), it.value());
    QHash<QString, std::optional<OrderField>> chosen; // the user's, by header key
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        chosen.insert(headerKey(it.key()), it.value());

    // The header: the row with the most recognised columns (three at least) among each sheet's first 20.
    ImportPlan plan;
    plan.source = source;
    plan.fileName = QFileInfo(path).fileName();
    plan.sha256 = QString::fromLatin1(hash.result().toHex());
    int best = 2;
    const SheetTable *sheet = nullptr;
    for (const SheetTable &table : tables.value()) {
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
                c.receivedAt = parseReceived(value);
                if (!c.receivedAt.isValid())
                    row.problems << Msg::tr("\"%1\" is not a date and time.").arg(value.left(40));
                break;
            case OrderField::ConsumerName: c.consumer.name = value; break;
            case OrderField::ConsumerPhone:
                c.consumer.phone = QString(value).remove(QRegularExpression(QStringLiteral("[\\s-]")));
                break;
            case OrderField::ConsumerAddress: c.consumer.address = value; break;
            case OrderField::BusinessName: c.business.name = value; break;
            case OrderField::CreditCode: c.business.creditCode = value.toUpper(); break;
            case OrderField::BusinessAddress: c.business.address = value; break;
            case OrderField::Facts: c.facts = value; break;
            case OrderField::Demand: c.demand = value; break;
            case OrderField::Amount:
                if (const auto fen = parseAmount(value))
                    c.amountFen = *fen;
                else
                    row.problems << Msg::tr("\"%1\" is not an amount in yuan.").arg(value.left(40));
                break;
            case OrderField::Category:
                if (const auto found = categoryByName.constFind(value); found != categoryByName.cend())
                    c.categoryId = found.value();
                break;
            }
        }
        // A hotline order's 诉求内容 tells the complaint and what is asked in one text.
        if (source == OrderSource::Hotline12345 && c.demand.isEmpty())
            c.demand = c.facts;
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
                auto existing = runQuery(db, QStringLiteral("SELECT case_number FROM complaints WHERE platform_ref = ? "
                                                            "LIMIT 1"),
                                         {c.platformRef});
                if (!existing)
                    return existing.error();
                if (existing->next())
                    row.duplicateOf = existing->value(0).toString();
            }
        }
        plan.rows.append(row);
    }
    if (plan.rows.isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("%1 has a header but no work orders under it.").arg(plan.fileName),
                     {}};
    return plan;
}

Result<ImportOutcome> importWorkOrders(const QSqlDatabase &db, const ImportPlan &plan, ImportChoice choice,
                                       const QString &actor, const QDateTime &now,
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
    for (const OrderRow &row : plan.rows) {
        if (!row.duplicateOf.isEmpty())
            ++outcome.skippedDuplicates;
        else if (row.valid()) {
            complaints << row.complaint;
            lines << row.line;
        }
    }
    QJsonObject mapping;
    for (auto it = plan.mapping.cbegin(); it != plan.mapping.cend(); ++it)
        mapping.insert(plan.header.value(it.key()), codeOf(it.value()));
    const DeskEvent logged{0, now, actor, QStringLiteral("work_orders_imported"), plan.fileName,
                           QStringLiteral("source %1; sha256 %2; imported %3, duplicates skipped %4, refused %5")
                               .arg(codeOf(plan.source), plan.sha256)
                               .arg(complaints.size())
                               .arg(outcome.skippedDuplicates)
                               .arg(outcome.refused)};
    // The import's record and the source's mapping, in the transaction of the last case.
    const auto finish = [&]() -> Status {
        if (auto recorded = DeskEventRepository(db).record(logged); !recorded)
            return recorded;
        return SettingsRepository(db).setValue(mappingSettingKey(plan.source),
                                               QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    };
    if (complaints.isEmpty()) {
        Transaction transaction(db);
        if (auto started = transaction.begin(); !started)
            return started.error();
        if (auto done = finish(); !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return outcome;
    }
    const QString source = codeOf(plan.source);
    // Tens of thousands of cases with their index and trail entries in one transaction: a
    // cache large enough that SQLite does not read its own pages back from the file.
    const SqliteLargeCache cache(db, 256);
    auto registered = ComplaintRepository(db).addAllWith(
        complaints, actor, now, [&](int index, qint64 caseId) -> Status {
            if (progress && !progress(index + 1, int(complaints.size())))
                return Error{ErrorCode::Cancelled, Msg::tr("Cancelled; nothing was imported."), {}};
            if (auto audited = AuditRepository(db).record(
                    {0, caseId, now, actor, QStringLiteral("imported"), QStringLiteral("import"), QString(),
                     QStringLiteral("%1 %2:%3").arg(source, plan.fileName).arg(lines.at(index))});
                !audited)
                return audited;
            return index + 1 == complaints.size() ? finish() : Status();
        });
    if (!registered)
        return registered.error();
    outcome.registered = registered.value();
    return outcome;
}

} // namespace casedesk
