// The decision engine: a transparent weighted sum over the nine who × where cells.
//
//   weight(criterion)        = base weight + Σ weight effects of the asked answers   (never below
//   0) profile(cell, criterion) = who part + where part + Σ modifiers of the answers    (0–10)
//                              or, for the money criteria, computed by the cost model (costs.h)
//   fit(cell)                = 50 + 10 × Σ weight × (profile − 5) / W
//
// W is the largest total weight any answers can give (Config::fitScaleWeight), a constant: so a
// weight that rises moves every fit difference the way the profiles say, which is what keeps the
// advice monotone in every ordered answer, and fits stay within 0–100. A cell with a neutral
// profile (5 everywhere) sits at 50.
//
// Exclusions remove a cell, each with the reason the data file gives. What runs today keeps its
// place unless a switch gains more than the stay margin (ModelSettings::stayMargin). The result
// explains itself: reasons for and against, who and where as two decisions with their margins,
// the smallest change of preference that would change it, the facts that would, the checklist
// and the cost view.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "answers.h"
#include "config.h"
#include "costs.h"

namespace advisor {

using Profiles = std::array<std::array<double, kMaxCriteria>, kCellCount>;

// Fits only: what the explanation and the tests need to compare many answer sets quickly.
struct Scores {
    std::array<double, kCellCount> fit{};
    CellMask excluded = 0;
    int best = -1;    // highest fit among cells not excluded; ties go to the earlier cell
    int winner = -1;  // the advice: `best`, or what runs today when `best` does not beat it clearly
    bool stay = false;  // winner is what runs today although another cell scores (a little) higher
};

// `costs` are the visitor's cost assumptions; null means the defaults for these answers.
Scores score(const Config& config, const Answers& answers, const CostInputs* costs = nullptr);

struct Reason {
    int criterion = -1;
    std::string text;    // plain sentence from the data file
    std::string detail;  // the numbers behind it
    double points = 0;   // fit points it adds (+) or costs (−) against the other cells' average
};

struct Change {
    bool found = false;
    int question = -1;
    int from = 0;  // value now
    int to = 0;    // value that changes the winner
    int newWinner = -1;
    double newFit = 0;
    std::string
        text;  // "If “Start” were “Within months” instead of “Within weeks”, … would fit best."
};

enum class Confidence { Clear, Moderate, Close };

// Who does the work, and where: each a decision with its own margin. `alternative` is the best
// cell with another who (for `who`), or the same who in another place (for `where`).
struct Decision {
    int alternative = -1;  // −1: no alternative left (all excluded)
    double margin = 0;
    Confidence confidence = Confidence::Clear;
    int favoursWinner = -1;       // the criterion that speaks most for the winner against it
    int favoursAlternative = -1;  // ... and most for the alternative
    std::string text;
};

struct Evaluation {
    Scores scores;
    std::array<std::vector<std::string>, kCellCount> exclusionReasons;
    std::vector<int> ranking;  // cells not excluded, the advice first, then by fit
    int winner = -1;
    int runnerUp = -1;
    int current = -1;   // the cell that runs today, or −1
    double margin = 0;  // winner's fit − runner-up's fit (≤ 0 when staying)
    Confidence confidence = Confidence::Close;
    bool reshore = false;
    bool stay = false;  // keep what runs today and improve it
    std::string stayText;
    std::vector<Reason> reasonsFor;
    std::vector<Reason> reasonsAgainst;
    Decision who;
    Decision where;
    Change whatWouldChange;           // the smallest change of a preference
    std::vector<Change> factChanges;  // facts that would change it, nearest first
    std::array<double, kMaxCriteria> weights{};
    Profiles profiles{};         // as scored: modifiers and money criteria included
    std::vector<int> checklist;  // indices into Config::checklist, for the winner
    CostView costs;
};

const char* confidenceId(Confidence confidence);  // "clear", "moderate", "close"
// "clear lead", ... from the data file's texts.
const std::string& confidenceText(const Config& config, Confidence confidence);

Evaluation evaluate(const Config& config, const Answers& answers,
                    const CostInputs* costs = nullptr);

}  // namespace advisor
