// The decision engine: a transparent weighted-sum model over the nine who × where cells.
//
//   weight(criterion) = base weight + Σ weight effects of the asked answers      (never below 0)
//   fit(cell)         = 10 × Σ weight × profile(cell) / Σ weight  +  Σ modifiers  (clamped 0–100)
//
// Exclusions remove a cell from the ranking, each with the reason the data file gives. The result
// also explains itself: reasons for and against the winner, the smallest answer change that
// would change it, the margin to the runner-up, the checklist and the cost view.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "answers.h"
#include "config.h"
#include "costs.h"

namespace advisor {

// Fits only: what the explanation and the tests need to compare many answer sets quickly.
struct Scores {
    std::array<double, kCellCount> fit{};
    CellMask excluded = 0;
    int winner = -1;  // highest fit among cells not excluded; ties go to the earlier cell
};

Scores score(const Config& config, const Answers& answers);

struct Reason {
    std::string text;    // plain sentence from the data file
    std::string detail;  // the numbers behind it
    double points = 0;   // fit points it adds (+) or costs (−) against the other cells' average
};

struct Change {
    bool found = false;
    int question = -1;
    int from = 0;        // value now
    int to = 0;          // value that changes the winner
    int newWinner = -1;
    double newFit = 0;
    std::string text;    // "If workload were “Seasonal peaks” instead of “Steady”, … would fit best."
};

enum class Confidence { Clear, Moderate, Close };
const char* confidenceText(Confidence confidence);  // "clear lead", ...

struct Evaluation {
    Scores scores;
    std::array<std::vector<std::string>, kCellCount> exclusionReasons;
    std::vector<int> ranking;  // cells not excluded, best first
    int winner = -1;
    int runnerUp = -1;
    double margin = 0;         // winner's fit − runner-up's fit
    Confidence confidence = Confidence::Close;
    bool reshore = false;
    std::vector<Reason> reasonsFor;
    std::vector<Reason> reasonsAgainst;
    Change whatWouldChange;
    std::array<double, kMaxCriteria> weights{};
    std::vector<int> checklist;  // indices into Config::checklist, for the winner
    CostView costs;
};

// `costs` overrides the cost assumptions (the visitor's edits); null means the defaults.
Evaluation evaluate(const Config& config, const Answers& answers, const CostInputs* costs = nullptr);

}  // namespace advisor
