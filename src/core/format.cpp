// The one home of number formatting (format.h).
#include "format.h"

#include <algorithm>
#include <cmath>

namespace advisor {

std::string formatNumber(const NumberStyle& style, double value, int decimals) {
    decimals = std::clamp(decimals, 0, 3);
    long long scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    // The one rounding rule: half away from zero, on the magnitude.
    const long long units = std::llround(std::fabs(value) * static_cast<double>(scale));
    const bool negative = value < 0 && units != 0;
    const std::string whole = std::to_string(units / scale);
    std::string out = negative ? style.minus : std::string();
    const int digits = static_cast<int>(whole.size());
    for (int i = 0; i < digits; ++i) {
        if (i > 0 && digits >= style.groupFrom && (digits - i) % 3 == 0) out += style.group;
        out += whole[i];
    }
    if (decimals > 0) {
        std::string fraction = std::to_string(units % scale);
        fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
        out += style.decimal + fraction;
    }
    return out;
}

std::string wholeNumber(const NumberStyle& style, double value) {
    return formatNumber(style, value, 0);
}

std::string oneDecimal(const NumberStyle& style, double value) {
    return formatNumber(style, value, 1);
}

std::string signedOneDecimal(const NumberStyle& style, double value) {
    const std::string text = oneDecimal(style, value);
    return text.rfind(style.minus, 0) == 0 || text == oneDecimal(style, 0) ? text : "+" + text;
}

std::string dateText(const NumberStyle& style, int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return {};
    return fill(style.date, {{"day", day == 1 ? style.firstOfMonth : std::to_string(day)},
                             {"month", style.months[month - 1]},
                             {"year", std::to_string(year)}});
}

std::string percentText(const NumberStyle& style, double share) {
    return fill(style.percent, {{"number", wholeNumber(style, share * 100)}});
}

namespace {

std::string money(const NumberStyle& style, std::string_view symbol, bool negative,
                  const std::string& amount) {
    return fill(negative ? style.moneyNegative : style.money,
                {{"symbol", symbol}, {"amount", amount}});
}

}  // namespace

std::string formatMoneyInFull(const NumberStyle& style, std::string_view symbol, double amount,
                              int decimals) {
    const std::string magnitude = formatNumber(style, std::fabs(amount), decimals);
    return money(style, symbol, amount < 0 && magnitude != formatNumber(style, 0, decimals),
                 magnitude);
}

std::string formatMoney(const NumberStyle& style, const CostView& costs, double amount) {
    const double magnitude = std::fabs(amount);
    std::string number;
    if (magnitude >= 999500)  // what would round to "1000k" is "1.0M"
        number = fill(style.millions, {{"number", oneDecimal(style, magnitude / 1e6)}});
    else if (magnitude >= 1e4)
        number = fill(style.thousands, {{"number", wholeNumber(style, magnitude / 1e3)}});
    else
        number = wholeNumber(style, magnitude);
    return money(style, costs.symbol, amount < 0 && std::llround(magnitude) != 0, number);
}

std::string fillMoney(const Config& config, const CostView& costs, std::string_view text) {
    if (text.find('{') == std::string_view::npos) return std::string(text);
    std::string out(text);
    for (int k = 0; k < kCostParamCount; ++k) {
        const CostParameter& p = config.costs.parameters[k];
        if (p.unit.rfind("currency", 0) != 0) continue;
        const std::string name = "{" + p.id + "}";
        for (std::size_t at = out.find(name); at != std::string::npos; at = out.find(name, at)) {
            const std::string amount = formatMoney(config.numbers, costs, costs.values[k]);
            out.replace(at, name.size(), amount);
            at += amount.size();
        }
    }
    return out;
}

}  // namespace advisor
