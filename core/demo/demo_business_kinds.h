#pragma once

#include "demo/demo_vocabulary.h"

// The business kinds of demo_vocabulary.h, in parts that follow the taxonomy.

namespace casedesk::demo {

QList<BusinessKind> goodsKinds();   // demo_goods_kinds.cpp
QList<BusinessKind> serviceKinds();             // demo_service_kinds.cpp
QList<BusinessKind> professionalServiceKinds(); // demo_professional_kinds.cpp, with 其他

} // namespace casedesk::demo
