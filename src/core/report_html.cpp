// Writes the HTML report of report_html.h. Layout is plain and prints well on A4 and Letter.
#include "report_html.h"

#include <cmath>
#include <cstdio>

#include "page_html.h"
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
    "th{font-weight:600}.sa-dim{color:#545e6a}.sa-num{text-align:right;white-space:nowrap}.sa-pill{"
    "display:"
    "inline-block;"
    "background:#2563eb;color:#fff;border-radius:1rem;padding:0 .6rem;font-size:.85rem}"
    "@media print{body{margin:0;max-width:none}a{color:inherit}}";

}  // namespace

std::string evaluationHtml(const Config& config, const Answers& answers, const Evaluation& e,
                           std::string_view link, std::string_view date) {
    std::string h;
    h.reserve(24000);
    h += "<!doctype html>\n<html lang=\"" + escapeHtml(config.text(Text::ReportLanguage)) +
         "\"><head><meta charset=\"utf-8\">";
    h += "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">";
    h += "<title>" + escapeHtml(config.title) + " \xe2\x80\x94 " +
         escapeHtml(resultLabel(config, e)) + "</title>";
    h += "<style>";
    h += kStyle;
    h += "</style></head><body>\n";
    h += "<p class=\"sa-dim\">" +
         escapeHtml(fill(config.text(Text::ReportTitle), {{"title", config.title}})) +
         (date.empty() ? "" : ", " + escapeHtml(date)) + "</p>\n";
    h += resultHtml(config, answers, e, 1, false);

    h += "<h2>" + escapeHtml(config.text(Text::YourAnswers)) + "</h2>\n<table>\n";
    for (int q = 0; q < int(config.questions.size()); ++q) {
        if (!isAsked(config, answers, q)) continue;
        h += "<tr><td>" + escapeHtml(config.questions[q].label) + "</td><td>" +
             escapeHtml(answerLabel(config, q, answers.values[q])) + "</td></tr>\n";
    }
    h += "</table>\n";
    const bool safeLink = link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0 ||
                          link.rfind("file://", 0) == 0 || link.rfind("#", 0) == 0;
    if (safeLink)
        h += "<p>" +
             fill(escapeHtml(config.text(Text::OpenAgain)),
                  {{"link", "<a href=\"" + escapeHtml(link) + "\">" + escapeHtml(link) + "</a>"}}) +
             "</p>\n";

    h += "<h2>" + escapeHtml(config.text(Text::Sources)) + "</h2>\n<ul class=\"sa-dim\">\n";
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
