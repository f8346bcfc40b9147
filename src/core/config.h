// The advisor's domain model, loaded from the data file (assets/advisor.json): the questions, the
// nine who × where cells, the criteria and each cell's profile on them (a who part plus a where
// part, each with its basis; or computed from the cost model), what each answer does (criterion
// weights, profile modifiers, hard exclusions), the checklist, and the cost defaults.
// Loading validates everything and reports every problem with its JSON path; it never throws.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace advisor {

constexpr int kCellCount = 9;  // who (own, managed, provider) × where (on-, near-, offshore)
constexpr int kMaxCriteria =
    16;  // enough for the fourteen of the shipped data file, with room to tailor
constexpr int kMaxOptions = 16;  // per choice question
constexpr int kMaxQuestions = 48;
// The most values "what would change it" tries for one question: a whole-number question with a
// longer range must list its probe_values (the loader refuses it otherwise).
constexpr int kMaxTriedValues = 64;

enum class Who { Own, Managed, Provider };
enum class Where { Onshore, Nearshore, Offshore };

// A set of cells, one bit per cell index. In the data file a set is written as a list of tokens:
// a cell id, "who:own|managed|provider", "where:onshore|nearshore|offshore", or "*".
using CellMask = std::uint16_t;
constexpr CellMask kAllCells = (1u << kCellCount) - 1;

struct Source {
    std::string id;
    bool quantitative = false;  // it states magnitudes (wages, shares, months), not only directions
    std::string title;          // "Offshoring vs Outsourcing: Key Differences"
    std::string publisher;      // who published it
    std::string year;
    std::string url;  // may be empty for the seed articles
};

// Criteria whose profile the cost model computes for the visitor's own answers (costs.h), so that
// the score and the cost view tell one story.
enum class Computed {
    None,        // profile = who part + where part, from the data file
    LabourCost,  // labour cost savings: yearly cost per FTE against an in-house team
    Commitment,  // upfront investment and fixed costs, spread over the horizon and the team
    Speed,       // months until the arrangement runs
};

// One part of a profile: a value per who (or per where) with the reason for the numbers.
struct ProfilePart {
    std::array<double, 3> values{};  // own, managed, provider — or onshore, nearshore, offshore
    std::string basis;
    std::vector<std::string> sources;
};

struct Criterion {
    std::string id;
    std::string label;          // "Control over people, process and quality"
    std::string name;           // short, for sentences: "control"
    std::string reasonFor;      // plain sentence used when the criterion speaks for a cell
    std::string reasonAgainst;  // ... and against it
    std::string basis;          // why the cells score as they do on it
    std::vector<std::string> sources;
    double baseWeight = 1.0;  // before any answer; answers add to it (never below 0)
    Computed computed = Computed::None;
    ProfilePart who;  // profile(cell) = clamp(who[cell.who] + where[cell.where], 0, 10)
    ProfilePart where;
};

struct Cell {
    std::string id;  // own_onshore ... provider_offshore (ids are part of the contract)
    Who who = Who::Own;
    Where where = Where::Onshore;
    std::string name;     // "In-house team"
    std::string summary;  // one sentence: who does the work, where, who directs it
    // 0–10 per criterion: how well the cell serves it (who part + where part; 0 for computed
    // criteria, whose values come from the cost model at evaluation).
    std::array<double, kMaxCriteria> profile{};
};

// What one answer does. A weight changes how much a criterion counts; a modifier changes how
// well some cells serve one criterion for this visitor (profile points, at most ±kMaxModifier);
// an exclusion removes cells from the ranking. One answer never weights and modifies the same
// criterion (one channel per argument). Every effect says why, with its sources.
constexpr double kMaxModifier = 5;

struct Effect {
    enum class Kind { Weight, Modifier, Exclusion };
    Kind kind = Kind::Weight;
    int criterion = -1;   // Weight, Modifier: which criterion
    CellMask cells = 0;   // Modifier / Exclusion: which cells
    double amount = 0;    // Weight: added weight; Modifier: profile points (may be negative)
    std::string because;  // shown to the visitor ("Data must stay in the home country.")
    std::vector<std::string> sources;
};

