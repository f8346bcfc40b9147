// The cost model of costs.h: one description of each cell's money (run, fixed, one-time, ramp-up)
// read by both the score's money criteria and the cost view, so the two cannot disagree; the
// cost view adds it up month by month in three scenarios (low, middle, high assumptions).
#include "costs.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

struct Scenario {
    double salary;
    double busyShare;
    std::array<double, kCostParamCount> v;
    double operator[](CostParam p) const { return v[static_cast<int>(p)]; }
};

// The answers the cost model reads, looked up once.
struct Situation {
    int fte = 1;
    int current = -1;         // cell running today, or −1
    bool rising = false;      // offshore costs rising
    bool incentives = false;  // domestic incentives
};

bool answerIs(const Config& config, const Answers& answers, int question, int option) {
    return question >= 0 && isAsked(config, answers, question) &&
           answers.values[question] == option;
}

Situation situationOf(const Config& config, const Answers& answers) {
    Situation s;
    s.fte = std::max(1, answers.values[config.known.teamSize]);
    s.current = currentCell(config, answers);
    s.rising = answerIs(config, answers, config.known.offshoreCostTrend, 1);
    s.incentives = answerIs(config, answers, config.known.domesticIncentives, 1);
    return s;
}

double labourRatio(const Scenario& s, Where where) {
    if (where == Where::Nearshore) return s[CostParam::LabourRatioNearshore];
    if (where == Where::Offshore) return s[CostParam::LabourRatioOffshore];
    return 1;
}

// Yearly growth of the labour cost abroad: the full rate offshore, half of it nearshore.
double growthRate(const Scenario& s, const Situation& situation, Where where) {
    if (!situation.rising || where == Where::Onshore) return 0;
    const double growth = s[CostParam::OffshoreCostGrowth];
    return where == Where::Offshore ? growth : growth / 2;
}

// One cell's money in one scenario: the parts of costs.h's formula.
struct Line {
    double labour = 0;          // per year, in year 1
    double growth = 0;          // yearly growth of the labour part
    double other = 0;           // communication per year
    double fixed = 0;           // per year
    double setup = 0;           // one-time, without the overlap
    double overlapPerYear = 0;  // today's arrangement running on during the ramp-up
    double rampMonths = 0;

    double firstYearRun() const { return labour + other; }
    double averageRun(int years) const {  // Σ (1 + g)^y over the years, in closed form
        if (growth == 0) return labour + other;
        return labour * (std::pow(1 + growth, years) - 1) / (growth * years) + other;
    }
    // Set-up and the overlap with today's arrangement, within a horizon of `years`.
    double oneTime(int years) const {
        return setup + overlapPerYear * std::min<double>(rampMonths, 12.0 * years) / 12;
    }
    // Cumulative at the end of each year 1..years.
    void byYear(int years, double* out) const {
        double run = 0, labourThisYear = labour;
        for (int y = 0; y < years; ++y) {
            run += labourThisYear + other;
            labourThisYear *= 1 + growth;
            out[y] = setup + overlapPerYear * std::min<double>(12 * (y + 1), rampMonths) / 12 +
                     fixed * (y + 1) + run;
        }
    }
    // Cumulative after `months` months.
    double at(int months) const {
        double run = 0, labourThisYear = labour;
        for (int y = 0; 12 * y < months; ++y) {
            run += (labourThisYear + other) * std::min(12, months - 12 * y) / 12.0;
            labourThisYear *= 1 + growth;
        }
        return setup + overlapPerYear * std::min<double>(months, rampMonths) / 12 +
               fixed * months / 12.0 + run;
    }
};

