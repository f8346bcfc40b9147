// Colours written as hex (#RRGGBB), parsed in one place: the data file's accent, the page's
// ?accent= and data-accent, and a host page's set-options message all read them the same way, and
// black (#000000) is a colour like any other, distinct from "no accent given".
#pragma once

#include <optional>
#include <string_view>

namespace advisor {

// "#2563EB" or "2563EB" (either case) → 0x2563EB; anything else (empty, 3 digits, "#GG0000",
// surrounding spaces) → nullopt.
std::optional<unsigned> parseHexColour(std::string_view text);

}  // namespace advisor
