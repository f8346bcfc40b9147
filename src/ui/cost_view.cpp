// The cost view: cumulative cost per year for the winner, the runner-up and today's arrangement
// (the baseline: what runs today, or a new in-house team), with the winner's low–high band and
// its break-even month against the baseline marked; key figures; and every assumption, editable,
// with the note and source behind it.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report.h"
#include "views.h"

namespace advisor::ui {
namespace {

double niceStep(double range) {  // 1, 2 or 5 × 10^n, about four steps over `range`
    const double rough = range / 4;
    const double power = std::pow(10.0, std::floor(std::log10(std::max(rough, 1.0))));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (rough <= factor * power) return factor * power;
    return 10 * power;
}

// The winner, the runner-up and the baseline, each once, the winner first and the baseline last.
std::vector<int> chartCells(const Evaluation& e, const CostView& costs) {
    std::vector<int> cells;
    for (int c : e.ranking) {
        if (cells.size() >= 2) break;
        if (c != costs.baseline) cells.push_back(c);
    }
    if (e.winner == costs.baseline)
        cells.insert(cells.begin(), costs.baseline);
    else
        cells.push_back(costs.baseline);
    if (cells.size() > 3) cells.erase(cells.begin() + 2);
    return cells;
}

std::string baselineName(const Config& config, const CostView& costs) {
    return fill(config.text(costs.baselineRuns ? Text::BaselineToday : Text::BaselineNew),
                {{"cell", config.cells[costs.baseline].name}});
}

void drawChart(const ViewContext& view) {
    const Config& config = view.state.config();
    const Evaluation& e = view.state.evaluation();
    const CostView& costs = e.costs;
    const float em = view.em;
    const std::vector<int> cells = chartCells(e, costs);
    const ImU32 colours[] = {view.palette.accent, view.palette.warning, view.palette.textDim};

    double top = 1;
    for (int c : cells) top = std::max(top, costs.cells[c].cumulativeHigh[costs.years - 1]);
    const double step = niceStep(top);
    top = std::ceil(top / step) * step;

    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::clamp(width * 0.5f, em * 10, em * 16);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("chart", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float left = at.x + em * 4, right = at.x + width - em * 0.5f;
    const float bottom = at.y + height - em * 1.6f, ceiling = at.y + em * 0.6f;
    auto x = [&](double months) {
        return left + float(months / (costs.years * 12.0)) * (right - left);
    };
    auto y = [&](double amount) { return bottom - float(amount / top) * (bottom - ceiling); };

    for (double tick = 0; tick <= top + 1; tick += step) {  // grid and money axis
        draw->AddLine(ImVec2(left, y(tick)), ImVec2(right, y(tick)), view.palette.track, 1);
        const std::string label = formatMoney(config.numbers, costs, tick);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(left - size.x - em * 0.4f, y(tick) - size.y / 2), view.palette.textDim,
                      label.c_str());
    }
    const int yearStep = costs.years > 6 ? 2 : 1;
    for (int year = 0; year <= costs.years; year += yearStep) {  // years axis
        const std::string label =
            year == 0 ? config.text(Text::ChartStart)
                      : fill(config.text(Text::ChartYear), {{"year", std::to_string(year)}});
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(std::clamp(x(year * 12.0) - size.x / 2, at.x, right - size.x),
                             bottom + em * 0.3f),
                      view.palette.textDim, label.c_str());
    }
    // The leader's low–high band first, then every line over it (set-up at the start, then each
    // year's end), the leader last so it stays on top.
    const CellCost& leaderCost = costs.cells[cells.front()];
    for (int year = 0; year < costs.years; ++year) {
        const double lowStart = year ? leaderCost.cumulativeLow[year - 1] : leaderCost.setup;
        const double highStart = year ? leaderCost.cumulativeHigh[year - 1] : leaderCost.setup;
        const ImVec2 quad[4] = {ImVec2(x(year * 12.0), y(lowStart)),
                                ImVec2(x(year * 12.0), y(highStart)),
                                ImVec2(x((year + 1) * 12.0), y(leaderCost.cumulativeHigh[year])),
                                ImVec2(x((year + 1) * 12.0), y(leaderCost.cumulativeLow[year]))};
        draw->AddConvexPolyFilled(quad, 4, mix(view.palette.surface, colours[0], 0.18f));
    }
    for (int i = int(cells.size()) - 1; i >= 0; --i) {
        const CellCost& cost = costs.cells[cells[i]];
        std::vector<ImVec2> points{ImVec2(x(0), y(cost.setup))};
        for (int year = 0; year < costs.years; ++year)
            points.push_back(ImVec2(x((year + 1) * 12.0), y(cost.cumulative[year])));
        draw->AddPolyline(points.data(), int(points.size()), colours[i], 0,
                          std::max(2.0f, em * 0.14f));
        for (const ImVec2& p : points) draw->AddCircleFilled(p, em * 0.18f, colours[i]);
    }
    const int leader = cells.front();
    const int breakEven = costs.cells[leader].breakEvenMonth;
    if (leader != costs.baseline && breakEven > 0) {
        const float bx = x(breakEven);
        for (float dy = ceiling; dy < bottom; dy += em * 0.6f)  // dashed marker
            draw->AddLine(ImVec2(bx, dy), ImVec2(bx, std::min(dy + em * 0.3f, bottom)),
                          view.palette.text, 1.5f);
        const std::string label =
            fill(config.text(Text::ChartBreakEven), {{"month", std::to_string(breakEven)}});
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(std::clamp(bx + em * 0.3f, left, right - size.x), ceiling),
                      view.palette.text, label.c_str());
    }
    if (hovered) {
        std::string tip = fill(config.text(Text::ChartTooltip),
                               {{"fte", wholeNumber(config.numbers, costs.fte)}});
        const int last = costs.years - 1;
        for (int c : cells) {
            const CellCost& cost = costs.cells[c];
            const std::string money =
                formatMoney(config.numbers, costs, cost.cumulative[last]) + " (" +
                formatMoney(config.numbers, costs, cost.cumulativeLow[last]) + "\xe2\x80\x93" +
                formatMoney(config.numbers, costs, cost.cumulativeHigh[last]) + ")";
            tip += "\n" + fill(config.text(Text::LabelValue),
                               {{"label", config.cells[c].name}, {"value", money}});
        }
        helpTooltip(view, tip);
    }
    // Legend.
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float size = ImGui::GetTextLineHeight() * 0.7f;
        draw->AddRectFilled(ImVec2(p.x, p.y + size * 0.25f), ImVec2(p.x + size, p.y + size * 1.25f),
                            colours[i], 2);
        ImGui::Dummy(ImVec2(size, 0));
        ImGui::SameLine();
        std::string legend = config.cells[cells[i]].name;
        if (i == 0) legend = fill(config.text(Text::LegendBand), {{"cell", legend}});
        if (cells[i] == costs.baseline)
            legend = fill(config.text(costs.baselineRuns ? Text::LegendToday : Text::LegendNew),
                          {{"cell", legend}});
        textWrapped(legend);
    }
}

