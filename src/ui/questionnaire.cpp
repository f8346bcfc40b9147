// The questionnaire: steps with progress, one control per question (option rows, a segmented
// scale, or a number with a slider), back/next. Questions that do not apply are not shown.
#include <algorithm>
#include <cmath>
#include <string>

#include "imgui_internal.h"  // RenderNavHighlight: keyboard focus ring on the step bar
#include "views.h"

namespace advisor::ui {
namespace {

std::vector<int> askedInStep(const AdvisorState& state, int step) {
    std::vector<int> out;
    const Config& config = state.config();
    for (int q = 0; q < int(config.questions.size()); ++q)
        if (config.questions[q].step == step && isAsked(config, state.answers(), q))
            out.push_back(q);
    return out;
}

void drawStepBar(const ViewContext& view, const std::vector<int>& steps) {
    const Config& config = view.state.config();
    const float em = view.em;
    const float width = ImGui::GetContentRegionAvail().x;
    const int count = int(steps.size());
    const float gap = em * 0.3f;
    const float room = width - gap * (count - 1);
    // Each step's number and title when all fit in equal segments; otherwise the current step
    // keeps its title in a wider segment and the others show their numbers (their titles are in
    // the form and in each step's tooltip), so the visitor always reads where they are.
    auto labelOf = [&](int i) {
        return std::to_string(i + 1) + "  " + config.steps[steps[i]].title;
    };
    std::vector<float> segments(count, room / count);
    bool allFit = true;
    for (int i = 0; i < count; ++i)
        allFit = allFit && ImGui::CalcTextSize(labelOf(i).c_str()).x <= room / count - em * 0.6f;
    if (!allFit && count > 1) {
        const int current = std::clamp(view.memory.step, 0, count - 1);
        const float wanted = ImGui::CalcTextSize(labelOf(current).c_str()).x + em * 0.6f;
        const float widest = room - em * 2.2f * (count - 1);  // the others keep 2.2 em
        const float currentWidth = std::max(room / count, std::min(wanted, widest));
        for (int i = 0; i < count; ++i)
            segments[i] = i == current ? currentWidth : (room - currentWidth) / (count - 1);
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i) {
        if (i) ImGui::SameLine(0, gap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float segment = segments[i];
        ImGui::PushID(i);
        const std::string& title = config.steps[steps[i]].title;
        if (ImGui::InvisibleButton("step", ImVec2(segment, em * 1.9f))) {
            view.memory.step = i;
            view.memory.scrollQuestionsToTop = true;
        }
        const bool hovered = ImGui::IsItemHovered();
        ImGui::RenderNavHighlight(ImRect(at, ImVec2(at.x + segment, at.y + em * 1.9f)),
                                  ImGui::GetItemID());
        ImGui::PopID();
        const bool current = i == view.memory.step;
        const bool done = i < view.memory.step;
        const ImU32 bar = current ? view.palette.accent
                          : done  ? mix(view.palette.accent, view.palette.surface, 0.5f)
                                  : view.palette.track;
        draw->AddRectFilled(ImVec2(at.x, at.y + em * 1.55f),
                            ImVec2(at.x + segment, at.y + em * 1.85f), bar, em * 0.15f);
        std::string label = labelOf(i);
        if ((!allFit && !current) || ImGui::CalcTextSize(label.c_str()).x > segment - em * 0.6f)
            label = std::to_string(i + 1);
        draw->AddText(at,
                      current   ? view.palette.text
                      : hovered ? view.palette.text
                                : view.palette.textDim,
                      label.c_str());
        helpTooltip(view, fill(config.text(Text::StepTooltip),
                               {{"step", std::to_string(i + 1)}, {"title", title}}));
    }
}

void drawChoice(const ViewContext& view, int q) {
    const Question& question = view.state.config().questions[q];
    const int current = view.state.answers().values[q];
    const float em = view.em;
    const float width = ImGui::GetContentRegionAvail().x;
    const int columns = (question.options.size() > 5 && width >= em * 26) ? 2 : 1;
    const float gap = em * 0.4f;
    const float columnWidth = (width - gap * (columns - 1)) / columns;
    ImGui::PushID(q);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    const int rows = (int(question.options.size()) + columns - 1) / columns;
    const float startX = ImGui::GetCursorPosX();
    for (int row = 0; row < rows; ++row) {
        // Options run down the first column, then the second, so that reading order stays natural.
        float rowTop = ImGui::GetCursorPosY();
        float rowBottom = rowTop;
        for (int column = 0; column < columns; ++column) {
            const int o = column * rows + row;
            if (o >= int(question.options.size())) break;
            ImGui::SetCursorPos(ImVec2(startX + column * (columnWidth + gap), rowTop));
            ImGui::PushID(o);
            // The label is the item's name too (unique under PushID(o)), so tests find it by label.
            if (optionRow(view, question.options[o].label.c_str(), question.options[o].label,
                          o == current, columnWidth)) {
                view.state.setAnswer(q, o);
                view.memory.canvasAnswered = q;
            }
            formFocusRing(view, q, o, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            ImGui::PopID();
            rowBottom = std::max(rowBottom, ImGui::GetCursorPosY());
        }
        ImGui::SetCursorPosY(rowBottom);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

void drawScale(const ViewContext& view, int q) {
    const Question& question = view.state.config().questions[q];
    const int value = view.state.answers().values[q];
    std::vector<std::string> labels;
    for (int v = question.min; v <= question.max; ++v) labels.push_back(std::to_string(v));
    ImGui::BeginGroup();
    const int clicked = segmented(view, question.id.c_str(), labels, value - question.min);
    ImGui::EndGroup();
    if (clicked >= 0) {
        view.state.setAnswer(q, question.min + clicked);
        view.memory.canvasAnswered = q;
    }
    formFocusRing(view, q, -1, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    // The words for the two ends and the current value.
    const std::string& low = question.scaleLabels.front();
    const std::string& high = question.scaleLabels.back();
    ImGui::PushStyleColor(ImGuiCol_Text, view.palette.textDim);
    ImGui::TextUnformatted((std::to_string(question.min) + " = " + low).c_str());
    const std::string right = std::to_string(question.max) + " = " + high;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x -
                                                         ImGui::CalcTextSize(right.c_str()).x));
    ImGui::TextUnformatted(right.c_str());
    ImGui::PopStyleColor();
}

void drawNumber(const ViewContext& view, int q) {
    const Question& question = view.state.config().questions[q];
    int value = view.state.answers().values[q];
    const float em = view.em;
    ImGui::PushID(q);
    ImGui::BeginGroup();
    ImGui::SetNextItemWidth(em * 9);
    if (ImGui::InputInt("##number", &value, 1, 10))
        view.state.setAnswer(q, std::clamp(value, question.min, question.max));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(question.unit.c_str());
    ImGui::SetNextItemWidth(-1);
    int slider = view.state.answers().values[q];
    if (ImGui::SliderInt("##slider", &slider, question.min, question.max, "%d",
                         ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp))
        view.state.setAnswer(q, slider);
    ImGui::EndGroup();
    formFocusRing(view, q, -1, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::PopID();
}

}  // namespace

std::vector<int> stepsWithQuestions(const AdvisorState& state) {
    std::vector<int> steps;
    for (int s = 0; s < int(state.config().steps.size()); ++s)
        if (!askedInStep(state, s).empty()) steps.push_back(s);
    return steps;
}

void focusFromForm(const AdvisorState& state, ViewMemory& memory, int q, int o) {
    memory.formFocusQuestion = q;
    memory.formFocusOption = o;
    memory.scrollToFormFocus = q >= 0;
    if (q < 0) return;
    const std::vector<int> steps = stepsWithQuestions(state);
    for (int i = 0; i < int(steps.size()); ++i)
        if (steps[i] == state.config().questions[q].step) memory.step = i;
}

void drawQuestionnaire(const ViewContext& view) {
    const std::vector<int> steps = stepsWithQuestions(view.state);
    if (steps.empty()) return;
    ViewMemory& memory = view.memory;
    memory.step = std::clamp(memory.step, 0, int(steps.size()) - 1);
    const float em = view.em;

    drawStepBar(view, steps);
    ImGui::Dummy(ImVec2(0, em * 0.2f));
    const int answered = view.state.touchedCount();
    const int asked = view.state.askedCount();
    const Config& config = view.state.config();
    textDim(view, fill(config.text(Text::StepProgress),
                       {{"step", std::to_string(memory.step + 1)},
                        {"steps", std::to_string(steps.size())},
                        {"title", config.steps[steps[memory.step]].title},
                        {"answered", std::to_string(answered)},
                        {"asked", std::to_string(asked)}}));
    ImGui::Dummy(ImVec2(0, em * 0.3f));

    for (int q : askedInStep(view.state, steps[memory.step])) {
        const Question& question = config.questions[q];
        heading(view, question.label.c_str());
        textDim(view, question.help);
        ImGui::Dummy(ImVec2(0, em * 0.1f));
        if (question.type == Question::Type::Choice)
            drawChoice(view, q);
        else if (!question.scaleLabels.empty())
            drawScale(view, q);
        else
            drawNumber(view, q);
        ImGui::Dummy(ImVec2(0, em * 0.9f));
    }

    // Back / next.
    const float buttonWidth = em * 7;
    if (memory.step > 0) {
        if (secondaryButton(view, config.text(Text::Back).c_str(), buttonWidth)) {
            --memory.step;
            memory.scrollQuestionsToTop = true;
        }
        ImGui::SameLine();
    }
    if (memory.step + 1 < int(steps.size())) {
        if (primaryButton(view, config.text(Text::Next).c_str(), buttonWidth)) {
            ++memory.step;
            memory.scrollQuestionsToTop = true;
        }
    } else if (primaryButton(view, config.text(Text::SeeTheResult).c_str(), em * 10)) {
        memory.scrollToResult = true;
    }
}

}  // namespace advisor::ui
