// Hex colours (colour.h): one reading for the data file, the page's ?accent= and data-accent,
// and a host page's set-options message.
#include <doctest/doctest.h>

#include "colour.h"

using advisor::parseHexColour;

TEST_CASE("six hex digits, with or without '#', in either case") {
    CHECK(parseHexColour("#2563EB") == 0x2563EBu);
    CHECK(parseHexColour("2563eb") == 0x2563EBu);
    CHECK(parseHexColour("#FfFfFf") == 0xFFFFFFu);
}

TEST_CASE("black is a colour, distinct from no colour") {
    REQUIRE(parseHexColour("000000").has_value());
    CHECK(*parseHexColour("000000") == 0u);
    CHECK(*parseHexColour("#000000") == 0u);
    CHECK_FALSE(parseHexColour("").has_value());
}

TEST_CASE("anything else is no colour") {
    for (const char* text : {"#", "#abc", "abc", "#2563E", "#2563EBB", "##2563EB", " 2563EB",
                             "2563EB ", "#2563EG", "0x2563EB", "+25630B", "-25630B"}) {
        INFO(text);
        CHECK_FALSE(parseHexColour(text).has_value());
    }
}