void drawFigures(const ViewContext& view) {
    const Config& config = view.state.config();
    const Evaluation& e = view.state.evaluation();
    const CostView& costs = e.costs;
    if (e.winner < 0) return;
    const CellCost& cost = costs.cells[e.winner];
    const int last = costs.years - 1;
    std::vector<std::pair<std::string, std::string>> rows = {
        {config.text(Text::CostTeam),
         fill(config.text(Text::CostTeamValue),
              {{"fte", wholeNumber(config.numbers, costs.fte)},
               {"salary", formatMoney(config.numbers, costs, costs.salary)}})},
        {fill(config.text(costs.years == 1 ? Text::TotalOverOneYear : Text::TotalOverYears),
              {{"years", std::to_string(costs.years)}}),
         formatMoney(config.numbers, costs, cost.cumulative[last]) + "  (" +
             formatMoney(config.numbers, costs, cost.cumulativeLow[last]) + "\xe2\x80\x93" +
             formatMoney(config.numbers, costs, cost.cumulativeHigh[last]) + ")"},
        {config.text(Text::PerYearOnceRunning),
         formatMoney(config.numbers, costs, cost.runPerYear)},
        {config.text(Text::OneTimeSetup), formatMoney(config.numbers, costs, cost.setup)},
    };
    if (e.winner != costs.baseline) {
        const std::string against = baselineName(config, costs);
        rows.push_back({fill(config.text(Text::SavingAgainst), {{"baseline", against}}),
                        fill(config.text(Text::SavingRange),
                             {{"saving", formatMoney(config.numbers, costs, cost.savings)},
                              {"low", formatMoney(config.numbers, costs, cost.savingsLow)},
                              {"high", formatMoney(config.numbers, costs, cost.savingsHigh)}})});
        rows.push_back({fill(config.text(Text::BreakEvenAgainst), {{"baseline", against}}),
                        cost.breakEvenMonth == 0 ? config.text(Text::BreakEvenFirstMonth)
                        : cost.breakEvenMonth > 0
                            ? fill(config.text(Text::BreakEvenMonth),
                                   {{"month", std::to_string(cost.breakEvenMonth)}})
                            : config.text(Text::BreakEvenNever)});
    }
    if (ImGui::BeginTable("figures", 2,
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        for (const auto& [label, value] : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, view.palette.textDim);
            textWrapped(label);
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            textWrapped(value);
        }
        ImGui::EndTable();
    }
}

std::string sourcesText(const Config& config, const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const Source* source = config.source(ids[i]);
        out += (i ? "; " : "") +
               (source ? source->publisher + (source->year.empty() ? "" : " " + source->year)
                       : ids[i]);
    }
    return out;
}

