#pragma once

#include "domain/field_labels.h"

#include <QString>

namespace casedesk {

// A stored value as people read it: status, channel and nature codes become their labels.
QString fieldValueLabel(const QString &key, const QString &value);

} // namespace casedesk
