#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What a column of a work-order file holds, and the header texts that name each field.

namespace casedesk {

enum class OrderField {
    Reference,       // the work-order number
    ReceivedAt,      // when the complaint came in (the call, the registration)
    DispatchedAt,    // a 12345 order: when the hotline dispatched it to the council (交办时间)
    DueAt,           // a 12345 order: when the hotline wants the reply (到期时间)
    Channel,         // how it came in, as the desk names channels
    ConsumerName,
    ConsumerPhone,
    ConsumerAddress,
    BusinessName,
    CreditCode,
    BusinessAddress,
    Facts,
    Demand,
    Amount,          // yuan
    Category,        // the complaint category's name
    Nature,          // the dispute's nature, as the desk names natures
    IncidentDate,    // the purchase or incident date
    District,        // the business's district
    Street,          // the business's street or town
};
QList<OrderField> allOrderFields();
QString codeOf(OrderField field); // reference, received_at, consumer_name, ...
QString labelOf(OrderField field);
std::optional<OrderField> orderFieldFromCode(const QString &code);

// A header text as it is compared: without spaces, asterisks and colons.
QString headerKey(const QString &text);

// The headers the platforms' downloads use (12315: 登记编号…; 12345: 工单编号…) and the desk's own
// Excel export (each field's label, in Chinese and English), by headerKey().
const QHash<QString, OrderField> &knownOrderHeaders();

} // namespace casedesk
