// The result: a headline card (winner, fit, margin, Reshore), then fit bars for all nine cells,
// the who × where heat map, reasons for and against, what would change it, costs, the checklist
// and the sources. Every number and sentence comes from the evaluation and the data file.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report.h"
#include "report_html.h"
#include "views.h"

namespace advisor::ui {
namespace {

void section(const ViewContext& view, Text title) {
    ImGui::Dummy(ImVec2(0, view.em * 0.8f));
    ImGui::PushFont(view.fonts.bold);
    ImGui::TextUnformatted(view.state.config().text(title).c_str());
    ImGui::PopFont();
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, view.em * 0.2f));
}

void drawFitBars(const ViewContext& view) {
    const Config& config = view.state.config();
    const Evaluation& e = view.state.evaluation();
    const float em = view.em;
    const float width = ImGui::GetContentRegionAvail().x;
    // Names beside their bars, in a column as wide as the longest name (in bold, as the advice
    // is drawn) up to three fifths of the width; narrower, or with a longer name ("Managed-
    // Service-Offshoring (Offshore-Staffing)"), each name above its bar, wrapped if need be.
    // A name is never shortened: on a touch screen there is no hover to read the rest.
    float longest = 0;
    for (int c = 0; c < kCellCount; ++c)
        longest = std::max(longest, view.fonts.bold
                                        ->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0,
                                                        config.cells[c].name.c_str())
                                        .x);
    const float sideBySide =
        std::clamp(longest + em * 0.5f, std::min(width * 0.48f, em * 17), width * 0.6f);
    const bool stacked = width < em * 26 || longest + em * 0.5f > sideBySide;
    const float nameWidth = stacked ? width : sideBySide;
    const float numberWidth = em * 2.4f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    auto row = [&](int c, bool excluded) {
        const Cell& cell = config.cells[c];
        ImGui::PushID(c);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float lineHeight = ImGui::GetTextLineHeight();
        const bool winner = c == e.winner;
        ImFont* font = winner ? view.fonts.bold : ImGui::GetFont();
        const std::string name = wrapped(font, ImGui::GetFontSize(), cell.name, nameWidth);
        const float nameHeight =
            font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, name.c_str()).y;
        const float rowHeight =
            stacked ? nameHeight + lineHeight + em * 0.3f : lineHeight + em * 0.35f;
        ImGui::InvisibleButton("row", ImVec2(width, rowHeight));
        const bool hovered = ImGui::IsItemHovered();
        if (ImGui::IsItemClicked()) view.memory.selectedCell = c;
        draw->AddText(font, ImGui::GetFontSize(), at,
                      excluded ? view.palette.textDim : view.palette.text, name.c_str());
        const float barX = stacked ? at.x : at.x + nameWidth;
        const float barY = stacked ? at.y + nameHeight + em * 0.15f : at.y;
        const float barWidth = width - (barX - at.x) - numberWidth;
        const float barHeight = lineHeight * 0.8f;
        const float top = barY + (lineHeight - barHeight) / 2;
        draw->AddRectFilled(ImVec2(barX, top), ImVec2(barX + barWidth, top + barHeight),
                            view.palette.track, em * 0.2f);
        if (excluded) {
            draw->AddText(ImVec2(barX + em * 0.4f, barY), view.palette.textDim,
                          config.text(Text::Excluded).c_str());
        } else {
            const float fit = float(e.scores.fit[c]) / 100.0f;
            draw->AddRectFilled(
                ImVec2(barX, top), ImVec2(barX + barWidth * fit, top + barHeight),
                winner ? view.palette.accent : mix(view.palette.accent, view.palette.track, 0.55f),
                em * 0.2f);
            const std::string number = wholeNumber(config.numbers, e.scores.fit[c]);
            draw->AddText(ImVec2(barX + barWidth + em * 0.4f, barY), view.palette.text,
                          number.c_str());
        }
        if (hovered) {
            std::string tip = cell.name + "\n" + cell.summary;
            if (excluded)
                for (const auto& reason : e.exclusionReasons[c]) tip += "\n\xe2\x80\xa2 " + reason;
            else
                tip += "\n" + fill(config.text(Text::FitOf100),
                                   {{"fit", wholeNumber(config.numbers, e.scores.fit[c])}});
            helpTooltip(view, tip);
        }
        ImGui::PopID();
    };
    for (int c : e.ranking) row(c, false);
    for (int c = 0; c < kCellCount; ++c)
        if (e.scores.excluded & (1u << c)) row(c, true);
}

