// Numbers for people, with one rounding rule everywhere (half away from zero, as std::lround):
// the canvas, the page, the report and the command line print the same fit for the same answers.
// Each is written the way the data file's language writes it (Config::numbers, from its texts):
// "1,234.5" in English, "1.234,5" in German, "1 234,5" in French (U+202F), "1234,5" and
// "12.345" in Spanish; money as "£1,234" or "1.234 €".
#pragma once

#include <string>
#include <string_view>

#include "costs.h"

namespace advisor {

// `value` rounded to `decimals` (0 to 3) places: 1234.5 → "1,234.5" (English), "1.234,5"
// (German); a value that rounds to zero has no sign.
std::string formatNumber(const NumberStyle& style, double value, int decimals);
std::string wholeNumber(const NumberStyle& style, double value);  // 65.5 → "66", -0.4 → "0"
std::string oneDecimal(const NumberStyle& style, double value);   // 2.45 → "2.5" / "2,5"
std::string signedOneDecimal(const NumberStyle& style, double value);  // "+2.5", "-1.0", "0.0"
inline std::string fitText(const NumberStyle& style, double fit) {
    return wholeNumber(style, fit);
}
std::string percentText(const NumberStyle& style, double share);  // 0.3 → "30%", "30 %"

// A day as the language writes it: "2 December 2026", "2. Dezember 2026", "1er décembre 2026",
// "2 de diciembre de 2026". `month` 1 to 12; an impossible date gives "".
std::string dateText(const NumberStyle& style, int year, int month, int day);

// An amount as it is, in whole units or `decimals` places: "£1,234", "1.234,5 €", "-$85".
std::string formatMoneyInFull(const NumberStyle& style, std::string_view symbol, double amount,
                              int decimals = 0);

// Money in the currency of the cost view, shortened from ten thousand on: "$1.2M", "£85k",
// "€4,700" in English; "1,2 Mio. €", "85 Tsd. €", "4.700 €" in German.
std::string formatMoney(const NumberStyle& style, const CostView& costs, double amount);

// `text` with each {parameter} of a cost parameter in money (data file: costs.parameters, as the
// checklist's "about {hiring_cost_per_fte} per hire") replaced by its amount in the cost view:
// in the home country's currency, at its level of pay, as the visitor edited it.
std::string fillMoney(const Config& config, const CostView& costs, std::string_view text);

}  // namespace advisor
