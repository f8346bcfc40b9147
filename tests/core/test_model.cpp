// The principles of sound advice (the second edition of the model), checked as properties over
// generated answer sets: monotone in every ordered answer, what runs today never loses by
// running, score and cost view telling one story, no argument twice, no reason against an
// answer, every model winning somewhere and none most of the time, who and where as two
// decisions, preferences before facts.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "evaluate.h"
#include "report.h"
#include "support.h"

using namespace advisor;

namespace {

constexpr double kNoise = 1e-9;

const std::vector<Answers>& generated() {
    static const std::vector<Answers> sets = [] {
        test::Random random(20261202);
        std::vector<Answers> out;
        for (int n = 0; n < test::kGeneratedAnswerSets; ++n)
            out.push_back(test::randomAnswers(test::shipped(), random));
        return out;
    }();
    return sets;
}

// The generated sets with nothing running today.
std::vector<Answers> withNothingRunning() {
    const Config& config = test::shipped();
    std::vector<Answers> out = generated();
    for (Answers& answers : out) answers.values[config.known.currentModel] = 0;
    return out;
}

bool excluded(const Scores& s, int cell) {
    return (s.excluded >> cell) & 1u;
}

int cellOf(Who who, Where where) {
    return int(who) * 3 + int(where);
}

// For every generated answer set where `question` can take one more step, checks that the step
// never moves `favoured` down against `other` (excluded cells count as moved down).
struct Only {
    bool stableCosts = false;     // offshore costs not rising
    bool nothingRunning = false;  // nothing runs today
};

template <typename Pairs>
void checkStepFavours(const char* questionId, Pairs pairs, Only only = {}) {
    const Config& config = test::shipped();
    const int q = test::questionIndex(config, questionId);
    const Question& question = config.questions[q];
    const int top =
        question.type == Question::Type::Choice ? int(question.options.size()) - 1 : question.max;
    int compared = 0;
    for (Answers answers : generated()) {
        if (answers.values[q] == top || !isAsked(config, answers, q)) continue;
        if (only.stableCosts && config.known.offshoreCostTrend >= 0)
            answers.values[config.known.offshoreCostTrend] = 0;
        if (only.nothingRunning) answers.values[config.known.currentModel] = 0;
        const Scores before = score(config, answers);
        ++answers.values[q];
        const Scores after = score(config, answers);
        for (const auto& pair : pairs) {
            const int favoured = pair.first, other = pair.second;
            if (excluded(before, favoured) || excluded(before, other) || excluded(after, other))
                continue;
            if (excluded(after, favoured)) continue;  // an exclusion is checked where it is wanted
            ++compared;
            INFO(questionId << " one step up, after: " << answersToJson(config, answers) << "\n"
                            << config.cells[favoured].id << " against " << config.cells[other].id);
            CHECK(after.fit[favoured] - after.fit[other] >=
                  before.fit[favoured] - before.fit[other] - kNoise);
        }
    }
    CHECK(compared > 0);
}

std::vector<std::pair<int, int>> sameWho(Where favoured, Where other) {
    std::vector<std::pair<int, int>> pairs;
    for (int who = 0; who < 3; ++who)
        pairs.push_back({cellOf(Who(who), favoured), cellOf(Who(who), other)});
    return pairs;
}

std::vector<std::pair<int, int>> sameWhere(Who favoured, Who other) {
    std::vector<std::pair<int, int>> pairs;
    for (int where = 0; where < 3; ++where)
        pairs.push_back({cellOf(favoured, Where(where)), cellOf(other, Where(where))});
    return pairs;
}

template <typename... Lists>
std::vector<std::pair<int, int>> joined(Lists... lists) {
    std::vector<std::pair<int, int>> out;
    (out.insert(out.end(), lists.begin(), lists.end()), ...);
    return out;
}

}  // namespace