void drawHeatMap(const ViewContext& view) {
    const Config& config = view.state.config();
    const Evaluation& e = view.state.evaluation();
    const float em = view.em;
    const float width = std::min(ImGui::GetContentRegionAvail().x, em * 30);
    // The row labels' column fits the longest label ("Eigene Mitarbeiter"), up to two fifths of
    // the width and leaving each column its header; a label longer than that wraps at a space
    // (the column is never narrower than the longest word).
    float longestLabel = 0, longestWord = 0;
    for (int who = 0; who < 3; ++who) {
        const std::string& label = config.text(axisText(Who(who)));
        longestLabel = std::max(longestLabel, ImGui::CalcTextSize(label.c_str()).x);
        for (std::size_t from = 0; from < label.size();) {
            const std::size_t to = std::min(label.find(' ', from), label.size());
            longestWord = std::max(longestWord,
                                   ImGui::CalcTextSize(label.c_str() + from, label.c_str() + to).x);
            from = to + 1;
        }
    }
    float widestHeader = 0;
    for (int w = 0; w < 3; ++w)
        widestHeader =
            std::max(widestHeader, ImGui::CalcTextSize(config.text(axisText(Where(w))).c_str()).x);
    const float labelWidth = std::max(
        longestWord + em * 0.6f,
        std::min({longestLabel + em * 0.6f, width * 0.4f, width - 3 * (widestHeader + em * 0.8f)}));
    const float labelWrap = labelWidth - em * 0.4f;
    const float cellWidth = (width - labelWidth) / 3;
    const float cellHeight = em * 2.6f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 at = ImGui::GetCursorScreenPos();
    for (int w = 0; w < 3; ++w) {  // column headers
        const ImVec2 size = ImGui::CalcTextSize(config.text(axisText(Where(w))).c_str());
        draw->AddText(ImVec2(at.x + labelWidth + cellWidth * w + (cellWidth - size.x) / 2, at.y),
                      view.palette.textDim, config.text(axisText(Where(w))).c_str());
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeightWithSpacing()));
    for (int who = 0; who < 3; ++who) {
        at = ImGui::GetCursorScreenPos();
        const std::string label = wrapped(ImGui::GetFont(), ImGui::GetFontSize(),
                                          config.text(axisText(Who(who))), labelWrap);
        const ImVec2 labelSize = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(at.x, at.y + (cellHeight - labelSize.y) / 2), view.palette.textDim,
                      label.c_str());
        for (int where = 0; where < 3; ++where) {
            const int c = who * 3 + where;
            const bool excluded = e.scores.excluded & (1u << c);
            ImGui::SetCursorScreenPos(ImVec2(at.x + labelWidth + cellWidth * where, at.y));
            ImGui::PushID(c);
            if (ImGui::InvisibleButton("cell",
                                       ImVec2(cellWidth - em * 0.2f, cellHeight - em * 0.2f)))
                view.memory.selectedCell = view.memory.selectedCell == c ? -1 : c;
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
            const float fit = float(e.scores.fit[c]) / 100.0f;
            // Fit 40 → pale, 90 → full accent: the useful range of this model.
            const float strength = std::clamp((fit - 0.4f) / 0.5f, 0.05f, 1.0f);
            const ImU32 fill = excluded ? view.palette.excluded
                                        : mix(view.palette.surface, view.palette.accent, strength);
            draw->AddRectFilled(min, max, fill, em * 0.3f);
            if (c == e.winner)
                draw->AddRect(min, max, view.palette.text, em * 0.3f, 0,
                              std::max(2.0f, em * 0.15f));
            else if (c == view.memory.selectedCell || hovered)
                draw->AddRect(min, max, view.palette.textDim, em * 0.3f, 0, 1.5f);
            const std::string text = excluded ? std::string("\xe2\x80\x94")
                                              : wholeNumber(config.numbers, e.scores.fit[c]);
            const ImU32 ink = excluded
                                  ? view.palette.textDim
                                  : (strength > 0.55f ? view.palette.onAccent : view.palette.text);
            ImFont* font = c == e.winner ? view.fonts.bold : ImGui::GetFont();
            const ImVec2 size = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, text.c_str());
            draw->AddText(font, ImGui::GetFontSize(),
                          ImVec2((min.x + max.x - size.x) / 2, (min.y + max.y - size.y) / 2), ink,
                          text.c_str());
            if (hovered) {
                std::string tip =
                    excluded
                        ? advisor::fill(config.text(Text::HeatCellExcluded),
                                        {{"cell", config.cells[c].name}})
                        : advisor::fill(config.text(Text::HeatCellFit),
                                        {{"cell", config.cells[c].name},
                                         {"fit", wholeNumber(config.numbers, e.scores.fit[c])}});
                for (const auto& reason : e.exclusionReasons[c]) tip += "\n\xe2\x80\xa2 " + reason;
                helpTooltip(view, tip);
            }
        }
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + cellHeight));
        ImGui::Dummy(ImVec2(width, 0));
    }
    const int selected = view.memory.selectedCell;
    if (selected >= 0 && selected < kCellCount) {
        const Cell& cell = config.cells[selected];
        const bool excluded = e.scores.excluded & (1u << selected);
        ImGui::PushFont(view.fonts.bold);
        textWrapped(excluded
                        ? fill(config.text(Text::CellExcluded), {{"cell", cell.name}})
                        : fill(config.text(Text::HeatCellFit),
                               {{"cell", cell.name},
                                {"fit", wholeNumber(config.numbers, e.scores.fit[selected])}}));
        ImGui::PopFont();
        textDim(view, cell.summary);
        for (const auto& reason : e.exclusionReasons[selected])
            textWrapped("\xe2\x80\xa2 " + reason);
    } else {
        textDim(view, config.text(Text::HeatMapHint));
    }
}