// The sum of a list of effects, computed at load: applying an answer to a tally is then a small
// vector addition, which keeps "what would change it" cheap.
struct EffectTotals {
    std::array<double, kMaxCriteria> weight{};
    struct Adjustment {
        int cell;
        int criterion;
        double points;
    };
    std::vector<Adjustment> modifiers;  // profile points per (cell, criterion), merged
    std::array<int, kCellCount> exclusions{};
    bool excludes = false;             // any exclusion at all (lets the common case skip the loop)
    std::uint16_t weightsTouched = 0;  // bit k: weight[k] ≠ 0
    void updateTouched();              // recomputes the mask from the array
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
    std::string unit;                      // "FTE"
    std::vector<std::string> scaleLabels;  // optional words for min..max (e.g. 1–5 scales)
    std::vector<Band> bands;
    std::vector<Effect> perUnit;   // scaled by (value − min): for steady scales such as 1–5
    EffectTotals perUnitTotals;    // derived from perUnit at load
    int defaultValue = 0;          // option index (choice) or the number (integer)
    std::vector<Condition> askIf;  // all must hold, else the question is hidden and has no effect
    std::vector<int> dependents;   // questions whose ask_if names this one (derived at load)
    // A preference (what the visitor wants: control, cost priority, start, budget …) or a fact
    // about the work (function, workload, data, team size, what runs today …). "What would
    // change it" offers preference changes first and lists the facts that would change it apart.
    enum class Kind { Fact, Preference };
    Kind kind = Kind::Preference;
    bool isPreference() const { return kind == Kind::Preference; }
    // Integer facts with a wide range (team size): the values "what would change it" tries.
    std::vector<int> probeValues;
    bool whatIf = true;  // false: "what would change it" never proposes another value (what the
                         // work is, what runs today: nothing the visitor can change or find out)
    bool affectsCosts = false;  // derived at load: its answer enters the cost model
    int sinceVersion = 1;       // the share-link format version that first carried it
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
    double min = 0;  // what the visitor may enter
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
    ProviderEfficiency,
    ManagementOwnRemote,
    ManagementManaged,
    ManagementProvider,
    ProductivityLossOffshore,
    CommunicationPerFteRemote,
    CaptiveSetupCost,
    CaptiveSetupPerFte,
    CaptiveFixedPerYear,
    ArrangementFixedPerYear,
    TransitionShare,
    RampMonthsHire,
    RampMonthsCaptive,
    RampMonthsManaged,
    RampMonthsProvider,
    HiresPerMonthOwn,
    HiresPerMonthProvider,
    OffshoreCostGrowth,
    DomesticIncentiveShare,
    Count
};
constexpr int kCostParamCount = static_cast<int>(CostParam::Count);
const char* costParamId(CostParam parameter);  // "overhead_multiplier", ...

// What the home country (question home_country) sets: the currency, the level of pay against the
// U.S. wages the salaries are given in, the employer's on-costs, and what nearshore and offshore
// mean from there, with their labour-cost ratios.
struct Country {
    std::string currency = "USD";  // ISO 4217
    std::string symbol = "$";
    double salaryLevel = 1;         // local pay per U.S. dollar of the function's U.S. salary
    double overheadMultiplier = 0;  // fully loaded cost ÷ salary there
    double labourRatioNearshore = 0;
    double labourRatioOffshore = 0;
    std::string nearshore;  // "Mexico, Colombia"
    std::string offshore;   // "India, the Philippines"
    std::string note;
    std::vector<std::string> sources;
};

struct CostDefaults {
    std::string currency = "USD";
    std::string symbol = "$";
    std::array<CostParameter, kCostParamCount> parameters;
    std::vector<CostParameter> salaryByOption;     // per option of the `function` question
    std::vector<CostParameter> busyShareByOption;  // per option of the `workload` question
    std::vector<Country> countryByOption;          // per option of `home_country`; empty without it
    std::array<int, 3> horizonYears{1, 3, 5};      // per option of the `horizon` question
};

