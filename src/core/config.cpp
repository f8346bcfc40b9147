// Loads and validates the data file. Every value is type- and range-checked before use, so that a
// broken or hostile file yields a list of problems (JSON path + what was expected), never a crash.
#include "config.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "hash.h"
#include "json_limits.h"

namespace advisor {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxFileBytes = 4u << 20;  // a real data file is ~60 KB
constexpr int kMaxDepth = 32;                    // a real data file nests 6 deep
constexpr std::size_t kMaxProblems = 100;
constexpr std::size_t kMaxTextBytes = 4000;
constexpr std::size_t kMaxListItems = 256;  // sources, effects, bands, checklist items
constexpr std::size_t kMaxSteps = 16;

const char* const kCellIds[kCellCount] = {
    "own_onshore",      "own_nearshore",      "own_offshore",
    "managed_onshore",  "managed_nearshore",  "managed_offshore",
    "provider_onshore", "provider_nearshore", "provider_offshore"};
const char* const kWhoNames[] = {"own", "managed", "provider"};
const char* const kWhereNames[] = {"onshore", "nearshore", "offshore"};

const char* const kCostParamIds[kCostParamCount] = {"overhead_multiplier",
                                                    "hiring_cost_per_fte",
                                                    "labour_ratio_nearshore",
                                                    "labour_ratio_offshore",
                                                    "fee_managed",
                                                    "fee_provider",
                                                    "provider_efficiency",
                                                    "management_own_remote",
                                                    "management_managed",
                                                    "management_provider",
                                                    "productivity_loss_offshore",
                                                    "communication_per_fte_remote",
                                                    "captive_setup_cost",
                                                    "captive_setup_per_fte",
                                                    "captive_fixed_per_year",
                                                    "arrangement_fixed_per_year",
                                                    "transition_share",
                                                    "ramp_months_hire",
                                                    "ramp_months_captive",
                                                    "ramp_months_managed",
                                                    "ramp_months_provider",
                                                    "hires_per_month_own",
                                                    "hires_per_month_provider",
                                                    "offshore_cost_growth",
                                                    "domestic_incentive_share"};

const char* const kComputedIds[] = {"labour_cost", "commitment", "speed"};

// The sentences the engine writes and the words of the interface (data file: "texts"), by Text;
// each required.
const char* const kTextKeys[] = {"who_own",
                                 "who_managed",
                                 "who_provider",
                                 "where_onshore",
                                 "where_nearshore",
                                 "where_offshore",
                                 "confidence_clear",
                                 "confidence_moderate",
                                 "confidence_close",
                                 "decision_who",
                                 "decision_where",
                                 "decision_close",
                                 "decision_who_only",
                                 "decision_where_only",
                                 "change_preference",
                                 "change_fact",
                                 "stay",
                                 "reason_weight",
                                 "reason_modifier",
                                 "axis_own",
                                 "axis_managed",
                                 "axis_provider",
                                 "axis_onshore",
                                 "axis_nearshore",
                                 "axis_offshore",
                                 "link_copied",
                                 "copy_link",
                                 "start_over",
                                 "theme_light",
                                 "theme_dark",
                                 "apply_link",
                                 "keep_mine",
                                 "dismiss",
                                 "see_result",
                                 "step_tooltip",
                                 "step_progress",
                                 "back",
                                 "next",
                                 "see_the_result",
                                 "best_fit_for_your_answers",
                                 "no_model_fits",
                                 "all_excluded_hint",
                                 "all_excluded_page",
                                 "best_fit",
                                 "fit_of_100",
                                 "fit_of_100_inline",
                                 "margin_over",
                                 "margin_over_page",
                                 "what_would_change_it",
                                 "facts_that_would_change_it",
                                 "download_report",
                                 "download_data",
                                 "how_the_models_fit",
                                 "who_by_where",
                                 "why_it_fits",
                                 "against_it",
                                 "costs_over_time",
                                 "what_to_put_in_place",
                                 "sources",
                                 "excluded",
                                 "cell_excluded",
                                 "heat_cell_excluded",
                                 "heat_cell_fit",
                                 "heat_map_hint",
                                 "heat_map_caption",
                                 "heat_excluded_reason",
                                 "heat_best_fit",
                                 "excluded_by_answers",
                                 "no_reasons_for",
                                 "no_reasons_against",
                                 "reason_detail",
                                 "checklist_source",
                                 "baseline_today",
                                 "baseline_new",
                                 "chart_start",
                                 "chart_year",
                                 "chart_break_even",
                                 "chart_tooltip",
                                 "legend_band",
                                 "legend_today",
                                 "legend_new",
                                 "cost_team",
                                 "cost_team_value",
                                 "total_over_one_year",
                                 "total_over_years",
                                 "per_year_once_running",
                                 "one_time_setup",
                                 "saving_against",
                                 "saving_range",
                                 "break_even_against",
                                 "break_even_first_month",
                                 "break_even_month",
                                 "break_even_never",
                                 "break_even_from_month_1",
                                 "break_even_not_within",
                                 "horizon_years",
                                 "reset_assumptions",
                                 "cost_assumptions",
                                 "assumption_source",
                                 "unit_months",
                                 "unit_fte_per_month",
                                 "unit_per_fte",
                                 "unit_per_year",
                                 "unit_per_fte_year",
                                 "costs_over_one_year",
                                 "costs_over_years",
                                 "costs_intro",
                                 "costs_table_label",
                                 "costs_caption",
                                 "column_model",
                                 "column_year",
                                 "column_range",
                                 "column_break_even",
                                 "link_notice_defaults",
                                 "link_notice_kept",
                                 "link_offered",
                                 "link_empty",
                                 "link_too_long",
                                 "link_foreign",
                                 "link_bad_characters",
                                 "link_incomplete",
                                 "link_newer",
                                 "link_checksum",
                                 "link_unknown_format",
                                 "link_other_questions",
                                 "link_bad_answer",
                                 "link_altered",
                                 "report_language",
                                 "report_title",
                                 "your_answers",
                                 "open_again",
                                 "share_link",
                                 "summary_heading",
                                 "summary_best_fit",
                                 "announce_best_fit",
                                 "text_no_model",
                                 "text_best_fit",
                                 "text_nothing",
                                 "text_ranking",
                                 "text_excluded_short",
                                 "text_for",
                                 "text_against",
                                 "text_costs",
                                 "text_cheaper_from_start",
                                 "text_breaks_even",
                                 "text_no_break_even",
                                 "text_checklist",
                                 "label_value",
                                 "language_name",
                                 "language_label",
                                 "page_intro",
                                 "page_actions",
                                 "page_questionnaire",
                                 "page_result",
                                 "number_decimal",
                                 "number_group",
                                 "number_group_from",
                                 "number_minus",
                                 "number_thousands",
                                 "number_millions",
                                 "money_pattern",
                                 "money_negative",
                                 "percent_pattern",
                                 "date_pattern",
                                 "month_names",
                                 "first_of_month"};
static_assert(sizeof kTextKeys / sizeof *kTextKeys == kTextCount, "one data file id per Text");

// On a syntax error, a second pass with a SAX handler recovers nlohmann's description of it
// ("parse error at line 3, column 7: syntax error while parsing object ...").
struct SyntaxErrorCatcher : nlohmann::json_sax<json> {
    std::string message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&,
                     const nlohmann::detail::exception& error) override {
        message = error.what();
        const auto start = message.find("] ");  // drop "[json.exception.parse_error.101] "
        if (start != std::string::npos) message.erase(0, start + 2);
        return false;
    }
};

}  // namespace