TEST_CASE(
    "monotone: stricter data never raises a provider against your own staff in the same place, nor "
    "a foreign cell against the onshore cell of the same who") {
    checkStepFavours("data_sensitivity", joined(sameWhere(Who::Own, Who::Provider),
                                                sameWhere(Who::Managed, Who::Provider),
                                                sameWho(Where::Onshore, Where::Nearshore),
                                                sameWho(Where::Onshore, Where::Offshore)));
    SUBCASE("and the strictest step, data residency, excludes every cell abroad") {
        const Config& config = test::shipped();
        Answers answers = test::answersFrom(config, R"({"data_sensitivity": "residency"})");
        const Scores s = score(config, answers);
        for (int c = 0; c < kCellCount; ++c)
            CHECK(excluded(s, c) == (config.cells[c].where != Where::Onshore));
    }
}

TEST_CASE(
    "monotone: more control never lowers your own staff or a managed team against a provider in "
    "the same place") {
    checkStepFavours("control", joined(sameWhere(Who::Own, Who::Provider),
                                       sameWhere(Who::Managed, Who::Provider)));
}

TEST_CASE(
    "monotone: a higher cost priority never lowers a cheaper place against a dearer one of the "
    "same who") {
    checkStepFavours("cost_priority", joined(sameWho(Where::Offshore, Where::Onshore),
                                             sameWho(Where::Nearshore, Where::Onshore)));
}

TEST_CASE(
    "monotone: a longer horizon never lowers a centre of your own abroad to be set up, whose "
    "set-up it repays, against a managed team or a provider in the same place") {
    std::vector<std::pair<int, int>> pairs;
    for (Where where : {Where::Nearshore, Where::Offshore})
        for (Who other : {Who::Managed, Who::Provider})
            pairs.push_back({cellOf(Who::Own, where), cellOf(other, where)});
    checkStepFavours("horizon", pairs, Only{true, true});
}

TEST_CASE(
    "monotone: more experience with remote teams never lowers a cell abroad against the onshore "
    "cell of the same who") {
    checkStepFavours("remote_experience", joined(sameWho(Where::Nearshore, Where::Onshore),
                                                 sameWho(Where::Offshore, Where::Onshore)));
}

TEST_CASE(
    "monotone: a bigger upfront budget never lowers a centre of your own abroad to be set up "
    "against a managed team or a provider in the same place") {
    std::vector<std::pair<int, int>> pairs;
    for (Where where : {Where::Nearshore, Where::Offshore})
        for (Who other : {Who::Managed, Who::Provider})
            pairs.push_back({cellOf(Who::Own, where), cellOf(other, where)});
    checkStepFavours("upfront_budget", pairs, Only{false, true});
}

TEST_CASE(
    "monotone: more time to start never lowers a centre of your own abroad to be set up, the "
    "slowest start, against any other cell") {
    std::vector<std::pair<int, int>> pairs;
    for (Where where : {Where::Nearshore, Where::Offshore})
        for (int other = 0; other < kCellCount; ++other)
            if (other != cellOf(Who::Own, where)) pairs.push_back({cellOf(Who::Own, where), other});
    checkStepFavours("start_within", pairs, Only{false, true});
}