// A cost parameter's unit in words: "months", "USD/FTE/year" (the data file's unit is an id).
std::string unitText(const Config& config, const std::string& unit, const std::string& currency) {
    if (unit == "months") return config.text(Text::UnitMonths);
    if (unit == "FTE/month") return config.text(Text::UnitFtePerMonth);
    if (unit == "currency/FTE")
        return fill(config.text(Text::UnitPerFte), {{"currency", currency}});
    if (unit == "currency/year")
        return fill(config.text(Text::UnitPerYear), {{"currency", currency}});
    if (unit == "currency/FTE/year")
        return fill(config.text(Text::UnitPerFteYear), {{"currency", currency}});
    if (unit.rfind("currency", 0) == 0) return currency + unit.substr(8);
    return unit;  // "×"
}

// A share's field as the language writes a percentage ("30%", "30 %"), around printf's "%.0f";
// the field itself keeps ImGui's decimal point, which it reads back.
std::string percentFormat(const NumberStyle& style) {
    std::string literal;
    for (char c : style.percent) literal += c == '%' ? std::string("%%") : std::string(1, c);
    return fill(literal, {{"number", "%.0f"}});
}

// One editable assumption; returns true when the visitor changed it.
bool assumption(const ViewContext& view, const CostParameter& parameter, double& value, int id) {
    const float em = view.em;
    ImGui::PushID(id);
    textWrapped(parameter.label);
    const bool percent = parameter.unit == "share";
    double shown = percent ? value * 100 : value;
    const double step = percent                                                      ? 1
                        : parameter.unit == "months" || parameter.unit == "\xc3\x97" ? 0.1
                        : parameter.unit == "FTE/month"                              ? 1
                                                                                     : 100;
    // Months are not rounded by the cost model: show the tenth a step adds.
    const std::string format = percent ? percentFormat(view.state.config().numbers)
                               : parameter.unit == "\xc3\x97" ? "%.2f"
                               : parameter.unit == "months"   ? "%.1f"
                                                              : "%.0f";
    ImGui::SetNextItemWidth(em * 10);
    bool changed = ImGui::InputDouble("##value", &shown, step, step * 10, format.c_str());
    if (changed) value = percent ? shown / 100 : shown;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string unit = percent ? std::string()
                                     : unitText(view.state.config(), parameter.unit,
                                                view.state.evaluation().costs.currency);
    ImGui::PushStyleColor(ImGuiCol_Text, view.palette.textDim);
    ImGui::TextUnformatted(unit.c_str());
    ImGui::PopStyleColor();
    textDim(view, fill(view.state.config().text(Text::AssumptionSource),
                       {{"note", parameter.note},
                        {"sources", sourcesText(view.state.config(), parameter.sources)}}));
    ImGui::Dummy(ImVec2(0, em * 0.3f));
    ImGui::PopID();
    return changed;
}

void drawAssumptions(const ViewContext& view) {
    const Config& config = view.state.config();
    CostInputs inputs = view.state.costInputs();
    AdvisorState::FollowedEdits edited;
    bool changed = false;
    const float em = view.em;

    textWrapped(config.text(Text::HorizonYears));
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, em * 14));
    if (ImGui::SliderInt("##years", &inputs.years, 1, kMaxYears, "%d",
                         ImGuiSliderFlags_AlwaysClamp))
        edited.years = changed = true;
    ImGui::Dummy(ImVec2(0, em * 0.3f));

    const int function = view.state.answers().values[config.known.function];
    if (function >= 0 && function < int(config.costs.salaryByOption.size())) {
        if (assumption(view, config.costs.salaryByOption[function], inputs.salary, 1000))
            edited.salary = changed = true;
    }
    const int workload = view.state.answers().values[config.known.workload];
    if (workload >= 0 && workload < int(config.costs.busyShareByOption.size())) {
        if (assumption(view, config.costs.busyShareByOption[workload], inputs.busyShare, 1001))
            edited.busyShare = changed = true;
    }
    for (int k = 0; k < kCostParamCount; ++k)
        if (assumption(view, config.costs.parameters[k], inputs.values[k], k)) changed = true;
    if (changed) view.state.setCostInputs(inputs, edited);
    if (view.state.costsEdited() &&
        secondaryButton(view, config.text(Text::ResetAssumptions).c_str()))
        view.state.resetCostInputs();
}

}  // namespace

void drawCosts(const ViewContext& view) {
    drawChart(view);
    ImGui::Dummy(ImVec2(0, view.em * 0.3f));
    drawFigures(view);
    ImGui::Dummy(ImVec2(0, view.em * 0.3f));
    if (disclosure(view, "cost-assumptions", view.state.config().text(Text::CostAssumptions)))
        drawAssumptions(view);
}

}  // namespace advisor::ui
