// The data file: the shipped assets/advisor.json holds exactly the questions and cells of
// docs/BEHAVIOUR.md, cites a source for every claim, and a malformed file is refused with one
// "JSON path: what was expected" problem per mistake — quickly, and never with a crash.
#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "config.h"
#include "support.h"

using namespace advisor;
using test::json;

namespace {

// docs/BEHAVIOUR.md, in order. Integer questions list no values, only their range.
struct QuestionContract {
    const char* id;
    Question::Type type;
    std::vector<std::string> values;
    int min = 0;
    int max = 0;
};

const std::vector<QuestionContract>& productQuestions() {
    using T = Question::Type;
    static const std::vector<QuestionContract> questions = {
        {"function",
         T::Choice,
         {"customer_support", "software_dev", "it_support", "accounting", "data_entry",
          "marketing_creative", "legal", "hr_recruiting", "manufacturing", "other"}},
        {"core", T::Choice, {"core", "supporting", "peripheral"}},
        {"task_nature", T::Choice, {"routine", "specialized", "complex"}},
        {"scope", T::Choice, {"single_task", "whole_function"}},
        {"workload", T::Choice, {"steady", "seasonal", "project"}},
        {"team_size", T::Integer, {}, 1, 1000},
        {"control", T::Integer, {}, 1, 5},
        {"data_sensitivity", T::Choice, {"low", "personal", "regulated", "residency"}},
        {"start_within", T::Choice, {"weeks", "months", "year"}},
        {"horizon", T::Choice, {"short", "medium", "long"}},
        {"upfront_budget", T::Choice, {"minimal", "moderate", "substantial"}},
        {"local_talent", T::Choice, {"plentiful", "scarce", "unavailable"}},
        {"collaboration", T::Choice, {"async", "overlap", "realtime"}},
        {"cost_priority", T::Integer, {}, 1, 5},
        {"remote_experience", T::Choice, {"none", "some", "experienced"}},
        {"current_model",
         T::Choice,
         {"none", "own_onshore", "own_nearshore", "own_offshore", "managed_onshore",
          "managed_nearshore", "managed_offshore", "provider_onshore", "provider_nearshore",
          "provider_offshore"}},
        {"lead_time_sensitivity", T::Choice, {"low", "medium", "high"}},
        {"ip_sensitivity", T::Choice, {"low", "high"}},
        {"offshore_cost_trend", T::Choice, {"stable", "rising"}},
        {"domestic_incentives", T::Choice, {"no", "yes"}},
    };
    return questions;
}

// docs/BEHAVIOUR.md.
struct CellContract {
    const char* id;
    Who who;
    Where where;
    const char* name;
};

const CellContract kProductCells[kCellCount] = {
    {"own_onshore", Who::Own, Where::Onshore, "In-house team"},
    {"own_nearshore", Who::Own, Where::Nearshore, "Captive nearshore centre"},
    {"own_offshore", Who::Own, Where::Offshore, "Captive offshore centre (offshoring)"},
    {"managed_onshore", Who::Managed, Where::Onshore, "Onshore staff augmentation"},
    {"managed_nearshore", Who::Managed, Where::Nearshore, "Managed nearshore team"},
    {"managed_offshore", Who::Managed, Where::Offshore,
     "Managed-service offshoring (offshore staffing)"},
    {"provider_onshore", Who::Provider, Where::Onshore, "Domestic outsourcing"},
    {"provider_nearshore", Who::Provider, Where::Nearshore, "Nearshore outsourcing"},
    {"provider_offshore", Who::Provider, Where::Offshore, "Offshore outsourcing"},
};

// Index of the question `id` in the data file's JSON, for building paths.
int questionAt(const json& document, const std::string& id) {
    const json& questions = document["questions"];
    for (std::size_t i = 0; i < questions.size(); ++i)
        if (questions[i]["id"] == id) return int(i);
    return -1;
}

json& question(json& document, const std::string& id) {
    const int at = questionAt(document, id);
    REQUIRE(at >= 0);
    return document["questions"][std::size_t(at)];
}

std::string questionPath(const json& document, const std::string& id) {
    return "/questions/" + std::to_string(questionAt(document, id));
}

// The shipped file with one mistake made by `mutate`.
LoadResult variant(const std::function<void(json&)>& mutate) {
    json document = test::shippedJson();
    REQUIRE(document.is_object());
    mutate(document);
    return test::loadJson(document);
}

// The shipped file, written out with `raw` in place of the string value "@@RAW@@" that `mutate`
// put somewhere: for text that JSON itself cannot hold (1e999, NaN, invalid UTF-8).
std::string variantText(const std::function<void(json&)>& mutate, const std::string& raw) {
    json document = test::shippedJson();
    mutate(document);
    std::string text = document.dump();
    const std::string marker = "\"@@RAW@@\"";
    const auto at = text.find(marker);
    REQUIRE(at != std::string::npos);
    text.replace(at, marker.size(), raw);
    return text;
}

bool hasProblem(const LoadResult& loaded, const std::string& path, const std::string& message) {
    for (const auto& p : loaded.problems)
        if (p.path == path && p.message == message) return true;
    return false;
}

// One mistake, one problem: the file's author is pointed at exactly what to fix.
void checkOnlyProblem(const LoadResult& loaded, const std::string& path,
                      const std::string& message) {
    INFO("expected " << path << ": " << message << "\ngot:\n" << test::problemsText(loaded));
    CHECK_FALSE(loaded.ok());
    CHECK(loaded.problems.size() == 1);
    CHECK(hasProblem(loaded, path, message));
}

// The same for a message whose details (line, column, what was read) come from the parser.
void checkOnlyProblemLike(const LoadResult& loaded, const std::string& path,
                          const std::vector<std::string>& parts) {
    std::string expected;
    for (const auto& part : parts) expected += "\n  " + part;
    INFO("expected " << path << ": a message with every part of:" << expected);
    INFO("got:\n" << test::problemsText(loaded));
    CHECK_FALSE(loaded.ok());
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].path == path);
    for (const auto& part : parts)
        CHECK(loaded.problems[0].message.find(part) != std::string::npos);
}

