#pragma once

#include <QString>

#include <optional>

namespace casedesk {

// Money is kept as integer fen (分) everywhere; yuan appear only at the edges.

// The largest amount a complaint may involve: ¥100,000,000. Anything above is a typing slip.
constexpr qint64 kMaxAmountFen = 100'000'000LL * 100;

// "1,234.50" (no currency sign; callers add ¥ where they want it).
QString formatYuan(qint64 fen);

// The amount in Chinese capital numerals as receipts and cheques write it (大写):
// 2,400.50 → 贰仟肆佰元伍角整, 10,001.05 → 壹万零壹元零伍分. Not negative.
QString yuanInCapitals(qint64 fen);

// Accepts "1234", "1234.5", "1,234.50", "¥1234.50", "￥ 12"; at most two decimals.
// Returns nullopt for anything else, including negative amounts.
std::optional<qint64> parseYuan(const QString &text);

} // namespace casedesk