std::string describeJsonSyntaxError(std::string_view text) {
    SyntaxErrorCatcher catcher;
    json::sax_parse(text.begin(), text.end(), &catcher);
    return catcher.message.empty() ? "not valid JSON" : "not valid JSON: " + catcher.message;
}

namespace {

// Walks the parsed JSON with a path, reporting every problem it meets.
class Reader {
  public:
    explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

    void problem(const std::string& path, std::string message) {
        if (problems_.size() < kMaxProblems) problems_.push_back({path, std::move(message)});
    }

    const json* member(const json& object, const std::string& path, const char* key,
                       bool required = true) {
        if (!object.is_object()) return nullptr;
        auto it = object.find(key);
        if (it == object.end()) {
            if (required) problem(path + "/" + key, "is missing");
            return nullptr;
        }
        return &*it;
    }

    bool expectObject(const json* value, const std::string& path) {
        if (value && value->is_object()) return true;
        if (value) problem(path, std::string("expected an object, got ") + value->type_name());
        return false;
    }
    // Visits the items of the array `list` at `path`, each with its own path. A list longer than
    // `limit` is reported and read no further: every limit of the loader says so, none is silent.
    template <class Visit>
    void each(const json& list, const std::string& path, std::size_t limit, Visit&& visit) {
        if (list.size() > limit) problem(path, "at most " + std::to_string(limit) + " items");
        for (std::size_t i = 0; i < list.size() && i < limit; ++i)
            visit(list[i], path + "/" + std::to_string(i));
    }
    // The same for a list of objects: an item that is not an object is reported and skipped.
    template <class Visit>
    void eachObject(const json& list, const std::string& path, std::size_t limit, Visit&& visit) {
        each(list, path, limit, [&](const json& item, const std::string& at) {
            if (expectObject(&item, at)) visit(item, at);
        });
    }

    bool expectArray(const json* value, const std::string& path, bool nonEmpty = true) {
        if (!value) return false;
        if (!value->is_array()) {
            problem(path, std::string("expected an array, got ") + value->type_name());
            return false;
        }
        if (nonEmpty && value->empty()) {
            problem(path, "expected a non-empty array");
            return false;
        }
        return true;
    }

    std::string text(const json& object, const std::string& path, const char* key,
                     bool required = true) {
        const json* value = member(object, path, key, required);
        if (!value) return {};
        if (!value->is_string()) {
            problem(path + "/" + key, std::string("expected a string, got ") + value->type_name());
            return {};
        }
        const auto& s = value->get_ref<const std::string&>();
        if (required && s.empty()) problem(path + "/" + key, "expected a non-empty text");
        if (s.size() > kMaxTextBytes) {
            problem(path + "/" + key,
                    "text longer than " + std::to_string(kMaxTextBytes) + " bytes");
            return s.substr(0, kMaxTextBytes);
        }
        return s;
    }

    double number(const json& object, const std::string& path, const char* key, double min,
                  double max, double fallback, bool required = true) {
        const json* value = member(object, path, key, required);
        if (!value) return fallback;
        return numberValue(*value, path + "/" + key, min, max, fallback);
    }

    double numberValue(const json& value, const std::string& path, double min, double max,
                       double fallback) {
        if (!value.is_number()) {
            problem(path, std::string("expected a number, got ") + value.type_name());
            return fallback;
        }
        double d = value.get<double>();
        if (!std::isfinite(d) || d < min || d > max) {
            problem(path, "expected a number from " + show(min) + " to " + show(max) + ", got " +
                              value.dump());
            return fallback;
        }
        return d;
    }

    int integer(const json& object, const std::string& path, const char* key, int min, int max,
                int fallback, bool required = true) {
        const json* value = member(object, path, key, required);
        if (!value) return fallback;
        if (!value->is_number_integer()) {
            problem(path + "/" + key,
                    std::string("expected a whole number, got ") + value->type_name());
            return fallback;
        }
        // Unsigned values above the int64 range would wrap to negative numbers: keep them large.
        const bool huge =
            value->is_number_unsigned() && value->get<std::uint64_t>() > std::uint64_t(INT64_MAX);
        const std::int64_t n = huge ? INT64_MAX : value->get<std::int64_t>();
        if (n < min || n > max) {
            problem(path + "/" + key, "expected a whole number from " + std::to_string(min) +
                                          " to " + std::to_string(max) + ", got " + value->dump());
            return fallback;
        }
        return static_cast<int>(n);
    }

    bool boolean(const json& object, const std::string& path, const char* key, bool fallback) {
        const json* value = member(object, path, key, false);
        if (!value) return fallback;
        if (!value->is_boolean()) {
            problem(path + "/" + key,
                    std::string("expected true or false, got ") + value->type_name());
            return fallback;
        }
        return value->get<bool>();
    }

    static std::string show(double d) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%g", d);
        return buffer;
    }

  private:
    std::vector<Problem>& problems_;
};

std::string quoteList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) out += ", ";
        out += "\"" + names[i] + "\"";
    }
    return out;
}

class Loader {
  public:
    Loader(Config& config, std::vector<Problem>& problems) : c_(config), r_(problems) {}

    void load(const json& root) {
        if (!root.is_object()) {
            r_.problem("", std::string("expected the data file to be a JSON object, got ") +
                               root.type_name());
            return;
        }
        c_.schemaVersion = r_.integer(root, "", "schema_version", 1, 1000, 0);
        if (c_.schemaVersion != 0 && c_.schemaVersion != 2)
            r_.problem("/schema_version",
                       "this advisor reads schema_version 2 (profiles in the criteria, "
                       "modifiers on a criterion), got " +
                           std::to_string(c_.schemaVersion));
        c_.title = r_.text(root, "", "title");
        c_.accent = r_.text(root, "", "accent");
        if (!c_.accent.empty() && !isColour(c_.accent))
            r_.problem("/accent", "expected a colour written #RRGGBB, got \"" + c_.accent + "\"");
        loadSources(root);
        loadTexts(root);
        loadModel(root);
        loadCriteria(root);
        loadCells(root);
        loadSteps(root);
        loadQuestions(root);
        loadReshore(root);
        loadCosts(root);
        loadChecklist(root);  // after the costs: its {placeholders} name cost parameters
        findKnownQuestions();
        for (auto& q : c_.questions) {
            for (auto& o : q.options) o.totals = totalsOf(o.effects);
            for (auto& b : q.bands) b.totals = totalsOf(b.effects);
            q.perUnitTotals = totalsOf(q.perUnit);
        }
        deriveProfiles();
        c_.largestTotalWeight = largestTotalWeight();
        c_.fitScaleWeight =
            c_.model.fitScaleWeight > 0 ? c_.model.fitScaleWeight : c_.largestTotalWeight;
        c_.questionSetHash = questionSetHashFor(c_, 255);
    }