Line baseLine(const Scenario& s, const Situation& situation, const Cell& cell) {
    Line line;
    const double loaded = s.salary * s[CostParam::OverheadMultiplier];
    double fee = 0, management = 0, productivity = 0;
    if (cell.who == Who::Managed)
        fee = s[CostParam::FeeManaged], management = s[CostParam::ManagementManaged];
    if (cell.who == Who::Provider)
        fee = s[CostParam::FeeProvider], management = s[CostParam::ManagementProvider];
    if (cell.who == Who::Own && cell.where != Where::Onshore)
        management = s[CostParam::ManagementOwnRemote];
    if (cell.where == Where::Offshore) productivity = s[CostParam::ProductivityLossOffshore];
    if (cell.where == Where::Nearshore) productivity = s[CostParam::ProductivityLossOffshore] / 2;
    const double paid = cell.who == Who::Own       ? 1
                        : cell.who == Who::Managed ? (1 + s.busyShare) / 2
                                                   : s.busyShare;
    const double hours =
        cell.who == Who::Provider ? s[CostParam::ProviderEfficiency] : 1;  // a specialist's hours
    line.labour = situation.fte * loaded * labourRatio(s, cell.where) * (1 + fee) * paid * hours *
                  (1 + management + productivity);
    if (situation.incentives && cell.where == Where::Onshore)
        line.labour *= 1 - s[CostParam::DomesticIncentiveShare];
    line.growth = growthRate(s, situation, cell.where);
    if (cell.where != Where::Onshore)
        line.other = situation.fte * s[CostParam::CommunicationPerFteRemote];
    if (cell.who == Who::Own && cell.where != Where::Onshore)
        line.fixed = s[CostParam::CaptiveFixedPerYear];
    if (cell.who != Who::Own) line.fixed = s[CostParam::ArrangementFixedPerYear];
    return line;
}

// `today`: the line of what runs today (situation.current), for the overlap; unused without one.
Line lineOf(const Scenario& s, const Config& config, const Situation& situation, int cell,
            const Line& today) {
    const Cell& c = config.cells[cell];
    Line line = baseLine(s, situation, c);
    if (cell == situation.current) return line;  // running: no set-up, no ramp-up
    if (c.who == Who::Own) {
        line.setup += situation.fte * s[CostParam::HiringCostPerFte] * labourRatio(s, c.where);
        if (c.where != Where::Onshore)
            line.setup +=
                s[CostParam::CaptiveSetupCost] + situation.fte * s[CostParam::CaptiveSetupPerFte];
    }
    const bool isMove = situation.current >= 0 || c.who != Who::Own || c.where != Where::Onshore;
    if (isMove) line.setup += s[CostParam::TransitionShare] * line.firstYearRun();
    line.rampMonths = c.who == Who::Managed       ? s[CostParam::RampMonthsManaged]
                      : c.who == Who::Provider    ? s[CostParam::RampMonthsProvider]
                      : c.where == Where::Onshore ? s[CostParam::RampMonthsHire]
                                                  : s[CostParam::RampMonthsCaptive];
    // A larger team takes longer to hire: your own recruiting fills fewer roles a month than a
    // provider's.
    const double hiresPerMonth =
        c.who == Who::Own ? s[CostParam::HiresPerMonthOwn] : s[CostParam::HiresPerMonthProvider];
    if (hiresPerMonth > 0) line.rampMonths += (situation.fte - 1) / hiresPerMonth;
    if (situation.current >= 0) line.overlapPerYear = today.firstYearRun() + today.fixed;
    return line;
}

Line todayLine(const Scenario& s, const Config& config, const Situation& situation) {
    return situation.current >= 0 ? baseLine(s, situation, config.cells[situation.current])
                                  : Line();
}

// Parameters that lower the cost as they grow: the low-cost scenario takes their high value.
bool lowersCost(int parameter) {
    const CostParam p = static_cast<CostParam>(parameter);
    return p == CostParam::HiresPerMonthOwn || p == CostParam::HiresPerMonthProvider ||
           p == CostParam::DomesticIncentiveShare;
}

Scenario scenario(const Config& config, const CostInputs& inputs, int which) {
    // which: 0 middle, −1 low cost, +1 high cost. Edited values keep the data file's relative
    // range.
    Scenario s{inputs.salary, inputs.busyShare, inputs.values};
    if (which == 0) return s;
    auto scale = [&](const CostParameter& p, double value, bool inverse) {
        const double bound = (which < 0) != inverse ? p.low : p.high;
        if (p.value <= 0) return bound;
        return value * bound / p.value;
    };
    for (int k = 0; k < kCostParamCount; ++k)
        s.v[k] = scale(config.costs.parameters[k], inputs.values[k], lowersCost(k));
    return s;
}

