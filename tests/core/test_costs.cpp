// The cost view (README, "The model"): the formula of costs.h checked by hand on small examples,
// the break-even month, the low–middle–high range, the horizon in years, and the clamping of a
// visitor's edits to the ranges the data file allows.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "costs.h"
#include "evaluate.h"
#include "support.h"

using namespace advisor;

namespace {

// Round numbers, so that every expected value below can be worked out on paper.
CostInputs paperInputs() {
    CostInputs in;
    in.salary = 50000;
    in.years = 3;
    auto set = [&](CostParam p, double value) { in.values[static_cast<int>(p)] = value; };
    set(CostParam::OverheadMultiplier, 1.5);
    set(CostParam::HiringCostPerFte, 5000);
    set(CostParam::LabourRatioNearshore, 0.6);
    set(CostParam::LabourRatioOffshore, 0.4);
    set(CostParam::FeeManaged, 0.25);
    set(CostParam::FeeProvider, 0.5);
    set(CostParam::ManagementOwnRemote, 0.1);
    set(CostParam::ManagementManaged, 0.05);
    set(CostParam::ManagementProvider, 0.1);
    set(CostParam::ProductivityLossOffshore, 0.1);
    set(CostParam::CommunicationPerFteRemote, 2000);
    set(CostParam::CaptiveSetupCost, 100000);
    set(CostParam::TransitionShare, 0.1);
    set(CostParam::RampMonthsHire, 2);
    set(CostParam::RampMonthsCaptive, 6);
    set(CostParam::RampMonthsManaged, 3);
    set(CostParam::RampMonthsProvider, 2);
    // Off in the hand-worked examples, checked on their own below.
    set(CostParam::CaptiveSetupPerFte, 0);
    set(CostParam::CaptiveFixedPerYear, 0);
    set(CostParam::ArrangementFixedPerYear, 0);
    set(CostParam::ProviderEfficiency, 1);
    set(CostParam::HiresPerMonthOwn, 0);
    set(CostParam::HiresPerMonthProvider, 0);
    set(CostParam::OffshoreCostGrowth, 0);
    set(CostParam::DomesticIncentiveShare, 0);
    return in;
}

double param(const CostInputs& in, CostParam p) {
    return in.values[static_cast<int>(p)];
}

constexpr double kCent = 0.005;

}  // namespace