struct ReshoreRule {
    CellMask from = 0;  // current_model cells that count as "done abroad today"
    CellMask to = 0;    // winning cells that bring it home
    std::string label;  // "Reshore"
    std::string explanation;
    std::vector<std::string> sources;
};

// The sentences the engine writes and the words of the interface (data file: "texts"), each
// with its {placeholders}, filled with fill().
enum class Text {
    WhoOwn,
    WhoManaged,
    WhoProvider,  // "your own staff", ...
    WhereOnshore,
    WhereNearshore,
    WhereOffshore,  // "at home", ...
    ConfidenceClear,
    ConfidenceModerate,
    ConfidenceClose,
    DecisionWho,        // {choice} {confidence} {margin} {alternative}
    DecisionWhere,      // the same
    DecisionClose,      // {choice} {alternative} {choice_criterion} {alternative_criterion}
    DecisionWhoOnly,    // {choice}: every other who is excluded
    DecisionWhereOnly,  // {choice}: every other where (for this who) is excluded
    ChangePreference,   // {question} {to} {from} {cell} {fit}
    ChangeFact,         // the same
    Stay,               // {cell} {best} {margin}
    ReasonWeight,       // {criterion} {weight} {cell} {profile} {mean}
    ReasonModifier,     // {question} {points} {because}
    AxisOwn,
    AxisManaged,
    AxisProvider,  // the heat map's rows: "Own staff", ...
    AxisOnshore,
    AxisNearshore,
    AxisOffshore,  // its columns: "Onshore", ...
    // [SECTION] The interface: buttons, headings, labels and notices of the views, the page, the
    // report and the summary (data file ids in snake_case: "copy_link", "break_even_month", ...)
    // Top bar, notice, result bar
    LinkCopied,
    CopyLink,
    StartOver,
    ThemeLight,
    ThemeDark,
    ApplyLink,
    KeepMine,
    Dismiss,
    SeeResult,
    // Questionnaire
    StepTooltip,   // {step} {title}
    StepProgress,  // {step} {steps} {title} {answered} {asked}
    Back,
    Next,
    SeeTheResult,
    // The result
    BestFitForYourAnswers,
    NoModelFits,
    AllExcludedHint,
    AllExcludedPage,
    BestFit,         // {cell}
    FitOf100,        // {fit}
    FitOf100Inline,  // {fit}
    MarginOver,      // {confidence} {margin} {cell}
    MarginOverPage,  // {confidence} {margin} {cell}
    WhatWouldChangeIt,
    FactsThatWouldChangeIt,
    DownloadReport,
    DownloadData,
    HowTheModelsFit,
    WhoByWhere,
    WhyItFits,
    AgainstIt,
    CostsOverTime,
    WhatToPutInPlace,
    Sources,
    Excluded,
    CellExcluded,      // {cell}
    HeatCellExcluded,  // {cell}
    HeatCellFit,       // {cell} {fit}
    HeatMapHint,
    HeatMapCaption,
    HeatExcludedReason,  // {reason}
    HeatBestFit,         // {fit}
    ExcludedByAnswers,
    NoReasonsFor,
    NoReasonsAgainst,
    ReasonDetail,     // {points} {detail}
    ChecklistSource,  // {sources}
    // Costs
    BaselineToday,  // {cell}
    BaselineNew,    // {cell}
    ChartStart,
    ChartYear,       // {year}
    ChartBreakEven,  // {month}
    ChartTooltip,    // {fte}
    LegendBand,      // {cell}
    LegendToday,     // {cell}
    LegendNew,       // {cell}
    CostTeam,
    CostTeamValue,     // {fte} {salary}
    TotalOverOneYear,  // {years}
    TotalOverYears,    // {years}
    PerYearOnceRunning,
    OneTimeSetup,
    SavingAgainst,     // {baseline}
    SavingRange,       // {saving} {low} {high}
    BreakEvenAgainst,  // {baseline}
    BreakEvenFirstMonth,
    BreakEvenMonth,  // {month}
    BreakEvenNever,
    BreakEvenFromMonth1,
    BreakEvenNotWithin,
    HorizonYears,
    ResetAssumptions,
    CostAssumptions,
    AssumptionSource,  // {note} {sources}
    UnitMonths,
    UnitFtePerMonth,
    UnitPerFte,        // {currency}
    UnitPerYear,       // {currency}
    UnitPerFteYear,    // {currency}
    CostsOverOneYear,  // {years}
    CostsOverYears,    // {years}
    CostsIntro,        // {fte} {salary} {cell}
    CostsTableLabel,
    CostsCaption,  // {currency}
    ColumnModel,
    ColumnYear,  // {year}
    ColumnRange,
    ColumnBreakEven,
    // Notices and share links
    LinkNoticeDefaults,  // {error}
    LinkNoticeKept,      // {error}
    LinkOffered,
    LinkEmpty,
    LinkTooLong,
    LinkForeign,
    LinkBadCharacters,
    LinkIncomplete,
    LinkNewer,
    LinkChecksum,
    LinkUnknownFormat,
    LinkOtherQuestions,
    LinkBadAnswer,
    LinkAltered,
    // The report, the text, the summary
    ReportLanguage,
    ReportTitle,  // {title}
    YourAnswers,
    OpenAgain,        // {link}
    ShareLink,        // {link}
    SummaryHeading,   // {title}
    SummaryBestFit,   // {fit} {result}
    AnnounceBestFit,  // {fit} {result}
    TextNoModel,
    TextBestFit,  // {fit} {result} {confidence} {margin} {alternative}
    TextNothing,
    TextRanking,
    TextExcludedShort,
    TextFor,
    TextAgainst,
    TextCosts,             // {years} {fte} {total} {low} {high} {baseline} {baseline_total}
    TextCheaperFromStart,  // {baseline}
    TextBreaksEven,        // {baseline} {month}
    TextNoBreakEven,       // {baseline}
    TextChecklist,
    LabelValue,  // {label} {value}: "Reshore: In-house team", a ranking's line
    // [SECTION] The page around the canvas, and the language switch
    LanguageName,  // the language's own name: "English", "Deutsch"
    LanguageLabel,
    PageIntro,
    PageActions,
    PageQuestionnaire,
    PageResult,
    // [SECTION] How the language writes numbers and money (read into Config::numbers at load)
    NumberDecimal,    // "." in English, "," in German
    NumberGroup,      // "," in English, "." in German, U+202F in French
    NumberGroupFrom,  // digits from which a whole part is grouped: "4" ("1,234"), "5" (Spanish)
    NumberMinus,      // "-", or U+2212
    NumberThousands,  // {number}: "{number}k", a rounded amount in thousands
    NumberMillions,   // {number}: "{number}M"
    MoneyPattern,     // {symbol} {amount}: "{symbol}{amount}", "{amount} {symbol}" (U+00A0)
    MoneyNegative,    // {symbol} {amount}: "-{symbol}{amount}"
    PercentPattern,   // {number}: "{number}%", "{number} %" (U+00A0)
    DatePattern,      // {day} {month} {year}: "{day} {month} {year}", "{day}. {month} {year}"
    MonthNames,       // the twelve, comma-separated: "January, February, …"
    FirstOfMonth,     // the day 1 as written in a date: "1", "1er" (French)
    Count
};
constexpr int kTextCount = static_cast<int>(Text::Count);
const char* textId(Text key);  // its id in the data file: "decision_who", "copy_link", ...
// The heat map's row and column headings.
inline Text axisText(Who who) {
    return static_cast<Text>(static_cast<int>(Text::AxisOwn) + int(who));
}
inline Text axisText(Where where) {
    return static_cast<Text>(static_cast<int>(Text::AxisOnshore) + int(where));
}

