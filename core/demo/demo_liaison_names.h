#pragma once

#include "demo/demo_vocabulary.h"
#include "demo/weighted_random.h"
#include "liaison/liaison_point.h"

// Plausible names for the demo's liaison points (长宁区华阳路街道姚家角居委会消费维权联络点,
// 天山路菜市场联络点, 联华超市（仙霞路店）联络点) and for the leads they pass on.

namespace casedesk::demo {

struct InventedPoint {
    QString name;
    QString host; // the host organisation (依托单位)
    QString address;
};

// A point of `type` in `street` of `district`.
InventedPoint inventPoint(Dice &dice, LiaisonPointType type, const District &district, const QString &street);

// A road of the street when its name has one (天山路街道 → 天山路), else of another street of the district.
QString roadOf(Dice &dice, const QString &street, const District &district);

struct InventedLead {
    QString suspicion;
    QString business;
    QString place;
};
InventedLead inventLead(Dice &dice, const QString &street, const District &district);

// What an official notes after a visit.
const QStringList &visitFindings();

} // namespace casedesk::demo