  private:
    static bool isColour(const std::string& s) {
        if (s.size() != 7 || s[0] != '#') return false;
        for (std::size_t i = 1; i < 7; ++i)
            if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
        return true;
    }

    std::vector<std::string> sources(const json& object, const std::string& path) {
        std::vector<std::string> ids;
        const json* list = r_.member(object, path, "sources");
        if (!r_.expectArray(list, path + "/sources")) return ids;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = path + "/sources/" + std::to_string(i);
            const json& item = (*list)[i];
            if (!item.is_string()) {
                r_.problem(at, "expected a source id (string)");
                continue;
            }
            const auto& id = item.get_ref<const std::string&>();
            if (!c_.source(id))
                r_.problem(at, "unknown source \"" + id + "\"");
            else
                ids.push_back(id);
        }
        return ids;
    }

    void loadSources(const json& root) {
        const json* list = r_.member(root, "", "sources");
        if (!r_.expectArray(list, "/sources")) return;
        r_.eachObject(*list, "/sources", kMaxListItems,
                      [&](const json& item, const std::string& at) {
                          Source s;
                          s.id = r_.text(item, at, "id");
                          s.quantitative = r_.boolean(item, at, "quantitative", false);
                          s.title = r_.text(item, at, "title");
                          s.publisher = r_.text(item, at, "publisher");
                          s.year = r_.text(item, at, "year", false);
                          s.url = r_.text(item, at, "url", false);
                          if (!s.id.empty() && c_.source(s.id))
                              r_.problem(at + "/id", "duplicate source id \"" + s.id + "\"");
                          c_.sources.push_back(std::move(s));
                      });
    }

    void loadCriteria(const json& root) {
        const json* list = r_.member(root, "", "criteria");
        if (!r_.expectArray(list, "/criteria")) return;
        if (list->size() > static_cast<std::size_t>(kMaxCriteria)) {
            r_.problem("/criteria", "at most " + std::to_string(kMaxCriteria) + " criteria");
            return;
        }
        r_.eachObject(*list, "/criteria", kMaxCriteria,
                      [&](const json& item, const std::string& at) {
                          Criterion k;
                          k.id = r_.text(item, at, "id");
                          k.label = r_.text(item, at, "label");
                          k.name = r_.text(item, at, "name");
                          k.reasonFor = r_.text(item, at, "reason_for");
                          k.reasonAgainst = r_.text(item, at, "reason_against");
                          k.basis = r_.text(item, at, "basis");
                          k.sources = sources(item, at);
                          k.baseWeight = r_.number(item, at, "base_weight", 0, 10, 1);
                          loadProfile(item, at, k);
                          if (!k.id.empty() && c_.criterionIndex(k.id) >= 0)
                              r_.problem(at + "/id", "duplicate criterion id \"" + k.id + "\"");
                          c_.criteria.push_back(std::move(k));
                      });
    }

    // "profile": {"computed": "labour_cost"} or {"who": {"own": 9, "managed": 7, "provider": 3,
    // "basis": "…", "sources": […]}, "where": {"onshore": 0, "nearshore": -1, "offshore": -2, …}}
    void loadProfile(const json& item, const std::string& at, Criterion& k) {
        const json* profile = r_.member(item, at, "profile");
        const std::string path = at + "/profile";
        if (!r_.expectObject(profile, path)) return;
        if (profile->contains("computed")) {
            const std::string id = r_.text(*profile, path, "computed");
            for (int i = 0; i < 3; ++i)
                if (id == kComputedIds[i]) k.computed = static_cast<Computed>(i + 1);
            if (k.computed == Computed::None)
                r_.problem(
                    path + "/computed",
                    "expected \"labour_cost\", \"commitment\" or \"speed\", got \"" + id + "\"");
            return;
        }
        auto part = [&](const char* key, const char* const names[3], double min, double max,
                        ProfilePart& out) {
            const json* value = r_.member(*profile, path, key);
            const std::string partPath = path + "/" + key;
            if (!r_.expectObject(value, partPath)) return;
            for (int i = 0; i < 3; ++i)
                out.values[i] = r_.number(*value, partPath, names[i], min, max, 0);
            out.basis = r_.text(*value, partPath, "basis");
            out.sources = sources(*value, partPath);
            for (auto it = value->begin(); it != value->end(); ++it) {
                const bool known = it.key() == "basis" || it.key() == "sources" ||
                                   it.key() == names[0] || it.key() == names[1] ||
                                   it.key() == names[2];
                if (!known)
                    r_.problem(partPath + "/" + it.key(), "unknown entry \"" + it.key() + "\"");
            }
        };
        part("who", kWhoNames, -10, 10, k.who);
        part("where", kWhereNames, -10, 10, k.where);
    }

    void loadTexts(const json& root) {
        const json* texts = r_.member(root, "", "texts");
        if (!r_.expectObject(texts, "/texts")) return;
        for (int i = 0; i < kTextCount; ++i) c_.texts[i] = r_.text(*texts, "/texts", kTextKeys[i]);
        for (auto it = texts->begin(); it != texts->end(); ++it) {
            bool known = false;
            for (const char* key : kTextKeys) known = known || it.key() == key;
            if (!known) r_.problem("/texts/" + it.key(), "unknown text \"" + it.key() + "\"");
        }
        loadNumberStyle();
    }

    // The language's way with numbers, from its texts: each pattern must hold its placeholders.
    void loadNumberStyle() {
        NumberStyle& n = c_.numbers;
        auto pattern = [&](Text key, std::initializer_list<const char*> names, std::string& out) {
            const std::string& text = c_.text(key);
            if (text.empty()) return;
            for (const char* name : names)
                if (text.find(std::string("{") + name + "}") == std::string::npos) {
                    r_.problem(std::string("/texts/") + textId(key),
                               std::string("expected the placeholder {") + name + "}");
                    return;
                }
            out = text;
        };
        if (!c_.text(Text::NumberDecimal).empty()) n.decimal = c_.text(Text::NumberDecimal);
        if (!c_.text(Text::NumberGroup).empty()) n.group = c_.text(Text::NumberGroup);
        if (!c_.text(Text::NumberMinus).empty()) n.minus = c_.text(Text::NumberMinus);
        const std::string& from = c_.text(Text::NumberGroupFrom);
        if (from.size() == 1 && from[0] >= '4' && from[0] <= '9')
            n.groupFrom = from[0] - '0';
        else if (!from.empty())
            r_.problem("/texts/number_group_from",
                       "expected the number of digits from which whole numbers are grouped, "
                       "\"4\" to \"9\"");
        pattern(Text::NumberThousands, {"number"}, n.thousands);
        pattern(Text::NumberMillions, {"number"}, n.millions);
        pattern(Text::MoneyPattern, {"symbol", "amount"}, n.money);
        pattern(Text::MoneyNegative, {"symbol", "amount"}, n.moneyNegative);
        pattern(Text::PercentPattern, {"number"}, n.percent);
        pattern(Text::DatePattern, {"day", "month", "year"}, n.date);
        if (const std::string& names = c_.text(Text::MonthNames); !names.empty()) {
            std::vector<std::string> months;
            for (std::size_t start = 0;;) {  // split at the commas, each name trimmed
                const std::size_t comma = names.find(',', start);
                std::string name = names.substr(start, comma - start);
                name.erase(0, name.find_first_not_of(' '));
                name.erase(name.find_last_not_of(' ') + 1);
                months.push_back(name);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            const bool named = std::none_of(months.begin(), months.end(),
                                            [](const std::string& m) { return m.empty(); });
            if (months.size() == 12 && named)
                std::copy(months.begin(), months.end(), n.months.begin());
            else
                r_.problem("/texts/month_names",
                           "expected the twelve months' names, separated by commas");
        }
        if (!c_.text(Text::FirstOfMonth).empty()) n.firstOfMonth = c_.text(Text::FirstOfMonth);
    }

    void loadModel(const json& root) {
        const json* model = r_.member(root, "", "model");
        if (!r_.expectObject(model, "/model")) return;
        ModelSettings& m = c_.model;
        m.labourAtParity = r_.number(*model, "/model", "labour_at_parity", 0, 10, m.labourAtParity);
        m.moneySlope = r_.number(*model, "/model", "money_slope", 0.1, 100, m.moneySlope);
        m.speedZeroMonths =
            r_.number(*model, "/model", "speed_zero_months", 1, 60, m.speedZeroMonths);
        m.fitScaleWeight = r_.number(*model, "/model", "fit_scale_weight", 0.1, 1000, 0, false);
        m.stayMargin = r_.number(*model, "/model", "stay_margin", 0, 50, m.stayMargin);
        m.clearMargin = r_.number(*model, "/model", "clear_margin", 0, 100, m.clearMargin);
        m.moderateMargin = r_.number(*model, "/model", "moderate_margin", 0, 100, m.moderateMargin);
        if (m.moderateMargin > m.clearMargin)
            r_.problem("/model/moderate_margin", "expected at most clear_margin");
        m.sources = sources(*model, "/model");
    }

    // Each cell's profile from the who and where parts; computed criteria stay 0 here.
    void deriveProfiles() {
        for (int c = 0; c < kCellCount; ++c) {
            Cell& cell = c_.cells[c];
            for (std::size_t k = 0; k < c_.criteria.size(); ++k) {
                const Criterion& criterion = c_.criteria[k];
                if (criterion.computed != Computed::None) continue;
                const double value = criterion.who.values[c / 3] + criterion.where.values[c % 3];
                cell.profile[k] = std::max(0.0, std::min(10.0, value));
            }
        }
    }

    // An upper bound of the total weight over every possible answer set, so that fits stay
    // within 0–100 on a scale that does not move with the answers (which keeps them monotone).
    double largestTotalWeight() const {
        std::array<double, kMaxCriteria> most{};
        for (std::size_t k = 0; k < c_.criteria.size(); ++k) most[k] = c_.criteria[k].baseWeight;
        for (const Question& q : c_.questions) {
            std::array<double, kMaxCriteria> best{};  // 0: the question may add nothing
            auto consider = [&](const EffectTotals& totals, double scale) {
                for (int k = 0; k < kMaxCriteria; ++k)
                    best[k] = std::max(best[k], totals.weight[k] * scale);
            };
            for (const Option& o : q.options) consider(o.totals, 1);
            std::array<double, kMaxCriteria> bandBest{};
            for (const Band& b : q.bands)
                for (int k = 0; k < kMaxCriteria; ++k)
                    bandBest[k] = std::max(bandBest[k], b.totals.weight[k]);
            for (int k = 0; k < kMaxCriteria; ++k) {
                const double perUnit =
                    std::max(0.0, q.perUnitTotals.weight[k] * double(q.max - q.min));
                best[k] = std::max(best[k], bandBest[k] + perUnit);
            }
            for (int k = 0; k < kMaxCriteria; ++k) most[k] += best[k];
        }
        double total = 0;
        for (double w : most) total += std::max(0.0, w);
        return total > 0 ? total : 1;
    }

    void loadCells(const json& root) {
        const json* list = r_.member(root, "", "cells");
        if (!r_.expectArray(list, "/cells")) return;
        if (list->size() != kCellCount) {
            r_.problem("/cells", "expected exactly nine cells (who × where), got " +
                                     std::to_string(list->size()));
        }
        std::array<bool, kCellCount> seen{};
        r_.eachObject(*list, "/cells", kMaxListItems, [&](const json& item, const std::string& at) {
            std::string id = r_.text(item, at, "id");
            int index = -1;
            for (int k = 0; k < kCellCount; ++k)
                if (id == kCellIds[k]) index = k;
            if (index < 0) {
                if (!id.empty())
                    r_.problem(at + "/id",
                               "unknown cell \"" + id + "\"; expected one of " +
                                   quoteList({std::begin(kCellIds), std::end(kCellIds)}));
                return;
            }
            if (seen[index]) {
                r_.problem(at + "/id", "duplicate cell id \"" + id + "\"");
                return;
            }
            seen[index] = true;
            Cell& cell = c_.cells[index];
            cell.id = id;
            cell.who = static_cast<Who>(index / 3);
            cell.where = static_cast<Where>(index % 3);
            std::string who = r_.text(item, at, "who");
            std::string where = r_.text(item, at, "where");
            if (!who.empty() && who != kWhoNames[index / 3])
                r_.problem(at + "/who", std::string("cell \"") + id + "\" is who=\"" +
                                            kWhoNames[index / 3] + "\", got \"" + who + "\"");
            if (!where.empty() && where != kWhereNames[index % 3])
                r_.problem(at + "/where", std::string("cell \"") + id + "\" is where=\"" +
                                              kWhereNames[index % 3] + "\", got \"" + where + "\"");
            cell.name = r_.text(item, at, "name");
            cell.summary = r_.text(item, at, "summary");
            if (item.contains("profile"))
                r_.problem(at + "/profile",
                           "profiles are given per criterion (criteria/…/profile), not per cell");
        });
        for (int k = 0; k < kCellCount; ++k)
            if (!seen[k] && list->size() == kCellCount)
                r_.problem("/cells", std::string("cell \"") + kCellIds[k] + "\" is missing");
    }

    void loadSteps(const json& root) {
        const json* list = r_.member(root, "", "steps");
        if (!r_.expectArray(list, "/steps")) return;
        r_.eachObject(*list, "/steps", kMaxSteps, [&](const json& item, const std::string& at) {
            Step s;
            s.id = r_.text(item, at, "id");
            s.title = r_.text(item, at, "title");
            c_.steps.push_back(std::move(s));
        });
    }

    CellMask cellSet(const json& value, const std::string& path) {
        CellMask mask = 0;
        if (!r_.expectArray(&value, path)) return 0;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string at = path + "/" + std::to_string(i);
            if (!value[i].is_string()) {
                r_.problem(at, "expected a cell, \"who:…\", \"where:…\" or \"*\"");
                continue;
            }
            const auto& token = value[i].get_ref<const std::string&>();
            CellMask add = tokenCells(token);
            if (!add)
                r_.problem(at, "unknown cell set \"" + token +
                                   "\"; expected a cell id, who:own|managed|provider, "
                                   "where:onshore|nearshore|offshore or *");
            mask |= add;
        }
        return mask;
    }

    static CellMask tokenCells(const std::string& token) {
        if (token == "*") return kAllCells;
        for (int k = 0; k < kCellCount; ++k)
            if (token == kCellIds[k]) return CellMask(1u << k);
        CellMask mask = 0;
        for (int w = 0; w < 3; ++w) {
            if (token == std::string("who:") + kWhoNames[w])
                for (int k = 0; k < 3; ++k) mask |= CellMask(1u << (w * 3 + k));
            if (token == std::string("where:") + kWhereNames[w])
                for (int k = 0; k < 3; ++k) mask |= CellMask(1u << (k * 3 + w));
        }
        return mask;
    }

    std::vector<Effect> effects(const json& owner, const std::string& path, const char* key) {
        std::vector<Effect> out;
        const json* list = r_.member(owner, path, key, false);
        if (!list) return out;
        const std::string base = path + "/" + key;
        if (!r_.expectArray(list, base, false)) return out;
        r_.eachObject(*list, base, kMaxListItems, [&](const json& item, const std::string& at) {
            Effect e;
            const int kinds = int(item.contains("weight")) + int(item.contains("modifier")) +
                              int(item.contains("exclude"));
            if (kinds != 1) {
                r_.problem(at, "expected exactly one of \"weight\", \"modifier\" or \"exclude\"");
                return;
            }
            if (item.contains("weight")) {
                e.kind = Effect::Kind::Weight;
                std::string id = r_.text(item, at, "weight");
                e.criterion = c_.criterionIndex(id);
                if (e.criterion < 0 && !id.empty())
                    r_.problem(at + "/weight", "unknown criterion \"" + id + "\"");
                e.amount = r_.number(item, at, "add", -10, 10, 0);
                e.because = r_.text(item, at, "because", false);
            } else if (item.contains("modifier")) {
                e.kind = Effect::Kind::Modifier;
                e.cells = cellSet(item["modifier"], at + "/modifier");
                std::string id = r_.text(item, at, "criterion");
                e.criterion = c_.criterionIndex(id);
                if (e.criterion < 0 && !id.empty())
                    r_.problem(at + "/criterion", "unknown criterion \"" + id + "\"");
                else if (e.criterion >= 0 && c_.criteria[e.criterion].computed != Computed::None)
                    r_.problem(at + "/criterion",
                               "\"" + id +
                                   "\" is computed by the cost model; change a cost "
                                   "assumption instead of modifying it");
                e.amount = r_.number(item, at, "add", -kMaxModifier, kMaxModifier, 0);
                e.because = r_.text(item, at, "because");
            } else {
                e.kind = Effect::Kind::Exclusion;
                e.cells = cellSet(item["exclude"], at + "/exclude");
                e.because = r_.text(item, at, "because");
            }
            e.sources = sources(item, at);
            if (e.kind != Effect::Kind::Exclusion && !e.sources.empty() &&
                !hasMagnitudeBasis(e.sources))
                r_.problem(at + "/sources",
                           "a magnitude needs a quantitative source or \"advisor_assumption\"");
            out.push_back(std::move(e));
        });
        // One channel per argument: an answer weights a criterion or modifies it, not both.
        for (std::size_t i = 0; i < out.size(); ++i)
            for (std::size_t j = 0; j < out.size(); ++j)
                if (out[i].kind == Effect::Kind::Weight && out[j].kind == Effect::Kind::Modifier &&
                    out[i].criterion >= 0 && out[i].criterion == out[j].criterion)
                    r_.problem(base + "/" + std::to_string(j),
                               "this answer already weights \"" + c_.criteria[out[i].criterion].id +
                                   "\"; an answer weights a criterion or modifies it, not both");
        return out;
    }

    bool hasMagnitudeBasis(const std::vector<std::string>& ids) const {
        for (const auto& id : ids) {
            const Source* s = c_.source(id);
            if (id == "advisor_assumption" || (s && s->quantitative)) return true;
        }
        return false;
    }

    void loadQuestions(const json& root) {
        const json* list = r_.member(root, "", "questions");
        if (!r_.expectArray(list, "/questions")) return;
        if (list->size() > static_cast<std::size_t>(kMaxQuestions)) {
            r_.problem("/questions", "at most " + std::to_string(kMaxQuestions) + " questions");
            return;
        }
        std::vector<const json*> askIfs;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = "/questions/" + std::to_string(i);
            const json& item = (*list)[i];
            askIfs.push_back(nullptr);
            if (!r_.expectObject(&item, at)) {
                c_.questions.emplace_back();
                continue;
            }
            Question q;
            q.id = r_.text(item, at, "id");
            if (!q.id.empty() && c_.questionIndex(q.id) >= 0)
                r_.problem(at + "/id", "duplicate question id \"" + q.id + "\"");
            q.label = r_.text(item, at, "label");
            q.help = r_.text(item, at, "help");
            std::string step = r_.text(item, at, "step");
            q.step = -1;
            for (std::size_t s = 0; s < c_.steps.size(); ++s)
                if (c_.steps[s].id == step) q.step = static_cast<int>(s);
            if (q.step < 0 && !step.empty())
                r_.problem(at + "/step", "unknown step \"" + step + "\"");
            std::string type = r_.text(item, at, "type");
            if (type == "choice")
                loadChoice(item, at, q);
            else if (type == "integer")
                loadInteger(item, at, q);
            else if (!type.empty())
                r_.problem(at + "/type",
                           "expected \"choice\" or \"integer\", got \"" + type + "\"");
            const std::string kind = r_.text(item, at, "kind");
            if (kind == "fact")
                q.kind = Question::Kind::Fact;
            else if (kind == "preference")
                q.kind = Question::Kind::Preference;
            else if (!kind.empty())
                r_.problem(at + "/kind",
                           "expected \"fact\" or \"preference\", got \"" + kind + "\"");
            q.whatIf = r_.boolean(item, at, "what_if", true);
            q.sinceVersion = r_.integer(item, at, "since_link_version", 1, 255, 1, false);
            askIfs.back() = r_.member(item, at, "ask_if", false);
            c_.questions.push_back(std::move(q));
        }
        // Conditions may name later questions, so they are resolved once all are read.
        for (std::size_t i = 0; i < c_.questions.size(); ++i) {
            if (!askIfs[i]) continue;
            const std::string at = "/questions/" + std::to_string(i) + "/ask_if";
            c_.questions[i].askIf = conditions(*askIfs[i], at);
            for (const auto& condition : c_.questions[i].askIf) {
                if (condition.question == static_cast<int>(i))
                    r_.problem(at, "a question cannot depend on itself");
            }
        }
        for (std::size_t i = 0; i < c_.questions.size(); ++i)
            for (const auto& condition : c_.questions[i].askIf)
                if (condition.question >= 0)
                    c_.questions[condition.question].dependents.push_back(int(i));
        for (std::size_t i = 0; i < c_.questions.size(); ++i)
            for (const auto& condition : c_.questions[i].askIf)
                if (condition.question >= 0 && !c_.questions[condition.question].askIf.empty())
                    r_.problem("/questions/" + std::to_string(i) + "/ask_if",
                               "may depend only on questions that are always asked");
    }

    void loadChoice(const json& item, const std::string& at, Question& q) {
        q.type = Question::Type::Choice;
        q.ordered = r_.boolean(item, at, "ordered", false);
        const json* options = r_.member(item, at, "options");
        if (!r_.expectArray(options, at + "/options")) return;
        if (options->size() > static_cast<std::size_t>(kMaxOptions)) {
            r_.problem(at + "/options", "at most " + std::to_string(kMaxOptions) + " options");
            return;
        }
        r_.eachObject(*options, at + "/options", kMaxOptions,
                      [&](const json& option, const std::string& oat) {
                          Option opt;
                          opt.value = r_.text(option, oat, "value");
                          opt.label = r_.text(option, oat, "label");
                          opt.effects = effects(option, oat, "effects");
                          for (const auto& other : q.options)
                              if (other.value == opt.value && !opt.value.empty())
                                  r_.problem(oat + "/value",
                                             "duplicate value \"" + opt.value + "\"");
                          q.options.push_back(std::move(opt));
                      });
        const json* def = r_.member(item, at, "default");
        if (!def) return;
        q.defaultValue = -1;
        if (def->is_string())
            for (std::size_t o = 0; o < q.options.size(); ++o)
                if (q.options[o].value == def->get_ref<const std::string&>())
                    q.defaultValue = static_cast<int>(o);
        if (q.defaultValue < 0) {
            std::vector<std::string> values;
            for (const auto& o : q.options) values.push_back(o.value);
            r_.problem(at + "/default",
                       "expected one of " + quoteList(values) + ", got " + def->dump());
            q.defaultValue = 0;
        }
    }

    void loadInteger(const json& item, const std::string& at, Question& q) {
        q.type = Question::Type::Integer;
        q.min = r_.integer(item, at, "min", 0, 1000000, 0);
        q.max = r_.integer(item, at, "max", 0, 1000000, 0);
        if (q.max <= q.min) r_.problem(at + "/max", "expected max to be greater than min");
        q.unit = r_.text(item, at, "unit", false);
        q.defaultValue = r_.integer(item, at, "default", q.min, std::max(q.min, q.max), q.min);
        if (const json* labels = r_.member(item, at, "scale_labels", false)) {
            if (r_.expectArray(labels, at + "/scale_labels")) {
                if (labels->size() != static_cast<std::size_t>(q.max - q.min + 1))
                    r_.problem(at + "/scale_labels",
                               "expected one label per value from min to max");
                r_.each(*labels, at + "/scale_labels", kMaxListItems,
                        [&](const json& label, const std::string& lat) {
                            if (label.is_string())
                                q.scaleLabels.push_back(label.get<std::string>());
                            else
                                r_.problem(lat, "expected a string");
                        });
            }
        }
        if (const json* probes = r_.member(item, at, "probe_values", false)) {
            if (r_.expectArray(probes, at + "/probe_values")) {
                r_.each(*probes, at + "/probe_values", std::size_t(kMaxTriedValues),
                        [&](const json& v, const std::string& vat) {
                            if (!v.is_number_integer() || v.get<std::int64_t>() < q.min ||
                                v.get<std::int64_t>() > q.max) {
                                r_.problem(vat, "expected a whole number from " +
                                                    std::to_string(q.min) + " to " +
                                                    std::to_string(q.max));
                                return;
                            }
                            const int value = int(v.get<std::int64_t>());
                            if (!q.probeValues.empty() && value <= q.probeValues.back())
                                r_.problem(vat, "expected rising values");
                            else
                                q.probeValues.push_back(value);
                        });
            }
        }
        // "What would change it" tries every value of a short range, the probe values of a long
        // one.
        if (q.probeValues.empty() &&
            std::int64_t(q.max) - q.min + 1 > std::int64_t(std::size_t(kMaxTriedValues)))
            r_.problem(at, "a range of more than " + std::to_string(std::size_t(kMaxTriedValues)) +
                               " values needs \"probe_values\" (the values \"what would change "
                               "it\" tries)");
        q.perUnit = effects(item, at, "per_unit");
        for (const auto& e : q.perUnit)
            if (e.kind == Effect::Kind::Exclusion)
                r_.problem(at + "/per_unit", "an exclusion cannot be scaled; put it in a band");
        if (const json* bands = r_.member(item, at, "bands", false)) {
            if (r_.expectArray(bands, at + "/bands")) {
                r_.eachObject(
                    *bands, at + "/bands", kMaxListItems,
                    [&](const json& band, const std::string& bat) {
                        Band out;
                        out.min =
                            r_.integer(band, bat, "min", q.min, std::max(q.min, q.max), q.min);
                        out.max =
                            r_.integer(band, bat, "max", q.min, std::max(q.min, q.max), q.max);
                        if (out.max < out.min) r_.problem(bat, "expected min ≤ max");
                        if (!q.bands.empty() && out.min != q.bands.back().max + 1)
                            r_.problem(bat + "/min",
                                       "bands must follow each other without gap or overlap");
                        out.effects = effects(band, bat, "effects");
                        q.bands.push_back(std::move(out));
                    });
                if (!q.bands.empty() &&
                    (q.bands.front().min != q.min || q.bands.back().max != q.max))
                    r_.problem(at + "/bands", "bands must cover min to max");
            }
        }
    }

    std::vector<Condition> conditions(const json& value, const std::string& path) {
        std::vector<Condition> out;
        if (!r_.expectObject(&value, path)) return out;
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string at = path + "/" + it.key();
            Condition condition;
            condition.question = c_.questionIndex(it.key());
            if (condition.question < 0) {
                r_.problem(at, "unknown question \"" + it.key() + "\"");
                continue;
            }
            const Question& q = c_.questions[condition.question];
            if (q.type != Question::Type::Choice) {
                r_.problem(at, "conditions may name choice questions only");
                continue;
            }
            if (!r_.expectArray(&*it, at)) continue;
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& v = (*it)[i];
                int option = -1;
                if (v.is_string())
                    for (std::size_t o = 0; o < q.options.size(); ++o)
                        if (q.options[o].value == v.get_ref<const std::string&>()) option = int(o);
                if (option < 0)
                    r_.problem(at + "/" + std::to_string(i),
                               "unknown value " + v.dump() + " of \"" + q.id + "\"");
                else
                    condition.values |= 1u << option;
            }
            out.push_back(condition);
        }
        return out;
    }

    void loadReshore(const json& root) {
        const json* item = r_.member(root, "", "reshore");
        if (!r_.expectObject(item, "/reshore")) return;
        if (const json* from = r_.member(*item, "/reshore", "from"))
            c_.reshore.from = cellSet(*from, "/reshore/from");
        if (const json* to = r_.member(*item, "/reshore", "to"))
            c_.reshore.to = cellSet(*to, "/reshore/to");
        c_.reshore.label = r_.text(*item, "/reshore", "label");
        c_.reshore.explanation = r_.text(*item, "/reshore", "explanation");
        c_.reshore.sources = sources(*item, "/reshore");
    }

    // A sentence's {placeholders} must each name a cost parameter in money, which the views fill
    // with its amount in the home country's currency (format.h: fillMoney).
    void moneyPlaceholders(const std::string& text, const std::string& path) {
        for (std::size_t open = text.find('{'); open != std::string::npos;
             open = text.find('{', open + 1)) {
            const std::size_t close = text.find('}', open);
            if (close == std::string::npos) break;
            const std::string name = text.substr(open + 1, close - open - 1);
            bool known = false;
            for (const CostParameter& p : c_.costs.parameters)
                known = known || (p.id == name && p.unit.rfind("currency", 0) == 0);
            if (!known) r_.problem(path, "{" + name + "} is not a cost parameter in money");
        }
    }

    void loadChecklist(const json& root) {
        const json* list = r_.member(root, "", "checklist");
        if (!r_.expectArray(list, "/checklist")) return;
        r_.eachObject(*list, "/checklist", kMaxListItems,
                      [&](const json& item, const std::string& at) {
                          ChecklistItem c;
                          c.title = r_.text(item, at, "title");
                          c.detail = r_.text(item, at, "detail");
                          moneyPlaceholders(c.title, at + "/title");
                          moneyPlaceholders(c.detail, at + "/detail");
                          if (const json* cells = r_.member(item, at, "cells", false))
                              c.cells = cellSet(*cells, at + "/cells");
                          c.reshoreOnly = r_.boolean(item, at, "reshore_only", false);
                          if (const json* when = r_.member(item, at, "when", false))
                              c.when = conditions(*when, at + "/when");
                          c.sources = sources(item, at);
                          c_.checklist.push_back(std::move(c));
                      });
    }

    CostParameter costParameter(const json& item, const std::string& at, const std::string& id) {
        CostParameter p;
        p.id = id;
        if (!r_.expectObject(&item, at)) return p;
        p.label = r_.text(item, at, "label");
        p.unit = r_.text(item, at, "unit");
        p.min = r_.number(item, at, "min", 0, 1e9, 0);
        p.max = r_.number(item, at, "max", 0, 1e9, 1e9);
        p.value = r_.number(item, at, "value", 0, 1e9, 0);
        p.low = r_.number(item, at, "low", 0, 1e9, p.value);
        p.high = r_.number(item, at, "high", 0, 1e9, p.value);
        if (!(p.min <= p.low && p.low <= p.value && p.value <= p.high && p.high <= p.max))
            r_.problem(at, "expected min ≤ low ≤ value ≤ high ≤ max");
        p.note = r_.text(item, at, "note");
        p.sources = sources(item, at);
        return p;
    }

    // A table of cost parameters with one entry per option of a question, e.g. the salary for each
    // function; a missing entry is reported and left empty.
    std::vector<CostParameter> perOptionParameters(const json& costs, const char* key,
                                                   const char* question, const char* id) {
        std::vector<CostParameter> out;
        const int index = c_.questionIndex(question);
        const std::string path = std::string("/costs/") + key;
        const json* table = r_.member(costs, "/costs", key);
        if (!r_.expectObject(table, path) || index < 0) return out;
        for (const auto& option : c_.questions[index].options) {
            if (const json* item = r_.member(*table, path, option.value.c_str()))
                out.push_back(costParameter(*item, path + "/" + option.value, id));
            else
                out.emplace_back();
        }
        return out;
    }

    void loadCosts(const json& root) {
        const json* costs = r_.member(root, "", "costs");
        if (!r_.expectObject(costs, "/costs")) return;
        CostDefaults& d = c_.costs;
        d.currency = r_.text(*costs, "/costs", "currency");
        d.symbol = r_.text(*costs, "/costs", "symbol");
        const json* parameters = r_.member(*costs, "/costs", "parameters");
        if (r_.expectObject(parameters, "/costs/parameters")) {
            for (int k = 0; k < kCostParamCount; ++k) {
                const std::string at = std::string("/costs/parameters/") + kCostParamIds[k];
                if (const json* item =
                        r_.member(*parameters, "/costs/parameters", kCostParamIds[k]))
                    d.parameters[k] = costParameter(*item, at, kCostParamIds[k]);
                d.parameters[k].id = kCostParamIds[k];
            }
            for (auto it = parameters->begin(); it != parameters->end(); ++it) {
                bool known = false;
                for (const char* id : kCostParamIds) known = known || it.key() == id;
                if (!known) r_.problem("/costs/parameters/" + it.key(), "unknown cost parameter");
            }
        }
        d.salaryByOption = perOptionParameters(*costs, "salary_by_function", "function", "salary");
        d.busyShareByOption =
            perOptionParameters(*costs, "busy_share_by_workload", "workload", "busy_share");
        loadCountries(*costs);
        const int horizon = c_.questionIndex("horizon");
        const json* years = r_.member(*costs, "/costs", "horizon_years");
        if (r_.expectObject(years, "/costs/horizon_years") && horizon >= 0) {
            const auto& options = c_.questions[horizon].options;
            if (options.size() != 3)
                r_.problem("/questions", "\"horizon\" must have three options");
            for (std::size_t o = 0; o < options.size() && o < 3; ++o)
                d.horizonYears[o] =
                    r_.integer(*years, "/costs/horizon_years", options[o].value.c_str(), 1, 10, 1);
        }
    }

    // costs.countries: one entry per option of home_country, when the data file asks it.
    void loadCountries(const json& costs) {
        const int index = c_.questionIndex("home_country");
        const json* table = r_.member(costs, "/costs", "countries", index >= 0);
        if (!table || index < 0) return;
        if (!r_.expectObject(table, "/costs/countries")) return;
        for (const auto& option : c_.questions[index].options) {
            const std::string at = "/costs/countries/" + option.value;
            Country country;
            if (const json* item = r_.member(*table, "/costs/countries", option.value.c_str())) {
                if (r_.expectObject(item, at)) {
                    country.currency = r_.text(*item, at, "currency");
                    country.symbol = r_.text(*item, at, "symbol");
                    country.salaryLevel = r_.number(*item, at, "salary_level", 0.001, 100000, 1);
                    country.overheadMultiplier =
                        r_.number(*item, at, "overhead_multiplier", 1, 3, 1.4);
                    country.labourRatioNearshore =
                        r_.number(*item, at, "labour_ratio_nearshore", 0.1, 1.5, 0.65);
                    country.labourRatioOffshore =
                        r_.number(*item, at, "labour_ratio_offshore", 0.05, 1.5, 0.4);
                    country.nearshore = r_.text(*item, at, "nearshore");
                    country.offshore = r_.text(*item, at, "offshore");
                    country.note = r_.text(*item, at, "note");
                    country.sources = sources(*item, at);
                }
            }
            c_.costs.countryByOption.push_back(std::move(country));
        }
    }

    void findKnownQuestions() {
        KnownQuestions& k = c_.known;
        k.function = c_.questionIndex("function");
        k.teamSize = c_.questionIndex("team_size");
        k.workload = c_.questionIndex("workload");
        k.horizon = c_.questionIndex("horizon");
        k.currentModel = c_.questionIndex("current_model");
        k.offshoreCostTrend = c_.questionIndex("offshore_cost_trend");
        k.domesticIncentives = c_.questionIndex("domestic_incentives");
        k.homeCountry = c_.questionIndex("home_country");
        for (int index : {k.function, k.teamSize, k.workload, k.horizon, k.currentModel,
                          k.offshoreCostTrend, k.domesticIncentives, k.homeCountry})
            if (index >= 0) c_.questions[index].affectsCosts = true;
        auto optionIs = [&](int index, int option, const char* value) {
            return c_.questions[index].type == Question::Type::Choice &&
                   int(c_.questions[index].options.size()) > option &&
                   c_.questions[index].options[option].value == value;
        };
        if (k.offshoreCostTrend >= 0 && !optionIs(k.offshoreCostTrend, 1, "rising"))
            r_.problem("/questions/" + std::to_string(k.offshoreCostTrend),
                       "\"offshore_cost_trend\" needs \"rising\" as its second option");
        if (k.domesticIncentives >= 0 && !optionIs(k.domesticIncentives, 1, "yes"))
            r_.problem("/questions/" + std::to_string(k.domesticIncentives),
                       "\"domestic_incentives\" needs \"yes\" as its second option");
        auto require = [&](int index, const char* id, Question::Type type) {
            if (index < 0)
                r_.problem("/questions", std::string("question \"") + id + "\" is required");
            else if (c_.questions[index].type != type)
                r_.problem("/questions/" + std::to_string(index) + "/type",
                           std::string("question \"") + id + "\" must be of type " +
                               (type == Question::Type::Choice ? "choice" : "integer"));
        };
        require(k.function, "function", Question::Type::Choice);
        require(k.teamSize, "team_size", Question::Type::Integer);
        require(k.horizon, "horizon", Question::Type::Choice);
        require(k.workload, "workload", Question::Type::Choice);
        require(k.currentModel, "current_model", Question::Type::Choice);
        if (k.currentModel >= 0) {
            const auto& options = c_.questions[k.currentModel].options;
            for (const auto& option : options)
                k.currentCellByOption.push_back(c_.cellIndex(option.value));
            for (std::size_t o = 0; o < options.size(); ++o)
                if (options[o].value != "none" && c_.cellIndex(options[o].value) < 0)
                    r_.problem("/questions/" + std::to_string(k.currentModel) + "/options/" +
                                   std::to_string(o) + "/value",
                               "\"current_model\" values are \"none\" or a cell id, got \"" +
                                   options[o].value + "\"");
        }
    }

    Config& c_;
    Reader r_;
};

}  // namespace