TEST_CASE(
    "running a model today never lowers it against any other model, and the cost view compares "
    "with it") {
    const Config& config = test::shipped();
    const int currentModel = config.known.currentModel;
    for (const Answers& none : withNothingRunning()) {
        const Scores before = score(config, none);
        for (int cell = 0; cell < kCellCount; ++cell) {
            Answers running = none;
            running.values[currentModel] = 1 + cell;  // option 0 is "none", then the cells in order
            REQUIRE(answerText(config, running, currentModel) == config.cells[cell].id);
            const Scores after = score(config, running);
            INFO(answersToJson(config, running));
            for (int other = 0; other < kCellCount; ++other) {
                if (other == cell) continue;
                CHECK(after.fit[cell] - after.fit[other] >=
                      before.fit[cell] - before.fit[other] - kNoise);
            }
            if (before.winner == cell) CHECK(after.winner == cell);
        }
    }
    SUBCASE("the baseline of the cost view is what runs today, with no set-up and no ramp-up") {
        Answers answers =
            test::answersFrom(config, R"({"current_model": "managed_offshore", "team_size": 40})");
        const Evaluation e = evaluate(config, answers);
        const int managedOffshore = test::cellIndex(config, "managed_offshore");
        CHECK(e.costs.baseline == managedOffshore);
        CHECK(e.costs.baselineRuns);
        CHECK(e.costs.cells[managedOffshore].setup == 0);
        CHECK(e.costs.cells[managedOffshore].rampMonths == 0);
        CHECK(e.costs.cells[managedOffshore].savings == 0);
        CHECK(evaluationJson(config, answers, e).find(R"("baseline":"managed_offshore")") !=
              std::string::npos);
    }
    SUBCASE("with nothing running, the baseline is a new in-house team, set-up included") {
        const Evaluation e = evaluate(config, defaultAnswers(config));
        CHECK(e.costs.baseline == test::cellIndex(config, "own_onshore"));
        CHECK_FALSE(e.costs.baselineRuns);
        CHECK(e.costs.cells[e.costs.baseline].setup > 0);
    }
}

TEST_CASE("what runs today stays the advice unless a switch gains more than the stay margin") {
    const Config& config = test::shipped();
    int stays = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        INFO(answersToJson(config, answers));
        const int current = e.current;
        if (current < 0 || excluded(e.scores, current)) {
            CHECK_FALSE(e.stay);
            continue;
        }
        int best = -1;
        for (int c = 0; c < kCellCount; ++c)
            if (!excluded(e.scores, c) && (best < 0 || e.scores.fit[c] > e.scores.fit[best]))
                best = c;
        const bool switchPays =
            e.scores.fit[best] - e.scores.fit[current] >= config.model.stayMargin;
        CHECK(e.winner == (switchPays ? best : current));
        CHECK(e.stay == (!switchPays && best != current));
        if (e.stay) {
            ++stays;
            CHECK(e.stayText.find(config.cells[current].name) != std::string::npos);
            CHECK(e.margin > -config.model.stayMargin);
        }
    }
    CHECK(stays > 0);
}

TEST_CASE(
    "score and cost view tell one story: at equal money weights, the money criteria rank the cells "
    "as their total cost does") {
    const Config& config = test::shipped();
    const int labour = config.criterionIndex("cost_savings"),
              commitment = config.criterionIndex("upfront");
    REQUIRE(config.criteria[labour].computed == Computed::LabourCost);
    REQUIRE(config.criteria[commitment].computed == Computed::Commitment);
    int compared = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        const int last = e.costs.years - 1;
        for (int a = 0; a < kCellCount; ++a)
            for (int b = 0; b < kCellCount; ++b) {
                auto unclamped = [&](int c) {
                    return e.profiles[c][labour] >= 0 && e.profiles[c][labour] <= 10 &&
                           e.profiles[c][commitment] >= 0 && e.profiles[c][commitment] <= 10;
                };
                if (a == b || !unclamped(a) || !unclamped(b)) continue;
                const double money = e.profiles[a][labour] + e.profiles[a][commitment] -
                                     e.profiles[b][labour] - e.profiles[b][commitment];
                const double cheaper =
                    e.costs.cells[b].cumulative[last] - e.costs.cells[a].cumulative[last];
                if (std::fabs(cheaper) < 1) continue;
                ++compared;
                INFO(answersToJson(config, answers)
                     << "\n"
                     << config.cells[a].id << " vs " << config.cells[b].id);
                CHECK((money > 0) == (cheaper > 0));
            }
    }
    CHECK(compared > 1000);
}

TEST_CASE("every model wins for some random answers and none for most (nothing running today)") {
    const Config& config = test::shipped();
    std::vector<int> wins(kCellCount, 0);
    const auto sets = withNothingRunning();
    for (const Answers& answers : sets) {
        const Scores s = score(config, answers);
        if (s.winner >= 0) ++wins[s.winner];
    }
    for (int c = 0; c < kCellCount; ++c) {
        const double share = double(wins[c]) / double(sets.size());
        INFO(config.cells[c].id << " wins " << 100 * share << " %");
        CHECK(share >= 0.01);
        CHECK(share <= 0.35);
    }
}

