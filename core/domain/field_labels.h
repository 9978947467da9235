#pragma once

#include <QString>

namespace casedesk {

// The people's name of a field key used by validation and the audit trail
// ("consumer.phone" → 联系电话). Unknown keys are returned unchanged.
QString fieldLabel(const QString &key);

// The people's name of an audit action ("created" → 登记).
QString auditActionLabel(const QString &action);

} // namespace casedesk
