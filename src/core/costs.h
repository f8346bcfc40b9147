// Total cost of ownership per cell over a horizon: yearly and cumulative cost, savings against
// today's arrangement (the baseline: the current model, or an in-house team when nothing runs
// today), the break-even month, and a low–high range. The formula is here; every number it uses
// is an editable assumption from the data file, with its source.
//
//   loaded       = salary × overhead multiplier                       (per FTE and year, at home)
//   paid share   = 1 for own staff (paid all year), (1 + busy share) / 2 for a managed team (it
//                  flexes partly), busy share for a provider (it bills the work done)
//   labour/year  = FTE × loaded × labour ratio(where) × (1 + fee(who)) × paid share(who)
//                      × hours(who) × (1 + management(who, where) + productivity loss(where))
//                  hours: 1, or a provider's efficiency (a specialist needs fewer hours)
//                  rising offshore costs: × (1 + growth)^year offshore, half the growth nearshore;
//                  domestic incentives: × (1 − incentive share) at home
//   run/year     = labour/year + FTE × communication(where)
//   fixed/year   = the local entity of a centre of your own abroad; the contract and governance
//                  of a managed team or a provider
//   one-time     = hiring (own staff; abroad × labour ratio) + captive set-up + seats (own centre
//                  abroad) + transition share × run/year (any move) — nothing for what runs today
//                  + overlap: today's arrangement keeps running during the new one's ramp-up
//   ramp-up      = months until the arrangement runs: a set-up time + (FTE − 1) ÷ hires per
//                  month (your own recruiting, or a provider's); 0 for what runs today
#pragma once

#include <array>
#include <string>

#include "answers.h"
#include "config.h"

namespace advisor {

constexpr int kMaxYears = 10;

struct CostInputs {
    double salary = 0;                             // home-country salary per FTE and year
    double busyShare = 1;                          // share of the year the team is needed
    std::array<double, kCostParamCount> values{};  // middle values, editable
    int years = 3;                                 // horizon, 1–10
};

// The home country of these answers (currency, pay level, locations), or null when the data file
// has no home_country question.
const Country* countryOf(const Config& config, const Answers& answers);

// Defaults for these answers: the salary of the chosen function at the home country's level, the
// country's on-costs and location ratios, money parameters at its level, the horizon's years.
CostInputs defaultCostInputs(const Config& config, const Answers& answers);

// `inputs` as they would be for other answers `to`: the visitor's edited assumptions are kept, and
// the salary, busy share and years follow `to` where they still equal `defaults`, the defaults of
// the answers they were made for.
CostInputs costInputsFor(const Config& config, const CostInputs& inputs, const CostInputs& defaults,
                         const Answers& to);

// Clamps edited inputs to the ranges the data file allows; returns true if anything changed.
bool clampCostInputs(const Config& config, CostInputs& inputs);

// What the money criteria of the score read, for the middle assumptions (see evaluate.h).
struct CellMoney {
    double runPerYear = 0;  // average over the horizon, with rising costs and incentives
    double fixedPerYear = 0;
    double oneTime = 0;  // set-up and overlap with today's arrangement (within the horizon)
    double rampMonths = 0;
};

struct Money {
    int years = 1;
    double inHousePerYear = 0;  // FTE × loaded salary: the yardstick of both money criteria
    std::array<CellMoney, kCellCount> cells;
};

Money moneyOf(const Config& config, const Answers& answers, const CostInputs& inputs);

struct CellCost {
    double setup = 0;         // one-time cost, overlap with today's arrangement included (middle)
    double runPerYear = 0;    // yearly cost once running, fixed costs included (middle, year 1)
    double fixedPerYear = 0;  // of which fixed
    double rampMonths = 0;
    // At the end of each year 1..CostView::years (middle, all-low and all-high assumptions).
    std::array<double, kMaxYears> cumulative{};
    std::array<double, kMaxYears> cumulativeLow{};
    std::array<double, kMaxYears> cumulativeHigh{};
    double savings = 0;     // against the baseline at the horizon (middle; < 0: costs more)
    double savingsLow = 0;  // lowest and highest savings of the three scenarios
    double savingsHigh = 0;
    int breakEvenMonth =
        -1;  // against the baseline: 0 cheaper from the start; −1 not within the horizon
};

struct CostView {
    std::string currency = "USD";
    std::string symbol = "$";
    int years = 0;
    int fte = 0;
    double salary = 0;
    std::array<double, kCostParamCount> values{};  // the middle assumptions, in this currency
    int baseline = 0;           // today's arrangement, or own_onshore when nothing runs today
    bool baselineRuns = false;  // true when the baseline is what runs today
    std::array<CellCost, kCellCount> cells;
};

CostView computeCosts(const Config& config, const Answers& answers, const CostInputs& inputs);

// The cell that runs today (current_model), or −1.
int currentCell(const Config& config, const Answers& answers);

}  // namespace advisor
