#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Word lists the demo data is drawn from: plausible Chinese names, Shanghai districts and
// streets, and businesses with the products, demands and facts typical of each category.

namespace casedesk::demo {

struct District {
    QString name;        // e.g. 长宁区
    QString shortName;   // e.g. 长宁 (used in business branch names: 悦动健身(长宁店))
    QStringList streets; // real 街道 / 镇 of the district, e.g. 新华路街道
    int weight;          // relative share of complaints (bigger, busier districts more)
};

// One kind of business within a taxonomy category. Placeholders in the text templates:
// {business} business name, {product} a product or service, {amount} an amount in yuan,
// {date} the purchase date (e.g. 2025年3月12日), {months} a number of months.
struct BusinessKind {
    QString category;         // exactly one of the 24 seeded category names (e.g. 文化娱乐体育)
    QStringList brands;       // brand words, e.g. 悦动, 力美
    QStringList suffixes;     // e.g. 健身会所, 健身中心  → 悦动健身中心(长宁店)
    QStringList products;     // e.g. 年卡, 私教课程
    QStringList demands;      // what the consumer asks for, e.g. 退还剩余课时费用{amount}元
    QStringList facts;        // 2-4 sentence statements of the dispute
    bool prepaid;             // sells prepaid / stored-value cards (gym, beauty, training, laundry...)
    int minAmountYuan;        // typical amount range involved
    int maxAmountYuan;
};

const QStringList &surnames();      // ~100 common surnames, most common first
const QStringList &givenNameChars(); // ~150 characters common in given names
const QList<District> &shanghaiDistricts(); // all 16 districts
const QStringList &roadNames();      // ~60 Shanghai road names, e.g. 延安西路, 天山路
const QList<BusinessKind> &businessKinds(); // covers all 23 categories + 其他, at least 35 kinds

} // namespace casedesk::demo
