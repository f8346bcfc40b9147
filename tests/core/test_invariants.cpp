// Properties every evaluation keeps, checked on thousands of generated answer sets (every
// question drawn uniformly from its valid values, fixed seed): fits, ranking, exclusions, the
// monotonicity of docs/BEHAVIOUR.md (behaviour 6), "what would change it", reasons, Reshore and the
// checklist.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "evaluate.h"
#include "report.h"
#include "support.h"

using namespace advisor;

namespace {

// The same generated answer sets for every test case.
const std::vector<Answers>& generated() {
    static const std::vector<Answers> sets = [] {
        test::Random random(20240601);
        std::vector<Answers> out;
        for (int n = 0; n < test::kGeneratedAnswerSets; ++n)
            out.push_back(test::randomAnswers(test::shipped(), random));
        return out;
    }();
    return sets;
}

bool isExcluded(const Scores& s, int cell) {
    return s.excluded & (1u << cell);
}

// How many steps a change of answer is ("the smallest single change"): neighbours on a scale
// are one step apart, any two options of an unordered choice one step, and the probe values of
// a wide number (team size) as many steps as probe values lie between them.
int steps(const Question& q, int from, int to) {
    if (q.type == Question::Type::Choice) return q.ordered ? std::abs(to - from) : 1;
    if (q.probeValues.empty()) return std::abs(to - from);
    auto nearest = [&](int value) {
        int best = 0;
        for (int i = 0; i < int(q.probeValues.size()); ++i)
            if (std::abs(q.probeValues[i] - value) < std::abs(q.probeValues[best] - value))
                best = i;
        return best;
    };
    return std::max(1, std::abs(nearest(to) - nearest(from)));
}

// Every value of a question "what would change it" may propose: every option, every value of a
// scale, the probe values of a wide number.
std::vector<int> valuesToTry(const Question& q) {
    std::vector<int> values;
    if (q.type == Question::Type::Choice) {
        for (int o = 0; o < int(q.options.size()); ++o) values.push_back(o);
    } else if (!q.probeValues.empty()) {
        values = q.probeValues;
    } else {
        for (int v = q.min; v <= q.max; ++v) values.push_back(v);
    }
    return values;
}

// "What would change it" proposes preferences only, the fewest steps first.
int rank(const Question& q, int from, int to) {
    return q.isPreference() ? steps(q, from, to) : 1 << 20;
}

}  // namespace

TEST_CASE("every fit lies between 0 and 100") {
    const Config& config = test::shipped();
    for (const Answers& answers : generated()) {
        const Scores s = score(config, answers);
        for (int c = 0; c < kCellCount; ++c) {
            INFO(answersToJson(config, answers) << "\n" << config.cells[c].id << " " << s.fit[c]);
            CHECK(std::isfinite(s.fit[c]));
            CHECK(s.fit[c] >= 0.0);
            CHECK(s.fit[c] <= 100.0);
        }
    }
}

TEST_CASE("the ranking lists exactly the cells not excluded, the advice first, then by fit") {
    const Config& config = test::shipped();
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        INFO(answersToJson(config, answers));
        std::vector<bool> listed(kCellCount, false);
        for (int c : e.ranking) {
            REQUIRE(c >= 0);
            REQUIRE(c < kCellCount);
            CHECK_FALSE(listed[c]);
            listed[c] = true;
        }
        for (int c = 0; c < kCellCount; ++c) {
            INFO(config.cells[c].id);
            CHECK(listed[c] == !isExcluded(e.scores, c));
            CHECK(isExcluded(e.scores, c) == !e.exclusionReasons[c].empty());
        }
        for (std::size_t r = 2; r < e.ranking.size(); ++r)
            CHECK(e.scores.fit[e.ranking[r - 1]] >= e.scores.fit[e.ranking[r]]);
        if (e.ranking.empty()) {
            CHECK(e.winner == -1);
            continue;
        }
        CHECK(e.winner == e.ranking[0]);
        CHECK(e.scores.winner == e.winner);
        if (!e.stay) {
            if (e.ranking.size() > 1)
                CHECK(e.scores.fit[e.ranking[0]] >= e.scores.fit[e.ranking[1]]);
            CHECK(e.margin >= 0);
        }
        if (e.ranking.size() > 1) {
            CHECK(e.runnerUp == e.ranking[1]);
            CHECK(e.margin == doctest::Approx(e.scores.fit[e.winner] - e.scores.fit[e.runnerUp]));
        }
    }
}

