// Writes the HTML report of report_html.h. Layout is plain and prints well on A4 and Letter.
#include "report_html.h"

#include <cmath>
#include <cstdio>

#include "report.h"

namespace advisor {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

const char* const kStyle =
    "body{font:15px/1.5 system-ui,-apple-system,'Segoe "
    "UI',Roboto,sans-serif;color:#1b1f24;max-width:46rem;"
    "margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem;margin:0 0 "
    ".2rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem;"
    "border-bottom:1px solid "
    "#d5dae1;padding-bottom:.2rem}table{border-collapse:collapse;width:100%}"
    "td,th{text-align:left;padding:.25rem .5rem .25rem 0;vertical-align:top;border-bottom:1px "
    "solid #eef1f5}"
    "th{font-weight:600}.dim{color:#545e6a}.num{text-align:right;white-space:nowrap}.pill{display:"
    "inline-block;"
    "background:#2563eb;color:#fff;border-radius:1rem;padding:0 .6rem;font-size:.85rem}"
    "@media print{body{margin:0;max-width:none}a{color:inherit}}";

}  // namespace

std::string evaluationHtml(const Config& config, const Answers& answers, const Evaluation& e,
                           std::string_view link, std::string_view date) {
    std::string h;
    h.reserve(24000);
    h += "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
    h += "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">";
    h += "<title>" + escapeHtml(config.title) + " \xe2\x80\x94 " +
         escapeHtml(resultLabel(config, e)) + "</title>";
    h += "<style>";
    h += kStyle;
    h += "</style></head><body>\n";
    h += "<p class=\"dim\">" + escapeHtml(config.title) + " report" +
         (date.empty() ? "" : ", " + escapeHtml(date)) + "</p>\n";
    if (e.winner < 0) {
        h += "<h1>No model fits</h1><p>Every model is excluded by these answers.</p>\n";
    } else {
        const Cell& winner = config.cells[e.winner];
        if (e.reshore)
            h += "<p><span class=\"pill\">" + escapeHtml(config.reshore.label) + "</span></p>";
        h += "<h1>" + escapeHtml(winner.name) + "</h1>\n";
        h += "<p>Fit " + wholeNumber(e.scores.fit[e.winner]) + " of 100";
        if (e.runnerUp >= 0)
            h += " \xc2\xb7 " + escapeHtml(confidenceText(config, e.confidence)) + ", " +
                 signedOneDecimal(e.margin) + " over " + escapeHtml(config.cells[e.runnerUp].name);
        h += "</p>\n<p>" + escapeHtml(winner.summary) + "</p>\n";
        if (e.reshore) h += "<p>" + escapeHtml(config.reshore.explanation) + "</p>\n";
        if (e.stay) h += "<p>" + escapeHtml(e.stayText) + "</p>\n";
        h += "<p>" + escapeHtml(e.who.text) + "<br>" + escapeHtml(e.where.text) + "</p>\n";
        if (e.whatWouldChange.found)
            h += "<p><strong>What would change it:</strong> " + escapeHtml(e.whatWouldChange.text) +
                 "</p>\n";
        if (!e.factChanges.empty()) {
            h += "<p><strong>Facts that would change it:</strong></p>\n<ul>\n";
            for (const Change& change : e.factChanges)
                h += "<li>" + escapeHtml(change.text) + "</li>\n";
            h += "</ul>\n";
        }
    }

    h += "<h2>How the nine models fit</h2>\n<table><tr><th>Model</th><th>Who</th><th>Where</th><th "
         "class=\"num\">Fit</th></tr>\n";
    for (int c : e.ranking) {
        const Cell& cell = config.cells[c];
        h += "<tr><td>" + escapeHtml(cell.name) + "</td><td>" + whoId(cell.who) + "</td><td>" +
             whereId(cell.where) + "</td><td class=\"num\">" + wholeNumber(e.scores.fit[c]) +
             "</td></tr>\n";
    }
    for (int c = 0; c < kCellCount; ++c) {
        if (!(e.scores.excluded & (1u << c))) continue;
        const Cell& cell = config.cells[c];
        h += "<tr class=\"dim\"><td>" + escapeHtml(cell.name) +
             "</td><td colspan=\"3\">excluded: " +
             escapeHtml(e.exclusionReasons[c].empty() ? std::string()
                                                      : e.exclusionReasons[c].front()) +
             "</td></tr>\n";
    }
    h += "</table>\n";

    auto reasons = [&](const char* title, const std::vector<Reason>& list) {
        if (list.empty()) return;
        h += std::string("<h2>") + title + "</h2>\n<ul>\n";
        for (const Reason& r : list)
            h += "<li>" + escapeHtml(r.text) + " <span class=\"dim\">(" +
                 signedOneDecimal(r.points) + " points. " + escapeHtml(r.detail) +
                 ")</span></li>\n";
        h += "</ul>\n";
    };
    reasons("Why it fits", e.reasonsFor);
    reasons("What speaks against it", e.reasonsAgainst);

    const CostView& costs = e.costs;
    h += "<h2>Costs over " + std::to_string(costs.years) + (costs.years == 1 ? " year" : " years") +
         "</h2>\n";
    h += "<p class=\"dim\">" + std::to_string(costs.fte) + " FTE, home salary " +
         escapeHtml(formatMoney(costs, costs.salary)) +
         " a year. Cumulative cost at the end of each year; the range uses every assumption at its "
         "low and high value.</p>\n";
    h += "<table><tr><th>Model</th>";
    for (int y = 1; y <= costs.years; ++y)
        h += "<th class=\"num\">Year " + std::to_string(y) + "</th>";
    h += "<th class=\"num\">Range at the end</th><th class=\"num\">Break-even</th></tr>\n";
    for (int c : e.ranking) {
        const CellCost& cost = costs.cells[c];
        h += "<tr><td>" + escapeHtml(config.cells[c].name) + "</td>";
        for (int y = 0; y < costs.years; ++y)
            h +=
                "<td class=\"num\">" + escapeHtml(formatMoney(costs, cost.cumulative[y])) + "</td>";
        h += "<td class=\"num\">" +
             escapeHtml(formatMoney(costs, cost.cumulativeLow[costs.years - 1])) + "\xe2\x80\x93" +
             escapeHtml(formatMoney(costs, cost.cumulativeHigh[costs.years - 1])) +
             "</td><td class=\"num\">";
        h += c == costs.baseline        ? "\xe2\x80\x94"
             : cost.breakEvenMonth == 0 ? "from month 1"
             : cost.breakEvenMonth > 0  ? "month " + std::to_string(cost.breakEvenMonth)
                                        : "not within horizon";
        h += "</td></tr>\n";
    }
    h += "</table>\n";

    if (!e.checklist.empty()) {
        h += "<h2>What to put in place</h2>\n<ul>\n";
        for (int i : e.checklist)
            h += "<li><strong>" + escapeHtml(config.checklist[i].title) +
                 "</strong>: " + escapeHtml(config.checklist[i].detail) + "</li>\n";
        h += "</ul>\n";
    }

    h += "<h2>Your answers</h2>\n<table>\n";
    for (int q = 0; q < int(config.questions.size()); ++q) {
        if (!isAsked(config, answers, q)) continue;
        h += "<tr><td>" + escapeHtml(config.questions[q].label) + "</td><td>" +
             escapeHtml(answerLabel(config, q, answers.values[q])) + "</td></tr>\n";
    }
    h += "</table>\n";
    const bool safeLink = link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0 ||
                          link.rfind("file://", 0) == 0 || link.rfind("#", 0) == 0;
    if (safeLink)
        h += "<p>Open this result again: <a href=\"" + escapeHtml(link) + "\">" + escapeHtml(link) +
             "</a></p>\n";

    h += "<h2>Sources</h2>\n<ul class=\"dim\">\n";
    for (const Source& s : config.sources) {
        h += "<li>" + escapeHtml(s.title) + " \xe2\x80\x94 " + escapeHtml(s.publisher);
        if (!s.year.empty()) h += ", " + escapeHtml(s.year);
        if (!s.url.empty()) h += " (" + escapeHtml(s.url) + ")";
        h += "</li>\n";
    }
    h += "</ul>\n</body></html>\n";
    return h;
}

}  // namespace advisor
