// The weighted sum of evaluate.h, plus the explanations built on it. One scorer serves the
// evaluation and "what would change it": a tally of the answers' effects, the money criteria from
// the cost model, and the fits from both. A trial answer swaps one answer's effects out and in,
// and re-reads the cost model only when that answer enters it.
#include "evaluate.h"

#include <algorithm>
#include <cmath>

#include "format.h"

namespace advisor {
namespace {

// The answers' effects added up: weights, modifiers per cell and criterion, exclusions.
struct Tally {
    std::array<double, kMaxCriteria> weight{};
    Profiles modifier{};
    std::array<std::uint16_t, kCellCount>
        modified{};              // bit k of cell c: modifier[c][k] was touched
    std::uint16_t weighted = 0;  // bit k: weight[k] was touched
    std::array<int, kCellCount> exclusions{};
};

void add(Tally& tally, const EffectTotals& totals, double factor, int exclusionSign) {
    for (unsigned bits = totals.weightsTouched; bits; bits &= bits - 1) {
        const int k = __builtin_ctz(bits);
        tally.weight[k] += factor * totals.weight[k];
    }
    tally.weighted |= totals.weightsTouched;
    for (const auto& m : totals.modifiers) {
        tally.modifier[m.cell][m.criterion] += factor * m.points;
        tally.modified[m.cell] |= std::uint16_t(1u << m.criterion);
    }
    if (totals.excludes)
        for (int c = 0; c < kCellCount; ++c)
            tally.exclusions[c] += exclusionSign * totals.exclusions[c];
}

// A trial's change of the tally: the weights it moves and the modifiers it adds or takes, as a
// short list (a fixed capacity: an answer brings a handful; beyond it the trial is scored afresh).
struct TallyChange {
    std::array<double, kMaxCriteria> weight{};
    std::uint16_t weighted = 0;
    struct Modifier {
        int cell, criterion;
        double points;
    };
    std::array<Modifier, 48> modifiers;
    int modifierCount = 0;
    bool overflow = false;
    std::array<std::uint16_t, kCellCount> modified{};
    std::array<int, kCellCount> exclusions{};
    void reset() {
        weight.fill(0);
        weighted = 0;
        modifierCount = 0;
        overflow = false;
        modified.fill(0);
        exclusions.fill(0);
    }
};

void add(TallyChange& change, const EffectTotals& totals, double factor, int exclusionSign) {
    for (unsigned bits = totals.weightsTouched; bits; bits &= bits - 1) {
        const int k = __builtin_ctz(bits);
        change.weight[k] += factor * totals.weight[k];
    }
    change.weighted |= totals.weightsTouched;
    for (const auto& m : totals.modifiers) {
        if (change.modifierCount == int(change.modifiers.size())) {
            change.overflow = true;
            break;
        }
        change.modifiers[change.modifierCount++] = {m.cell, m.criterion, factor * m.points};
        change.modified[m.cell] |= std::uint16_t(1u << m.criterion);
    }
    if (totals.excludes)
        for (int c = 0; c < kCellCount; ++c)
            change.exclusions[c] += exclusionSign * totals.exclusions[c];
}

// Visits the effect lists one answer brings, with their scale (per-unit effects are scaled).
template <typename Visit>
void forEachEffects(const Question& q, int value, Visit&& visit) {
    if (q.type == Question::Type::Choice) {
        visit(q.options[value].effects, 1.0);
        return;
    }
    for (const Band& band : q.bands)
        if (value >= band.min && value <= band.max) visit(band.effects, 1.0);
    if (!q.perUnit.empty()) visit(q.perUnit, double(value - q.min));
}

// Adds (sign +1) or removes (−1) one answer's effects, to a tally or a tally's change.
template <typename Sum>
void applyAnswer(Sum& tally, const Question& q, int value, int sign) {
    if (q.type == Question::Type::Choice) {
        add(tally, q.options[value].totals, sign, sign);
        return;
    }
    for (const Band& band : q.bands)
        if (value >= band.min && value <= band.max) add(tally, band.totals, sign, sign);
    if (!q.perUnit.empty()) add(tally, q.perUnitTotals, sign * double(value - q.min), 0);
}

Tally tallyOf(const Config& config, const Answers& answers) {
    Tally tally;
    for (std::size_t k = 0; k < config.criteria.size(); ++k)
        tally.weight[k] = config.criteria[k].baseWeight;
    for (std::size_t i = 0; i < config.questions.size(); ++i)
        if (isAsked(config, answers, int(i)))
            applyAnswer(tally, config.questions[i], answers.values[i], +1);
    return tally;
}

// Money beyond the scale still counts, less and less: below 0 and above 10 a profile goes on
// logarithmically, so that a longer horizon or a bigger team keeps moving it the right way while
// one absurd option (a centre abroad for one person) cannot swamp every other criterion.
double softScale(double value) {
    constexpr double kTail = 2;
    if (value < 0) return -kTail * std::log1p(-value / kTail);
    if (value > 10) return 10 + kTail * std::log1p((value - 10) / kTail);
    return value;
}

// The money criteria's profile points for every cell, from the cost model (costs.h). Labour cost
// and commitment share one slope, so at equal weights their sum follows the total cost.
void moneyProfiles(const Config& config, const Money& money, Profiles& profiles) {
    const ModelSettings& m = config.model;
    const double yardstick = std::max(1.0, money.inHousePerYear);
    for (std::size_t k = 0; k < config.criteria.size(); ++k) {
        const Computed computed = config.criteria[k].computed;
        if (computed == Computed::None) continue;
        for (int c = 0; c < kCellCount; ++c) {
            const CellMoney& cell = money.cells[c];
            double value = 0;
            if (computed == Computed::LabourCost)
                value = m.labourAtParity + m.moneySlope * (1 - cell.runPerYear / yardstick);
            else if (computed == Computed::Commitment)
                value = 10 - m.moneySlope * (cell.oneTime + cell.fixedPerYear * money.years) /
                                 (yardstick * money.years);
            else
                value = 10 * (1 - cell.rampMonths / m.speedZeroMonths);
            profiles[c][k] = softScale(value);
        }
    }
}

// The profiles before modifiers: the data file's, and the money criteria for these answers.
void unmodifiedProfiles(const Config& config, const Money& money, Profiles& out) {
    for (int c = 0; c < kCellCount; ++c) out[c] = config.cells[c].profile;
    moneyProfiles(config, money, out);
}

double modified(const Profiles& profiles, const Tally& tally, int c, int k) {
    return std::clamp(profiles[c][k] + tally.modifier[c][k], 0.0, 10.0);
}

// The profiles as scored: with the answers' modifiers (explanations read these).
Profiles scoredProfiles(const Profiles& unmodified, const Tally& tally) {
    Profiles out = unmodified;
    for (int c = 0; c < kCellCount; ++c)
        for (unsigned bits = tally.modified[c]; bits; bits &= bits - 1) {
            const int k = __builtin_ctz(bits);
            out[c][k] = modified(unmodified, tally, c, k);
        }
    return out;
}

std::array<double, kMaxCriteria> effectiveWeights(const Tally& tally) {
    std::array<double, kMaxCriteria> w{};
    for (int k = 0; k < kMaxCriteria; ++k) w[k] = std::max(0.0, tally.weight[k]);
    return w;
}

// `profiles` are unmodified (see unmodifiedProfiles); the tally's modifiers are applied here, on
// the few criteria they touch, so that the common loop is a plain dot product.
// Each cell's weighted sum Σ weight × (profile − 5), the part of the fit that answers move.
using Sums = std::array<double, kCellCount>;

Sums sumsOf(const Tally& tally, const Profiles& profiles) {
    Sums sums{};
    const auto w = effectiveWeights(tally);
    for (int c = 0; c < kCellCount; ++c) {
        double sum = 0;
        for (int k = 0; k < kMaxCriteria; ++k) sum += w[k] * (profiles[c][k] - 5);
        for (unsigned bits = tally.modified[c]; bits; bits &= bits - 1) {
            const int k = __builtin_ctz(bits);
            sum += w[k] * (modified(profiles, tally, c, k) - profiles[c][k]);
        }
        sums[c] = sum;
    }
    return sums;
}

// The fit formula and the winner rule, in one place: fit = 50 + 10 × sum / W; the best cell not
// excluded wins unless it does not beat what runs today by the stay margin.
Scores scoresFrom(const Config& config, const Sums& sums,
                  const std::array<int, kCellCount>& exclusions, int current) {
    Scores s;
    const double scale = 10 / config.fitScaleWeight;
    for (int c = 0; c < kCellCount; ++c) {
        s.fit[c] = std::clamp(50 + scale * sums[c], 0.0, 100.0);
        if (exclusions[c] > 0) s.excluded |= CellMask(1u << c);
    }
    for (int c = 0; c < kCellCount; ++c)
        if (!(s.excluded & (1u << c)) && (s.best < 0 || s.fit[c] > s.fit[s.best])) s.best = c;
    s.winner = s.best;
    if (current >= 0 && s.best >= 0 && s.best != current && !(s.excluded & (1u << current)) &&
        s.fit[s.best] - s.fit[current] < config.model.stayMargin) {
        s.winner = current;
        s.stay = true;
    }
    return s;
}

// True when the winner rule is within rounding noise of another outcome.
bool nearTie(const Config& config, const Scores& s, int current) {
    if (s.best < 0) return false;
    constexpr double kNoise = 1e-9;
    for (int c = 0; c < kCellCount; ++c)
        if (c != s.best && !(s.excluded & (1u << c)) && s.fit[c] >= s.fit[s.best] - kNoise)
            return true;
    return current >= 0 &&
           std::fabs(s.fit[s.best] - s.fit[current] - config.model.stayMargin) < kNoise;
}

// One evaluation's scoring state, from which trial answers are scored by swapping one answer.
class Scorer {
  public:
    Scorer(const Config& config, const Answers& answers, const CostInputs& inputs)
        : config_(config),
          answers_(answers),
          inputs_(inputs),
          tally_(tallyOf(config, answers)),
          money_(moneyOf(config, answers, inputs)),
          current_(currentCell(config, answers)),
          defaults_(defaultCostInputs(config, answers)) {
        unmodifiedProfiles(config, money_, profiles_);
        scored_ = scoredProfiles(profiles_, tally_);
        weights_ = effectiveWeights(tally_);
        sums_ = sumsOf(tally_, profiles_);
        for (std::size_t k = 0; k < config.criteria.size(); ++k)
            if (config.criteria[k].computed != Computed::None)
                computedMask_ |= std::uint16_t(1u << k);
    }