// A mistake whose consequences are reported after it: the mistake comes first.
void checkFirstProblem(const LoadResult& loaded, const std::string& path,
                       const std::string& message) {
    INFO("expected first " << path << ": " << message << "\ngot:\n" << test::problemsText(loaded));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.problems.size() <= 2);
    CHECK(loaded.problems[0].path == path);
    CHECK(loaded.problems[0].message == message);
}

template <typename Visit>
void forEachEffect(const Config& config, Visit&& visit) {
    for (const auto& q : config.questions) {
        for (const auto& o : q.options)
            for (const auto& e : o.effects) visit(q, e);
        for (const auto& b : q.bands)
            for (const auto& e : b.effects) visit(q, e);
        for (const auto& e : q.perUnit) visit(q, e);
    }
}

void checkCitesKnownSources(const Config& config, const std::vector<std::string>& sources,
                            const std::string& what) {
    INFO(what);
    CHECK_FALSE(sources.empty());
    for (const auto& id : sources) {
        INFO("source " << id);
        CHECK(config.source(id) != nullptr);
    }
}

}  // namespace

TEST_CASE("the shipped data file") {
    const LoadResult loaded = loadConfig(embeddedConfigText());
    const Config& config = loaded.config;

    SUBCASE("loads with zero problems") {
        INFO(test::problemsText(loaded));
        CHECK(loaded.ok());
        CHECK(loaded.problems.empty());
        CHECK(config.schemaVersion == 2);
    }

    SUBCASE("has the questions and values of docs/BEHAVIOUR.md, in order; new ones are appended") {
        const auto& expected = productQuestions();
        REQUIRE(config.questions.size() >= expected.size());
        for (std::size_t i = expected.size(); i < config.questions.size(); ++i) {
            INFO(config.questions[i].id);
            CHECK(config.questions[i].sinceVersion >= 2);  // not in the first share links
        }
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const Question& q = config.questions[i];
            INFO("question " << i << " (" << expected[i].id << ")");
            CHECK(q.id == expected[i].id);
            CHECK(q.type == expected[i].type);
            if (expected[i].type == Question::Type::Choice) {
                std::vector<std::string> values;
                for (const auto& o : q.options) values.push_back(o.value);
                CHECK(values == expected[i].values);
            } else {
                CHECK(q.min == expected[i].min);
                CHECK(q.max == expected[i].max);
            }
        }
    }

    SUBCASE("asks the manufacturing questions only when the work is manufacturing") {
        const int function = test::questionIndex(config, "function");
        const int manufacturing = 8;  // position of "manufacturing" in §3
        REQUIRE(config.questions[function].options[manufacturing].value == "manufacturing");
        for (const char* id : {"lead_time_sensitivity", "ip_sensitivity", "offshore_cost_trend",
                               "domestic_incentives"}) {
            const Question& q = config.questions[test::questionIndex(config, id)];
            INFO(id);
            REQUIRE(q.askIf.size() == 1);
            CHECK(q.askIf[0].question == function);
            CHECK(q.askIf[0].values == (1u << manufacturing));
        }
        for (const Question& q : config.questions) {
            if (q.id == "lead_time_sensitivity" || q.id == "ip_sensitivity" ||
                q.id == "offshore_cost_trend" || q.id == "domestic_incentives" || q.id == "on_site")
                continue;
            INFO(q.id);
            CHECK(q.askIf.empty());
        }
    }

    SUBCASE("has the nine who × where cells of docs/BEHAVIOUR.md") {
        for (int c = 0; c < kCellCount; ++c) {
            INFO("cell " << c << " (" << kProductCells[c].id << ")");
            CHECK(config.cells[c].id == kProductCells[c].id);
            CHECK(config.cells[c].who == kProductCells[c].who);
            CHECK(config.cells[c].where == kProductCells[c].where);
            CHECK(config.cells[c].name == kProductCells[c].name);
            CHECK_FALSE(config.cells[c].summary.empty());
        }
        const json document = test::shippedJson();
        REQUIRE(document["cells"].size() == std::size_t(kCellCount));
        for (std::size_t c = 0; c < document["cells"].size(); ++c) {
            const json& cell = document["cells"][c];
            const int index = config.cellIndex(cell["id"].get<std::string>());
            INFO("cell " << cell["id"]);
            REQUIRE(index >= 0);
            const char* who[] = {"own", "managed", "provider"};
            const char* where[] = {"onshore", "nearshore", "offshore"};
            CHECK(cell["who"] == who[int(kProductCells[index].who)]);
            CHECK(cell["where"] == where[int(kProductCells[index].where)]);
        }
    }

    SUBCASE(
        "scores every cell on the criteria of docs/BEHAVIOUR.md and more, each with its words") {
        for (const char* id :
             {"cost_savings", "upfront", "control", "flexibility", "speed", "talent",
              "confidentiality", "communication", "management", "knowledge", "risk", "lead_time"}) {
            INFO(id);
            CHECK(config.criterionIndex(id) >= 0);
        }
        for (const auto& k : config.criteria) {
            INFO(k.id);
            CHECK_FALSE(k.label.empty());
            CHECK_FALSE(k.name.empty());
            CHECK_FALSE(k.reasonFor.empty());
            CHECK_FALSE(k.reasonAgainst.empty());
            CHECK_FALSE(k.basis.empty());
            CHECK(k.baseWeight >= 0);
        }
        // Money and time come from the cost model.
        CHECK(config.criteria[config.criterionIndex("cost_savings")].computed ==
              Computed::LabourCost);
        CHECK(config.criteria[config.criterionIndex("upfront")].computed == Computed::Commitment);
        CHECK(config.criteria[config.criterionIndex("speed")].computed == Computed::Speed);
        const json document = test::shippedJson();
        for (const json& cell : document["cells"]) {
            INFO(cell["id"]);
            CHECK_FALSE(cell.contains("profile"));  // profiles live in the criteria
        }
    }

    SUBCASE("every effect, criterion, checklist item and cost parameter cites a known source") {
        REQUIRE_FALSE(config.sources.empty());
        for (const auto& s : config.sources) {
            INFO(s.id);
            CHECK_FALSE(s.title.empty());
            CHECK_FALSE(s.publisher.empty());
        }
        int effects = 0;
        forEachEffect(config, [&](const Question& q, const Effect& e) {
            ++effects;
            checkCitesKnownSources(config, e.sources, "an effect of question " + q.id);
            if (e.kind != Effect::Kind::Weight) {
                INFO("an effect of question " << q.id);
                CHECK_FALSE(e.because.empty());
            }
        });
        CHECK(effects > 40);  // one channel per argument: fewer effects than the first edition
        for (const auto& k : config.criteria)
            checkCitesKnownSources(config, k.sources, "criterion " + k.id);
        REQUIRE_FALSE(config.checklist.empty());
        for (const auto& item : config.checklist)
            checkCitesKnownSources(config, item.sources, "checklist item " + item.title);
        for (const auto& p : config.costs.parameters)
            checkCitesKnownSources(config, p.sources, "cost parameter " + p.id);
        const Question& function = config.questions[config.known.function];
        REQUIRE(config.costs.salaryByOption.size() == function.options.size());
        for (std::size_t o = 0; o < function.options.size(); ++o)
            checkCitesKnownSources(config, config.costs.salaryByOption[o].sources,
                                   "salary of " + function.options[o].value);
        const Question& workload = config.questions[config.known.workload];
        REQUIRE(config.costs.busyShareByOption.size() == workload.options.size());
        for (std::size_t o = 0; o < workload.options.size(); ++o)
            checkCitesKnownSources(config, config.costs.busyShareByOption[o].sources,
                                   "busy share of " + workload.options[o].value);
        checkCitesKnownSources(config, config.reshore.sources, "the reshore rule");
    }

    SUBCASE("every question has a label, a help text and a default") {
        const json document = test::shippedJson();
        for (std::size_t i = 0; i < config.questions.size(); ++i) {
            const Question& q = config.questions[i];
            INFO(q.id);
            CHECK_FALSE(q.label.empty());
            CHECK_FALSE(q.help.empty());
            CHECK(document["questions"][i].contains("default"));
            CHECK(isValidValue(config, int(i), q.defaultValue));
            for (const auto& o : q.options) CHECK_FALSE(o.label.empty());
        }
    }

    SUBCASE("every cost default lies within its own low–high range and editable range") {
        auto check = [](const CostParameter& p, const std::string& what) {
            INFO(what);
            CHECK(p.min <= p.low);
            CHECK(p.low <= p.value);
            CHECK(p.value <= p.high);
            CHECK(p.high <= p.max);
            CHECK_FALSE(p.label.empty());
            CHECK_FALSE(p.note.empty());
        };
        for (const auto& p : config.costs.parameters) check(p, p.id);
        for (const auto& p : config.costs.salaryByOption) check(p, "salary");
        for (const auto& p : config.costs.busyShareByOption) check(p, "busy share");
        CHECK(config.costs.horizonYears == std::array<int, 3>{1, 3, 5});
    }
}

