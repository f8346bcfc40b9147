// The one home of number formatting (format.h).
#include "format.h"

#include <cmath>
#include <cstdio>

namespace advisor {

std::string wholeNumber(double value) {
    const long rounded = std::lround(value);
    return std::to_string(rounded == 0 ? 0L : rounded);
}

std::string oneDecimal(double value) {
    long tenths = std::lround(std::fabs(value) * 10);
    const bool negative = value < 0 && tenths != 0;
    std::string digits = std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
    return negative ? "-" + digits : digits;
}

std::string signedOneDecimal(double value) {
    const std::string text = oneDecimal(value);
    return text[0] == '-' || text == "0.0" ? text : "+" + text;
}

std::string formatMoney(const CostView& costs, double amount) {
    const double magnitude = std::fabs(amount);
    const char* sign = amount < 0 && std::lround(magnitude) != 0 ? "-" : "";
    std::string number;
    if (magnitude >= 999500)  // what would round to "1000k" is "1.0M"
        number = oneDecimal(magnitude / 1e6) + "M";
    else if (magnitude >= 1e4)
        number = wholeNumber(magnitude / 1e3) + "k";
    else
        number = wholeNumber(magnitude);
    return sign + costs.symbol + number;
}

}  // namespace advisor
