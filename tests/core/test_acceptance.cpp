// The public acceptance behaviours 1–6 of docs/BEHAVIOUR.md, each worded as there and checked on
// the shipped data file. Answers not named in a behaviour keep their defaults; where the wording
// leaves a range ("team ≥ 10", "currently offshore") every value of the range is tried.
// §7.7 (stricter data), §7.8 (what runs today) and §7.9 (every model wins somewhere, none most of
// the time) are properties over generated answer sets in test_model.cpp; the archetypes in
// test_cases.cpp show each of the nine models winning for a realistic business.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "evaluate.h"
#include "format.h"
#include "page_html.h"
#include "report.h"
#include "support.h"

using namespace advisor;

namespace {

std::string cellsText(const Config& config, const Evaluation& e) {
    std::string out;
    for (int c : e.ranking)
        out += config.cells[c].id + " " + std::to_string(e.scores.fit[c]) + "\n";
    for (int c = 0; c < kCellCount; ++c)
        if (e.scores.excluded & (1u << c)) out += config.cells[c].id + " excluded\n";
    return out;
}

int rankOf(const Evaluation& e, int cell) {
    for (std::size_t r = 0; r < e.ranking.size(); ++r)
        if (e.ranking[r] == cell) return int(r);
    return -1;  // excluded
}

const char* const kSeasonalOutsourcing =
    R"({"workload": "seasonal", "core": "peripheral", "task_nature": "routine",
        "start_within": "weeks", "upfront_budget": "minimal"})";

const char* const kOffshoreTeamOfYourOwn =
    R"({"workload": "steady", "scope": "whole_function", "task_nature": "complex", "control": 5,
        "horizon": "long", "cost_priority": 5, "remote_experience": "experienced",
        "upfront_budget": "substantial"})";

const char* const kReshoringManufacturing =
    R"({"function": "manufacturing", "lead_time_sensitivity": "high",
        "offshore_cost_trend": "rising", "domestic_incentives": "yes"})";

}  // namespace

TEST_CASE(
    "§7.1 data_sensitivity=residency excludes every nearshore and offshore cell, each with a "
    "reason that names data residency") {
    const Config& config = test::shipped();
    std::vector<Answers> cases = {
        test::answersFrom(config, R"({"data_sensitivity": "residency"})")};
    for (const char* others :
         {kSeasonalOutsourcing, kOffshoreTeamOfYourOwn, kReshoringManufacturing}) {
        Answers answers = test::answersFrom(config, others);
        answers = parseAnswers(config, R"({"data_sensitivity": "residency"})", answers).answers;
        cases.push_back(answers);
    }
    for (const Answers& answers : cases) {
        INFO(answersToJson(config, answers));
        const Evaluation e = evaluate(config, answers);
        INFO(cellsText(config, e));
        for (int c = 0; c < kCellCount; ++c) {
            const Cell& cell = config.cells[c];
            INFO(cell.id);
            const bool excluded = e.scores.excluded & (1u << c);
            if (cell.where == Where::Onshore) {
                CHECK_FALSE(excluded);
                continue;
            }
            CHECK(excluded);
            CHECK(rankOf(e, c) == -1);
            REQUIRE_FALSE(e.exclusionReasons[c].empty());
            for (const std::string& reason : e.exclusionReasons[c]) {
                INFO(reason);
                CHECK(test::containsNoCase(reason, "data residency"));
            }
        }
        REQUIRE(e.winner >= 0);
        CHECK(config.cells[e.winner].where == Where::Onshore);
        CHECK(e.ranking.size() == 3);
    }
}

TEST_CASE(
    "§7.2 seasonal workload + peripheral + routine + start within weeks + minimal upfront "
    "budget → the winner is a provider_* cell") {
    const Config& config = test::shipped();
    const Evaluation e = evaluate(config, test::answersFrom(config, kSeasonalOutsourcing));
    INFO(cellsText(config, e));
    REQUIRE(e.winner >= 0);
    CHECK(config.cells[e.winner].who == Who::Provider);

    SUBCASE("because outsourcing flexes up and down and the provider hires fast") {
        const std::string flexibility =
            config.criteria[config.criterionIndex("flexibility")].reasonFor;
        const std::string speed = config.criteria[config.criterionIndex("speed")].reasonFor;
        bool named = false;
        for (const Reason& r : e.reasonsFor)
            named = named || r.text == flexibility || r.text == speed;
        CHECK(named);
    }
}