TEST_CASE("a malformed data file is refused with its JSON path and what was expected") {
    SUBCASE("empty text") {
        checkOnlyProblem(loadConfig(""), "", "the data file is empty");
    }

    SUBCASE("text that is not JSON, with where it stops being JSON") {
        checkOnlyProblemLike(loadConfig("{\"title\": \"Sourcing Advisor\","), "",
                             {"not valid JSON", "line 1, column 30", "unexpected end of input"});
        checkOnlyProblemLike(loadConfig("{\n  \"title\": \"Sourcing Advisor\"\n  \"accent\": 1\n}"),
                             "", {"not valid JSON", "line 3, column"});
        checkOnlyProblemLike(loadConfig("title = Sourcing Advisor"), "",
                             {"not valid JSON", "line 1"});
    }

    SUBCASE("a JSON array at top level") {
        checkOnlyProblem(loadConfig("[1, 2, 3]"), "",
                         "expected the data file to be a JSON object, got array");
        checkOnlyProblem(loadConfig("\"advisor\""), "",
                         "expected the data file to be a JSON object, got string");
    }

    SUBCASE("a string where a number belongs") {
        checkOnlyProblem(variant([](json& d) { d["criteria"][2]["profile"]["who"]["own"] = "10"; }),
                         "/criteria/2/profile/who/own", "expected a number, got string");
        checkOnlyProblem(variant([](json& d) { question(d, "team_size")["default"] = "5"; }),
                         questionPath(test::shippedJson(), "team_size") + "/default",
                         "expected a whole number, got string");
    }

    SUBCASE("a number no double can hold, or NaN") {
        const auto numberInProfile = [](json& d) {
            d["criteria"][2]["profile"]["who"]["own"] = "@@RAW@@";
        };
        for (const char* raw : {"1e999", "-1e999"}) {
            INFO(raw);
            checkOnlyProblemLike(loadConfig(variantText(numberInProfile, raw)), "",
                                 {"not valid JSON", "number overflow", raw});
        }
        for (const char* raw : {"NaN", "nan", "Infinity"}) {
            INFO(raw);
            checkOnlyProblemLike(loadConfig(variantText(numberInProfile, raw)), "",
                                 {"not valid JSON", "invalid literal"});
        }
    }

    SUBCASE("nesting 10,000 deep is refused at once") {
        const int depth = 10000;
        const std::string bare = std::string(depth, '[') + std::string(depth, ']');
        const std::string inside = variantText([](json& d) { d["title"] = "@@RAW@@"; }, bare);
        for (const std::string* text : {&bare, &inside}) {
            const auto start = std::chrono::steady_clock::now();
            const LoadResult loaded = loadConfig(*text);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            checkOnlyProblem(loaded, "", "the data file nests deeper than 32 levels");
            CHECK(seconds < 1.0);
        }
    }

    SUBCASE("a 5 MB string") {
        checkOnlyProblem(variant([](json& d) { d["title"] = std::string(5u << 20, 'x'); }), "",
                         "the data file is larger than 4 MiB");
    }

    SUBCASE("a text too long to show") {
        checkOnlyProblem(variant([](json& d) { d["title"] = std::string(5000, 'x'); }), "/title",
                         "text longer than 4000 bytes");
    }

    SUBCASE("bytes that are not UTF-8") {
        const auto inTitle = [](json& d) { d["title"] = "@@RAW@@"; };
        for (const char* raw :
             {"\"Sourcing \xff\xfe Advisor\"", "\"caf\xc3\"", "\"\xed\xa0\x80\""}) {
            checkOnlyProblemLike(loadConfig(variantText(inTitle, raw)), "",
                                 {"not valid JSON", "UTF-8"});
        }
    }

    SUBCASE("an unknown entry in a criterion's profile") {
        checkOnlyProblem(variant([](json& d) { d["criteria"][2]["profile"]["where"]["moon"] = 5; }),
                         "/criteria/2/profile/where/moon", "unknown entry \"moon\"");
    }

    SUBCASE("a missing value in a criterion's profile") {
        checkOnlyProblem(
            variant([](json& d) { d["criteria"][5]["profile"]["who"].erase("managed"); }),
            "/criteria/5/profile/who/managed", "is missing");
    }

    SUBCASE("a profile on a cell: profiles are given per criterion") {
        checkOnlyProblem(variant([](json& d) { d["cells"][0]["profile"] = json::object(); }),
                         "/cells/0/profile",
                         "profiles are given per criterion (criteria/…/profile), not per cell");
    }

    SUBCASE("an unknown computed criterion") {
        checkOnlyProblem(variant([](json& d) { d["criteria"][0]["profile"]["computed"] = "luck"; }),
                         "/criteria/0/profile/computed",
                         "expected \"labour_cost\", \"commitment\" or \"speed\", got \"luck\"");
    }

    SUBCASE("one answer that weights a criterion and modifies it too") {
        const json shipped = test::shippedJson();
        checkOnlyProblem(
            variant([](json& d) {
                question(d, "task_nature")["options"][0]["effects"].push_back(
                    json{{"weight", "control"}, {"add", 0.5}, {"sources", {"advisor_assumption"}}});
            }),
            questionPath(shipped, "task_nature") + "/options/0/effects/1",
            "this answer already weights \"control\"; an answer weights a criterion or modifies "
            "it, not both");
    }

    SUBCASE("a modifier beyond ±5 profile points, or on a criterion the cost model computes") {
        const json shipped = test::shippedJson();
        const std::string path = questionPath(shipped, "task_nature") + "/options/0/effects/1";
        checkOnlyProblem(variant([](json& d) {
                             question(d, "task_nature")["options"][0]["effects"][1]["add"] = 6;
                         }),
                         path + "/add", "expected a number from -5 to 5, got 6");
        checkOnlyProblem(variant([](json& d) {
                             question(d, "task_nature")["options"][0]["effects"][1]["criterion"] =
                                 "cost_savings";
                         }),
                         path + "/criterion",
                         "\"cost_savings\" is computed by the cost model; change a cost assumption "
                         "instead of modifying it");
    }

    SUBCASE("a magnitude resting on a source that states no magnitudes") {
        const json shipped = test::shippedJson();
        checkOnlyProblem(variant([](json& d) {
                             question(d, "task_nature")["options"][0]["effects"][1]["sources"] =
                                 json::array({"seed_000"});
                         }),
                         questionPath(shipped, "task_nature") + "/options/0/effects/1/sources",
                         "a magnitude needs a quantitative source or \"advisor_assumption\"");
    }

    SUBCASE("a missing or unknown sentence of the engine") {
        checkOnlyProblem(variant([](json& d) { d["texts"].erase("stay"); }), "/texts/stay",
                         "is missing");
        checkOnlyProblem(variant([](json& d) { d["texts"]["greeting"] = "Hello"; }),
                         "/texts/greeting", "unknown text \"greeting\"");
    }

    SUBCASE("a home country without its money") {
        checkOnlyProblem(variant([](json& d) { d["costs"]["countries"].erase("gb"); }),
                         "/costs/countries/gb", "is missing");
        checkOnlyProblem(
            variant([](json& d) { d["costs"]["countries"]["de"]["salary_level"] = 0; }),
            "/costs/countries/de/salary_level", "expected a number from 0.001 to 100000, got 0");
    }

    SUBCASE("a data file of the first schema") {
        checkOnlyProblem(variant([](json& d) { d["schema_version"] = 1; }), "/schema_version",
                         "this advisor reads schema_version 2 (profiles in the criteria, modifiers "
                         "on a criterion), got 1");
    }

    SUBCASE("an unknown criterion in a weight effect") {
        const json shipped = test::shippedJson();
        checkOnlyProblem(variant([](json& d) {
                             question(d, "function")["options"][0]["effects"][0]["weight"] =
                                 "charm";
                         }),
                         questionPath(shipped, "function") + "/options/0/effects/0/weight",
                         "unknown criterion \"charm\"");
    }

    SUBCASE("an unknown cell token in a modifier") {
        json shipped = test::shippedJson();
        const json& effects = question(shipped, "task_nature")["options"][0]["effects"];
        std::size_t modifier = 0;
        while (modifier < effects.size() && !effects[modifier].contains("modifier")) ++modifier;
        REQUIRE(modifier < effects.size());
        const std::string path = questionPath(shipped, "task_nature") + "/options/0/effects/" +
                                 std::to_string(modifier) + "/modifier/0";
        const std::string expected =
            "; expected a cell id, who:own|managed|provider, where:onshore|nearshore|offshore or *";
        for (const char* token : {"who:robots", "where:moon", "own_moon", "provider", ""}) {
            INFO(token);
            checkOnlyProblem(
                variant([&](json& d) {
                    question(d, "task_nature")["options"][0]["effects"][modifier]["modifier"] =
                        json::array({token});
                }),
                path, std::string("unknown cell set \"") + token + "\"" + expected);
        }
    }

    SUBCASE("a duplicate question id") {
        checkOnlyProblem(variant([](json& d) { d["questions"][1]["id"] = "function"; }),
                         "/questions/1/id", "duplicate question id \"function\"");
    }

    SUBCASE("a duplicate option value") {
        checkOnlyProblem(
            variant([](json& d) { question(d, "workload")["options"][2]["value"] = "steady"; }),
            questionPath(test::shippedJson(), "workload") + "/options/2/value",
            "duplicate value \"steady\"");
    }

    SUBCASE("a weight out of range") {
        const json shipped = test::shippedJson();
        checkOnlyProblem(variant([](json& d) {
                             question(d, "function")["options"][0]["effects"][0]["add"] = 11;
                         }),
                         questionPath(shipped, "function") + "/options/0/effects/0/add",
                         "expected a number from -10 to 10, got 11");
        checkOnlyProblem(variant([](json& d) { d["criteria"][3]["base_weight"] = -0.5; }),
                         "/criteria/3/base_weight", "expected a number from 0 to 10, got -0.5");
    }

    SUBCASE("a missing label") {
        checkOnlyProblem(variant([](json& d) { question(d, "scope").erase("label"); }),
                         questionPath(test::shippedJson(), "scope") + "/label", "is missing");
        checkOnlyProblem(variant([](json& d) { question(d, "scope")["label"] = ""; }),
                         questionPath(test::shippedJson(), "scope") + "/label",
                         "expected a non-empty text");
    }

    SUBCASE("a question without a default") {
        const json shipped = test::shippedJson();
        checkOnlyProblem(variant([](json& d) { question(d, "core").erase("default"); }),
                         questionPath(shipped, "core") + "/default", "is missing");
        checkOnlyProblem(variant([](json& d) { question(d, "control").erase("default"); }),
                         questionPath(shipped, "control") + "/default", "is missing");
    }

    SUBCASE("a default that is not among the options") {
        checkOnlyProblem(
            variant([](json& d) { question(d, "core")["default"] = "central"; }),
            questionPath(test::shippedJson(), "core") + "/default",
            "expected one of \"core\", \"supporting\", \"peripheral\", got \"central\"");
        checkOnlyProblem(variant([](json& d) { question(d, "control")["default"] = 9; }),
                         questionPath(test::shippedJson(), "control") + "/default",
                         "expected a whole number from 1 to 5, got 9");
    }

    SUBCASE("a whole number too large for 64 bits is reported as written") {
        const std::string path = questionPath(test::shippedJson(), "team_size") + "/default";
        checkOnlyProblem(
            variant([](json& d) { question(d, "team_size")["default"] = 18446744073709551615ull; }),
            path, "expected a whole number from 1 to 1000, got 18446744073709551615");
        checkOnlyProblem(
            variant([](json& d) { question(d, "team_size")["default"] = 9223372036854775808ull; }),
            path, "expected a whole number from 1 to 1000, got 9223372036854775808");
        checkOnlyProblem(variant([](json& d) { question(d, "team_size")["default"] = -4; }), path,
                         "expected a whole number from 1 to 1000, got -4");
    }

    SUBCASE("an unknown source id") {
        checkOnlyProblem(
            variant([](json& d) { d["criteria"][0]["sources"] = json::array({"wikipedia"}); }),
            "/criteria/0/sources/0", "unknown source \"wikipedia\"");
        checkOnlyProblem(variant([](json& d) { d["criteria"][0]["sources"] = json::array(); }),
                         "/criteria/0/sources", "expected a non-empty array");
    }

    SUBCASE("eight cells instead of nine") {
        // (then "current_model" names a cell the file no longer has)
        checkFirstProblem(variant([](json& d) { d["cells"].erase(8); }), "/cells",
                          "expected exactly nine cells (who × where), got 8");
        checkFirstProblem(variant([](json& d) { d["cells"].push_back(d["cells"][0]); }), "/cells",
                          "expected exactly nine cells (who × where), got 10");
    }

    SUBCASE("a cell that claims the wrong who or where") {
        checkOnlyProblem(variant([](json& d) { d["cells"][2]["where"] = "onshore"; }),
                         "/cells/2/where",
                         "cell \"own_offshore\" is where=\"offshore\", got \"onshore\"");
    }

    SUBCASE("bands with a gap") {
        checkOnlyProblem(variant([](json& d) { question(d, "team_size")["bands"][1]["min"] = 6; }),
                         questionPath(test::shippedJson(), "team_size") + "/bands/1/min",
                         "bands must follow each other without gap or overlap");
    }

    SUBCASE("an ask_if naming an unknown question") {
        const std::string path =
            questionPath(test::shippedJson(), "ip_sensitivity") + "/ask_if/industry";
        checkOnlyProblem(variant([](json& d) {
                             question(d, "ip_sensitivity")["ask_if"] =
                                 json{{"industry", json::array({"manufacturing"})}};
                         }),
                         path, "unknown question \"industry\"");
    }

    SUBCASE("a cost parameter whose low is above its value") {
        checkOnlyProblem(
            variant([](json& d) { d["costs"]["parameters"]["overhead_multiplier"]["low"] = 1.5; }),
            "/costs/parameters/overhead_multiplier", "expected min ≤ low ≤ value ≤ high ≤ max");
    }

    SUBCASE("no list is cut short in silence: one past a limit is refused with the limit") {
        const json shipped = test::shippedJson();
        checkOnlyProblem(variant([](json& d) {
                             while (d["checklist"].size() < 257)
                                 d["checklist"].push_back(d["checklist"][0]);
                         }),
                         "/checklist", "at most 256 items");
        // A long whole-number range needs the values "what would change it" tries.
        checkOnlyProblem(variant([](json& d) {
                             json& q = question(d, "control");
                             q["max"] = 100;
                             q.erase("scale_labels");
                         }),
                         questionPath(shipped, "control"),
                         "a range of more than 64 values needs \"probe_values\" (the values "
                         "\"what would change it\" tries)");
        checkOnlyProblem(variant([](json& d) {
                             json& probes = question(d, "team_size")["probe_values"];
                             probes = json::array();
                             for (int v = 1; v <= 65; ++v) probes.push_back(v);
                         }),
                         questionPath(shipped, "team_size") + "/probe_values", "at most 64 items");
    }

    SUBCASE("many mistakes are all reported, up to a limit") {
        const LoadResult loaded = variant([](json& d) {
            for (int i = 0; i < 150; ++i) d["sources"].push_back(i);
        });
        CHECK(loaded.problems.size() == 100);
        CHECK(hasProblem(loaded,
                         "/sources/" + std::to_string(test::shippedJson()["sources"].size()),
                         "expected an object, got number"));
        CHECK(test::problemsText(loaded).find("variant.json: (further problems not shown)\n") !=
              std::string::npos);
    }
}

