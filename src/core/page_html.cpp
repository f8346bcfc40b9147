// Writes the form and the result of page_html.h; the HTML report (report_html.cpp) uses the same
// result sections. Every text from the data file is escaped.
#include "page_html.h"

#include <nlohmann/json.hpp>

#include "format.h"
#include "report.h"
#include "report_html.h"

namespace advisor {
namespace {

using json = nlohmann::json;

std::string heading(int level, const std::string& text, const std::string& id = {}) {
    const std::string tag = "h" + std::to_string(level < 1 ? 1 : level > 6 ? 6 : level);
    return "<" + tag + (id.empty() ? "" : " id=\"" + id + "\"") + ">" + escapeHtml(text) + "</" +
           tag + ">\n";
}

void appendQuestion(std::string& h, const Config& config, const Answers& answers, int q) {
    const Question& question = config.questions[q];
    const std::string id = escapeHtml(question.id);
    const std::string help = "sa-help-" + id;
    const bool asked = isAsked(config, answers, q);
    h += "<fieldset class=\"sa-question\" id=\"sa-q-" + id + "\" data-question=\"" + id + "\"";
    if (!question.help.empty()) h += " aria-describedby=\"" + help + "\"";
    h += asked ? ">" : " hidden>";
    h += "<legend>" + escapeHtml(question.label) + "</legend>\n";
    if (!question.help.empty())
        h += "<p class=\"sa-help\" id=\"" + help + "\">" + escapeHtml(question.help) + "</p>\n";
    const int value = answers.values[q];
    if (question.type == Question::Type::Choice) {
        for (int o = 0; o < int(question.options.size()); ++o) {
            const Option& option = question.options[o];
            const std::string control = "sa-" + id + "-" + escapeHtml(option.value);
            h += "<div class=\"sa-option\"><input type=\"radio\" name=\"" + id + "\" id=\"" +
                 control + "\" value=\"" + escapeHtml(option.value) + "\"" +
                 (o == value ? " checked" : "") + "><label for=\"" + control + "\">" +
                 escapeHtml(option.label) + "</label></div>\n";
        }
    } else {
        const std::string control = "sa-" + id;
        const bool scale = !question.scaleLabels.empty();
        h += "<div class=\"sa-number\"><label for=\"" + control + "\">" +
             escapeHtml(scale                   ? question.label
                        : question.unit.empty() ? question.label
                                                : question.unit) +
             "</label> <input type=\"" + (scale ? "range" : "number") + "\" name=\"" + id +
             "\" id=\"" + control + "\" min=\"" + std::to_string(question.min) + "\" max=\"" +
             std::to_string(question.max) + "\" step=\"1\" value=\"" + std::to_string(value) + "\"";
        if (scale)
            h += " aria-valuetext=\"" + escapeHtml(answerLabel(config, q, value)) +
                 "\"><output for=\"" + control + "\">" + escapeHtml(answerLabel(config, q, value)) +
                 "</output></div>\n";
        else
            h += " inputmode=\"numeric\"></div>\n";
    }
    h += "</fieldset>\n";
}

std::string fitWords(const Config& config, double fit) {
    return fill(config.text(Text::FitOf100Inline), {{"fit", fitText(config.numbers, fit)}});
}

// "Name: what is said of it", in the language's punctuation.
std::string labelled(const Config& config, const std::string& label, const std::string& value) {
    return escapeHtml(fill(config.text(Text::LabelValue), {{"label", label}, {"value", value}}));
}

void appendHeadline(std::string& h, const Config& config, const Evaluation& e, int level) {
    if (e.winner < 0) {
        h += heading(level, config.text(Text::NoModelFits));
        h += "<p>" + escapeHtml(config.text(Text::AllExcludedPage)) + "</p>\n";
        return;
    }
    const Cell& winner = config.cells[e.winner];
    h += heading(level, fill(config.text(Text::BestFit), {{"cell", winner.name}}),
                 "sa-result-title");
    if (e.reshore)
        h += "<p><span class=\"sa-pill\">" + escapeHtml(config.reshore.label) + "</span></p>\n";
    h += "<p class=\"sa-fit\">" +
         escapeHtml(fill(config.text(Text::FitOf100),
                         {{"fit", fitText(config.numbers, e.scores.fit[e.winner])}}));
    if (e.runnerUp >= 0)
        h += " \xc2\xb7 " + escapeHtml(fill(config.text(Text::MarginOverPage),
                                            {{"confidence", confidenceText(config, e.confidence)},
                                             {"margin", signedOneDecimal(config.numbers, e.margin)},
                                             {"cell", config.cells[e.runnerUp].name}}));
    h += "</p>\n<p>" + escapeHtml(winner.summary) + "</p>\n";
    if (e.reshore) h += "<p>" + escapeHtml(config.reshore.explanation) + "</p>\n";
    if (e.stay) h += "<p>" + escapeHtml(e.stayText) + "</p>\n";
    h += "<p>" + escapeHtml(e.who.text) + "<br>" + escapeHtml(e.where.text) + "</p>\n";
    if (e.whatWouldChange.found) {
        h += heading(level + 1, config.text(Text::WhatWouldChangeIt));
        h += "<p>" + escapeHtml(e.whatWouldChange.text) + "</p>\n";
    }
    if (!e.factChanges.empty()) {
        h += heading(level + 1, config.text(Text::FactsThatWouldChangeIt));
        h += "<ul>\n";
        for (const Change& change : e.factChanges)
            h += "<li>" + escapeHtml(change.text) + "</li>\n";
        h += "</ul>\n";
    }
}

void appendRanking(std::string& h, const Config& config, const Evaluation& e, int level) {
    h += heading(level, config.text(Text::HowTheModelsFit));
    h += "<ol class=\"sa-ranking\">\n";
    for (int c : e.ranking)
        h += "<li>" + labelled(config, config.cells[c].name, fitWords(config, e.scores.fit[c])) +
             "</li>\n";
    h += "</ol>\n";
    bool anyExcluded = false;
    for (int c = 0; c < kCellCount; ++c) anyExcluded |= (e.scores.excluded & (1u << c)) != 0;
    if (!anyExcluded) return;
    h += "<p>" + escapeHtml(config.text(Text::ExcludedByAnswers)) +
         "</p>\n<ul class=\"sa-excluded\">\n";
    for (int c = 0; c < kCellCount; ++c)
        if (e.scores.excluded & (1u << c))
            h += "<li>" +
                 labelled(config, config.cells[c].name,
                          e.exclusionReasons[c].empty() ? std::string()
                                                        : e.exclusionReasons[c].front()) +
                 "</li>\n";
    h += "</ul>\n";
}

void appendHeatMap(std::string& h, const Config& config, const Evaluation& e, int level) {
    h += heading(level, config.text(Text::WhoByWhere));
    h += "<table class=\"sa-heat\"><caption>" + escapeHtml(config.text(Text::HeatMapCaption)) +
         "</caption>\n<tr><td></td>";
    for (int w = 0; w < 3; ++w)
        h += "<th scope=\"col\">" + escapeHtml(config.text(axisText(Where(w)))) + "</th>";
    h += "</tr>\n";
    for (int who = 0; who < 3; ++who) {
        h += "<tr><th scope=\"row\">" + escapeHtml(config.text(axisText(Who(who)))) + "</th>";
        for (int w = 0; w < 3; ++w) {
            const int c = who * 3 + w;
            if (e.scores.excluded & (1u << c))
                h += "<td class=\"sa-excluded-cell\">" +
                     escapeHtml(fill(config.text(Text::HeatExcludedReason),
                                     {{"reason", e.exclusionReasons[c].empty()
                                                     ? std::string()
                                                     : e.exclusionReasons[c].front()}})) +
                     "</td>";
            else
                h += std::string("<td") + (c == e.winner ? " class=\"sa-winner-cell\"" : "") + ">" +
                     escapeHtml(c == e.winner
                                    ? fill(config.text(Text::HeatBestFit),
                                           {{"fit", fitText(config.numbers, e.scores.fit[c])}})
                                    : fitText(config.numbers, e.scores.fit[c])) +
                     "</td>";
        }
        h += "</tr>\n";
    }
    h += "</table>\n";
}

void appendReasons(std::string& h, const Config& config, Text title,
                   const std::vector<Reason>& list, int level) {
    if (list.empty()) return;
    h += heading(level, config.text(title));
    h += "<ul>\n";
    for (const Reason& r : list)
        h += "<li>" + escapeHtml(r.text) + " <span class=\"sa-dim\">" +
             escapeHtml(fill(
                 config.text(Text::ReasonDetail),
                 {{"points", signedOneDecimal(config.numbers, r.points)}, {"detail", r.detail}})) +
             "</span></li>\n";
    h += "</ul>\n";
}

std::string breakEvenText(const Config& config, const CostView& costs, int c) {
    const CellCost& cost = costs.cells[c];
    if (c == costs.baseline) return "\xe2\x80\x94";
    if (cost.breakEvenMonth == 0) return config.text(Text::BreakEvenFromMonth1);
    if (cost.breakEvenMonth > 0)
        return fill(config.text(Text::BreakEvenMonth),
                    {{"month", std::to_string(cost.breakEvenMonth)}});
    return config.text(Text::BreakEvenNotWithin);
}

void appendCosts(std::string& h, const Config& config, const Evaluation& e, int level) {
    const CostView& costs = e.costs;
    h += heading(level,
                 fill(config.text(costs.years == 1 ? Text::CostsOverOneYear : Text::CostsOverYears),
                      {{"years", std::to_string(costs.years)}}));
    h += "<p class=\"sa-dim\">" +
         escapeHtml(fill(config.text(Text::CostsIntro),
                         {{"fte", wholeNumber(config.numbers, costs.fte)},
                          {"salary", formatMoney(config.numbers, costs, costs.salary)},
                          {"cell", config.cells[costs.baseline].name}})) +
         "</p>\n";
    // A wide table scrolls on its own; the keyboard can reach (and so scroll) it.
    h += "<div class=\"sa-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" +
         escapeHtml(config.text(Text::CostsTableLabel)) + "\">";
    h += "<table class=\"sa-costs\"><caption>" +
         escapeHtml(fill(config.text(Text::CostsCaption), {{"currency", costs.currency}})) +
         "</caption>\n<tr><th scope=\"col\">" + escapeHtml(config.text(Text::ColumnModel)) +
         "</th>";
    for (int y = 1; y <= costs.years; ++y)
        h += "<th scope=\"col\" class=\"sa-num\">" +
             escapeHtml(fill(config.text(Text::ColumnYear), {{"year", std::to_string(y)}})) +
             "</th>";
    h += "<th scope=\"col\" class=\"sa-num\">" + escapeHtml(config.text(Text::PerYearOnceRunning)) +
         "</th><th scope=\"col\" class=\"sa-num\">" + escapeHtml(config.text(Text::ColumnRange)) +
         "</th><th scope=\"col\" class=\"sa-num\">" +
         escapeHtml(config.text(Text::ColumnBreakEven)) + "</th></tr>\n";
    for (int c : e.ranking) {
        const CellCost& cost = costs.cells[c];
        h += "<tr><th scope=\"row\">" + escapeHtml(config.cells[c].name) + "</th>";
        for (int y = 0; y < costs.years; ++y)
            h += "<td class=\"sa-num\">" +
                 escapeHtml(formatMoney(config.numbers, costs, cost.cumulative[y])) + "</td>";
        h += "<td class=\"sa-num\">" +
             escapeHtml(formatMoney(config.numbers, costs, cost.runPerYear)) +
             "</td><td class=\"sa-num\">" +
             escapeHtml(formatMoney(config.numbers, costs, cost.cumulativeLow[costs.years - 1])) +
             "\xe2\x80\x93" +
             escapeHtml(formatMoney(config.numbers, costs, cost.cumulativeHigh[costs.years - 1])) +
             "</td><td class=\"sa-num\">" + escapeHtml(breakEvenText(config, costs, c)) +
             "</td></tr>\n";
    }
    h += "</table></div>\n";
}

void appendChecklist(std::string& h, const Config& config, const Evaluation& e, int level,
                     bool checkboxes) {
    if (e.checklist.empty()) return;
    h += heading(level, config.text(Text::WhatToPutInPlace));
    h += "<ul class=\"sa-checklist\">\n";
    for (int i : e.checklist) {
        const ChecklistItem& item = config.checklist[i];
        const std::string text =
            "<strong>" + escapeHtml(fillMoney(config, e.costs, item.title)) +
            "</strong>: " + escapeHtml(fillMoney(config, e.costs, item.detail));
        if (checkboxes) {
            const std::string id = "sa-check-" + std::to_string(i);  // kept across results
            h += "<li><input type=\"checkbox\" id=\"" + id + "\"><label for=\"" + id + "\">" +
                 text + "</label></li>\n";
        } else {
            h += "<li>" + text + "</li>\n";
        }
    }
    h += "</ul>\n";
}

}  // namespace

std::string formHtml(const Config& config, const Answers& answers) {
    std::string h;
    h.reserve(32000);
    for (int s = 0; s < int(config.steps.size()); ++s) {
        h += "<section class=\"sa-step\" aria-labelledby=\"sa-step-" +
             escapeHtml(config.steps[s].id) + "\">\n";
        h += "<h2 id=\"sa-step-" + escapeHtml(config.steps[s].id) + "\">" + std::to_string(s + 1) +
             ". " + escapeHtml(config.steps[s].title) + "</h2>\n";
        for (int q = 0; q < int(config.questions.size()); ++q)
            if (config.questions[q].step == s) appendQuestion(h, config, answers, q);
        h += "</section>\n";
    }
    return h;
}

std::string resultHtml(const Config& config, const Answers& answers, const Evaluation& e, int level,
                       bool checkboxes) {
    (void)answers;
    std::string h;
    h.reserve(24000);
    appendHeadline(h, config, e, level);
    appendRanking(h, config, e, level + 1);
    appendHeatMap(h, config, e, level + 1);
    appendReasons(h, config, Text::WhyItFits, e.reasonsFor, level + 1);
    appendReasons(h, config, Text::AgainstIt, e.reasonsAgainst, level + 1);
    appendCosts(h, config, e, level + 1);
    appendChecklist(h, config, e, level + 1, checkboxes);
    return h;
}

std::string formStateJson(const Config& config, const Answers& answers) {
    json asked = json::object(), values = json::object(), words = json::object();
    for (int q = 0; q < int(config.questions.size()); ++q) {
        const Question& question = config.questions[q];
        asked[question.id] = isAsked(config, answers, q);
        if (question.type == Question::Type::Choice)
            values[question.id] = question.options[answers.values[q]].value;
        else
            values[question.id] = answers.values[q];
        words[question.id] = answerLabel(config, q, answers.values[q]);
    }
    return json{{"asked", asked}, {"answers", values}, {"text", words}}.dump(
        -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace advisor
