#pragma once
// Fuzz builds only (force-included with -include). clang 14 cannot compile libstdc++ 12's
// <expected> (it needs P0848 conditionally trivial special members, and libstdc++ hides the
// header from clang 14's __cpp_concepts value), while the product is built with g++ 12 where
// std::expected works. This minimal std::expected covers what the project uses so that the
// same sources build under clang's libFuzzer. Never used in the shipped binaries.
#include <version>
#if !defined(__cpp_lib_expected)
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <variant>

namespace std {
template <class E> class unexpected {
public:
    constexpr explicit unexpected(const E& e)
        : m_e(e) {}
    constexpr explicit unexpected(E&& e)
        : m_e(std::move(e)) {}
    constexpr const E& error() const& noexcept { return m_e; }
    constexpr E& error() & noexcept { return m_e; }
    constexpr E&& error() && noexcept { return std::move(m_e); }

private:
    E m_e;
};
template <class E> unexpected(E) -> unexpected<E>;

struct unexpect_t {
    explicit unexpect_t() = default;
};
inline constexpr unexpect_t unexpect{};

template <class T, class E> class expected {
public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    expected() requires std::is_default_constructible_v<T> : m_v(std::in_place_index<0>) {}
    template <class U = T>
    requires(!std::is_same_v<std::remove_cvref_t<U>, expected> &&
             !std::is_same_v<std::remove_cvref_t<U>, unexpected<E>> && std::is_constructible_v<T, U>)
        expected(U&& v)
        : m_v(std::in_place_index<0>, std::forward<U>(v)) {}
    template <class G>
    expected(const unexpected<G>& u)
        : m_v(std::in_place_index<1>, u.error()) {}
    template <class G>
    expected(unexpected<G>&& u)
        : m_v(std::in_place_index<1>, std::move(u.error())) {}
    template <class... Args>
    explicit expected(std::in_place_t, Args&&... args)
        : m_v(std::in_place_index<0>, std::forward<Args>(args)...) {}
    template <class... Args>
    explicit expected(unexpect_t, Args&&... args)
        : m_v(std::in_place_index<1>, std::forward<Args>(args)...) {}

    bool has_value() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T& operator*() & { return std::get<0>(m_v); }
    const T& operator*() const& { return std::get<0>(m_v); }
    T&& operator*() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &std::get<0>(m_v); }
    const T* operator->() const { return &std::get<0>(m_v); }
    E& error() & { return std::get<1>(m_v); }
    const E& error() const& { return std::get<1>(m_v); }
    E&& error() && { return std::get<1>(std::move(m_v)); }
    template <class U> T value_or(U&& fallback) const& {
        return has_value() ? std::get<0>(m_v) : static_cast<T>(std::forward<U>(fallback));
    }
    template <class U> T value_or(U&& fallback) && {
        return has_value() ? std::get<0>(std::move(m_v)) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_v;
};

template <class E> class expected<void, E> {
public:
    using value_type = void;
    using error_type = E;
    expected()
        : m_has(true) {}
    template <class G>
    expected(const unexpected<G>& u)
        : m_has(false)
        , m_e(u.error()) {}
    template <class G>
    expected(unexpected<G>&& u)
        : m_has(false)
        , m_e(std::move(u.error())) {}
    bool has_value() const noexcept { return m_has; }
    explicit operator bool() const noexcept { return m_has; }
    void value() const {}
    void operator*() const noexcept {}
    const E& error() const& { return m_e; }
    E& error() & { return m_e; }

private:
    bool m_has;
    E m_e{};
};
} // namespace std
#endif
