#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace casedesk {

// What went wrong, coarse enough for a caller to decide how to react.
enum class ErrorCode {
    InvalidInput, // the user's input breaks a rule; fieldErrors says where
    NotFound,
    Conflict,     // someone else changed the record first
    Forbidden,    // the user's role does not allow it
    Busy,         // the database is locked by another program
    NewerSchema,  // the file was written by a newer CaseDesk
    NotADatabase, // not a CaseDesk database, or damaged
    Io,           // the file cannot be read or written
    Cancelled,    // the user stopped a long operation; nothing was written
    Storage,      // any other database failure
};

// One problem with one input field; `field` is a stable key such as "consumer.phone".
struct FieldError {
    QString field;
    QString message;
};

// Errors are values: core never shows a dialog and never aborts on bad input.
// `message` is translated and ready to show to a caseworker.
struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QList<FieldError> fieldErrors;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so `for (x : f().value())` does not bind to a temporary that is gone.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that returns nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace casedesk
