// Writes an evaluation as JSON and as text. Numbers are rounded for people (fit to 0.1 point,
// money to whole currency units); nothing here decides anything.
#include "report.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "json_limits.h"
#include "link.h"

namespace advisor {

using nlohmann::json;

namespace {

double round1(double value) {
    return std::round(value * 10) / 10;
}

json reasonsJson(const Config& config, const std::vector<Reason>& reasons) {
    json out = json::array();
    for (const auto& r : reasons)
        out.push_back({{"criterion", config.criteria[r.criterion].id},
                       {"text", r.text},
                       {"detail", r.detail},
                       {"points", round1(r.points)}});
    return out;
}

json changeJson(const Config& config, const Change& change) {
    if (!change.found) return nullptr;
    const Question& q = config.questions[change.question];
    auto valueJson = [&](int value) {
        return q.type == Question::Type::Choice ? json(q.options[value].value) : json(value);
    };
    return {{"question", q.id},
            {"kind", q.isPreference() ? "preference" : "fact"},
            {"from", valueJson(change.from)},
            {"to", valueJson(change.to)},
            {"new_winner", config.cells[change.newWinner].id},
            {"new_fit", round1(change.newFit)},
            {"text", change.text}};
}

json decisionJson(const Config& config, const Decision& d) {
    return {
        {"alternative", d.alternative >= 0 ? json(config.cells[d.alternative].id) : json(nullptr)},
        {"margin", round1(d.margin)},
        {"confidence", confidenceId(d.confidence)},
        {"favours_winner",
         d.favoursWinner >= 0 ? json(config.criteria[d.favoursWinner].id) : json(nullptr)},
        {"favours_alternative", d.favoursAlternative >= 0
                                    ? json(config.criteria[d.favoursAlternative].id)
                                    : json(nullptr)},
        {"text", d.text}};
}

}  // namespace

const char* whoId(Who who) {
    static const char* const names[] = {"own", "managed", "provider"};
    return names[static_cast<int>(who)];
}

const char* whereId(Where where) {
    static const char* const names[] = {"onshore", "nearshore", "offshore"};
    return names[static_cast<int>(where)];
}

std::string resultLabel(const Config& config, const Evaluation& evaluation) {
    if (evaluation.winner < 0) return config.text(Text::NoModelFits);
    if (evaluation.reshore)
        return fill(
            config.text(Text::LabelValue),
            {{"label", config.reshore.label}, {"value", config.cells[evaluation.winner].name}});
    return config.cells[evaluation.winner].name;
}

std::string evaluationJson(const Config& config, const Answers& answers, const Evaluation& e,
                           int indent) {
    json out;
    const bool hasWinner = e.winner >= 0;
    out["winner"] = hasWinner ? json(config.cells[e.winner].id) : json(nullptr);
    out["winner_name"] = hasWinner ? json(config.cells[e.winner].name) : json(nullptr);
    out["label"] = resultLabel(config, e);
    out["reshore"] = e.reshore;
    out["stay"] = e.stay;
    out["current"] = e.current >= 0 ? json(config.cells[e.current].id) : json(nullptr);
    if (e.stay) out["stay_text"] = e.stayText;
    out["fit"] = hasWinner ? round1(e.scores.fit[e.winner]) : 0.0;
    out["runner_up"] = e.runnerUp >= 0 ? json(config.cells[e.runnerUp].id) : json(nullptr);
    out["margin"] = round1(e.margin);
    out["confidence"] = confidenceId(e.confidence);
    if (hasWinner)
        out["decisions"] = {{"who", decisionJson(config, e.who)},
                            {"where", decisionJson(config, e.where)}};
    json ranking = json::array();
    for (int c : e.ranking) {
        const Cell& cell = config.cells[c];
        ranking.push_back({{"id", cell.id},
                           {"who", whoId(cell.who)},
                           {"where", whereId(cell.where)},
                           {"name", cell.name},
                           {"fit", round1(e.scores.fit[c])}});
    }
    out["ranking"] = ranking;
    json excluded = json::array();
    for (int c = 0; c < kCellCount; ++c) {
        if (!(e.scores.excluded & (1u << c))) continue;
        const auto& reasons = e.exclusionReasons[c];
        excluded.push_back({{"id", config.cells[c].id},
                            {"name", config.cells[c].name},
                            {"reason", reasons.empty() ? std::string() : reasons.front()},
                            {"reasons", reasons}});
    }
    out["excluded"] = excluded;
    json criteria = json::array();
    for (std::size_t k = 0; k < config.criteria.size(); ++k) {
        json profiles = json::object();
        for (int c = 0; c < kCellCount; ++c)
            profiles[config.cells[c].id] = round1(e.profiles[c][k]);
        criteria.push_back({{"id", config.criteria[k].id},
                            {"weight", std::round(e.weights[k] * 100) / 100},
                            {"profile", profiles}});
    }
    out["criteria"] = criteria;
    out["fit_scale_weight"] = std::round(config.fitScaleWeight * 100) / 100;
    out["reasons_for"] = reasonsJson(config, e.reasonsFor);
    out["reasons_against"] = reasonsJson(config, e.reasonsAgainst);
    out["what_would_change"] = changeJson(config, e.whatWouldChange);
    json facts = json::array();
    for (const Change& change : e.factChanges) facts.push_back(changeJson(config, change));
    out["facts_that_would_change_it"] = facts;
    json checklist = json::array();
    for (int i : e.checklist)
        checklist.push_back({{"title", fillMoney(config, e.costs, config.checklist[i].title)},
                             {"detail", fillMoney(config, e.costs, config.checklist[i].detail)}});
    out["checklist"] = checklist;
    const CostView& costs = e.costs;
    json cells = json::array();
    for (int c = 0; c < kCellCount; ++c) {
        const CellCost& cost = costs.cells[c];
        auto rounded = [&](const std::array<double, kMaxYears>& values) {
            json list = json::array();
            for (int y = 0; y < costs.years; ++y) list.push_back(std::round(values[y]));
            return list;
        };
        cells.push_back({{"id", config.cells[c].id},
                         {"setup", std::round(cost.setup)},
                         {"run_per_year", std::round(cost.runPerYear)},
                         {"fixed_per_year", std::round(cost.fixedPerYear)},
                         {"ramp_months", round1(cost.rampMonths)},
                         {"cumulative", rounded(cost.cumulative)},
                         {"cumulative_low", rounded(cost.cumulativeLow)},
                         {"cumulative_high", rounded(cost.cumulativeHigh)},
                         {"savings", std::round(cost.savings)},
                         {"savings_low", std::round(cost.savingsLow)},
                         {"savings_high", std::round(cost.savingsHigh)},
                         {"break_even_month",
                          cost.breakEvenMonth >= 0 ? json(cost.breakEvenMonth) : json(nullptr)}});
    }
    out["costs"] = {{"currency", costs.currency},
                    {"years", costs.years},
                    {"fte", costs.fte},
                    {"salary", std::round(costs.salary)},
                    {"baseline", config.cells[costs.baseline].id},
                    {"baseline_runs_today", costs.baselineRuns},
                    {"cells", cells}};
    out["answers"] = parseJson(answersToJson(config, answers));
    out["link"] = encodeLink(config, answers);
    return out.dump(indent);
}

std::string evaluationText(const Config& config, const Answers& answers, const Evaluation& e) {
    std::string out;
    char line[512];
    if (e.winner < 0) return config.text(Text::TextNoModel) + "\n";
    out += fill(config.text(Text::TextBestFit),
                {{"result", resultLabel(config, e)},
                 {"fit", fitText(config.numbers, e.scores.fit[e.winner])},
                 {"confidence", confidenceText(config, e.confidence)},
                 {"margin", oneDecimal(config.numbers, e.margin)},
                 {"alternative", e.runnerUp >= 0 ? config.cells[e.runnerUp].name
                                                 : config.text(Text::TextNothing)}}) +
           "\n";
    if (e.stay) out += "  " + e.stayText + "\n";
    out += "  " + e.who.text + "\n  " + e.where.text + "\n";
    out += "\n" + config.text(Text::TextRanking) + "\n";
    for (int c : e.ranking) {
        std::snprintf(line, sizeof line, "  %5s  %-20s %s\n",
                      oneDecimal(config.numbers, e.scores.fit[c]).c_str(),
                      config.cells[c].id.c_str(), config.cells[c].name.c_str());
        out += line;
    }
    for (int c = 0; c < kCellCount; ++c)
        if (e.scores.excluded & (1u << c))
            out += "  " + config.text(Text::TextExcludedShort) + "  " + config.cells[c].id + ": " +
                   e.exclusionReasons[c].front() + "\n";
    out += "\n" + config.text(Text::TextFor) + "\n";
    for (const auto& r : e.reasonsFor) out += "  + " + r.text + "\n";
    out += config.text(Text::TextAgainst) + "\n";
    for (const auto& r : e.reasonsAgainst) out += "  - " + r.text + "\n";
    if (e.whatWouldChange.found)
        out += "\n" + config.text(Text::WhatWouldChangeIt) + "\n  " + e.whatWouldChange.text + "\n";
    if (!e.factChanges.empty()) {
        out += "\n" + config.text(Text::FactsThatWouldChangeIt) + "\n";
        for (const Change& change : e.factChanges) out += "  " + change.text + "\n";
    }
    const CellCost& cost = e.costs.cells[e.winner];
    const std::string baseline =
        fill(config.text(e.costs.baselineRuns ? Text::BaselineToday : Text::BaselineNew),
             {{"cell", config.cells[e.costs.baseline].name}});
    const int last = e.costs.years - 1;
    out +=
        "\n" +
        fill(config.text(Text::TextCosts),
             {{"years", std::to_string(e.costs.years)},
              {"fte", wholeNumber(config.numbers, e.costs.fte)},
              {"total", formatMoney(config.numbers, e.costs, cost.cumulative[last])},
              {"low", formatMoney(config.numbers, e.costs, cost.cumulativeLow[last])},
              {"high", formatMoney(config.numbers, e.costs, cost.cumulativeHigh[last])},
              {"baseline", baseline},
              {"baseline_total", formatMoney(config.numbers, e.costs,
                                             e.costs.cells[e.costs.baseline].cumulative[last])}}) +
        "\n";
    if (e.winner != e.costs.baseline) {
        if (cost.breakEvenMonth == 0)
            out += "  " + fill(config.text(Text::TextCheaperFromStart), {{"baseline", baseline}});
        else if (cost.breakEvenMonth > 0)
            out += "  " +
                   fill(config.text(Text::TextBreaksEven),
                        {{"baseline", baseline}, {"month", std::to_string(cost.breakEvenMonth)}});
        else
            out += "  " + fill(config.text(Text::TextNoBreakEven), {{"baseline", baseline}});
        out += "\n";
    }
    out += "\n" + config.text(Text::TextChecklist) + "\n";
    for (int i : e.checklist)
        out += "  [ ] " + fillMoney(config, e.costs, config.checklist[i].title) + "\n";
    out += "\n" +
           fill(config.text(Text::ShareLink), {{"link", "#" + encodeLink(config, answers)}}) + "\n";
    return out;
}

}  // namespace advisor
