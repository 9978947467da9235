#include "demo/demo_parties.h"

#include "validation/identifiers.h"

namespace casedesk::demo {
namespace {

// Administrative division codes of Shanghai's districts, in the order of shanghaiDistricts().
const char *const kDistrictCodes[] = {"310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
                                      "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"};

const char *const kMobilePrefixes[] = {"138", "139", "135", "136", "137", "150", "151", "152", "158",
                                       "159", "186", "187", "188", "189", "133", "153", "177", "180",
                                       "181", "199", "131", "132", "156", "185", "176", "182", "183"};

const QLatin1String kCreditAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");

QList<double> districtWeights()
{
    QList<double> weights;
    for (const District &district : shanghaiDistricts())
        weights.append(district.weight);
    return weights;
}

QString digits(Dice &dice, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + dice.below(10)));
    return text;
}

} // namespace

PartyMaker::PartyMaker(Dice &dice) : m_dice(dice), m_districtTable(districtWeights()) {}

const District &PartyMaker::district() { return shanghaiDistricts().at(m_districtTable.pick(m_dice)); }

QString PartyMaker::personName()
{
    const QStringList &family = surnames();
    QString name = family.at(m_dice.skewed(int(family.size()), 1.8));
    const int given = m_dice.chance(0.7) ? 2 : 1;
    for (int i = 0; i < given; ++i)
        name += m_dice.pick(givenNameChars());
    return name;
}

QString PartyMaker::mobilePhone()
{
    return QLatin1String(kMobilePrefixes[m_dice.below(int(std::size(kMobilePrefixes)))]) + digits(m_dice, 8);
}

QString PartyMaker::landline() { return QStringLiteral("021-") + QChar(u'2' + m_dice.below(5)) + digits(m_dice, 7); }

QString PartyMaker::residentId()
{
    const int districtIndex = m_dice.below(int(std::size(kDistrictCodes)));
    const QDate birth = QDate(1950, 1, 1).addDays(m_dice.below(365 * 58));
    const QString first17 = QLatin1String(kDistrictCodes[districtIndex]) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            digits(m_dice, 3);
    return first17 + residentIdCheckDigit(first17);
}

QString PartyMaker::creditCode(int districtIndex)
{
    // Registration authority 9 (market regulation), type 1 (enterprise), region, organisation code.
    QString first17 = QStringLiteral("91") + QLatin1String(kDistrictCodes[districtIndex]);
    for (int i = 0; i < 9; ++i)
        first17.append(kCreditAlphabet.at(m_dice.below(i == 0 ? 10 : int(kCreditAlphabet.size()))));
    return first17 + creditCodeCheckCharacter(first17);
}

QString PartyMaker::streetAddress(const District &d)
{
    return QStringLiteral("上海市%1%2%3号").arg(d.name, m_dice.pick(roadNames())).arg(1 + m_dice.below(1800));
}

Consumer PartyMaker::consumer()
{
    Consumer c;
    c.name = personName();
    c.phone = m_dice.chance(0.9) ? mobilePhone() : landline();
    if (m_dice.chance(0.2))
        c.idNumber = residentId();
    const District &home = district();
    c.address = m_dice.chance(0.8)
                    ? QStringLiteral("上海市%1%2%3弄%4号%5室")
                          .arg(home.name, m_dice.pick(roadNames()))
                          .arg(1 + m_dice.below(900))
                          .arg(1 + m_dice.below(40))
                          .arg((1 + m_dice.below(20)) * 100 + 1 + m_dice.below(4))
                    : streetAddress(home);
    return c;
}

Business PartyMaker::business(const BusinessKind &kind)
{
    const int districtIndex = m_districtTable.pick(m_dice);
    const District &where = shanghaiDistricts().at(districtIndex);
    Business b;
    const QString suffix = m_dice.pick(kind.suffixes);
    const QString brand = m_dice.pick(kind.brands) + suffix;
    // Shops and studios have branches (悦动健身中心（长宁店）); companies, hospitals and parks do not.
    const bool institution = suffix.endsWith(QStringLiteral("公司")) || suffix.endsWith(QStringLiteral("医院")) ||
                             suffix.endsWith(QStringLiteral("园")) || suffix.endsWith(QStringLiteral("景区"));
    b.name = !institution && m_dice.chance(0.5) ? QStringLiteral("%1（%2店）").arg(brand, where.shortName)
                                                : QStringLiteral("上海") + brand;
    if (m_dice.chance(0.6))
        b.creditCode = creditCode(districtIndex);
    b.district = where.name;
    b.street = m_dice.pick(where.streets);
    b.address = streetAddress(where);
    return b;
}

} // namespace casedesk::demo
