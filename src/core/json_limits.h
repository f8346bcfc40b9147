// Bounds on JSON that someone else can hand the advisor (host messages, answers from the browser
// API, the command line or a prefill): its size and how deeply it nests, checked before parsing,
// so that a hostile text is refused with a reason instead of costing memory or deep recursion
// (nlohmann's dump() and comparisons recurse). The data file has its own size bound (config.cpp)
// and uses the same depth check.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

namespace advisor {

constexpr std::size_t kMaxMessageBytes = 64 * 1024;  // a real message or answers object: < 2 KiB
constexpr int kMaxJsonDepth = 32;                    // a real one nests 3 deep

// True if the text opens more than `limit` arrays or objects inside each other (strings are
// skipped, so brackets inside them do not count). Works on any text, valid JSON or not.
bool jsonNestsDeeperThan(std::string_view text, int limit = kMaxJsonDepth);

// The core's one JSON parse: never throws; a discarded value (is_discarded()) if the text is not
// exactly one JSON value. The same as nlohmann::json::parse(text, nullptr, false), but every
// caller shares one instantiation of the parser (no callback variant), which keeps the web build
// small.
nlohmann::json parseJson(std::string_view text);

}  // namespace advisor
