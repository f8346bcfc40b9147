// The advisor's domain model, loaded from the data file (assets/advisor.json): the questions, the
// nine who × where cells, the criteria and each cell's profile on them, what each answer does
// (criterion weights, cell modifiers, hard exclusions), the checklist, and the cost defaults.
// Loading validates everything and reports every problem with its JSON path; it never throws.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace advisor {

constexpr int kCellCount = 9;      // who (own, managed, provider) × where (on-, near-, offshore)
constexpr int kMaxCriteria = 16;   // enough for the twelve of PRODUCT.md §2, with room to tailor
constexpr int kMaxOptions = 16;    // per choice question
constexpr int kMaxQuestions = 48;

enum class Who { Own, Managed, Provider };
enum class Where { Onshore, Nearshore, Offshore };

// A set of cells, one bit per cell index. In the data file a set is written as a list of tokens:
// a cell id, "who:own|managed|provider", "where:onshore|nearshore|offshore", or "*".
using CellMask = std::uint16_t;
constexpr CellMask kAllCells = (1u << kCellCount) - 1;

struct Source {
    std::string id;
    std::string title;      // "Offshoring vs Outsourcing: Key Differences"
    std::string publisher;  // who published it
    std::string year;
    std::string url;        // may be empty for the seed articles
};

struct Criterion {
    std::string id;
    std::string label;          // "Control over people, process and quality"
    std::string reasonFor;      // plain sentence used when the criterion speaks for a cell
    std::string reasonAgainst;  // ... and against it
    std::string basis;          // why the cells score as they do on it
    std::vector<std::string> sources;
    double baseWeight = 1.0;    // before any answer; answers add to it (never below 0)
};

struct Cell {
    std::string id;  // own_onshore ... provider_offshore (ids are part of the contract)
    Who who = Who::Own;
    Where where = Where::Onshore;
    std::string name;     // "In-house team"
    std::string summary;  // one sentence: who does the work, where, who directs it
    std::array<double, kMaxCriteria> profile{};  // 0–10 per criterion: how well the cell serves it
};

// What one answer does. Weights change how much a criterion counts; modifiers add fit points to
// cells; exclusions remove cells from the ranking. Every effect says why, with a source.
struct Effect {
    enum class Kind { Weight, Modifier, Exclusion };
    Kind kind = Kind::Weight;
    int criterion = -1;      // Weight: which criterion
    CellMask cells = 0;      // Modifier / Exclusion: which cells
    double amount = 0;       // Weight: added weight; Modifier: fit points (may be negative)
    std::string because;     // shown to the visitor ("Data must stay in the home country.")
    std::vector<std::string> sources;
};

// The sum of a list of effects in dense form, computed at load: applying an answer to a tally is
// then a fixed-size vector addition, which keeps "what would change it" cheap.
struct EffectTotals {
    std::array<double, kMaxCriteria> weight{};
    std::array<double, kCellCount> modifier{};
    std::array<int, kCellCount> exclusions{};
    bool excludes = false;           // any exclusion at all (lets the common case skip the loop)
    std::uint16_t weightsTouched = 0;  // bit k: weight[k] ≠ 0
    CellMask modifiersTouched = 0;     // bit c: modifier[c] ≠ 0
    void updateTouched();              // recomputes the two masks from the arrays
};

// "Ask only if": the question `question` currently has one of the values in `values` (bit mask
// of option indices; choice questions only).
struct Condition {
    int question = -1;
    std::uint32_t values = 0;
};

struct Option {
    std::string value;  // contract id, e.g. "seasonal"
    std::string label;  // "Seasonal peaks (e.g. tax season)"
    std::vector<Effect> effects;
    EffectTotals totals;  // derived from effects at load
};

struct Band {  // integer questions: effects for min ≤ value ≤ max
    int min = 0;
    int max = 0;
    std::vector<Effect> effects;
    EffectTotals totals;  // derived from effects at load
};

struct Question {
    enum class Type { Choice, Integer };
    std::string id;
    std::string label;
    std::string help;
    int step = 0;  // index into Config::steps
    Type type = Type::Choice;
    // Choice
    std::vector<Option> options;
    bool ordered = false;  // options form a scale, so "one step" means the neighbouring option
    // Integer
    int min = 0;
    int max = 0;
    std::string unit;             // "FTE"
    std::vector<std::string> scaleLabels;  // optional words for min..max (e.g. 1–5 scales)
    std::vector<Band> bands;
    std::vector<Effect> perUnit;  // scaled by (value − min): for steady scales such as 1–5
    EffectTotals perUnitTotals;   // derived from perUnit at load
    int defaultValue = 0;         // option index (choice) or the number (integer)
    std::vector<Condition> askIf;  // all must hold, else the question is hidden and has no effect
    std::vector<int> dependents;  // questions whose ask_if names this one (derived at load)
    bool lever = true;  // false for facts (what the work is, where it is done today): "what would
                        // change it" suggests changing a lever before a fact
};

