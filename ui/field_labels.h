#pragma once

#include <QString>

namespace casedesk {

// The people's name of a field key used by validation and the audit trail
// ("consumer.phone" → 联系电话). Unknown keys are returned unchanged.
QString fieldLabel(const QString &key);

// A stored value as people read it: status, channel and nature codes become their labels.
QString fieldValueLabel(const QString &key, const QString &value);

// The people's name of an audit action ("created" → 登记).
QString auditActionLabel(const QString &action);

} // namespace casedesk