void EffectTotals::updateTouched() {
    weightsTouched = 0;
    for (int k = 0; k < kMaxCriteria; ++k)
        if (weight[k] != 0) weightsTouched |= std::uint16_t(1u << k);
}

EffectTotals totalsOf(const std::vector<Effect>& effects) {
    EffectTotals totals;
    for (const Effect& e : effects) {
        if (e.kind == Effect::Kind::Weight && e.criterion >= 0 && e.criterion < kMaxCriteria)
            totals.weight[e.criterion] += e.amount;
        for (int c = 0; c < kCellCount; ++c) {
            if (!(e.cells & (1u << c))) continue;
            if (e.kind == Effect::Kind::Modifier && e.criterion >= 0 &&
                e.criterion < kMaxCriteria) {
                bool merged = false;
                for (auto& m : totals.modifiers)
                    if (m.cell == c && m.criterion == e.criterion)
                        m.points += e.amount, merged = true;
                if (!merged) totals.modifiers.push_back({c, e.criterion, e.amount});
            }
            if (e.kind == Effect::Kind::Exclusion) {
                totals.exclusions[c] += 1;
                totals.excludes = true;
            }
        }
    }
    totals.updateTouched();
    return totals;
}

std::uint32_t questionSetHashFor(const Config& config, int linkVersion) {
    Fnv1a hash;
    for (const auto& q : config.questions) {
        if (q.sinceVersion > linkVersion) continue;
        hash.add(q.id);
        hash.add(q.type == Question::Type::Choice ? "c" : "i");
        for (const auto& o : q.options) hash.add(o.value);
        hash.add(std::to_string(q.min) + ":" + std::to_string(q.max));
    }
    return static_cast<std::uint32_t>(hash.value ^ (hash.value >> 32));
}