TEST_CASE("formatProblems writes one \"file:path: message\" line per problem") {
    const std::vector<Problem> problems = {
        {"/questions/3/options/1/value", "duplicate value \"steady\""},
        {"", "the data file is empty"},
    };
    CHECK(formatProblems(problems, "advisor.json") ==
          "advisor.json:/questions/3/options/1/value: duplicate value \"steady\"\n"
          "advisor.json:/: the data file is empty\n");
    CHECK(formatProblems({}, "advisor.json").empty());
}

TEST_CASE("a tailored data file loads when it stays consistent") {
    SUBCASE("a reworded label") {
        const LoadResult loaded =
            variant([](json& d) { question(d, "scope")["label"] = "How much of the work?"; });
        INFO(test::problemsText(loaded));
        CHECK(loaded.ok());
        CHECK(loaded.config.questions[test::questionIndex(loaded.config, "scope")].label ==
              "How much of the work?");
    }
    SUBCASE("an extra option") {
        const LoadResult loaded = variant([](json& d) {
            question(d, "scope")["options"].push_back(
                json{{"value", "process"}, {"label", "A process"}, {"effects", json::array()}});
        });
        INFO(test::problemsText(loaded));
        CHECK(loaded.ok());
        CHECK(loaded.config.questionSetHash != test::shipped().questionSetHash);
    }
}
