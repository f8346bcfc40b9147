// The cost model of costs.h, month by month, in three scenarios (low, middle, high assumptions).
#include "costs.h"

#include <algorithm>

namespace advisor {
namespace {

struct Scenario {
    double salary;
    double busyShare;
    std::array<double, kCostParamCount> v;
    double operator[](CostParam p) const { return v[static_cast<int>(p)]; }
};

int cellOf(Who who, Where where) { return static_cast<int>(who) * 3 + static_cast<int>(where); }

double runPerYear(const Scenario& s, const Cell& cell, int fte) {
    const double loaded = s.salary * s[CostParam::OverheadMultiplier];
    double ratio = 1, fee = 0, management = 0, productivity = 0, communication = 0;
    if (cell.where == Where::Nearshore) ratio = s[CostParam::LabourRatioNearshore];
    if (cell.where == Where::Offshore) ratio = s[CostParam::LabourRatioOffshore];
    if (cell.who == Who::Managed) fee = s[CostParam::FeeManaged];
    if (cell.who == Who::Provider) fee = s[CostParam::FeeProvider];
    if (cell.who == Who::Managed) management = s[CostParam::ManagementManaged];
    if (cell.who == Who::Provider) management = s[CostParam::ManagementProvider];
    if (cell.who == Who::Own && cell.where != Where::Onshore)
        management = s[CostParam::ManagementOwnRemote];
    if (cell.where == Where::Offshore) productivity = s[CostParam::ProductivityLossOffshore];
    if (cell.where == Where::Nearshore) productivity = s[CostParam::ProductivityLossOffshore] / 2;
    if (cell.where != Where::Onshore) communication = s[CostParam::CommunicationPerFteRemote];
    const double paid = cell.who == Who::Own ? 1 : cell.who == Who::Managed ? (1 + s.busyShare) / 2 : s.busyShare;
    return fte * (loaded * ratio * (1 + fee) * paid * (1 + management + productivity) + communication);
}

double setupCost(const Scenario& s, const Cell& cell, int fte, double run) {
    double setup = 0;
    if (cell.who == Who::Own) {
        const double ratio = cell.where == Where::Onshore    ? 1
                             : cell.where == Where::Nearshore ? s[CostParam::LabourRatioNearshore]
                                                              : s[CostParam::LabourRatioOffshore];
        setup += fte * s[CostParam::HiringCostPerFte] * ratio;
        if (cell.where != Where::Onshore) setup += s[CostParam::CaptiveSetupCost];
    }
    if (cell.who != Who::Own || cell.where != Where::Onshore)
        setup += s[CostParam::TransitionShare] * run;
    return setup;
}

int rampMonths(const Scenario& s, const Cell& cell) {
    double months = s[CostParam::RampMonthsProvider];
    if (cell.who == Who::Own)
        months = cell.where == Where::Onshore ? s[CostParam::RampMonthsHire] : s[CostParam::RampMonthsCaptive];
    if (cell.who == Who::Managed) months = s[CostParam::RampMonthsManaged];
    return static_cast<int>(months + 0.5);
}

// One cell's cumulative cost as a closed form: set-up at the start, the run cost every month,
// and today's arrangement running on beside it during the ramp-up.
struct CostLine {
    double setup = 0;
    double run = 0;         // per year
    double overlap = 0;     // per year, during the ramp-up
    int rampMonths = 0;
    double at(int months) const {  // cumulative after `months` months
        return setup + run * months / 12 + overlap * std::min(months, rampMonths) / 12;
    }
};

// The last month (1..months) at whose end `line` has cost more in total than `reference`, or 0.
// Their difference is linear between the ramp-up ends, so each piece is solved, not scanned.
int lastMonthBehind(const CostLine& reference, const CostLine& line, int months) {
    auto savings = [&](int m) { return reference.at(m) - line.at(m); };
    constexpr double kCent = 0.005;
    int bounds[4] = {1, std::clamp(reference.rampMonths, 1, months), std::clamp(line.rampMonths, 1, months), months};
    std::sort(bounds, bounds + 4);
    for (int piece = 2; piece >= 0; --piece) {
        const int a = bounds[piece], b = bounds[piece + 1];
        if (savings(b) < -kCent) return b;
        if (savings(a) >= -kCent) continue;
        // Negative at a, not at b: the crossing lies in between; solve, then settle by checking.
        const double sa = savings(a), sb = savings(b);
        int m = a + static_cast<int>((-sa) * (b - a) / (sb - sa));
        m = std::clamp(m, a, b);
        while (m < b && savings(m + 1) < -kCent) ++m;
        while (m > a && savings(m) >= -kCent) --m;
        return m;
    }
    return 0;
}

CostLine costLine(const Scenario& s, const Config& config, int cell, int current, int fte) {
    const Cell& c = config.cells[cell];
    CostLine line;
    line.run = runPerYear(s, c, fte);
    if (cell == current) return line;
    line.setup = setupCost(s, c, fte, line.run);
    line.rampMonths = rampMonths(s, c);
    if (current >= 0) line.overlap = runPerYear(s, config.cells[current], fte);
    return line;
}

Scenario scenario(const Config& config, const CostInputs& inputs, int which) {
    // which: 0 middle, −1 low, +1 high. Edited values keep the data file's relative range.
    Scenario s{inputs.salary, inputs.busyShare, inputs.values};
    if (which == 0) return s;
    auto scale = [&](const CostParameter& p, double value) {
        const double bound = which < 0 ? p.low : p.high;
        if (p.value <= 0) return bound;
        return value * bound / p.value;
    };
    for (int k = 0; k < kCostParamCount; ++k) s.v[k] = scale(config.costs.parameters[k], inputs.values[k]);
    return s;
}

}  // namespace

CostInputs defaultCostInputs(const Config& config, const Answers& answers) {
    CostInputs inputs;
    for (int k = 0; k < kCostParamCount; ++k) inputs.values[k] = config.costs.parameters[k].value;
    const int option = answers.values[config.known.function];
    if (option >= 0 && option < int(config.costs.salaryByOption.size()))
        inputs.salary = config.costs.salaryByOption[option].value;
    const int workload = answers.values[config.known.workload];
    if (workload >= 0 && workload < int(config.costs.busyShareByOption.size()))
        inputs.busyShare = config.costs.busyShareByOption[workload].value;
    const int horizon = answers.values[config.known.horizon];
    inputs.years = config.costs.horizonYears[std::clamp(horizon, 0, 2)];
    return inputs;
}

bool clampCostInputs(const Config& config, CostInputs& inputs) {
    bool changed = false;
    auto clamp = [&](double& value, double min, double max) {
        const double clamped = std::clamp(value, min, max);
        if (!(clamped == value)) changed = true;  // also catches NaN
        value = clamped == clamped ? clamped : min;
    };
    for (int k = 0; k < kCostParamCount; ++k)
        clamp(inputs.values[k], config.costs.parameters[k].min, config.costs.parameters[k].max);
    clamp(inputs.salary, 1000, 10000000);
    clamp(inputs.busyShare, 0.05, 1);
    const int years = std::clamp(inputs.years, 1, 10);
    changed = changed || years != inputs.years;
    inputs.years = years;
    return changed;
}

CostView computeCosts(const Config& config, const Answers& answers, const CostInputs& inputs) {
    CostView view;
    view.years = std::clamp(inputs.years, 1, kMaxYears);
    view.fte = answers.values[config.known.teamSize];
    view.salary = inputs.salary;
    view.inHouse = cellOf(Who::Own, Where::Onshore);
    const int months = view.years * 12;
    const std::string& currentValue =
        config.questions[config.known.currentModel].options[answers.values[config.known.currentModel]].value;
    const int current = config.cellIndex(currentValue);  // −1 for "none"

    // The salary is the visitor's own figure, so the range covers the other assumptions only.
    for (int which = -1; which <= 1; ++which) {
        const Scenario s = scenario(config, inputs, which);
        const CostLine inHouse = costLine(s, config, view.inHouse, current, view.fte);
        for (int cell = 0; cell < kCellCount; ++cell) {
            CellCost& cost = view.cells[cell];
            const CostLine line = costLine(s, config, cell, current, view.fte);
            auto& yearly = which < 0 ? cost.cumulativeLow : which > 0 ? cost.cumulativeHigh : cost.cumulative;
            for (int y = 0; y < view.years; ++y) yearly[y] = line.at(12 * (y + 1));
            const double savings = inHouse.at(months) - line.at(months);
            if (which == -1) cost.savingsLow = cost.savingsHigh = savings;
            cost.savingsLow = std::min(cost.savingsLow, savings);
            cost.savingsHigh = std::max(cost.savingsHigh, savings);
            if (which != 0) continue;
            cost.setup = line.setup;
            cost.runPerYear = line.run;
            cost.savings = savings;
            const int lastBehind = lastMonthBehind(inHouse, line, months);
            cost.breakEvenMonth = lastBehind == 0 ? 0 : lastBehind == months ? -1 : lastBehind + 1;
        }
    }
    return view;
}

}  // namespace advisor