const char* costParamId(CostParam parameter) {
    return kCostParamIds[static_cast<int>(parameter)];
}

int Config::questionIndex(std::string_view id) const {
    for (std::size_t i = 0; i < questions.size(); ++i)
        if (questions[i].id == id) return static_cast<int>(i);
    return -1;
}

int Config::cellIndex(std::string_view id) const {
    for (int i = 0; i < kCellCount; ++i)
        if (cells[i].id == id) return i;
    return -1;
}

int Config::criterionIndex(std::string_view id) const {
    for (std::size_t i = 0; i < criteria.size(); ++i)
        if (criteria[i].id == id) return static_cast<int>(i);
    return -1;
}

const char* textId(Text key) {
    return kTextKeys[static_cast<int>(key)];
}

std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(pattern.size() + 96);
    std::size_t done = 0;  // pattern[0, done) is written
    for (std::size_t open = pattern.find('{'); open != std::string_view::npos;
         open = pattern.find('{', open + 1)) {
        const std::size_t close = pattern.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        for (const auto& value : values)
            if (name == value.first) {
                out.append(pattern.data() + done, open - done);
                out.append(value.second.data(), value.second.size());
                done = close + 1;
                open = close;
                break;
            }
    }
    out.append(pattern.data() + done, pattern.size() - done);
    return out;
}