TEST_CASE("costs follow the formula of costs.h (worked by hand: salary 50,000, one FTE)") {
    const Config& config = test::shipped();
    const int ownOnshore = test::cellIndex(config, "own_onshore");
    const int ownOffshore = test::cellIndex(config, "own_offshore");
    const int managedOffshore = test::cellIndex(config, "managed_offshore");
    const int providerOnshore = test::cellIndex(config, "provider_onshore");
    const int providerOffshore = test::cellIndex(config, "provider_offshore");
    const CostInputs in = paperInputs();

    SUBCASE("when nothing runs today") {
        const CostView view =
            computeCosts(config, test::answersFrom(config, R"({"team_size": 1})"), in);
        CHECK(view.years == 3);
        CHECK(view.fte == 1);
        CHECK(view.salary == 50000);
        CHECK(view.baseline == ownOnshore);
        CHECK_FALSE(view.baselineRuns);

        // In-house: loaded = 50,000 × 1.5 = 75,000 a year; set-up = hiring one person, 5,000.
        const CellCost& inHouse = view.cells[ownOnshore];
        CHECK(inHouse.runPerYear == doctest::Approx(75000));
        CHECK(inHouse.setup == doctest::Approx(5000));
        CHECK(inHouse.cumulative[0] == doctest::Approx(80000));
        CHECK(inHouse.cumulative[2] == doctest::Approx(230000));
        CHECK(inHouse.savings == doctest::Approx(0));
        CHECK(inHouse.breakEvenMonth == 0);

        // Managed offshore: 75,000 × 0.4 × (1 + 0.25) × (1 + 0.05 + 0.1) + 2,000 = 45,125 a year;
        // set-up = transition 0.1 × 45,125 = 4,512.50.
        const CellCost& managed = view.cells[managedOffshore];
        CHECK(managed.runPerYear == doctest::Approx(45125));
        CHECK(managed.setup == doctest::Approx(4512.5));
        CHECK(managed.cumulative[0] == doctest::Approx(4512.5 + 45125));
        CHECK(managed.cumulative[2] == doctest::Approx(4512.5 + 3 * 45125));
        CHECK(managed.savings == doctest::Approx(230000 - (4512.5 + 3 * 45125)));
        // Less set-up than hiring at home and cheaper every month: cheaper from the start.
        CHECK(managed.breakEvenMonth == 0);

        // Nearshore loses half the offshore productivity loss: 75,000 × 0.6 × (1 + 0.25)
        // × (1 + 0.05 + 0.05) + 2,000 = 63,875 a year.
        CHECK(view.cells[test::cellIndex(config, "managed_nearshore")].runPerYear ==
              doctest::Approx(63875));

        // A captive centre offshore: 75,000 × 0.4 × (1 + 0.1 + 0.1) + 2,000 = 38,000 a year;
        // set-up = hiring 5,000 × 0.4 + centre 100,000 + transition 0.1 × 38,000 = 105,800.
        const CellCost& captive = view.cells[ownOffshore];
        CHECK(captive.runPerYear == doctest::Approx(38000));
        CHECK(captive.setup == doctest::Approx(105800));
        CHECK(captive.cumulative[1] == doctest::Approx(105800 + 2 * 38000));

        // Its extra set-up (105,800 − 5,000) is earned back at (75,000 − 38,000) / 12 a month:
        // the first month at whose end it has cost no more than the in-house team.
        const double monthlySaving = (inHouse.runPerYear - captive.runPerYear) / 12;
        const int expected = int(std::ceil((captive.setup - inHouse.setup) / monthlySaving));
        CHECK(expected == 33);
        CHECK(captive.breakEvenMonth == expected);

        // Domestic outsourcing: 75,000 × (1 + 0.5) × (1 + 0.1) = 123,750 a year: never cheaper.
        CHECK(view.cells[providerOnshore].runPerYear == doctest::Approx(123750));
        CHECK(view.cells[providerOnshore].setup == doctest::Approx(12375));
        CHECK(view.cells[providerOnshore].breakEvenMonth == -1);
        CHECK(view.cells[providerOnshore].savings < 0);
    }

    SUBCASE("the break-even month lies beyond a horizon too short to earn the set-up back") {
        CostInputs oneYear = in;
        oneYear.years = 1;
        const CostView view =
            computeCosts(config, test::answersFrom(config, R"({"team_size": 1})"), oneYear);
        CHECK(view.years == 1);
        CHECK(view.cells[ownOffshore].breakEvenMonth == -1);
        CHECK(view.cells[ownOffshore].savings == doctest::Approx(80000 - (105800 + 38000)));
        CHECK(view.cells[managedOffshore].breakEvenMonth == 0);
    }

    SUBCASE("with more people the captive centre pays back sooner") {
        const CostView view =
            computeCosts(config, test::answersFrom(config, R"({"team_size": 20})"), in);
        // In-house: 20 × 75,000 a year, set-up 20 × 5,000. Captive: 20 × 38,000 a year,
        // set-up 20 × 2,000 + 100,000 + 0.1 × 760,000 = 216,000.
        CHECK(view.cells[ownOffshore].runPerYear == doctest::Approx(760000));
        CHECK(view.cells[ownOffshore].setup == doctest::Approx(216000));
        const double monthlySaving = (20 * 75000.0 - 760000.0) / 12;
        const int expected = int(std::ceil((216000 - 100000) / monthlySaving));
        CHECK(expected == 2);
        CHECK(view.cells[ownOffshore].breakEvenMonth == expected);
    }

    SUBCASE("when the work is outsourced offshore today") {
        // Today's arrangement costs 75,000 × 0.4 × (1 + 0.5) × (1 + 0.1 + 0.1) + 2,000 = 56,000 a
        // year and needs no set-up; any other cell pays its set-up, and today's arrangement runs
        // on beside it during its ramp-up.
        const CostView view = computeCosts(
            config,
            test::answersFrom(config, R"({"team_size": 1, "current_model": "provider_offshore"})"),
            in);
        const CellCost& today = view.cells[providerOffshore];
        CHECK(today.runPerYear == doctest::Approx(56000));
        CHECK(today.setup == doctest::Approx(0));
        CHECK(today.cumulative[0] == doctest::Approx(56000));
        CHECK(today.cumulative[2] == doctest::Approx(168000));

        CHECK(view.baseline == providerOffshore);
        CHECK(view.baselineRuns);

        // In-house: hiring 5,000 and the transition of a move, 0.1 × 75,000; then 75,000 a year,
        // with today's 56,000 a year beside it during the two months of hiring.
        const double overlap = 56000 * 2 / 12.0;
        const CellCost& inHouse = view.cells[ownOnshore];
        CHECK(inHouse.setup == doctest::Approx(5000 + 7500 + overlap));
        CHECK(inHouse.cumulative[0] == doctest::Approx(12500 + 75000 + overlap));
        CHECK(inHouse.cumulative[2] == doctest::Approx(12500 + 3 * 75000 + overlap));

        // Managed offshore: set-up 4,512.50 and three months of overlap.
        const CellCost& managed = view.cells[managedOffshore];
        CHECK(managed.cumulative[0] == doctest::Approx(4512.5 + 45125 + 56000 * 3 / 12.0));
        // Savings and break-even are measured against what runs today.
        CHECK(today.breakEvenMonth == 0);
        CHECK(today.savings == doctest::Approx(0));
        CHECK(inHouse.savings == doctest::Approx(168000 - inHouse.cumulative[2]));
        CHECK(inHouse.breakEvenMonth == -1);
    }

    SUBCASE("for seasonal work a provider bills the busy share, a managed team flexes halfway") {
        // Busy share 0.4: a provider is paid for 0.4 of the year, a managed team (1 + 0.4) / 2 =
        // 0.7, your own staff all year.
        CostInputs seasonal = in;
        seasonal.busyShare = 0.4;
        const CostView view = computeCosts(
            config, test::answersFrom(config, R"({"team_size": 1, "workload": "seasonal"})"),
            seasonal);
        CHECK(view.cells[ownOnshore].runPerYear == doctest::Approx(75000));
        CHECK(view.cells[ownOffshore].runPerYear == doctest::Approx(38000));
        // 75,000 × (1 + 0.5) × 0.4 × (1 + 0.1) = 49,500, set-up 0.1 × 49,500.
        CHECK(view.cells[providerOnshore].runPerYear == doctest::Approx(49500));
        CHECK(view.cells[providerOnshore].setup == doctest::Approx(4950));
        // 75,000 × 0.4 × (1 + 0.25) × 0.7 × (1 + 0.05 + 0.1) + 2,000 = 32,187.50.
        CHECK(view.cells[managedOffshore].runPerYear == doctest::Approx(32187.5));
        // Cheaper than hiring at home now: 4,950 + 49,500 × m / 12 against 5,000 + 75,000 × m / 12.
        CHECK(view.cells[providerOnshore].breakEvenMonth == 0);
    }

    SUBCASE("the range scales each edited value by the data file's low and high") {
        // Only the overhead multiplier matters for an in-house team of one, with no one today.
        const Config& c = config;
        const CostView view = computeCosts(c, test::answersFrom(c, R"({"team_size": 1})"), in);
        const CostParameter& overhead =
            c.costs.parameters[static_cast<int>(CostParam::OverheadMultiplier)];
        const CostParameter& hiring =
            c.costs.parameters[static_cast<int>(CostParam::HiringCostPerFte)];
        const double lowLoaded = 50000 * 1.5 * overhead.low / overhead.value;
        const double highLoaded = 50000 * 1.5 * overhead.high / overhead.value;
        CHECK(view.cells[ownOnshore].cumulativeLow[0] ==
              doctest::Approx(5000 * hiring.low / hiring.value + lowLoaded));
        CHECK(view.cells[ownOnshore].cumulativeHigh[2] ==
              doctest::Approx(5000 * hiring.high / hiring.value + 3 * highLoaded));
    }

    SUBCASE("the salary applies per FTE, and the cost grows with it") {
        const Answers one = test::answersFrom(config, R"({"team_size": 1})");
        const Answers ten = test::answersFrom(config, R"({"team_size": 10})");
        const CostView a = computeCosts(config, one, in);
        const CostView b = computeCosts(config, ten, in);
        for (int c = 0; c < kCellCount; ++c) {
            INFO(config.cells[c].id);
            CHECK(b.cells[c].runPerYear == doctest::Approx(10 * a.cells[c].runPerYear));
        }
        CostInputs richer = in;
        richer.salary = 60000;
        const CostView d = computeCosts(config, one, richer);
        CHECK(d.cells[ownOnshore].runPerYear == doctest::Approx(90000));
        for (int c = 0; c < kCellCount; ++c) CHECK(d.cells[c].runPerYear > a.cells[c].runPerYear);
    }
}

