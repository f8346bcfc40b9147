// The weighted-sum model of evaluate.h, plus the explanations built on it. Scoring runs on a
// tally of effects so that "what would change it" can swap one answer's effects out and in
// (about sixty alternatives per evaluation) without re-reading every answer.
#include "evaluate.h"

#include <algorithm>
#include <cmath>

namespace advisor {
namespace {

using Tally = EffectTotals;

void add(Tally& tally, const EffectTotals& totals, double factor) {
    for (int k = 0; k < kMaxCriteria; ++k) tally.weight[k] += factor * totals.weight[k];
    for (int c = 0; c < kCellCount; ++c) tally.modifier[c] += factor * totals.modifier[c];
}

void addExclusions(Tally& tally, const EffectTotals& totals, int sign) {
    if (!totals.excludes) return;
    tally.excludes = true;  // may stay set when counts return to 0: only a slower path then
    for (int c = 0; c < kCellCount; ++c) tally.exclusions[c] += sign * totals.exclusions[c];
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

// Adds (sign +1) or removes (−1) one answer's effects.
void applyAnswer(Tally& tally, const Question& q, int value, int sign) {
    if (q.type == Question::Type::Choice) {
        add(tally, q.options[value].totals, sign);
        addExclusions(tally, q.options[value].totals, sign);
        return;
    }
    for (const Band& band : q.bands) {
        if (value < band.min || value > band.max) continue;
        add(tally, band.totals, sign);
        addExclusions(tally, band.totals, sign);
    }
    if (!q.perUnit.empty()) add(tally, q.perUnitTotals, sign * double(value - q.min));
}

Tally tallyOf(const Config& config, const Answers& answers) {
    Tally tally;
    for (std::size_t k = 0; k < config.criteria.size(); ++k) tally.weight[k] = config.criteria[k].baseWeight;
    for (std::size_t i = 0; i < config.questions.size(); ++i)
        if (isAsked(config, answers, int(i))) applyAnswer(tally, config.questions[i], answers.values[i], +1);
    return tally;
}

std::array<double, kMaxCriteria> effectiveWeights(const Config& config, const Tally& tally) {
    std::array<double, kMaxCriteria> w{};
    for (std::size_t k = 0; k < config.criteria.size(); ++k) w[k] = std::max(0.0, tally.weight[k]);
    return w;
}

Scores scoresOf(const Config& config, const Tally& tally) {
    Scores s;
    // Fixed-size loops (unused criteria weigh 0) so the compiler can unroll and vectorise them.
    const auto w = effectiveWeights(config, tally);
    double total = 0;
    for (int k = 0; k < kMaxCriteria; ++k) total += w[k];
    const double scale = total > 0 ? 10 / total : 0;
    for (int c = 0; c < kCellCount; ++c) {
        const auto& profile = config.cells[c].profile;
        double sum = 0;
        for (int k = 0; k < kMaxCriteria; ++k) sum += w[k] * profile[k];
        const double base = total > 0 ? sum * scale : 50;
        s.fit[c] = std::clamp(base + tally.modifier[c], 0.0, 100.0);
        if (tally.exclusions[c] > 0) s.excluded |= CellMask(1u << c);
    }
    for (int c = 0; c < kCellCount; ++c)
        if (!(s.excluded & (1u << c)) && (s.winner < 0 || s.fit[c] > s.fit[s.winner])) s.winner = c;
    return s;
}

// The effects one answer brings, summed: an option's totals, or a band's plus the per-unit part.
const EffectTotals& answerTotals(const Question& q, int value, EffectTotals& scratch) {
    if (q.type == Question::Type::Choice) return q.options[value].totals;
    scratch = EffectTotals();
    applyAnswer(scratch, q, value, +1);
    scratch.updateTouched();
    return scratch;
}

// A change of the base tally: some answers' totals taken out (−1) and others put in (+1).
struct TallyChange {
    std::array<std::pair<const EffectTotals*, int>, 12> parts;
    int count = 0;
    void add(const EffectTotals& totals, int sign) {
        if (count < int(parts.size())) parts[count++] = {&totals, sign};
    }
};

// Scores of tallies close to one base tally: keeps each cell's weighted sum, so that a change
// touching a few criteria costs a few multiplications per cell, with no tally copied.
class IncrementalScorer {
public:
    IncrementalScorer(const Config& config, const Tally& base) : config_(config), base_(base) {
        for (int k = 0; k < kMaxCriteria; ++k) {
            weight_[k] = std::max(0.0, base.weight[k]);
            total_ += weight_[k];
        }
        for (int c = 0; c < kCellCount; ++c) {
            double sum = 0;
            for (int k = 0; k < kMaxCriteria; ++k) sum += weight_[k] * config.cells[c].profile[k];
            sum_[c] = sum;
        }
    }

    Scores scores(const TallyChange& change) const {
        std::array<double, kCellCount> modifier = base_.modifier;
        std::array<double, kMaxCriteria> weightChange{};
        std::uint16_t touched = 0;
        bool excludes = false;
        for (int i = 0; i < change.count; ++i) {
            const EffectTotals& t = *change.parts[i].first;
            const int sign = change.parts[i].second;
            touched |= t.weightsTouched;
            for (unsigned bits = t.weightsTouched; bits; bits &= bits - 1) {
                const int k = __builtin_ctz(bits);
                weightChange[k] += sign * t.weight[k];
            }
            for (unsigned bits = t.modifiersTouched; bits; bits &= bits - 1) {
                const int c = __builtin_ctz(bits);
                modifier[c] += sign * t.modifier[c];
            }
            excludes = excludes || t.excludes;
        }
        std::array<double, kCellCount> sum = sum_;
        double total = total_;
        for (unsigned bits = touched; bits; bits &= bits - 1) {
            const int k = __builtin_ctz(bits);
            const double delta = std::max(0.0, base_.weight[k] + weightChange[k]) - weight_[k];
            if (delta == 0) continue;
            total += delta;
            for (int c = 0; c < kCellCount; ++c) sum[c] += delta * config_.cells[c].profile[k];
        }
        Scores s;
        const double scale = total > 1e-12 ? 10 / total : 0;
        for (int c = 0; c < kCellCount; ++c)
            s.fit[c] = std::clamp((total > 1e-12 ? sum[c] * scale : 50) + modifier[c], 0.0, 100.0);
        if (excludes || base_.excludes) {
            std::array<int, kCellCount> exclusions = base_.exclusions;
            for (int i = 0; i < change.count; ++i)
                if (change.parts[i].first->excludes)
                    for (int c = 0; c < kCellCount; ++c) exclusions[c] += change.parts[i].second * change.parts[i].first->exclusions[c];
            for (int c = 0; c < kCellCount; ++c)
                if (exclusions[c] > 0) s.excluded |= CellMask(1u << c);
        }
        for (int c = 0; c < kCellCount; ++c)
            if (!(s.excluded & (1u << c)) && (s.winner < 0 || s.fit[c] > s.fit[s.winner])) s.winner = c;
        return s;
    }

private:
    const Config& config_;
    const Tally& base_;
    std::array<double, kMaxCriteria> weight_{};
    std::array<double, kCellCount> sum_{};
    double total_ = 0;
};

// Candidate values for "what would change it", with how far each is from the current value.
struct Candidate {
    int value;
    int distance;
};

struct Candidates {  // fixed capacity: no allocation per question
    std::array<Candidate, 64> items;
    std::size_t count = 0;
    void push_back(Candidate c) {
        if (count < items.size()) items[count++] = c;
    }
    std::size_t size() const { return count; }
    const Candidate* begin() const { return items.data(); }
    const Candidate* end() const { return items.data() + count; }
};

Candidates alternatives(const Question& q, int current) {
    Candidates out;
    if (q.type == Question::Type::Choice) {
        for (int o = 0; o < int(q.options.size()); ++o)
            if (o != current) out.push_back({o, q.ordered ? std::abs(o - current) : 1});
        return out;
    }
    if (!q.perUnit.empty()) {  // a steady scale: every value counts
        for (int v = q.min; v <= q.max && out.size() < 64; ++v)
            if (v != current) out.push_back({v, std::abs(v - current)});
        return out;
    }
    int here = 0;  // banded: the nearest value of every other band
    for (int b = 0; b < int(q.bands.size()); ++b)
        if (current >= q.bands[b].min && current <= q.bands[b].max) here = b;
    for (int b = 0; b < int(q.bands.size()); ++b) {
        if (b == here) continue;
        out.push_back({b < here ? q.bands[b].max : q.bands[b].min, std::abs(b - here)});
    }
    return out;
}

// Number formatting without printf: these run for every evaluation.
std::string fitText(double fit) { return std::to_string(static_cast<long>(std::lround(fit))); }

std::string oneDecimal(double value) {
    long tenths = std::lround(std::fabs(value) * 10);
    char buffer[24];
    char* end = buffer + sizeof buffer;
    char* p = end;
    *--p = char('0' + tenths % 10);
    *--p = '.';
    tenths /= 10;
    do {
        *--p = char('0' + tenths % 10);
        tenths /= 10;
    } while (tenths > 0 && p > buffer + 1);
    if (value < 0 && std::lround(std::fabs(value) * 10) != 0) *--p = '-';
    return std::string(p, end);
}

// True when a cell other than the winner comes within rounding noise of the winner's fit.
bool nearTie(const Scores& s) {
    if (s.winner < 0) return false;
    for (int c = 0; c < kCellCount; ++c)
        if (c != s.winner && !(s.excluded & (1u << c)) && s.fit[c] >= s.fit[s.winner] - 1e-9) return true;
    return false;
}

Change findChange(const Config& config, const Answers& answers, const Tally& tally, int winner) {
    // Changes of what the visitor wants (levers) come before changes of facts; then the fewest
    // steps; then the change after which the new winner leads most clearly. Candidates are scored
    // in that order, so the search stops at the first rank that changes the winner.
    struct Ranked {
        int rank;
        int question;
        int value;
    };
    std::array<Ranked, 512> ranked;
    std::size_t count = 0;
    for (int q = 0; q < int(config.questions.size()); ++q) {
        if (!isAsked(config, answers, q)) continue;
        const Question& question = config.questions[q];
        for (const Candidate& candidate : alternatives(question, answers.values[q]))
            if (count < ranked.size()) ranked[count++] = {(question.lever ? 0 : 1000) + candidate.distance, q, candidate.value};
    }
    std::stable_sort(ranked.begin(), ranked.begin() + count, [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });

    Change best;
    int bestRank = 1 << 30;
    double bestMargin = -1;
    Answers trial = answers;
    const IncrementalScorer scorer(config, tally);
    EffectTotals currentScratch, candidateScratch;
    std::array<EffectTotals, 8> dependentScratch;
    for (std::size_t i = 0; i < count && ranked[i].rank <= bestRank; ++i) {
        const int q = ranked[i].question;
        const Question& question = config.questions[q];
        TallyChange change;
        change.add(answerTotals(question, answers.values[q], currentScratch), -1);
        change.add(answerTotals(question, ranked[i].value, candidateScratch), +1);
        // Questions this answer shows or hides bring or take their effects with them.
        trial.values[q] = ranked[i].value;
        std::size_t scratch = 0;
        for (int other : question.dependents) {
            const bool before = isAsked(config, answers, other);
            if (before == isAsked(config, trial, other) || scratch >= dependentScratch.size()) continue;
            const Question& dependent = config.questions[other];
            change.add(answerTotals(dependent, answers.values[other], dependentScratch[scratch++]), before ? -1 : +1);
        }
        trial.values[q] = answers.values[q];
        Scores s = scorer.scores(change);
        // The incremental sums may differ from a fresh scoring in the last bits, and those must
        // not break a tie differently from evaluate(): near a tie, score the changed answers
        // afresh, exactly as evaluate() would.
        if (nearTie(s)) {
            trial.values[q] = ranked[i].value;
            s = score(config, trial);
            trial.values[q] = answers.values[q];
        }
        if (s.winner < 0 || s.winner == winner) continue;
        double margin = 1e9;
        for (int c = 0; c < kCellCount; ++c)
            if (c != s.winner && !(s.excluded & (1u << c))) margin = std::min(margin, s.fit[s.winner] - s.fit[c]);
        if (ranked[i].rank < bestRank || margin > bestMargin) {
            bestRank = ranked[i].rank;
            bestMargin = margin;
            best = {true, q, answers.values[q], ranked[i].value, s.winner, s.fit[s.winner], {}};
        }
    }
    if (best.found) {
        const Question& q = config.questions[best.question];
        best.text = "If \u201c" + q.label + "\u201d were \u201c" + answerLabel(config, best.question, best.to) +
                    "\u201d instead of \u201c" + answerLabel(config, best.question, best.from) + "\u201d, " +
                    config.cells[best.newWinner].name + " would fit best (" + fitText(best.newFit) + ").";
    }
    return best;
}

// A reason before it is written out: either a criterion or a modifier effect of question q.
struct RawReason {
    double points;
    int criterion;        // ≥ 0 for criterion reasons
    double mean;          // the other cells' average profile on it
    const Effect* effect; // modifier reasons
    int question;
};

void explain(const Config& config, const Answers& answers, Evaluation& result) {
    const int winner = result.winner;
    const auto& w = result.weights;
    const std::size_t criteria = config.criteria.size();
    double total = 0;
    for (std::size_t k = 0; k < criteria; ++k) total += w[k];
    int others = 0;
    std::array<double, kMaxCriteria> average{};
    for (int c : result.ranking) {
        if (c == winner) continue;
        ++others;
        for (std::size_t k = 0; k < criteria; ++k) average[k] += config.cells[c].profile[k];
    }
    std::vector<RawReason> raw;
    raw.reserve(32);
    for (std::size_t k = 0; k < criteria && total > 0; ++k) {
        if (w[k] <= 0) continue;
        const double mean = others ? average[k] / others : config.cells[winner].profile[k];
        const double points = 10 * w[k] * (config.cells[winner].profile[k] - mean) / total;
        if (std::fabs(points) >= 0.5) raw.push_back({points, int(k), mean, nullptr, -1});
    }
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        if (!isAsked(config, answers, int(i))) continue;
        forEachEffects(config.questions[i], answers.values[i], [&](const std::vector<Effect>& effects, double scale) {
            for (const Effect& e : effects) {
                if (e.kind != Effect::Kind::Modifier || !(e.cells & (1u << winner))) continue;
                const double points = e.amount * scale;
                if (std::fabs(points) >= 0.5) raw.push_back({points, -1, 0, &e, int(i)});
            }
        });
    }
    std::stable_sort(raw.begin(), raw.end(),
                     [](const RawReason& a, const RawReason& b) { return std::fabs(a.points) > std::fabs(b.points); });
    const Cell& cell = config.cells[winner];
    for (const RawReason& r : raw) {
        auto& list = r.points > 0 ? result.reasonsFor : result.reasonsAgainst;
        if (list.size() >= 4) continue;
        Reason reason;
        reason.points = r.points;
        if (r.criterion >= 0) {
            const Criterion& criterion = config.criteria[r.criterion];
            reason.text = r.points > 0 ? criterion.reasonFor : criterion.reasonAgainst;
            reason.detail = criterion.label + ": weight " + oneDecimal(w[r.criterion]) + " of " + oneDecimal(total) +
                            "; " + cell.name + " scores " + oneDecimal(cell.profile[r.criterion]) +
                            "/10, the other models " + oneDecimal(r.mean) + " on average.";
        } else {
            reason.text = r.effect->because;
            reason.detail = "Your answer to \u201c" + config.questions[r.question].label + "\u201d: " +
                            (r.points > 0 ? "+" : "") + oneDecimal(r.points) + " fit points.";
        }
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

const char* confidenceText(Confidence confidence) {
    switch (confidence) {
        case Confidence::Clear: return "clear lead";
        case Confidence::Moderate: return "moderate lead";
        case Confidence::Close: return "close call";
    }
    return "";
}

Scores score(const Config& config, const Answers& answers) {
    return scoresOf(config, tallyOf(config, answers));
}

Evaluation evaluate(const Config& config, const Answers& answers, const CostInputs* costs) {
    Evaluation result;
    const Tally tally = tallyOf(config, answers);
    result.scores = scoresOf(config, tally);
    result.weights = effectiveWeights(config, tally);
    const Scores& s = result.scores;

    for (int c = 0; c < kCellCount; ++c)
        if (!(s.excluded & (1u << c))) result.ranking.push_back(c);
    std::stable_sort(result.ranking.begin(), result.ranking.end(),
                     [&](int a, int b) { return s.fit[a] > s.fit[b]; });
    result.winner = s.winner;
    if (result.ranking.size() > 1) {
        result.runnerUp = result.ranking[1];
        result.margin = s.fit[result.winner] - s.fit[result.runnerUp];
    }
    result.confidence = result.margin >= 10 ? Confidence::Clear
                        : result.margin >= 4 ? Confidence::Moderate
                                             : Confidence::Close;

    // Exclusion reasons, in question order.
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        if (!isAsked(config, answers, int(i))) continue;
        forEachEffects(config.questions[i], answers.values[i], [&](const std::vector<Effect>& effects, double) {
            for (const Effect& e : effects)
                if (e.kind == Effect::Kind::Exclusion)
                    for (int c = 0; c < kCellCount; ++c)
                        if (e.cells & (1u << c)) result.exclusionReasons[c].push_back(e.because);
        });
    }

    if (result.winner >= 0) {
        const int current = config.cellIndex(
            config.questions[config.known.currentModel].options[answers.values[config.known.currentModel]].value);
        result.reshore = current >= 0 && (config.reshore.from & (1u << current)) &&
                         (config.reshore.to & (1u << result.winner));
        explain(config, answers, result);
        result.whatWouldChange = findChange(config, answers, tally, result.winner);
        for (std::size_t i = 0; i < config.checklist.size(); ++i) {
            const ChecklistItem& item = config.checklist[i];
            if (!(item.cells & (1u << result.winner))) continue;
            if (item.reshoreOnly && !result.reshore) continue;
            if (!conditionsHold(item.when, answers)) continue;
            result.checklist.push_back(int(i));
        }
    }
    const CostInputs inputs = costs ? *costs : defaultCostInputs(config, answers);
    result.costs = computeCosts(config, answers, inputs);
    return result;
}

}  // namespace advisor