const Source* Config::source(std::string_view id) const {
    for (const auto& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

LoadResult loadConfig(std::string_view text) {
    LoadResult result;
    if (text.empty()) {
        result.problems.push_back({"", "the data file is empty"});
        return result;
    }
    if (text.size() > kMaxFileBytes) {
        result.problems.push_back({"", "the data file is larger than 4 MiB"});
        return result;
    }
    if (jsonNestsDeeperThan(text,
                            kMaxDepth)) {  // a clear message beats a slow parse of a hostile file
        result.problems.push_back(
            {"", "the data file nests deeper than " + std::to_string(kMaxDepth) + " levels"});
        return result;
    }
    json root = parseJson(text);
    if (root.is_discarded()) {
        result.problems.push_back({"", describeJsonSyntaxError(text)});
        return result;
    }
    Loader(result.config, result.problems).load(root);
    return result;
}

std::string formatProblems(const std::vector<Problem>& problems, std::string_view fileName) {
    std::string out;
    for (const auto& p : problems) {
        out +=
            std::string(fileName) + ":" + (p.path.empty() ? "/" : p.path) + ": " + p.message + "\n";
    }
    if (problems.size() >= kMaxProblems)
        out += std::string(fileName) + ": (further problems not shown)\n";
    return out;
}

}  // namespace advisor