void drawReasons(const ViewContext& view, const std::vector<Reason>& reasons, bool positive) {
    const Config& config = view.state.config();
    const float em = view.em;
    for (const Reason& reason : reasons) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string points = signedOneDecimal(config.numbers, reason.points);
        const float column = em * 3;
        ImGui::GetWindowDrawList()->AddText(view.fonts.bold, ImGui::GetFontSize(), at,
                                            positive ? view.palette.good : view.palette.bad,
                                            points.c_str());
        ImGui::Indent(column);
        textWrapped(reason.text);
        ImGui::PushStyleColor(ImGuiCol_Text, view.palette.textDim);
        textWrapped(reason.detail);
        ImGui::PopStyleColor();
        ImGui::Unindent(column);
        ImGui::Dummy(ImVec2(0, em * 0.2f));
    }
    if (reasons.empty())
        textDim(view, config.text(positive ? Text::NoReasonsFor : Text::NoReasonsAgainst));
}

void drawChecklist(const ViewContext& view) {
    const Config& config = view.state.config();
    const Evaluation& e = view.state.evaluation();
    auto& done = view.memory.checklistDone;
    done.resize(config.checklist.size(), false);
    for (int i : e.checklist) {
        const ChecklistItem& item = config.checklist[i];
        ImGui::PushID(i);
        bool ticked = done[i] != 0;
        ImGui::PushFont(view.fonts.bold);
        // The title wrapped (a checkbox's label is not); "###tick" keeps its id when it rewraps.
        const float box = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
        const std::string title =
            wrapped(view.fonts.bold, ImGui::GetFontSize(), fillMoney(config, e.costs, item.title),
                    ImGui::GetContentRegionAvail().x - box) +
            "###tick";
        if (ImGui::Checkbox(title.c_str(), &ticked)) done[i] = ticked;
        ImGui::PopFont();
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        textWrapped(fillMoney(config, e.costs, item.detail));
        std::string sources;
        for (std::size_t s = 0; s < item.sources.size(); ++s) {
            const Source* source = config.source(item.sources[s]);
            sources += (s ? "; " : "") + (source ? source->publisher : item.sources[s]);
        }
        textDim(view, fill(config.text(Text::ChecklistSource), {{"sources", sources}}));
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::Dummy(ImVec2(0, view.em * 0.2f));
        ImGui::PopID();
    }
}

void drawSources(const ViewContext& view) {
    for (const Source& source : view.state.config().sources) {
        std::string line = "\xe2\x80\xa2 " + source.title + " \xe2\x80\x94 " + source.publisher;
        if (!source.year.empty()) line += ", " + source.year;
        if (!source.url.empty()) line += " (" + source.url + ")";
        textDim(view, line);
    }
}

}  // namespace

