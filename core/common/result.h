#pragma once

#include <QString>

#include <utility>
#include <variant>

/// What kind of failure an Error is, for code that must react (recover, exit code, retry).
enum class ErrorKind {
    Other,
    CacheDamaged,
    CacheTooNew,
    InvalidInput,
    Network,
    AuthenticationRequired,
    RateLimited,
    Cancelled,
};

/// An error a person can act on: `userMessage` is a full sentence for the window (what
/// happened and what to do), `detail` is the technical part for the log. Plain value type,
/// usable on any thread.
struct Error
{
    QString userMessage;
    QString detail;
    ErrorKind kind = ErrorKind::Other;

    /// Both parts in one line, for logs and command-line output.
    QString toLogString() const
    {
        return detail.isEmpty() ? userMessage
                                : userMessage + QStringLiteral(" (") + detail + QStringLiteral(")");
    }
};

/// Either a value or an Error. `Result<void>` carries only success or the error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, not T&&: `for (x : makeResult().value())` must not dangle.
    T value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
