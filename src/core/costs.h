// Total cost of ownership per cell over a horizon (PRODUCT.md §4): yearly and cumulative cost,
// savings against an in-house team, the break-even month, and a low–high range. The formula is
// here; every number it uses is an editable assumption from the data file, with its source.
//
//   loaded      = salary × overhead multiplier                        (per FTE and year, at home)
//   paid share  = 1 for own staff (paid all year), (1 + busy share) / 2 for a managed team (it
//                 flexes partly), busy share for a provider (it bills the work done)
//   run / year  = FTE × (loaded × labour ratio(where) × (1 + fee(who)) × paid share(who)
//                            × (1 + management(who, where) + productivity loss(where))
//                        + communication(where))          (nearshore: half the offshore loss)
//   set-up      = hiring × labour ratio(where) (own staff) + captive set-up (own centre abroad)
//                 + transition share × run/year (any move to a provider or abroad); 0 if current
//   ramp-up     = months during which today's arrangement keeps running beside the new one
#pragma once

#include <array>

#include "answers.h"
#include "config.h"

namespace advisor {

constexpr int kMaxYears = 10;

struct CostInputs {
    double salary = 0;                                  // home-country salary per FTE and year
    double busyShare = 1;                               // share of the year the team is needed
    std::array<double, kCostParamCount> values{};       // middle values, editable
    int years = 3;                                      // horizon, 1–10
};

// Defaults for these answers: the salary of the chosen function, the horizon's years.
CostInputs defaultCostInputs(const Config& config, const Answers& answers);

// Clamps edited inputs to the ranges the data file allows; returns true if anything changed.
bool clampCostInputs(const Config& config, CostInputs& inputs);

struct CellCost {
    double setup = 0;        // one-time cost (middle)
    double runPerYear = 0;   // yearly cost once running (middle)
    // At the end of each year 1..CostView::years (middle, all-low and all-high assumptions).
    std::array<double, kMaxYears> cumulative{};
    std::array<double, kMaxYears> cumulativeLow{};
    std::array<double, kMaxYears> cumulativeHigh{};
    double savings = 0;      // against the in-house team at the horizon (middle; < 0: costs more)
    double savingsLow = 0;   // lowest and highest savings of the three scenarios
    double savingsHigh = 0;
    int breakEvenMonth = -1;  // 0: cheaper from the start; −1: not within the horizon
};

struct CostView {
    int years = 0;
    int fte = 0;
    double salary = 0;
    int inHouse = 0;  // the cell savings are measured against (own_onshore)
    std::array<CellCost, kCellCount> cells;
};

CostView computeCosts(const Config& config, const Answers& answers, const CostInputs& inputs);

}  // namespace advisor
