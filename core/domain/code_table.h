#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

// The shape shared by every closed vocabulary: a table of (value, stable code, label source
// text). Codes are stored and typed by scripts, so they never change; labels are translated
// in the context the table names. Internal to core/domain.

namespace casedesk::codetable {

template <typename E>
struct Entry {
    E value;
    const char *code;
    const char *label; // source text, translated in the table's context
};

template <typename E, std::size_t N>
const Entry<E> &entryOf(const Entry<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table[0]; // unreachable: every enumerator has an entry
}

template <typename E, std::size_t N>
QString codeIn(const Entry<E> (&table)[N], E value)
{
    return QLatin1String(entryOf(table, value).code);
}

template <typename E, std::size_t N>
QString labelIn(const char *context, const Entry<E> (&table)[N], E value)
{
    return QCoreApplication::translate(context, entryOf(table, value).label);
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const Entry<E> (&table)[N], const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> values;
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace casedesk::codetable
