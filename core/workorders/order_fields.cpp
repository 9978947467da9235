#include "workorders/order_fields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {
namespace {

struct FieldInfo {
    OrderField field;
    const char *code;
    const char *label;
};
const FieldInfo kFields[] = {
    {OrderField::Reference, "reference", QT_TRANSLATE_NOOP("WorkOrders", "Work-order number")},
    {OrderField::ReceivedAt, "received_at", QT_TRANSLATE_NOOP("WorkOrders", "Received")},
    {OrderField::DispatchedAt, "dispatched_at", QT_TRANSLATE_NOOP("WorkOrders", "Dispatched by the hotline")},
    {OrderField::DueAt, "due_at", QT_TRANSLATE_NOOP("WorkOrders", "Reply due (hotline)")},
    {OrderField::Channel, "channel", QT_TRANSLATE_NOOP("WorkOrders", "Channel")},
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
    {OrderField::Nature, "nature", QT_TRANSLATE_NOOP("WorkOrders", "Nature")},
    {OrderField::IncidentDate, "incident_date", QT_TRANSLATE_NOOP("WorkOrders", "Purchase or incident date")},
    {OrderField::District, "district", QT_TRANSLATE_NOOP("WorkOrders", "Business's district")},
    {OrderField::Street, "street", QT_TRANSLATE_NOOP("WorkOrders", "Business's street")},
};

} // namespace

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

QString headerKey(const QString &text)
{
    QString key = text;
    key.remove(QRegularExpression(QStringLiteral("[\\s*＊:：]")));
    return key;
}

const QHash<QString, OrderField> &knownOrderHeaders()
{
    // Built on first use, in the language then loaded: the desk's own labels in it and in English.
    static const QHash<QString, OrderField> headers = [] {
        QHash<QString, OrderField> h;
        const auto add = [&h](OrderField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                h.insert(QString::fromUtf8(name), field);
        };
        add(OrderField::Reference, {"登记编号", "投诉编号", "工单号", "工单编号", "编号"});
        add(OrderField::ReceivedAt, {"登记时间", "来电时间", "投诉时间", "受理时间", "登记日期"});
        add(OrderField::DispatchedAt, {"交办时间", "派单时间", "派发时间", "转办时间"});
        add(OrderField::DueAt, {"到期时间", "办结时限", "截止时间", "回复时限", "办理时限"});
        add(OrderField::Channel, {"渠道", "来源", "投诉渠道", "登记渠道"});
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
        add(OrderField::Nature, {"投诉性质", "问题性质", "性质"});
        add(OrderField::IncidentDate, {"消费时间", "消费日期", "购买时间", "购买日期", "事发时间", "事发日期"});
        add(OrderField::District, {"所属区", "区县", "所在区", "被投诉对象所在区"});
        add(OrderField::Street, {"所属街道", "街道", "街镇", "所在街道"});
        for (const FieldInfo &info : kFields) {
            h.insert(headerKey(QString::fromUtf8(info.label)), info.field);
            h.insert(headerKey(labelOf(info.field)), info.field);
        }
        return h;
    }();
    return headers;
}

} // namespace casedesk