TEST_CASE(
    "§7.3 steady + whole function + complex + control 5 + long horizon + cost priority 5 + "
    "team ≥ 10 + experienced with remote teams + substantial budget → own_offshore or "
    "managed_offshore wins, ahead of every provider_* cell") {
    const Config& config = test::shipped();
    const int teamSize = test::questionIndex(config, "team_size");
    for (int team : {10, 11, 20, 49, 50, 51, 100, 500, 1000}) {
        Answers answers = test::answersFrom(config, kOffshoreTeamOfYourOwn);
        answers.values[teamSize] = team;
        const Evaluation e = evaluate(config, answers);
        INFO("team_size " << team << "\n" << cellsText(config, e));
        REQUIRE(e.winner >= 0);
        const std::string& winner = config.cells[e.winner].id;
        CHECK((winner == "own_offshore" || winner == "managed_offshore"));
        for (int c = 0; c < kCellCount; ++c) {
            if (config.cells[c].who != Who::Provider) continue;
            INFO(config.cells[c].id);
            CHECK(e.scores.fit[e.winner] > e.scores.fit[c]);
        }
    }
}

TEST_CASE(
    "§7.4 manufacturing + high lead-time sensitivity + rising offshore costs + domestic "
    "incentives + work currently offshore → an onshore cell wins, labelled Reshore") {
    const Config& config = test::shipped();
    const int currentModel = test::questionIndex(config, "current_model");
    int tried = 0;
    for (int c = 0; c < kCellCount; ++c) {
        if (config.cells[c].where == Where::Onshore) continue;
        ++tried;
        Answers answers = test::answersFrom(config, kReshoringManufacturing);
        answers.values[currentModel] = 1 + c;  // option 0 is "none", then the cells in order
        REQUIRE(answerText(config, answers, currentModel) == config.cells[c].id);
        const Evaluation e = evaluate(config, answers);
        INFO("current_model " << config.cells[c].id << "\n" << cellsText(config, e));
        REQUIRE(e.winner >= 0);
        CHECK(config.cells[e.winner].where == Where::Onshore);
        CHECK(e.reshore);
        CHECK(resultLabel(config, e).rfind("Reshore", 0) == 0);
    }
    CHECK(tried == 6);
}

TEST_CASE("§7.5 local_talent=unavailable → own_onshore is not in the top three") {
    const Config& config = test::shipped();
    const int ownOnshore = test::cellIndex(config, "own_onshore");
    for (const char* others :
         {"{}", kSeasonalOutsourcing, kOffshoreTeamOfYourOwn, kReshoringManufacturing,
          R"({"data_sensitivity": "regulated", "control": 5})"}) {
        Answers answers = test::answersFrom(config, others);
        answers = parseAnswers(config, R"({"local_talent": "unavailable"})", answers).answers;
        const Evaluation e = evaluate(config, answers);
        INFO(answersToJson(config, answers) << "\n" << cellsText(config, e));
        const int rank = rankOf(e, ownOnshore);
        CHECK((rank == -1 || rank >= 3));
    }
}

TEST_CASE(
    "§7.6 raising cost_priority never lowers an offshore cell's fit relative to the onshore "
    "cell with the same who; raising control never lowers an own_* cell relative to the "
    "provider_* cell with the same where") {
    // Every step of both scales from the defaults and from each other acceptance case; the
    // generated answer sets of test_invariants.cpp check the same on thousands more.
    const Config& config = test::shipped();
    const int costPriority = test::questionIndex(config, "cost_priority");
    const int control = test::questionIndex(config, "control");
    std::vector<Answers> starts;
    for (const char* answers : {"{}", kSeasonalOutsourcing, kOffshoreTeamOfYourOwn,
                                kReshoringManufacturing, R"({"local_talent": "unavailable"})"})
        starts.push_back(test::answersFrom(config, answers));

    SUBCASE("cost_priority") {
        for (const Answers& start : starts) {
            Answers answers = start;
            for (int level = 1; level < 5; ++level) {
                answers.values[costPriority] = level;
                const Scores before = score(config, answers);
                answers.values[costPriority] = level + 1;
                const Scores after = score(config, answers);
                for (int who = 0; who < 3; ++who) {
                    const int onshore = who * 3, offshore = who * 3 + 2;
                    INFO(answersToJson(config, answers) << "\n" << config.cells[offshore].id);
                    CHECK(after.fit[offshore] - after.fit[onshore] >=
                          before.fit[offshore] - before.fit[onshore] - 1e-9);
                }
            }
        }
    }

    SUBCASE("control") {
        for (const Answers& start : starts) {
            Answers answers = start;
            for (int level = 1; level < 5; ++level) {
                answers.values[control] = level;
                const Scores before = score(config, answers);
                answers.values[control] = level + 1;
                const Scores after = score(config, answers);
                for (int where = 0; where < 3; ++where) {
                    const int own = where, provider = 6 + where;
                    INFO(answersToJson(config, answers) << "\n" << config.cells[own].id);
                    CHECK(after.fit[own] - after.fit[provider] >=
                          before.fit[own] - before.fit[provider] - 1e-9);
                }
            }
        }
    }

    SUBCASE("and the steps are felt: cost priority 5 brings offshore closer than cost priority 1") {
        Answers answers = starts[0];
        answers.values[costPriority] = 1;
        const Scores low = score(config, answers);
        answers.values[costPriority] = 5;
        const Scores high = score(config, answers);
        const int ownOnshore = 0, ownOffshore = 2;
        CHECK(high.fit[ownOffshore] - high.fit[ownOnshore] >
              low.fit[ownOffshore] - low.fit[ownOnshore] + 1);
    }
}