TEST_CASE("the cost view of any answer set is consistent") {
    const Config& config = test::shipped();
    test::Random random(99);
    for (int n = 0; n < 600; ++n) {
        const Answers answers = test::randomAnswers(config, random);
        const Evaluation e = evaluate(config, answers);
        const CostView& view = e.costs;
        const CellCost& baseline = view.cells[view.baseline];
        INFO(answersToJson(config, answers));
        REQUIRE(view.years >= 1);
        REQUIRE(view.years <= kMaxYears);
        CHECK(view.fte == answers.values[config.known.teamSize]);
        for (int c = 0; c < kCellCount; ++c) {
            const CellCost& cost = view.cells[c];
            INFO(config.cells[c].id);
            CHECK(cost.setup >= 0);
            CHECK(cost.runPerYear > 0);
            for (int y = 0; y < view.years; ++y) {
                INFO("year " << y + 1);
                CHECK(cost.cumulativeLow[y] <= cost.cumulative[y] + kCent);
                CHECK(cost.cumulative[y] <= cost.cumulativeHigh[y] + kCent);
                if (y > 0) {
                    CHECK(cost.cumulative[y] > cost.cumulative[y - 1]);
                    CHECK(cost.cumulativeLow[y] > cost.cumulativeLow[y - 1]);
                    CHECK(cost.cumulativeHigh[y] > cost.cumulativeHigh[y - 1]);
                }
            }
            const int last = view.years - 1;
            CHECK(cost.savings ==
                  doctest::Approx(baseline.cumulative[last] - cost.cumulative[last]));
            CHECK(cost.savingsLow <= cost.savings + kCent);
            CHECK(cost.savings <= cost.savingsHigh + kCent);
            // Break-even: −1 exactly when still behind at the horizon; from the month it names on,
            // never behind again (checked at each year's end).
            CHECK(cost.breakEvenMonth >= -1);
            CHECK(cost.breakEvenMonth <= 12 * view.years);
            CHECK((cost.breakEvenMonth == -1) == (cost.savings < -kCent));
            if (cost.breakEvenMonth >= 0)
                for (int y = 0; y < view.years; ++y)
                    if (12 * (y + 1) >= cost.breakEvenMonth) {
                        INFO("year " << y + 1);
                        CHECK(cost.cumulative[y] <= baseline.cumulative[y] + kCent);
                    }
        }
    }
}