    Scores scores() const { return scoresFrom(config_, sums_, tally_.exclusions, current_); }
    const std::array<double, kMaxCriteria>& weights() const { return weights_; }
    const Profiles& profiles() const { return scored_; }

    // The scores with question q answered `value`, every other answer as it is. `trial` holds
    // the answers and is handed back as it came. Only the terms the change touches are
    // recomputed: the weights it moves, the modifiers it adds or takes, the money criteria when
    // the answer enters the cost model.
    Scores trial(int q, int value, Answers& trial) const {
        const Question& question = config_.questions[q];
        trial.values[q] = value;
        TallyChange& change = scratch_;
        change.reset();
        applyAnswer(change, question, answers_.values[q], -1);
        applyAnswer(change, question, value, +1);
        bool costs = question.affectsCosts;
        for (int other : question.dependents) {  // questions this answer shows or hides
            const bool before = isAsked(config_, answers_, other),
                       after = isAsked(config_, trial, other);
            if (before == after) continue;
            applyAnswer(change, config_.questions[other], answers_.values[other], after ? +1 : -1);
            costs = costs || config_.questions[other].affectsCosts;
        }
        CostInputs inputs;
        if (change.overflow) {
            const Scores s = score(
                config_, trial,
                costs ? &(inputs = costInputsFor(config_, inputs_, defaults_, trial)) : &inputs_);
            trial.values[q] = answers_.values[q];
            return s;
        }
        if (costs) {
            inputs = costInputsFor(config_, inputs_, defaults_, trial);
            moneyProfiles(config_, moneyOf(config_, trial, inputs), moneyScratch_);
        }
        std::array<double, kMaxCriteria> w = weights_;
        for (unsigned bits = change.weighted; bits; bits &= bits - 1) {
            const int k = __builtin_ctz(bits);
            w[k] = std::max(0.0, tally_.weight[k] + change.weight[k]);
        }
        Sums sums = sums_;
        std::array<int, kCellCount> exclusions = tally_.exclusions;
        for (int c = 0; c < kCellCount; ++c) {
            exclusions[c] += change.exclusions[c];
            const unsigned touched =
                change.weighted | change.modified[c] | (costs ? computedMask_ : 0u);
            for (unsigned bits = touched; bits; bits &= bits - 1) {
                const int k = __builtin_ctz(bits);
                double profile = 0;
                if ((computedMask_ >> k) & 1u) {  // money: never modified, only recomputed
                    profile = costs ? moneyScratch_[c][k] : profiles_[c][k];
                } else {
                    double modifier = tally_.modifier[c][k];
                    if ((change.modified[c] >> k) & 1u)
                        for (int i = 0; i < change.modifierCount; ++i)
                            if (change.modifiers[i].cell == c && change.modifiers[i].criterion == k)
                                modifier += change.modifiers[i].points;
                    profile = std::clamp(profiles_[c][k] + modifier, 0.0, 10.0);
                }
                sums[c] += w[k] * (profile - 5) - weights_[k] * (scored_[c][k] - 5);
            }
        }
        const int current = currentCell(config_, trial);
        Scores s = scoresFrom(config_, sums, exclusions, current);
        // The sums above may differ from a fresh scoring in the last bits; near a tie, score the
        // trial answers afresh so that ties break exactly as evaluate() would break them.
        if (nearTie(config_, s, current)) s = score(config_, trial, costs ? &inputs : &inputs_);
        trial.values[q] = answers_.values[q];
        return s;
    }