struct Step {
    std::string id;
    std::string title;
};

struct ChecklistItem {
    std::string title;
    std::string detail;
    CellMask cells = kAllCells;   // for which winners
    bool reshoreOnly = false;     // only when the result is a Reshore
    std::vector<Condition> when;  // and only when these answers hold
    std::vector<std::string> sources;
};

// One editable cost assumption: a middle value with a low–high range and its source.
struct CostParameter {
    std::string id;
    std::string label;
    std::string unit;  // "currency", "currency/FTE", "×", "share", "months", "currency/FTE/year"
    double value = 0;
    double low = 0;
    double high = 0;
    double min = 0;    // what the visitor may enter
    double max = 0;
    std::string note;  // what the number means and where it comes from, in a sentence
    std::vector<std::string> sources;
};

// Indices of the cost parameters the cost model reads (see costs.h for the formula).
enum class CostParam {
    OverheadMultiplier,
    HiringCostPerFte,
    LabourRatioNearshore,
    LabourRatioOffshore,
    FeeManaged,
    FeeProvider,
    ManagementOwnRemote,
    ManagementManaged,
    ManagementProvider,
    ProductivityLossOffshore,
    CommunicationPerFteRemote,
    CaptiveSetupCost,
    TransitionShare,
    RampMonthsHire,
    RampMonthsCaptive,
    RampMonthsManaged,
    RampMonthsProvider,
    Count
};
constexpr int kCostParamCount = static_cast<int>(CostParam::Count);
const char* costParamId(CostParam parameter);  // "overhead_multiplier", ...

struct CostDefaults {
    std::string currency = "USD";
    std::string symbol = "$";
    std::array<CostParameter, kCostParamCount> parameters;
    std::vector<CostParameter> salaryByOption;  // per option of the `function` question
    std::vector<CostParameter> busyShareByOption;  // per option of the `workload` question
    std::array<int, 3> horizonYears{1, 3, 5};   // per option of the `horizon` question
};

struct ReshoreRule {
    CellMask from = 0;  // current_model cells that count as "done abroad today"
    CellMask to = 0;    // winning cells that bring it home
    std::string label;  // "Reshore"
    std::string explanation;
    std::vector<std::string> sources;
};

// Question indices the engine needs by role (looked up once by id at load).
struct KnownQuestions {
    int function = -1;
    int teamSize = -1;
    int workload = -1;
    int horizon = -1;
    int currentModel = -1;
};

struct Config {
    int schemaVersion = 0;
    std::string title;
    std::string accent;   // "#RRGGBB" default accent colour
    std::vector<Source> sources;
    std::vector<Criterion> criteria;
    std::array<Cell, kCellCount> cells;
    std::vector<Step> steps;
    std::vector<Question> questions;
    std::vector<ChecklistItem> checklist;
    CostDefaults costs;
    ReshoreRule reshore;
    KnownQuestions known;
    std::uint32_t questionSetHash = 0;  // hash of question ids, types, values and ranges (links)
    std::uint64_t contentHash = 0;      // hash of the whole data file's content

    int questionIndex(std::string_view id) const;  // −1 if unknown
    int cellIndex(std::string_view id) const;
    int criterionIndex(std::string_view id) const;
    const Source* source(std::string_view id) const;
};

struct Problem {
    std::string path;     // JSON path, e.g. "/questions/3/options/1/value"
    std::string message;  // "expected a string"
};

struct LoadResult {
    Config config;
    std::vector<Problem> problems;  // empty when the config is valid
    bool ok() const { return problems.empty(); }
};

// Sums effects into dense totals (used by the loader; exposed for tests).
EffectTotals totalsOf(const std::vector<Effect>& effects);

// Parses and validates a data file. Never throws; every problem is reported (up to a limit).
LoadResult loadConfig(std::string_view jsonText);

// "not valid JSON: parse error at line 2, column 5: ..." for text that does not parse.
std::string describeJsonSyntaxError(std::string_view text);

// The data file compiled into the program (assets/advisor.json).
std::string_view embeddedConfigText();

// "file.json:/questions/2/default: expected one of ..." — one line per problem.
std::string formatProblems(const std::vector<Problem>& problems, std::string_view fileName);

}  // namespace advisor