TEST_CASE("the horizon answer sets the years of the cost view") {
    const Config& config = test::shipped();
    const struct {
        const char* horizon;
        int years;
    } cases[] = {{"short", 1}, {"medium", 3}, {"long", 5}};
    for (const auto& c : cases) {
        INFO(c.horizon);
        const Answers answers =
            test::answersFrom(config, std::string(R"({"horizon": ")") + c.horizon + "\"}");
        CHECK(defaultCostInputs(config, answers).years == c.years);
        CHECK(evaluate(config, answers).costs.years == c.years);
    }
}

TEST_CASE("the default busy share follows the workload") {
    const Config& config = test::shipped();
    const int workload = test::questionIndex(config, "workload");
    REQUIRE(config.costs.busyShareByOption.size() == config.questions[workload].options.size());
    double steady = 0;
    for (int o = 0; o < int(config.questions[workload].options.size()); ++o) {
        Answers answers = defaultAnswers(config);
        answers.values[workload] = o;
        const std::string& value = config.questions[workload].options[o].value;
        INFO(value);
        const CostInputs in = defaultCostInputs(config, answers);
        CHECK(in.busyShare == config.costs.busyShareByOption[o].value);
        CHECK(in.busyShare > 0);
        CHECK(in.busyShare <= 1);
        if (value == "steady") steady = in.busyShare;
    }
    CHECK(steady == 1.0);  // steady work needs the team all year
}

TEST_CASE("the default salary follows the function") {
    const Config& config = test::shipped();
    const int function = test::questionIndex(config, "function");
    for (int o = 0; o < int(config.questions[function].options.size()); ++o) {
        Answers answers = defaultAnswers(config);
        answers.values[function] = o;
        INFO(config.questions[function].options[o].value);
        const CostInputs in = defaultCostInputs(config, answers);
        CHECK(in.salary == config.costs.salaryByOption[o].value);
        CHECK(in.salary >= 1000);
        CHECK(evaluate(config, answers).costs.salary == in.salary);
    }
}

