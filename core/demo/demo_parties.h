#pragma once

#include "demo/demo_vocabulary.h"
#include "demo/weighted_random.h"
#include "domain/complaint.h"

namespace casedesk::demo {

// Makes plausible consumers and businesses with valid phone numbers, resident IDs and
// unified social credit codes (real check digits), in Shanghai districts and streets.
class PartyMaker {
public:
    explicit PartyMaker(Dice &dice);

    QString personName();
    Consumer consumer();
    Business business(const BusinessKind &kind);
    const District &district();

private:
    QString mobilePhone();
    QString landline();
    QString residentId();
    QString creditCode(int districtIndex);
    QString streetAddress(const District &district);

    Dice &m_dice;
    WeightedTable m_districtTable;
};

} // namespace casedesk::demo
