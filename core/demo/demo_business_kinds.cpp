#include "demo/demo_business_kinds.h"

namespace casedesk::demo {

const QList<BusinessKind> &businessKinds()
{
    static const QList<BusinessKind> list = goodsKinds() + serviceKinds() + professionalServiceKinds();
    return list;
}

} // namespace casedesk::demo