TEST_CASE("no cell is dominated: each beats each other cell on some criterion of its profile") {
    const Config& config = test::shipped();
    for (int a = 0; a < kCellCount; ++a)
        for (int b = 0; b < kCellCount; ++b) {
            if (a == b) continue;
            bool better = false;
            for (std::size_t k = 0; k < config.criteria.size(); ++k)
                better = better || (config.criteria[k].computed == Computed::None &&
                                    config.cells[a].profile[k] > config.cells[b].profile[k]);
            INFO(config.cells[a].id << " is nowhere better than " << config.cells[b].id);
            CHECK(better);
        }
    SUBCASE(
        "owning a centre abroad: more control and know-how and the lowest run cost at scale, "
        "against the highest set-up and the slowest start") {
        const Answers answers =
            test::answersFrom(config, R"({"team_size": 300, "horizon": "long"})");
        const Evaluation e = evaluate(config, answers);
        const int own = test::cellIndex(config, "own_offshore"),
                  managed = test::cellIndex(config, "managed_offshore");
        auto profile = [&](int cell, const char* criterion) {
            return e.profiles[cell][config.criterionIndex(criterion)];
        };
        CHECK(profile(own, "control") > profile(managed, "control"));
        CHECK(profile(own, "knowledge") > profile(managed, "knowledge"));
        CHECK(e.costs.cells[own].runPerYear < e.costs.cells[managed].runPerYear);
        for (int c = 0; c < kCellCount; ++c) {
            if (c == own || c == test::cellIndex(config, "own_nearshore")) continue;
            INFO(config.cells[c].id);
            CHECK(e.costs.cells[own].setup > e.costs.cells[c].setup);
            CHECK(e.costs.cells[own].rampMonths > e.costs.cells[c].rampMonths);
        }
    }
}

TEST_CASE("team size matters: set-up grows with the team, a captive's fixed cost spreads over it") {
    const Config& config = test::shipped();
    const int captive = test::cellIndex(config, "own_offshore"),
              inHouse = test::cellIndex(config, "own_onshore");
    const int commitment = config.criterionIndex("upfront");
    double previousSetup = 0, previousCommitment = -1e9;
    for (int team : {1, 5, 20, 100, 500}) {
        Answers answers = defaultAnswers(config);
        answers.values[config.known.teamSize] = team;
        const Evaluation e = evaluate(config, answers);
        INFO("team " << team);
        CHECK(e.costs.cells[captive].setup > previousSetup);
        CHECK(e.profiles[captive][commitment] >= previousCommitment);
        previousSetup = e.costs.cells[captive].setup;
        previousCommitment = e.profiles[captive][commitment];
        if (team == 1)
            CHECK(e.costs.cells[captive].cumulative[e.costs.years - 1] >
                  e.costs.cells[inHouse].cumulative[e.costs.years - 1]);
        if (team == 500)
            CHECK(e.costs.cells[captive].cumulative[e.costs.years - 1] <
                  e.costs.cells[inHouse].cumulative[e.costs.years - 1]);
    }
}

