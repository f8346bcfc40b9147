// The result in words (summary.h). Fits are written as the canvas writes them (format.h).
#include "summary.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "format.h"
#include "report.h"

namespace advisor {

namespace {

std::string fitOutOf100(const Config& config, double fit) {
    return fill(config.text(Text::FitOf100Inline), {{"fit", fitText(config.numbers, fit)}});
}

}  // namespace

ResultSummary buildSummary(const Config& config, const Evaluation& evaluation,
                           const std::string& notice, const std::string& shareUrl) {
    ResultSummary summary;
    summary.heading = fill(config.text(Text::SummaryHeading), {{"title", config.title}});
    summary.headline = resultLabel(config, evaluation);
    if (evaluation.winner >= 0) {
        const std::string fit = fitOutOf100(config, evaluation.scores.fit[evaluation.winner]);
        summary.lines.push_back(
            fill(config.text(Text::SummaryBestFit), {{"result", summary.headline}, {"fit", fit}}));
        summary.announcement =
            fill(config.text(Text::AnnounceBestFit), {{"result", summary.headline}, {"fit", fit}});
    } else {
        summary.lines.push_back(summary.headline + ".");
        summary.announcement = summary.headline + ".";
    }
    const std::size_t shown = std::min<std::size_t>(evaluation.ranking.size(), 3);
    for (std::size_t place = 0; place < shown; ++place) {
        const int cell = evaluation.ranking[place];
        summary.lines.push_back(std::to_string(place + 1) + ". " + config.cells[cell].name + " (" +
                                fitOutOf100(config, evaluation.scores.fit[cell]) + ")");
    }
    if (!notice.empty()) summary.lines.push_back(notice);
    summary.shareLine = fill(config.text(Text::ShareLink), {{"link", shareUrl}});
    summary.lines.push_back(summary.shareLine);
    return summary;
}

std::string summaryJson(const ResultSummary& summary) {
    using nlohmann::json;
    return json{{"heading", summary.heading}, {"lines", summary.lines}}.dump(
        -1, ' ', false, json::error_handler_t::replace);  // never throws on bad UTF-8
}

}  // namespace advisor
