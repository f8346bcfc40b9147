// Numbers for people, with one rounding rule everywhere (half away from zero, as std::lround):
// the canvas, the page, the report and the command line print the same fit for the same answers.
#pragma once

#include <string>

#include "costs.h"

namespace advisor {

std::string wholeNumber(double value);       // 65.5 → "66", -0.4 → "0"
std::string oneDecimal(double value);        // 2.45 → "2.5", -0.04 → "0.0"
std::string signedOneDecimal(double value);  // "+2.5", "-1.0", "0.0"
inline std::string fitText(double fit) {
    return wholeNumber(fit);
}

// Money in the currency of the cost view: "$1.2M", "£85k", "€900".
std::string formatMoney(const CostView& costs, double amount);

}  // namespace advisor
