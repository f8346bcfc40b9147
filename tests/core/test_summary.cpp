// The result in words for the page (summary.h): what screen readers and browsers without WebGL 2
// read, and what the live region says when the advice changes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "evaluate.h"
#include "format.h"
#include "report.h"
#include "summary.h"
#include "support.h"

using namespace advisor;

namespace {

// The reshoring case of the acceptance tests, with the work run by own staff offshore today.
constexpr const char* kReshoring =
    R"({"function": "manufacturing", "lead_time_sensitivity": "high", "offshore_cost_trend":
        "rising", "domestic_incentives": "yes", "current_model": "own_offshore"})";

}  // namespace

TEST_CASE("the summary names the best fit with its fit, then the first three, then the link") {
    const Config& config = test::shipped();
    const Evaluation e = evaluate(config, defaultAnswers(config));
    REQUIRE(e.winner >= 0);
    REQUIRE(e.ranking.size() >= 3);
    const ResultSummary summary = buildSummary(config, e, "", "https://a.example/#sa-x");
    CHECK(summary.heading == "Sourcing Advisor result");
    REQUIRE(summary.lines.size() == 5);
    const std::string name = config.cells[e.winner].name;
    const std::string fit = fitText(config.numbers, e.scores.fit[e.winner]);
    CHECK(summary.lines[0] == "Best fit: " + name + " (fit " + fit + " of 100).");
    for (int place = 0; place < 3; ++place) {
        const int cell = e.ranking[place];
        CHECK(summary.lines[1 + place] ==
              std::to_string(place + 1) + ". " + config.cells[cell].name + " (fit " +
                  fitText(config.numbers, e.scores.fit[cell]) + " of 100)");
    }
    CHECK(summary.lines[4] == "Share link: https://a.example/#sa-x");
    CHECK(summary.headline == name);
    CHECK(summary.announcement == "Best fit: " + name + ", fit " + fit + " of 100.");
}

TEST_CASE("a fit is written as the canvas writes it: one rounding, half away from zero") {
    // The page once rounded the state's one-decimal fit again (65.45 → 65.5 → 66) where the
    // canvas said 65: the summary now uses fitText on the fit itself.
    const Config& config = test::shipped();
    Evaluation e = evaluate(config, defaultAnswers(config));
    REQUIRE(e.winner >= 0);
    e.scores.fit[e.winner] = 65.45;
    const ResultSummary summary = buildSummary(config, e, "", "#sa-x");
    CHECK(summary.lines[0].find("(fit 65 of 100)") != std::string::npos);
    e.scores.fit[e.winner] = 64.5;
    CHECK(buildSummary(config, e, "", "#sa-x").lines[0].find("(fit 65 of 100)") !=
          std::string::npos);
}

TEST_CASE("a reshoring result is headed by its label, with the winner named once") {
    const Config& config = test::shipped();
    const Evaluation e = evaluate(config, test::answersFrom(config, kReshoring));
    REQUIRE(e.reshore);
    const ResultSummary summary = buildSummary(config, e, "", "#sa-x");
    CHECK(summary.headline == resultLabel(config, e));
    CHECK(summary.headline == config.reshore.label + ": " + config.cells[e.winner].name);
    CHECK(summary.lines[0].rfind("Best fit: " + summary.headline + " (fit ", 0) == 0);
    const std::string& name = config.cells[e.winner].name;
    CHECK(summary.lines[0].find(name) == summary.lines[0].rfind(name));  // not "X: X"
}

TEST_CASE("a notice comes before the link; no notice, no line") {
    const Config& config = test::shipped();
    const Evaluation e = evaluate(config, defaultAnswers(config));
    const ResultSummary with = buildSummary(config, e, "This link is damaged.", "#sa-x");
    const ResultSummary without = buildSummary(config, e, "", "#sa-x");
    REQUIRE(with.lines.size() == without.lines.size() + 1);
    CHECK(with.lines[with.lines.size() - 2] == "This link is damaged.");
    CHECK(with.lines.back() == "Share link: #sa-x");
}

TEST_CASE("with fewer than three models left, only those are listed; with none, it says so") {
    const Config& config = test::shipped();
    Evaluation e = evaluate(config, defaultAnswers(config));
    e.ranking.resize(1);
    CHECK(buildSummary(config, e, "", "#sa-x").lines.size() == 3);  // best, 1., link
    e.ranking.clear();
    e.winner = -1;
    const ResultSummary none = buildSummary(config, e, "", "#sa-x");
    REQUIRE(none.lines.size() == 2);
    CHECK(none.lines[0] == resultLabel(config, e) + ".");
    CHECK(none.announcement == resultLabel(config, e) + ".");
}

TEST_CASE("summaryJson carries the heading and the lines as text, hostile or not") {
    const Config& config = test::shipped();
    const Evaluation e = evaluate(config, defaultAnswers(config));
    const ResultSummary summary =
        buildSummary(config, e, "<img src=x onerror=alert(1)> \"quoted\"", "#sa-\xff");
    const nlohmann::json parsed = nlohmann::json::parse(summaryJson(summary), nullptr, false);
    REQUIRE(parsed.is_object());
    CHECK(parsed.size() == 2);
    CHECK(parsed["heading"] == summary.heading);
    REQUIRE(parsed["lines"].is_array());
    CHECK(parsed["lines"].size() == summary.lines.size());
    CHECK(parsed["lines"][summary.lines.size() - 2] == "<img src=x onerror=alert(1)> \"quoted\"");
    // A byte that is not UTF-8 is replaced, not a reason to fail (nor, in the browser, to abort).
    CHECK(parsed["lines"].back() == "Share link: #sa-\xef\xbf\xbd");
}