TEST_CASE("§7.11 (money) home_country=gb prices in pounds with British salary levels") {
    const Config& config = test::shipped();
    const Answers us = test::answersFrom(config, R"({"function": "accounting", "team_size": 10})");
    const Answers gb = test::answersFrom(
        config, R"({"function": "accounting", "team_size": 10, "home_country": "gb"})");
    const Evaluation inDollars = evaluate(config, us), inPounds = evaluate(config, gb);
    CHECK(inDollars.costs.currency == "USD");
    CHECK(inPounds.costs.currency == "GBP");
    CHECK(formatMoney(config.numbers, inPounds.costs, 1234567).rfind("\xc2\xa3", 0) ==
          0);  // "£1.2M"
    CHECK(evaluationJson(config, gb, inPounds).find(R"("currency":"GBP")") != std::string::npos);
    // British pay: the accounting salary at the ONS level of pay, with British on-costs.
    const auto& countries = config.questions[config.known.homeCountry].options;
    int gbOption = -1;
    for (int o = 0; o < int(countries.size()); ++o)
        if (countries[o].value == "gb") gbOption = o;
    REQUIRE(gbOption >= 0);
    const Country& britain = config.costs.countryByOption[gbOption];
    REQUIRE(britain.currency == "GBP");
    CHECK(inPounds.costs.salary == doctest::Approx(inDollars.costs.salary * britain.salaryLevel));
    CHECK(inPounds.costs.salary < inDollars.costs.salary);
    const int inHouse = test::cellIndex(config, "own_onshore");
    CHECK(inPounds.costs.cells[inHouse].runPerYear ==
          doctest::Approx(10 * inPounds.costs.salary * britain.overheadMultiplier));
    SUBCASE("and the example countries of nearshore and offshore are those seen from there") {
        CHECK(britain.nearshore.find("Poland") != std::string::npos);
        CHECK(config.costs.countryByOption[0].nearshore.find("Mexico") != std::string::npos);
    }
}

TEST_CASE("§7.11 (money) the checklist quotes the cost of a hire in the home country's money") {
    const Config& config = test::shipped();
    const char* inHouse = R"({"function": "legal", "team_size": 3, "control": 5,
                              "collaboration": "realtime", "cost_priority": 1)";
    const Answers us = test::answersFrom(config, std::string(inHouse) + "}");
    const Answers gb =
        test::answersFrom(config, std::string(inHouse) + R"(, "home_country": "gb"})");
    const Evaluation inDollars = evaluate(config, us), inPounds = evaluate(config, gb);
    REQUIRE(inPounds.winner == test::cellIndex(config, "own_onshore"));
    REQUIRE(!inPounds.checklist.empty());
    REQUIRE(inPounds.checklist[0] == 0);  // "Hire and onboard the team at home"
    const double hire = inPounds.costs.values[static_cast<int>(CostParam::HiringCostPerFte)];
    CHECK(hire < 4700);
    const std::string json = evaluationJson(config, gb, inPounds);
    const std::string html = resultHtml(config, gb, inPounds, 2, true);
    CHECK(json.find('$') == std::string::npos);
    CHECK(html.find('$') == std::string::npos);
    CHECK(html.find("about " + formatMoney(config.numbers, inPounds.costs, hire) + " per hire") !=
          std::string::npos);
    CHECK(html.find("about \xc2\xa3") != std::string::npos);
    CHECK(evaluationJson(config, us, inDollars).find("about $4,700 per hire") != std::string::npos);
}