// The month after the last month-end at which `line` has cost more in total than `baseline`: 0
// if never, −1 if still at the horizon. Their difference is linear within a year but where a
// ramp-up ends, so a month can be behind while the year's end is not only in the year after the
// last year-end that is behind, or in the year a ramp-up ends: only those months are scanned.
int breakEvenMonth(const Line& baseline, const std::array<double, kMaxYears>& baselineByYear,
                   const Line& line, const std::array<double, kMaxYears>& lineByYear, int years) {
    constexpr double kCent = 0.005;
    auto behind = [&](int month) { return baseline.at(month) - line.at(month) < -kCent; };
    if (baselineByYear[years - 1] - lineByYear[years - 1] < -kCent) return -1;
    int lastYearBehind = -1;  // the last year (0-based) whose end is behind
    for (int y = years - 2; y >= 0; --y)
        if (baselineByYear[y] - lineByYear[y] < -kCent) {
            lastYearBehind = y;
            break;
        }
    int last = lastYearBehind >= 0 ? 12 * (lastYearBehind + 1) : 0;
    auto scanYear = [&](int y) {  // months 12y+1 … 12y+12
        if (y < 0 || y >= years) return;
        for (int m = 12 * (y + 1); m > 12 * y && m > last; --m)
            if (behind(m)) {
                last = m;
                return;
            }
    };
    scanYear(lastYearBehind + 1);
    for (const double ramp : {line.rampMonths, baseline.rampMonths})
        if (ramp > 0) scanYear(int(ramp) / 12);
    return last == 0 ? 0 : last + 1;
}

}  // namespace

int currentCell(const Config& config, const Answers& answers) {
    const int option = answers.values[config.known.currentModel];
    const auto& cells = config.known.currentCellByOption;
    return option >= 0 && option < int(cells.size()) ? cells[option] : -1;  // −1 for "none"
}

const Country* countryOf(const Config& config, const Answers& answers) {
    const int q = config.known.homeCountry;
    if (q < 0) return nullptr;
    const int option = answers.values[q];
    const auto& countries = config.costs.countryByOption;
    return option >= 0 && option < int(countries.size()) ? &countries[option] : nullptr;
}

namespace {

// Parameters in money, given at U.S. levels: a home country scales them by its level of pay.
bool inMoney(CostParam p) {
    return p == CostParam::HiringCostPerFte || p == CostParam::CommunicationPerFteRemote ||
           p == CostParam::CaptiveSetupCost || p == CostParam::CaptiveSetupPerFte ||
           p == CostParam::CaptiveFixedPerYear || p == CostParam::ArrangementFixedPerYear;
}

double salaryOf(const Config& config, const Answers& answers) {
    const int option = answers.values[config.known.function];
    if (option < 0 || option >= int(config.costs.salaryByOption.size())) return 0;
    const Country* country = countryOf(config, answers);
    return config.costs.salaryByOption[option].value * (country ? country->salaryLevel : 1);
}

}  // namespace

CostInputs defaultCostInputs(const Config& config, const Answers& answers) {
    CostInputs inputs;
    for (int k = 0; k < kCostParamCount; ++k) inputs.values[k] = config.costs.parameters[k].value;
    if (const Country* country = countryOf(config, answers)) {
        for (int k = 0; k < kCostParamCount; ++k)
            if (inMoney(static_cast<CostParam>(k))) inputs.values[k] *= country->salaryLevel;
        inputs.values[static_cast<int>(CostParam::OverheadMultiplier)] =
            country->overheadMultiplier;
        inputs.values[static_cast<int>(CostParam::LabourRatioNearshore)] =
            country->labourRatioNearshore;
        inputs.values[static_cast<int>(CostParam::LabourRatioOffshore)] =
            country->labourRatioOffshore;
    }
    inputs.salary = salaryOf(config, answers);
    const int workload = answers.values[config.known.workload];
    if (workload >= 0 && workload < int(config.costs.busyShareByOption.size()))
        inputs.busyShare = config.costs.busyShareByOption[workload].value;
    const int horizon = answers.values[config.known.horizon];
    inputs.years = config.costs.horizonYears[std::clamp(horizon, 0, 2)];
    return inputs;
}