void drawLiveResult(const ViewContext& view) {
    const Config& config = view.state.config();
    const Evaluation& e = view.state.evaluation();
    const float em = view.em;
    textDim(view, config.text(Text::BestFitForYourAnswers));
    if (e.winner < 0) {
        ImGui::PushFont(view.fonts.large);
        textWrapped(config.text(Text::NoModelFits));
        ImGui::PopFont();
        textDim(view, config.text(Text::AllExcludedHint));
        return;
    }
    const Cell& winner = config.cells[e.winner];
    if (e.reshore) {
        pill(view, config.reshore.label, view.palette.accent, view.palette.onAccent);
    }
    ImGui::PushFont(view.fonts.large);
    ImGui::PushStyleColor(ImGuiCol_Text, view.palette.text);
    textWrapped(winner.name);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    std::string line = fill(config.text(Text::FitOf100),
                            {{"fit", wholeNumber(config.numbers, e.scores.fit[e.winner])}});
    if (e.runnerUp >= 0)
        line += " \xc2\xb7 " + fill(config.text(Text::MarginOver),
                                    {{"confidence", confidenceText(config, e.confidence)},
                                     {"margin", signedOneDecimal(config.numbers, e.margin)},
                                     {"cell", config.cells[e.runnerUp].name}});
    textWrapped(line);
    textDim(view, winner.summary);
    if (e.reshore) textDim(view, config.reshore.explanation);
    if (e.stay) textWrapped(e.stayText);
    textWrapped(e.who.text);
    textWrapped(e.where.text);
    if (e.whatWouldChange.found) {
        ImGui::Dummy(ImVec2(0, em * 0.2f));
        ImGui::PushFont(view.fonts.bold);
        ImGui::TextUnformatted(config.text(Text::WhatWouldChangeIt).c_str());
        ImGui::PopFont();
        textWrapped(e.whatWouldChange.text);
    }
    if (!e.factChanges.empty()) {
        ImGui::Dummy(ImVec2(0, em * 0.2f));
        ImGui::PushFont(view.fonts.bold);
        ImGui::TextUnformatted(config.text(Text::FactsThatWouldChangeIt).c_str());
        ImGui::PopFont();
        for (const Change& change : e.factChanges) textDim(view, change.text);
    }
    if (view.services.download) {
        ImGui::Dummy(ImVec2(0, em * 0.2f));
        if (secondaryButton(view, config.text(Text::DownloadReport).c_str()))
            downloadReport(view.state, view.services);
        actionFocusRing(view, "download-report");
        ImGui::SameLine();
        if (secondaryButton(view, config.text(Text::DownloadData).c_str()))
            downloadData(view.state, view.services);
        actionFocusRing(view, "download-data");
    }
}

void downloadReport(const AdvisorState& state, const HostServices& services) {
    if (!services.download) return;
    const std::string link =
        services.shareUrl ? services.shareUrl(state.link()) : "#" + state.link();
    std::string date;
    if (services.today) {
        const std::array<int, 3> day = services.today();
        date = dateText(state.config().numbers, day[0], day[1], day[2]);
    }
    services.download(
        "sourcing-advice.html", "text/html",
        evaluationHtml(state.config(), state.answers(), state.evaluation(), link, date));
}

void downloadData(const AdvisorState& state, const HostServices& services) {
    if (services.download)
        services.download("sourcing-advice.json", "application/json", state.stateJson());
}

void drawResultDetails(const ViewContext& view) {
    const Evaluation& e = view.state.evaluation();
    section(view, Text::HowTheModelsFit);
    drawFitBars(view);
    section(view, Text::WhoByWhere);
    drawHeatMap(view);
    if (e.winner >= 0) {
        section(view, Text::WhyItFits);
        drawReasons(view, e.reasonsFor, true);
        section(view, Text::AgainstIt);
        drawReasons(view, e.reasonsAgainst, false);
    }
    section(view, Text::CostsOverTime);
    drawCosts(view);
    if (e.winner >= 0) {
        section(view, Text::WhatToPutInPlace);
        drawChecklist(view);
    }
    section(view, Text::Sources);
    drawSources(view);
}

}  // namespace advisor::ui
