// Numbers for people: one rounding rule, so that every surface prints the same figure.
#include <doctest/doctest.h>

#include <string>

#include "format.h"
#include "report.h"
#include "report_html.h"
#include "support.h"

using namespace advisor;

TEST_CASE("whole numbers round half away from zero, as the canvas and the summary do") {
    CHECK(wholeNumber(64.5) == "65");  // printf's "%.0f" gives "64" here: the bug this prevents
    CHECK(wholeNumber(65.5) == "66");
    CHECK(wholeNumber(65.49) == "65");
    CHECK(wholeNumber(-0.4) == "0");
    CHECK(wholeNumber(-2.5) == "-3");
    CHECK(fitText(72.5) == "73");
}

TEST_CASE("one decimal, with and without a sign") {
    CHECK(oneDecimal(2.45) == "2.5");
    CHECK(oneDecimal(0.25) == "0.3");
    CHECK(oneDecimal(-0.04) == "0.0");
    CHECK(oneDecimal(-1.25) == "-1.3");
    CHECK(oneDecimal(12) == "12.0");
    CHECK(signedOneDecimal(2.45) == "+2.5");
    CHECK(signedOneDecimal(-1) == "-1.0");
    CHECK(signedOneDecimal(0.01) == "0.0");
}

TEST_CASE("money is shortened to k and M without a 1000k") {
    CostView costs;
    costs.symbol = "$";
    CHECK(formatMoney(costs, 950) == "$950");
    CHECK(formatMoney(costs, 9999.4) == "$9999");
    CHECK(formatMoney(costs, 12500) == "$13k");
    CHECK(formatMoney(costs, 960000) == "$960k");
    CHECK(formatMoney(costs, 999600) == "$1.0M");
    CHECK(formatMoney(costs, 1250000) == "$1.3M");
    CHECK(formatMoney(costs, -42000) == "-$42k");
    CHECK(formatMoney(costs, -0.2) == "$0");
}

TEST_CASE("the text and HTML reports print the fit the canvas prints") {
    const Config& config = test::shipped();
    for (const char* answers : {"{}", R"({"function":"software_dev","team_size":40})",
                                R"({"workload":"seasonal","control":1,"cost_priority":5})"}) {
        INFO(answers);
        const Answers a = test::answersFrom(config, answers);
        const Evaluation e = evaluate(config, a);
        REQUIRE(e.winner >= 0);
        const std::string fit = fitText(e.scores.fit[e.winner]);
        CHECK(evaluationText(config, a, e).find("(fit " + fit + ",") != std::string::npos);
        CHECK(evaluationHtml(config, a, e, "", "").find("Fit " + fit + " of 100") !=
              std::string::npos);
    }
}
