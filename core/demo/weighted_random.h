#pragma once

#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace casedesk::demo {

// QRandomGenerator with a seed gives the same sequence on every platform, unlike the
// std:: distributions, whose algorithms differ between standard libraries.
class Dice {
public:
    explicit Dice(quint64 seed) : m_rng(quint32(seed ^ (seed >> 32))) {}

    int below(int bound) { return bound <= 1 ? 0 : int(m_rng.bounded(quint32(bound))); }
    double unit() { return m_rng.generateDouble(); }
    bool chance(double probability) { return unit() < probability; }
    // Index skewed towards the front: a few businesses draw most complaints.
    int skewed(int size, double power = 2.2)
    {
        return std::min(size - 1, int(size * std::pow(unit(), power)));
    }

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    QRandomGenerator m_rng;
};

// Picks an index with probability proportional to its weight.
class WeightedTable {
public:
    explicit WeightedTable(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights) {
            total += w;
            m_cumulative.append(total);
        }
    }

    int pick(Dice &dice) const
    {
        const double target = dice.unit() * m_cumulative.last();
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        return std::min(int(it - m_cumulative.cbegin()), int(m_cumulative.size()) - 1);
    }

private:
    QList<double> m_cumulative;
};

} // namespace casedesk::demo