// Question indices the engine needs by role (looked up once by id at load).
struct KnownQuestions {
    int function = -1;
    int teamSize = -1;
    int workload = -1;
    int horizon = -1;
    int currentModel = -1;
    std::vector<int> currentCellByOption;  // current_model option → cell index, −1 for "none"
    int offshoreCostTrend = -1;            // optional: "rising" escalates foreign labour cost
    int domesticIncentives = -1;           // optional: "yes" lowers the cost at home
    int homeCountry = -1;  // optional: currency, pay level and locations (costs.countries)
};

// How the computed criteria turn money and months into profile points, how fits are scaled, and
// when a result reads as clear. Each is a stated assumption of the data file.
struct ModelSettings {
    double labourAtParity = 4;    // labour cost profile of a cell that costs what in-house costs
    double moneySlope = 12;       // profile points per 100 % of the in-house cost saved (both
                                  // money criteria: at equal weights their sum follows the TCO)
    double speedZeroMonths = 12;  // months to start at which speed reaches 0
    double fitScaleWeight = 0;    // W of the fit formula; 0: the largest total weight any answers
                                  // can give (fits then never reach the ends of the scale)
    double stayMargin = 3;        // fit points a switch must gain over what runs today
    double clearMargin = 8;       // margin for a "clear" lead
    double moderateMargin = 3;    // ... and for a "moderate" one
    std::vector<std::string> sources;
};