TEST_CASE("an evaluation depends on the answers only") {
    const Config& config = test::shipped();
    const auto& sets = generated();
    for (std::size_t n = 0; n < sets.size(); n += 10) {
        const Answers& answers = sets[n];
        const std::string first = evaluationJson(config, answers, evaluate(config, answers));
        evaluate(config, sets[(n + 1) % sets.size()]);  // anything in between changes nothing
        const std::string second = evaluationJson(config, answers, evaluate(config, answers));
        INFO(answersToJson(config, answers));
        CHECK(first == second);
    }
}

TEST_CASE("data residency excludes every nearshore and offshore cell, whatever else is answered") {
    const Config& config = test::shipped();
    const int dataSensitivity = test::questionIndex(config, "data_sensitivity");
    const int residency = 3;
    REQUIRE(config.questions[dataSensitivity].options[residency].value == "residency");
    int seen = 0;
    for (Answers answers : generated()) {
        answers.values[dataSensitivity] = residency;
        const Evaluation e = evaluate(config, answers);
        INFO(answersToJson(config, answers));
        ++seen;
        for (int c = 0; c < kCellCount; ++c) {
            if (config.cells[c].where == Where::Onshore) continue;
            INFO(config.cells[c].id);
            CHECK(isExcluded(e.scores, c));
            bool named = false;
            for (const auto& reason : e.exclusionReasons[c])
                named = named || test::containsNoCase(reason, "data residency");
            CHECK(named);
        }
    }
    CHECK(seen == test::kGeneratedAnswerSets);
}

TEST_CASE(
    "raising cost_priority by one step never lowers an offshore cell against the onshore "
    "cell with the same who (docs/BEHAVIOUR.md, behaviour 6)") {
    const Config& config = test::shipped();
    const int costPriority = test::questionIndex(config, "cost_priority");
    const int top = config.questions[costPriority].max;
    int compared = 0;
    for (Answers answers : generated()) {
        if (answers.values[costPriority] == top) continue;
        const Scores before = score(config, answers);
        ++answers.values[costPriority];
        const Scores after = score(config, answers);
        for (int who = 0; who < 3; ++who) {
            const int onshore = who * 3, offshore = who * 3 + 2;
            if (isExcluded(before, onshore) || isExcluded(before, offshore) ||
                isExcluded(after, onshore) || isExcluded(after, offshore))
                continue;
            ++compared;
            INFO(answersToJson(config, answers)
                 << " (after the step)\n"
                 << config.cells[offshore].id << " vs " << config.cells[onshore].id);
            CHECK(after.fit[offshore] - after.fit[onshore] >=
                  before.fit[offshore] - before.fit[onshore] - 1e-9);
        }
    }
    CHECK(compared > test::kGeneratedAnswerSets);
}

TEST_CASE(
    "raising control by one step never lowers an own_* cell against the provider_* cell "
    "with the same where (docs/BEHAVIOUR.md, behaviour 6)") {
    const Config& config = test::shipped();
    const int control = test::questionIndex(config, "control");
    const int top = config.questions[control].max;
    int compared = 0;
    for (Answers answers : generated()) {
        if (answers.values[control] == top) continue;
        const Scores before = score(config, answers);
        ++answers.values[control];
        const Scores after = score(config, answers);
        for (int where = 0; where < 3; ++where) {
            const int own = where, provider = 6 + where;
            if (isExcluded(before, own) || isExcluded(before, provider) || isExcluded(after, own) ||
                isExcluded(after, provider))
                continue;
            ++compared;
            INFO(answersToJson(config, answers)
                 << " (after the step)\n"
                 << config.cells[own].id << " vs " << config.cells[provider].id);
            CHECK(after.fit[own] - after.fit[provider] >=
                  before.fit[own] - before.fit[provider] - 1e-9);
        }
    }
    CHECK(compared > test::kGeneratedAnswerSets);
}