TEST_CASE("clampCostInputs keeps a visitor's edits within the data file's ranges") {
    const Config& config = test::shipped();
    const CostInputs defaults = defaultCostInputs(config, defaultAnswers(config));
    const CostParameter& overhead =
        config.costs.parameters[static_cast<int>(CostParam::OverheadMultiplier)];
    const CostParameter& ratio =
        config.costs.parameters[static_cast<int>(CostParam::LabourRatioOffshore)];
    const CostParameter& captive =
        config.costs.parameters[static_cast<int>(CostParam::CaptiveSetupCost)];
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();

    SUBCASE("the defaults are left alone") {
        CostInputs in = defaults;
        CHECK_FALSE(clampCostInputs(config, in));
        CHECK(in.values == defaults.values);
        CHECK(in.salary == defaults.salary);
        CHECK(in.years == defaults.years);
    }

    SUBCASE("values out of range are brought to the nearest bound") {
        CostInputs in = defaults;
        in.values[static_cast<int>(CostParam::OverheadMultiplier)] = 10;
        in.values[static_cast<int>(CostParam::LabourRatioOffshore)] = -1;
        in.values[static_cast<int>(CostParam::CaptiveSetupCost)] = infinity;
        in.salary = 1e12;
        in.busyShare = 3;
        in.years = 0;
        CHECK(clampCostInputs(config, in));
        CHECK(param(in, CostParam::OverheadMultiplier) == overhead.max);
        CHECK(param(in, CostParam::LabourRatioOffshore) == ratio.min);
        CHECK(param(in, CostParam::CaptiveSetupCost) == captive.max);
        CHECK(in.salary == 10000000);
        CHECK(in.busyShare == 1);
        CHECK(in.years == 1);
        in.years = 11;
        CHECK(clampCostInputs(config, in));
        CHECK(in.years == 10);
    }

    SUBCASE("NaN becomes the lowest allowed value") {
        CostInputs in = defaults;
        in.values[static_cast<int>(CostParam::OverheadMultiplier)] = nan;
        in.salary = nan;
        in.busyShare = nan;
        CHECK(clampCostInputs(config, in));
        CHECK(param(in, CostParam::OverheadMultiplier) == overhead.min);
        CHECK(in.salary == 1000);
        CHECK(in.busyShare == doctest::Approx(0.05));
        CHECK_FALSE(clampCostInputs(config, in));  // clamped inputs stay as they are
    }

    SUBCASE("clamped inputs give finite costs") {
        CostInputs in = defaults;
        for (double& v : in.values) v = nan;
        in.salary = -infinity;
        in.busyShare = nan;
        clampCostInputs(config, in);
        const Answers answers = defaultAnswers(config);
        const Evaluation e = evaluate(config, answers, &in);
        for (int c = 0; c < kCellCount; ++c) {
            INFO(config.cells[c].id);
            for (int y = 0; y < e.costs.years; ++y) {
                CHECK(std::isfinite(e.costs.cells[c].cumulative[y]));
                CHECK(std::isfinite(e.costs.cells[c].cumulativeLow[y]));
                CHECK(std::isfinite(e.costs.cells[c].cumulativeHigh[y]));
            }
        }
    }
}

