#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the liaison imports (points, ledgers) share: finding the header row of a council's own
// list by its Chinese column names, and reading a day or a month from a cell.

namespace casedesk::liaisonsheet {

// A column the import knows, with the header names that mean it.
struct KnownColumn {
    QString key;
    QStringList names; // compared without spaces, exactly
};

// The header: the first of the first ten rows that names every `required` key; key → column
// index. Empty when no row does (title rows above the header are skipped).
struct Header {
    int row = -1;
    QHash<QString, int> columns;
};
Header findHeader(const QList<QStringList> &rows, const QList<KnownColumn> &known, const QStringList &required);

// A cell of row `row` by key, trimmed; empty when the column is missing.
QString cell(const QStringList &row, const Header &header, const QString &key);

// 2026-03-05, 2026/3/5, 2026年3月5日, or Excel's day number; nullopt when none of them.
std::optional<QDate> dayFrom(const QString &text);
// 2026-03, 2026/3, 2026年3月, 202603, a whole day (its month), or Excel's day number: the
// month's first day; nullopt when none of them.
std::optional<QDate> monthFrom(const QString &text);

} // namespace casedesk::liaisonsheet