TEST_CASE("what would change it") {
    const Config& config = test::shipped();
    int found = 0, notFound = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        const Change& change = e.whatWouldChange;
        INFO(answersToJson(config, answers) << "\nwinner " << config.cells[e.winner].id);
        if (change.found) {
            ++found;
            INFO(change.text);
            // Applying the suggested change really gives the promised winner.
            REQUIRE(change.question >= 0);
            REQUIRE(change.question < int(config.questions.size()));
            CHECK(isAsked(config, answers, change.question));
            CHECK(config.questions[change.question].isPreference());
            CHECK(change.from == answers.values[change.question]);
            CHECK(change.to != change.from);
            CHECK(isValidValue(config, change.question, change.to));
            Answers changed = answers;
            changed.values[change.question] = change.to;
            const Evaluation after = evaluate(config, changed);
            CHECK(after.winner == change.newWinner);
            CHECK(after.winner != e.winner);
            REQUIRE(change.newWinner >= 0);
            CHECK(change.newFit == doctest::Approx(after.scores.fit[change.newWinner]));
            CHECK_FALSE(change.text.empty());
            CHECK(change.text.find(config.cells[change.newWinner].name) != std::string::npos);
            CHECK(change.text.find(config.questions[change.question].label) != std::string::npos);
        } else {
            ++notFound;
            CHECK(change.text.empty());
        }
        // Nothing smaller would have done: no single change of a lower rank changes the winner
        // (when none was found, no single change at all does).
        const int foundRank = change.found
                                  ? rank(config.questions[change.question], change.from, change.to)
                                  : 1 << 30;
        for (int q = 0; q < int(config.questions.size()); ++q) {
            if (!isAsked(config, answers, q)) continue;
            const Question& question = config.questions[q];
            if (!question.whatIf || !question.isPreference()) continue;
            for (int value : valuesToTry(question)) {
                if (value == answers.values[q]) continue;
                if (rank(question, answers.values[q], value) >= foundRank) continue;
                Answers other = answers;
                other.values[q] = value;
                INFO("a smaller change: " << question.id << " = " << answerText(config, other, q));
                CHECK(score(config, other).winner == e.winner);
            }
        }
    }
    MESSAGE("a change of preference was found for " << found << " answer sets, none for "
                                                    << notFound);
    CHECK(found > test::kGeneratedAnswerSets / 2);
}

TEST_CASE("the facts that would change it: for each, no nearer value of the same question would") {
    const Config& config = test::shipped();
    int listed = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        for (const Change& change : e.factChanges) {
            ++listed;
            const Question& question = config.questions[change.question];
            const int found = steps(question, change.from, change.to);
            INFO(answersToJson(config, answers) << "\n" << change.text);
            for (int value : valuesToTry(question)) {
                if (value == change.from || steps(question, change.from, value) >= found) continue;
                Answers other = answers;
                other.values[change.question] = value;
                INFO("a nearer value: " << answerText(config, other, change.question));
                CHECK(score(config, other).winner == e.winner);
            }
        }
    }
    CHECK(listed > 0);
}

TEST_CASE("reasons for the winner add fit points, reasons against cost them") {
    const Config& config = test::shipped();
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        INFO(answersToJson(config, answers));
        CHECK_FALSE((e.reasonsFor.empty() && e.reasonsAgainst.empty()));
        for (const Reason& r : e.reasonsFor) {
            INFO(r.text << " (" << r.points << ")");
            CHECK(r.points > 0);
            CHECK_FALSE(r.text.empty());
            CHECK_FALSE(r.detail.empty());
        }
        for (const Reason& r : e.reasonsAgainst) {
            INFO(r.text << " (" << r.points << ")");
            CHECK(r.points < 0);
            CHECK_FALSE(r.text.empty());
            CHECK_FALSE(r.detail.empty());
        }
        for (std::size_t i = 1; i < e.reasonsFor.size(); ++i)
            CHECK(e.reasonsFor[i - 1].points >= e.reasonsFor[i].points);
        for (std::size_t i = 1; i < e.reasonsAgainst.size(); ++i)
            CHECK(e.reasonsAgainst[i - 1].points <= e.reasonsAgainst[i].points);
    }
}

TEST_CASE("Reshore is shown exactly when the work is abroad today and an onshore cell wins") {
    const Config& config = test::shipped();
    const int currentModel = test::questionIndex(config, "current_model");
    int reshores = 0;
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        const int current = config.cellIndex(answerText(config, answers, currentModel));
        const bool abroadToday = current >= 0 && config.cells[current].where != Where::Onshore;
        const bool onshoreWins = config.cells[e.winner].where == Where::Onshore;
        INFO(answersToJson(config, answers) << "\nwinner " << config.cells[e.winner].id);
        CHECK(e.reshore == (abroadToday && onshoreWins));
        CHECK((resultLabel(config, e).rfind("Reshore", 0) == 0) == e.reshore);
        reshores += e.reshore;
    }
    CHECK(reshores > 0);
}

TEST_CASE("the checklist is never empty when there is a winner, and fits the winner") {
    const Config& config = test::shipped();
    for (const Answers& answers : generated()) {
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) continue;
        INFO(answersToJson(config, answers) << "\nwinner " << config.cells[e.winner].id);
        CHECK_FALSE(e.checklist.empty());
        for (int i : e.checklist) {
            REQUIRE(i >= 0);
            REQUIRE(i < int(config.checklist.size()));
            const ChecklistItem& item = config.checklist[i];
            INFO(item.title);
            const bool forTheWinner = (item.cells & (1u << e.winner)) != 0;
            CHECK(forTheWinner);
            CHECK((!item.reshoreOnly || e.reshore));
        }
    }
}
