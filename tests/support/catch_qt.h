#pragma once

#include <QString>

#include <catch2/catch.hpp>

// Lets Catch2 print QStrings in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