CostInputs costInputsFor(const Config& config, const CostInputs& inputs, const CostInputs& before,
                         const Answers& to) {
    CostInputs out = inputs;
    if (inputs.salary == before.salary) out.salary = salaryOf(config, to);
    const int workload = to.values[config.known.workload];
    if (inputs.busyShare == before.busyShare && workload >= 0 &&
        workload < int(config.costs.busyShareByOption.size()))
        out.busyShare = config.costs.busyShareByOption[workload].value;
    if (inputs.years == before.years)
        out.years = config.costs.horizonYears[std::clamp(to.values[config.known.horizon], 0, 2)];
    return out;
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

Money moneyOf(const Config& config, const Answers& answers, const CostInputs& inputs) {
    Money money;
    const Scenario s = scenario(config, inputs, 0);
    const Situation situation = situationOf(config, answers);
    money.years = std::clamp(inputs.years, 1, kMaxYears);
    money.inHousePerYear = situation.fte * s.salary * s[CostParam::OverheadMultiplier];
    const Line today = todayLine(s, config, situation);
    for (int c = 0; c < kCellCount; ++c) {
        const Line line = lineOf(s, config, situation, c, today);
        CellMoney& m = money.cells[c];
        m.runPerYear = line.averageRun(money.years);
        m.fixedPerYear = line.fixed;
        m.oneTime = line.oneTime(money.years);
        m.rampMonths = line.rampMonths;
    }
    return money;
}

CostView computeCosts(const Config& config, const Answers& answers, const CostInputs& inputs) {
    CostView view;
    view.currency = config.costs.currency;
    view.symbol = config.costs.symbol;
    if (const Country* country = countryOf(config, answers))
        view.currency = country->currency, view.symbol = country->symbol;
    const Situation situation = situationOf(config, answers);
    view.years = std::clamp(inputs.years, 1, kMaxYears);
    view.fte = situation.fte;
    view.salary = inputs.salary;
    view.values = inputs.values;
    view.baselineRuns = situation.current >= 0;
    view.baseline = view.baselineRuns ? situation.current : config.cellIndex("own_onshore");

    // The salary is the visitor's own figure, so the range covers the other assumptions only.
    for (int which = -1; which <= 1; ++which) {
        const Scenario s = scenario(config, inputs, which);
        const Line today = todayLine(s, config, situation);
        const Line baseline = lineOf(s, config, situation, view.baseline, today);
        std::array<double, kMaxYears> baselineByYear{};
        baseline.byYear(view.years, baselineByYear.data());
        for (int cell = 0; cell < kCellCount; ++cell) {
            CellCost& cost = view.cells[cell];
            const Line line = lineOf(s, config, situation, cell, today);
            auto& yearly = which < 0   ? cost.cumulativeLow
                           : which > 0 ? cost.cumulativeHigh
                                       : cost.cumulative;
            line.byYear(view.years, yearly.data());
            const double savings = baselineByYear[view.years - 1] - yearly[view.years - 1];
            if (which == -1) cost.savingsLow = cost.savingsHigh = savings;
            cost.savingsLow = std::min(cost.savingsLow, savings);
            cost.savingsHigh = std::max(cost.savingsHigh, savings);
            if (which != 0) continue;
            cost.setup = line.oneTime(view.years);
            cost.runPerYear = line.firstYearRun() + line.fixed;
            cost.fixedPerYear = line.fixed;
            cost.rampMonths = line.rampMonths;
            cost.savings = savings;
            cost.breakEvenMonth =
                breakEvenMonth(baseline, baselineByYear, line, yearly, view.years);
        }
    }
    return view;
}

}  // namespace advisor