  private:
    const Config& config_;
    const Answers& answers_;
    const CostInputs& inputs_;
    Tally tally_;
    Money money_;
    int current_;
    CostInputs defaults_;  // the default cost inputs of these answers
    Profiles profiles_;    // unmodified, money criteria for these answers
    Profiles scored_;      // with the modifiers
    std::array<double, kMaxCriteria> weights_{};
    Sums sums_{};
    std::uint16_t computedMask_ = 0;
    mutable TallyChange
        scratch_;  // trial(): no allocation or large copy on the stack per candidate
    mutable Profiles moneyScratch_;  // the money criteria of a trial
};

// The values "what would change it" tries for a question, each with how many steps away it is.
struct Candidate {
    int value;
    int steps;
};

// No allocation per question. The loader bounds options, ranges and probe values to the capacity,
// so no value is ever left out.
struct Candidates {
    std::array<Candidate, std::max(kMaxTriedValues, kMaxOptions)> items;
    int count = 0;
    void push_back(Candidate c) {
        if (count < int(items.size())) items[count++] = c;
    }
    std::size_t size() const { return std::size_t(count); }
    Candidate* begin() { return items.data(); }
    Candidate* end() { return items.data() + count; }
};

Candidates alternatives(const Question& q, int current) {
    Candidates out;
    if (q.type == Question::Type::Choice) {
        for (int o = 0; o < int(q.options.size()); ++o)
            if (o != current) out.push_back({o, q.ordered ? std::abs(o - current) : 1});
        return out;
    }
    if (!q.probeValues.empty()) {  // a wide range: the probe values, counted from the nearest one
        int here = 0;
        for (int i = 0; i < int(q.probeValues.size()); ++i)
            if (std::abs(q.probeValues[i] - current) < std::abs(q.probeValues[here] - current))
                here = i;
        for (int i = 0; i < int(q.probeValues.size()); ++i)
            if (q.probeValues[i] != current)
                out.push_back({q.probeValues[i], std::max(1, std::abs(i - here))});
        return out;
    }
    for (int v = q.min; v <= q.max && out.count < int(out.items.size()); ++v)
        if (v != current) out.push_back({v, std::abs(v - current)});
    return out;
}

// A stable insertion sort: the lists it orders hold a few dozen items at most (cells, reasons,
// candidate changes), where it is as fast as std::stable_sort and a fraction of its code (each
// std::stable_sort instantiation weighed about 1.5 KB gzipped in the web build).
template <class Iterator, class Less>
void stableSort(Iterator first, Iterator last, Less less) {
    for (Iterator i = first; i != last; ++i)
        for (Iterator j = i; j != first && less(*j, *(j - 1)); --j) std::iter_swap(j - 1, j);
}

void sortBySteps(Candidates& candidates) {
    stableSort(candidates.begin(), candidates.end(),
               [](const Candidate& a, const Candidate& b) { return a.steps < b.steps; });
}

double marginOf(const Scores& s) {
    double margin = 1e9;
    for (int c = 0; c < kCellCount; ++c)
        if (c != s.winner && !(s.excluded & (1u << c)))
            margin = std::min(margin, s.fit[s.winner] - s.fit[c]);
    return margin;
}

constexpr int kFactSteps = 2;  // how far "the facts that would change it" look

// The smallest change of a preference that changes the advice (fewest steps, then the clearest
// new lead), and for each fact the nearest value that would change it.
void findChanges(const Config& config, const Answers& answers, const Scorer& scorer, int winner,
                 Evaluation& result) {
    Change best;
    int bestSteps = 1 << 30;
    double bestMargin = -1e9;
    struct FactChange {
        Change change;
        int steps;
        double margin;
    };
    std::vector<FactChange> facts;
    Answers trial = answers;
    for (int q = 0; q < int(config.questions.size()); ++q) {
        const Question& question = config.questions[q];
        if (!question.whatIf || !isAsked(config, answers, q)) continue;
        Candidates candidates = alternatives(question, answers.values[q]);
        sortBySteps(candidates);
        FactChange nearest{{}, 1 << 30, -1e9};
        // Facts: the nearest ones only (a fact two steps away is worth knowing; one that would
        // need a team of 1,000 instead of 5 is not), and once three are found, one further away
        // than all three will not be shown.
        int factLimit = kFactSteps;
        if (facts.size() >= 3) {
            int furthest = 0;
            for (const FactChange& f : facts) furthest = std::max(furthest, f.steps);
            factLimit = std::min(factLimit, furthest);
        }
        for (const Candidate& candidate : candidates) {
            const int limit =
                question.isPreference() ? bestSteps : std::min(nearest.steps, factLimit);
            if (candidate.steps > limit) break;
            const Scores s = scorer.trial(q, candidate.value, trial);
            if (s.winner < 0 || s.winner == winner) continue;
            const double margin = marginOf(s);
            const Change change{
                true, q, answers.values[q], candidate.value, s.winner, s.fit[s.winner], {}};
            if (question.isPreference()) {
                if (candidate.steps < bestSteps || margin > bestMargin) {
                    best = change;
                    bestSteps = candidate.steps;
                    bestMargin = margin;
                }
            } else if (candidate.steps < nearest.steps || margin > nearest.margin) {
                nearest = {change, candidate.steps, margin};
            }
        }
        if (nearest.change.found) facts.push_back(nearest);
    }
    auto label = [&](int q, int value) { return answerLabel(config, q, value); };
    if (best.found) {
        best.text = fill(config.text(Text::ChangePreference),
                         {{"question", config.questions[best.question].label},
                          {"to", label(best.question, best.to)},
                          {"from", label(best.question, best.from)},
                          {"cell", config.cells[best.newWinner].name},
                          {"fit", fitText(config.numbers, best.newFit)}});
    }
    result.whatWouldChange = best;
    stableSort(facts.begin(), facts.end(), [](const FactChange& a, const FactChange& b) {
        return a.steps != b.steps ? a.steps < b.steps : a.margin > b.margin;
    });
    for (std::size_t i = 0; i < facts.size() && i < 3; ++i) {
        Change change = facts[i].change;
        change.text = fill(config.text(Text::ChangeFact),
                           {{"question", config.questions[change.question].label},
                            {"to", label(change.question, change.to)},
                            {"from", label(change.question, change.from)},
                            {"cell", config.cells[change.newWinner].name},
                            {"fit", fitText(config.numbers, change.newFit)}});
        result.factChanges.push_back(std::move(change));
    }
}

Confidence confidenceOf(const Config& config, double margin) {
    return margin >= config.model.clearMargin      ? Confidence::Clear
           : margin >= config.model.moderateMargin ? Confidence::Moderate
                                                   : Confidence::Close;
}

// Fit points criterion k gives cell a over cell b.
double pointsBetween(const Config& config, const Evaluation& e, int k, int a, int b) {
    return 10 * e.weights[k] * (e.profiles[a][k] - e.profiles[b][k]) / config.fitScaleWeight;
}

const Text kWhoTexts[] = {Text::WhoOwn, Text::WhoManaged, Text::WhoProvider};
const Text kWhereTexts[] = {Text::WhereOnshore, Text::WhereNearshore, Text::WhereOffshore};

Decision decide(const Config& config, const Evaluation& e, bool aboutWho) {
    Decision d;
    const Cell& winner = config.cells[e.winner];
    for (int c : e.ranking) {
        const Cell& cell = config.cells[c];
        const bool differs = aboutWho ? cell.who != winner.who
                                      : (cell.who == winner.who && cell.where != winner.where);
        if (c != e.winner && differs) {
            d.alternative = c;
            break;
        }
    }
    auto name = [&](const Cell& cell) {
        return config.text(aboutWho ? kWhoTexts[int(cell.who)] : kWhereTexts[int(cell.where)]);
    };
    const std::string& pattern = config.text(aboutWho ? Text::DecisionWho : Text::DecisionWhere);
    if (d.alternative < 0) {  // the answers exclude every other choice: nothing to compare with
        d.text = fill(config.text(aboutWho ? Text::DecisionWhoOnly : Text::DecisionWhereOnly),
                      {{"choice", name(winner)}});
        return d;
    }
    const Cell& alternative = config.cells[d.alternative];
    d.margin = e.scores.fit[e.winner] - e.scores.fit[d.alternative];
    d.confidence = confidenceOf(config, d.margin);
    double most = 0, least = 0;
    for (std::size_t k = 0; k < config.criteria.size(); ++k) {
        const double points = pointsBetween(config, e, int(k), e.winner, d.alternative);
        if (points > most) most = points, d.favoursWinner = int(k);
        if (points < least) least = points, d.favoursAlternative = int(k);
    }
    d.text = fill(pattern, {{"choice", name(winner)},
                            {"confidence", confidenceText(config, d.confidence)},
                            {"margin", oneDecimal(config.numbers, d.margin)},
                            {"alternative", name(alternative)}});
    if (d.confidence == Confidence::Close && d.favoursWinner >= 0 && d.favoursAlternative >= 0)
        d.text +=
            " " + fill(config.text(Text::DecisionClose),
                       {{"choice", name(winner)},
                        {"alternative", name(alternative)},
                        {"choice_criterion", config.criteria[d.favoursWinner].name},
                        {"alternative_criterion", config.criteria[d.favoursAlternative].name}});
    return d;
}

// Reasons for and against the winner: each criterion's contribution against the other cells'
// average, one reason per criterion (its modifiers are named in its detail, not again apart).
void explain(const Config& config, const Answers& answers, Evaluation& result) {
    const int winner = result.winner;
    const std::size_t criteria = config.criteria.size();
    struct Raw {
        double points;
        int criterion;
        double mean;
    };
    std::vector<Raw> raw;
    for (std::size_t k = 0; k < criteria; ++k) {
        if (result.weights[k] <= 0) continue;
        double sum = 0;
        int others = 0;
        for (int c : result.ranking)
            if (c != winner) sum += result.profiles[c][k], ++others;
        const double mean = others ? sum / others : result.profiles[winner][k];
        const double points =
            10 * result.weights[k] * (result.profiles[winner][k] - mean) / config.fitScaleWeight;
        if (std::fabs(points) >= 0.5) raw.push_back({points, int(k), mean});
    }
    stableSort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
        return std::fabs(a.points) > std::fabs(b.points);
    });
    const Cell& cell = config.cells[winner];
    // The answers' modifiers of the winner's profile, found once: each is named in the detail of
    // its criterion's reason.
    struct Modifier {
        int question;
        const Effect* effect;
        double scale;
    };
    std::vector<Modifier> modifiers;
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        if (!isAsked(config, answers, int(i))) continue;
        forEachEffects(config.questions[i], answers.values[i],
                       [&](const std::vector<Effect>& effects, double scale) {
                           for (const Effect& e : effects)
                               if (e.kind == Effect::Kind::Modifier && (e.cells & (1u << winner)))
                                   modifiers.push_back({int(i), &e, scale});
                       });
    }
    for (const Raw& r : raw) {
        auto& list = r.points > 0 ? result.reasonsFor : result.reasonsAgainst;
        if (list.size() >= 4) continue;
        const Criterion& criterion = config.criteria[r.criterion];
        Reason reason;
        reason.criterion = r.criterion;
        reason.points = r.points;
        reason.text = r.points > 0 ? criterion.reasonFor : criterion.reasonAgainst;
        reason.detail =
            fill(config.text(Text::ReasonWeight),
                 {{"criterion", criterion.label},
                  {"weight", oneDecimal(config.numbers, result.weights[r.criterion])},
                  {"cell", cell.name},
                  {"profile", oneDecimal(config.numbers, result.profiles[winner][r.criterion])},
                  {"mean", oneDecimal(config.numbers, r.mean)}});
        for (const Modifier& m : modifiers)
            if (m.effect->criterion == r.criterion)
                reason.detail +=
                    " " +
                    fill(config.text(Text::ReasonModifier),
                         {{"question", config.questions[m.question].label},
                          {"points", (m.effect->amount > 0 ? "+" : "") +
                                         oneDecimal(config.numbers, m.effect->amount * m.scale)},
                          {"because", m.effect->because}});
        list.push_back(std::move(reason));
    }
}