TEST_CASE(
    "scale, fixed costs, efficiency, rising offshore costs and domestic incentives (worked by "
    "hand)") {
    const Config& config = test::shipped();
    const int ownOnshore = test::cellIndex(config, "own_onshore");
    const int ownOffshore = test::cellIndex(config, "own_offshore");
    const int managedOffshore = test::cellIndex(config, "managed_offshore");
    const int providerOnshore = test::cellIndex(config, "provider_onshore");
    auto with = [](CostInputs in, CostParam p, double value) {
        in.values[static_cast<int>(p)] = value;
        return in;
    };
    const CostInputs in = paperInputs();
    const Answers ten = test::answersFrom(config, R"({"team_size": 10})");

    SUBCASE("a centre of your own abroad pays for each seat and runs a local entity every year") {
        const CostInputs seats = with(with(in, CostParam::CaptiveSetupPerFte, 4000),
                                      CostParam::CaptiveFixedPerYear, 120000);
        const CostView view = computeCosts(config, ten, seats);
        // Run: 10 × 38,000 + 120,000 fixed; set-up: 10 × 2,000 hiring + 100,000 + 10 × 4,000 seats
        // + transition 0.1 × 380,000.
        CHECK(view.cells[ownOffshore].runPerYear == doctest::Approx(380000 + 120000));
        CHECK(view.cells[ownOffshore].fixedPerYear == doctest::Approx(120000));
        CHECK(view.cells[ownOffshore].setup == doctest::Approx(20000 + 100000 + 40000 + 38000));
        CHECK(view.cells[ownOffshore].cumulative[2] == doctest::Approx(198000 + 3 * 500000));
        // In-house has neither.
        CHECK(view.cells[ownOnshore].fixedPerYear == 0);
    }

    SUBCASE(
        "a provider arrangement has a fixed cost of governance, and a specialist needs fewer "
        "hours") {
        const CostInputs governed = with(with(in, CostParam::ArrangementFixedPerYear, 3000),
                                         CostParam::ProviderEfficiency, 0.8);
        const CostView view = computeCosts(config, ten, governed);
        // 10 × 75,000 × 1.5 × 0.8 × 1.1 = 990,000, plus 3,000.
        CHECK(view.cells[providerOnshore].runPerYear == doctest::Approx(990000 + 3000));
        // A managed team is your own hours directed by you: no efficiency, the same governance.
        CHECK(view.cells[managedOffshore].runPerYear == doctest::Approx(10 * 45125 + 3000));
    }

    SUBCASE("a larger team takes longer to hire, at your own pace or a provider's") {
        const CostInputs paced =
            with(with(in, CostParam::HiresPerMonthOwn, 10), CostParam::HiresPerMonthProvider, 30);
        Answers answers = test::answersFrom(config, R"({"team_size": 31})");
        const CostView view = computeCosts(config, answers, paced);
        CHECK(view.cells[ownOnshore].rampMonths == doctest::Approx(2 + 30 / 10.0));
        CHECK(view.cells[ownOffshore].rampMonths == doctest::Approx(6 + 30 / 10.0));
        CHECK(view.cells[managedOffshore].rampMonths == doctest::Approx(3 + 30 / 30.0));
        CHECK(view.cells[providerOnshore].rampMonths == doctest::Approx(2 + 30 / 30.0));
    }

    SUBCASE(
        "rising offshore costs raise foreign labour cost each year, nearshore at half the rate") {
        const CostInputs rising = with(in, CostParam::OffshoreCostGrowth, 0.1);
        Answers answers = test::answersFrom(
            config,
            R"({"team_size": 1, "function": "manufacturing", "offshore_cost_trend": "rising"})");
        const CostView view = computeCosts(config, answers, rising);
        // Captive offshore: labour 75,000 × 0.4 × 1.2 = 36,000, then 39,600, then 43,560; 2,000
        // communication a year does not rise.
        const CellCost& captive = view.cells[ownOffshore];
        CHECK(captive.cumulative[0] == doctest::Approx(105800 + 38000));
        CHECK(captive.cumulative[2] == doctest::Approx(105800 + 36000 + 39600 + 43560 + 3 * 2000));
        // At home nothing rises.
        CHECK(view.cells[ownOnshore].cumulative[2] == doctest::Approx(5000 + 3 * 75000));
        // Stable costs leave it flat.
        const CostView stable = computeCosts(
            config, test::answersFrom(config, R"({"team_size": 1, "function": "manufacturing"})"),
            rising);
        CHECK(stable.cells[ownOffshore].cumulative[2] == doctest::Approx(105800 + 3 * 38000));
    }

    SUBCASE("domestic incentives lower the cost of the work at home") {
        const CostInputs incentives = with(in, CostParam::DomesticIncentiveShare, 0.1);
        Answers answers = test::answersFrom(
            config,
            R"({"team_size": 1, "function": "manufacturing", "domestic_incentives": "yes"})");
        const CostView view = computeCosts(config, answers, incentives);
        CHECK(view.cells[ownOnshore].runPerYear == doctest::Approx(75000 * 0.9));
        CHECK(view.cells[ownOffshore].runPerYear == doctest::Approx(38000));
    }
}