// How numbers and money are written, from the texts of the data file's language (English by
// default): format.h reads it.
struct NumberStyle {
    std::string decimal = ".";
    std::string group = ",";
    int groupFrom = 4;  // a whole part of fewer digits is not grouped
    std::string minus = "-";
    std::string thousands = "{number}k";
    std::string millions = "{number}M";
    std::string money = "{symbol}{amount}";
    std::string moneyNegative = "-{symbol}{amount}";
    std::string percent = "{number}%";
    std::string date = "{day} {month} {year}";
    std::array<std::string, 12> months = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    std::string firstOfMonth = "1";
};

struct Config {
    int schemaVersion = 0;
    std::string title;
    std::string accent;  // "#RRGGBB" default accent colour
    std::vector<Source> sources;
    std::vector<Criterion> criteria;
    std::array<Cell, kCellCount> cells;
    std::vector<Step> steps;
    std::vector<Question> questions;
    std::vector<ChecklistItem> checklist;
    CostDefaults costs;
    ReshoreRule reshore;
    ModelSettings model;
    std::array<std::string, kTextCount> texts;  // by Text; data file ids in config.cpp
    NumberStyle numbers;                        // from the texts Number* to FirstOfMonth
    KnownQuestions known;
    double fitScaleWeight = 1;  // fit = 50 + 10 × Σ weight × (profile − 5) / fitScaleWeight, a
                                // constant: model.fit_scale_weight, or the largest total weight
    double largestTotalWeight = 1;      // any answers can give (derived at load)
    std::uint32_t questionSetHash = 0;  // hash of question ids, types, values and ranges (links)

    int questionIndex(std::string_view id) const;  // −1 if unknown
    int cellIndex(std::string_view id) const;
    int criterionIndex(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const std::string& text(Text key) const { return texts[static_cast<int>(key)]; }
};

// Replaces each {name} in `pattern` by its value: fill("{cell} fits", {{"cell", "In-house"}}).
std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values);

struct Problem {
    std::string path;     // JSON path, e.g. "/questions/3/options/1/value"
    std::string message;  // "expected a string"
};

struct LoadResult {
    Config config;
    std::vector<Problem> problems;  // empty when the config is valid
    bool ok() const { return problems.empty(); }
};

// The hash a share link of format `linkVersion` carries: of the questions that format holds
// (ids, types, values, ranges), so that wording and weights may change but questions may not.
std::uint32_t questionSetHashFor(const Config& config, int linkVersion);

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