bool conditionsHold(const std::vector<Condition>& conditions, const Answers& answers) {
    for (const auto& condition : conditions) {
        const int value = answers.values[condition.question];
        if (value < 0 || value >= 32 || !(condition.values & (1u << value))) return false;
    }
    return true;
}

}  // namespace

const char* confidenceId(Confidence confidence) {
    switch (confidence) {
        case Confidence::Clear:
            return "clear";
        case Confidence::Moderate:
            return "moderate";
        case Confidence::Close:
            return "close";
    }
    return "";
}

const std::string& confidenceText(const Config& config, Confidence confidence) {
    return config.text(confidence == Confidence::Clear      ? Text::ConfidenceClear
                       : confidence == Confidence::Moderate ? Text::ConfidenceModerate
                                                            : Text::ConfidenceClose);
}

Scores score(const Config& config, const Answers& answers, const CostInputs* costs) {
    const CostInputs inputs = costs ? *costs : defaultCostInputs(config, answers);
    return Scorer(config, answers, inputs).scores();
}

Evaluation evaluate(const Config& config, const Answers& answers, const CostInputs* costs) {
    Evaluation result;
    const CostInputs inputs = costs ? *costs : defaultCostInputs(config, answers);
    const Scorer scorer(config, answers, inputs);
    result.scores = scorer.scores();
    result.weights = scorer.weights();
    result.profiles = scorer.profiles();
    result.current = currentCell(config, answers);
    const Scores& s = result.scores;

    for (int c = 0; c < kCellCount; ++c)
        if (!(s.excluded & (1u << c))) result.ranking.push_back(c);
    stableSort(result.ranking.begin(), result.ranking.end(), [&](int a, int b) {
        if ((a == s.winner) != (b == s.winner)) return a == s.winner;  // the advice first
        return s.fit[a] > s.fit[b];
    });
    result.winner = s.winner;
    result.stay = s.stay;
    if (result.ranking.size() > 1) {
        result.runnerUp = result.ranking[1];
        result.margin = s.fit[result.winner] - s.fit[result.runnerUp];
    }
    result.confidence = confidenceOf(config, result.margin);

    // Exclusion reasons, in question order.
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        if (!isAsked(config, answers, int(i))) continue;
        forEachEffects(config.questions[i], answers.values[i],
                       [&](const std::vector<Effect>& effects, double) {
                           for (const Effect& e : effects)
                               if (e.kind == Effect::Kind::Exclusion)
                                   for (int c = 0; c < kCellCount; ++c)
                                       if (e.cells & (1u << c))
                                           result.exclusionReasons[c].push_back(e.because);
                       });
    }

    if (result.winner >= 0) {
        result.reshore = result.current >= 0 && (config.reshore.from & (1u << result.current)) &&
                         (config.reshore.to & (1u << result.winner));
        if (result.stay)
            result.stayText =
                fill(config.text(Text::Stay),
                     {{"cell", config.cells[result.winner].name},
                      {"best", config.cells[s.best].name},
                      {"margin", oneDecimal(config.numbers, config.model.stayMargin)}});
        explain(config, answers, result);
        result.who = decide(config, result, true);
        result.where = decide(config, result, false);
        findChanges(config, answers, scorer, result.winner, result);
        for (std::size_t i = 0; i < config.checklist.size(); ++i) {
            const ChecklistItem& item = config.checklist[i];
            if (!(item.cells & (1u << result.winner))) continue;
            if (item.reshoreOnly && !result.reshore) continue;
            if (!conditionsHold(item.when, answers)) continue;
            result.checklist.push_back(int(i));
        }
    }
    result.costs = computeCosts(config, answers, inputs);
    return result;
}

}  // namespace advisor