TEST_CASE(
    "reasons follow the answers: no argument twice, none about data when the data is not "
    "sensitive") {
    const Config& config = test::shipped();
    const int confidentiality = config.criterionIndex("confidentiality");
    const int dataSensitivity = test::questionIndex(config, "data_sensitivity");
    const int ipSensitivity = test::questionIndex(config, "ip_sensitivity");
    int checked = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        INFO(answersToJson(config, answers));
        std::set<int> criteria;
        std::set<std::string> texts;
        for (const auto* list : {&e.reasonsFor, &e.reasonsAgainst})
            for (const Reason& r : *list) {
                CHECK(criteria.insert(r.criterion).second);
                CHECK(texts.insert(r.text).second);
            }
        const bool sensitive =
            answers.values[dataSensitivity] != 0 ||
            (isAsked(config, answers, ipSensitivity) && answers.values[ipSensitivity] != 0);
        if (!sensitive) {
            ++checked;
            CHECK(criteria.count(confidentiality) == 0);
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("who and where are two decisions, each with its own margin") {
    const Config& config = test::shipped();
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        INFO(answersToJson(config, answers));
        const Cell& winner = config.cells[e.winner];
        double otherWho = -1, otherWhere = -1;
        for (int c : e.ranking) {
            if (c == e.winner) continue;
            const Cell& cell = config.cells[c];
            if (cell.who != winner.who)
                otherWho = std::max(otherWho, e.scores.fit[c]);
            else if (cell.where != winner.where)
                otherWhere = std::max(otherWhere, e.scores.fit[c]);
        }
        if (otherWho >= 0)
            CHECK(e.who.margin == doctest::Approx(e.scores.fit[e.winner] - otherWho));
        if (otherWhere >= 0)
            CHECK(e.where.margin == doctest::Approx(e.scores.fit[e.winner] - otherWhere));
        CHECK_FALSE(e.who.text.empty());
        CHECK_FALSE(e.where.text.empty());
        if (e.where.alternative >= 0 && e.where.confidence == Confidence::Close &&
            e.where.favoursAlternative >= 0) {
            // A close call names both places and what separates them.
            CHECK(e.where.text.find(config.criteria[e.where.favoursAlternative].name) !=
                  std::string::npos);
            CHECK(e.where.text.find(config.text(Text(
                      int(Text::WhereOnshore) + int(config.cells[e.where.alternative].where)))) !=
                  std::string::npos);
        }
    }
}

TEST_CASE(
    "what would change it offers a change of preference; the facts that would are listed apart") {
    const Config& config = test::shipped();
    int preferences = 0, facts = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        INFO(answersToJson(config, answers));
        if (e.whatWouldChange.found) {
            ++preferences;
            CHECK(config.questions[e.whatWouldChange.question].isPreference());
        }
        for (const Change& change : e.factChanges) {
            ++facts;
            const Question& q = config.questions[change.question];
            INFO(change.text);
            CHECK_FALSE(q.isPreference());
            CHECK(q.whatIf);
            Answers changed = answers;
            changed.values[change.question] = change.to;
            CHECK(evaluate(config, changed).winner == change.newWinner);
            CHECK(change.newWinner != e.winner);
        }
    }
    CHECK(preferences > test::kGeneratedAnswerSets / 4);
    CHECK(facts > test::kGeneratedAnswerSets / 4);
}

TEST_CASE("the data file says what each number rests on") {
    const Config& config = test::shipped();
    for (const Criterion& k : config.criteria) {
        INFO(k.id);
        CHECK_FALSE(k.basis.empty());
        CHECK_FALSE(k.sources.empty());
        if (k.computed != Computed::None) continue;
        CHECK_FALSE(k.who.basis.empty());
        CHECK_FALSE(k.where.basis.empty());
        CHECK_FALSE(k.who.sources.empty());
        CHECK_FALSE(k.where.sources.empty());
    }
    for (const Question& q : config.questions) {
        auto check = [&](const std::vector<Effect>& effects) {
            for (const Effect& e : effects) {
                INFO(q.id << ": " << e.because);
                CHECK_FALSE(e.sources.empty());
                if (e.kind == Effect::Kind::Modifier) CHECK(std::fabs(e.amount) <= kMaxModifier);
            }
        };
        for (const Option& o : q.options) check(o.effects);
        for (const Band& b : q.bands) check(b.effects);
        check(q.perUnit);
    }
    for (const CostParameter& p : config.costs.parameters) {
        INFO(p.id);
        CHECK_FALSE(p.sources.empty());
        CHECK_FALSE(p.note.empty());
    }
}
