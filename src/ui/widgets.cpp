// Small custom widgets: option rows that wrap long labels (ImGui's radio buttons do not), segmented
// scales, buttons in the accent colour, pills. All sizes are multiples of the font size.
#include <algorithm>

#include "imgui_internal.h"  // RenderNavHighlight: keyboard focus ring on custom widgets
#include "views.h"

namespace advisor::ui {

std::string wrapped(ImFont* font, float size, const std::string& text, float width) {
    std::string out;
    out.reserve(text.size() + 8);
    auto widthOf = [&](const char* begin, const char* end) {
        return font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x;
    };
    const float space = widthOf(" ", nullptr);
    const char* at = text.c_str();
    const char* const end = at + text.size();
    float line = 0;  // the width of the current line so far
    while (at < end) {
        if (*at == '\n') {
            out += '\n';
            line = 0;
            ++at;
            continue;
        }
        if (*at == ' ') {
            ++at;
            continue;
        }
        const char* word = at;
        while (at < end && *at != ' ' && *at != '\n') ++at;
        float wordWidth = widthOf(word, at);
        if (line > 0 && line + space + wordWidth > width) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            line += space;
        }
        // A word longer than a whole line: ImGui's breaking, inside the word.
        while (wordWidth > width && at - word > 1) {
            const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, word, at, width);
            if (cut <= word) cut = word + 1;
            out.append(word, cut);
            out += '\n';
            word = cut;
            wordWidth = widthOf(word, at);
        }
        out.append(word, at);
        line += wordWidth;
    }
    return out;
}

void heading(const ViewContext& view, const char* text) {
    ImGui::PushFont(view.fonts.bold);
    textWrapped(text);
    ImGui::PopFont();
}

void textDim(const ViewContext& view, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, view.palette.textDim);
    textWrapped(text);
    ImGui::PopStyleColor();
}

void textWrapped(const std::string& text) {
    const std::string lines =
        wrapped(ImGui::GetFont(), ImGui::GetFontSize(), text, ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
}

bool optionRow(const ViewContext& view, const char* id, const std::string& label, bool selected,
               float width) {
    const float em = view.em;
    const float marker = em * 1.1f;
    const float padX = em * 0.6f, padY = em * 0.45f;
    const float textWidth = std::max(em * 4, width - marker - padX * 3);
    ImFont* font = ImGui::GetFont();
    const std::string lines = wrapped(font, ImGui::GetFontSize(), label, textWidth);
    const ImVec2 textSize = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, lines.c_str());
    const ImVec2 size(width, std::max(marker, textSize.y) + padY * 2);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size);
    // InvisibleButton tells no item hook its name: say it, so sourcingAdvisor.itemRect finds it.
    {
        [[maybe_unused]] ImGuiContext& g = *GImGui;  // the hook macro's name for the context
        IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label.c_str(), g.LastItemData.StatusFlags);
    }
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    const ImU32 fill = selected  ? view.palette.accentSoft
                       : hovered ? view.palette.surfaceHover
                                 : view.palette.surface;
    draw->AddRectFilled(at, end, fill, em * 0.4f);
    draw->AddRect(at, end, selected ? view.palette.accent : view.palette.border, em * 0.4f, 0,
                  selected ? 2.0f : 1.0f);
    const ImVec2 centre(at.x + padX + marker / 2, at.y + size.y / 2);
    draw->AddCircle(centre, marker * 0.42f, selected ? view.palette.accent : view.palette.textDim,
                    0, std::max(1.0f, em * 0.1f));
    if (selected) draw->AddCircleFilled(centre, marker * 0.22f, view.palette.accent);
    draw->AddText(font, ImGui::GetFontSize(),
                  ImVec2(at.x + padX * 2 + marker, at.y + (size.y - textSize.y) / 2),
                  view.palette.text, lines.c_str());
    ImGui::RenderNavHighlight(ImRect(at, end), ImGui::GetItemID());
    return clicked;
}

bool disclosure(const ViewContext& view, const char* id, const std::string& label) {
    const float em = view.em;
    const float width = ImGui::GetContentRegionAvail().x;
    const float padX = em * 0.6f, padY = em * 0.45f, arrow = em * 1.1f;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID(id);
    bool open = storage->GetBool(key, false);
    const std::string lines =
        wrapped(ImGui::GetFont(), ImGui::GetFontSize(), label, width - padX * 3 - arrow);
    const ImVec2 textSize = ImGui::CalcTextSize(lines.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, textSize.y + padY * 2);
    if (ImGui::InvisibleButton(id, size)) {
        open = !open;
        storage->SetBool(key, open);
    }
    {
        [[maybe_unused]] ImGuiContext& g = *GImGui;  // the hook macro's name for the context
        IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label.c_str(), g.LastItemData.StatusFlags);
    }
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, end,
                        ImGui::GetColorU32(hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header),
                        ImGui::GetStyle().FrameRounding);
    ImGui::RenderArrow(draw, ImVec2(at.x + padX, at.y + padY), view.palette.text,
                       open ? ImGuiDir_Down : ImGuiDir_Right);
    draw->AddText(ImVec2(at.x + padX * 2 + arrow, at.y + padY), view.palette.text, lines.c_str());
    ImGui::RenderNavHighlight(ImRect(at, end), ImGui::GetItemID());
    return open;
}

int segmented(const ViewContext& view, const char* id, const std::vector<std::string>& labels,
              int selected) {
    const float em = view.em;
    const int count = int(labels.size());
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = em * 0.3f;
    const float segment = std::max(em * 2, (width - gap * (count - 1)) / count);
    const float height = em * 2.2f;
    int clickedIndex = -1;
    ImGui::PushID(id);
    for (int i = 0; i < count; ++i) {
        if (i) ImGui::SameLine(0, gap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("segment", ImVec2(segment, height))) clickedIndex = i;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        const bool on = i == selected;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 end(at.x + segment, at.y + height);
        draw->AddRectFilled(at, end,
                            on        ? view.palette.accent
                            : hovered ? view.palette.surfaceHover
                                      : view.palette.surface,
                            em * 0.35f);
        if (!on) draw->AddRect(at, end, view.palette.border, em * 0.35f);
        const ImVec2 textSize = ImGui::CalcTextSize(labels[i].c_str());
        draw->AddText(ImVec2(at.x + (segment - textSize.x) / 2, at.y + (height - textSize.y) / 2),
                      on ? view.palette.onAccent : view.palette.text, labels[i].c_str());
        ImGui::RenderNavHighlight(ImRect(at, end), ImGui::GetItemID());
    }
    ImGui::PopID();
    return clickedIndex;
}

static bool styledButton(const ViewContext& view, const char* label, float width, bool primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, primary ? view.palette.accent : view.palette.surface);
    ImGui::PushStyleColor(
        ImGuiCol_ButtonHovered,
        primary ? mix(view.palette.accent, view.palette.text, 0.15f) : view.palette.surfaceHover);
    ImGui::PushStyleColor(
        ImGuiCol_ButtonActive,
        primary ? mix(view.palette.accent, view.palette.text, 0.3f) : view.palette.accentSoft);
    ImGui::PushStyleColor(ImGuiCol_Text, primary ? view.palette.onAccent : view.palette.text);
    ImGui::PushStyleColor(ImGuiCol_Border, primary ? view.palette.accent : view.palette.border);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(view.em * 0.9f, view.em * 0.45f));
    // A width is the least one: a longer word (another language) widens the button, never clips.
    if (width > 0)
        width = std::max(width, ImGui::CalcTextSize(label, nullptr, true).x + view.em * 1.8f);
    const bool pressed = ImGui::Button(label, ImVec2(width, 0));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    return pressed;
}

bool primaryButton(const ViewContext& view, const char* label, float width) {
    return styledButton(view, label, width, true);
}

bool secondaryButton(const ViewContext& view, const char* label, float width) {
    return styledButton(view, label, width, false);
}

void pill(const ViewContext& view, const std::string& text, ImU32 background, ImU32 foreground) {
    const float em = view.em;
    const ImVec2 textSize = ImGui::CalcTextSize(text.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(textSize.x + em * 0.9f, textSize.y + em * 0.3f);
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), background, size.y / 2);
    draw->AddText(ImVec2(at.x + em * 0.45f, at.y + em * 0.15f), foreground, text.c_str());
}

namespace {

// The ring around [min, max], and the scroll that brings it into view after the focus moved.
void drawFocusRing(const ViewContext& view, ImVec2 min, ImVec2 max) {
    const float outset = view.em * 0.18f;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - outset, min.y - outset),
                                        ImVec2(max.x + outset, max.y + outset), view.palette.accent,
                                        view.em * 0.35f, 0, std::max(2.0f, view.em * 0.14f));
    if (view.memory.scrollToFormFocus) {
        ImGui::SetScrollFromPosY((min.y + max.y) / 2 - ImGui::GetWindowPos().y, 0.5f);
        view.memory.scrollToFormFocus = false;
    }
}

}  // namespace

void formFocusRing(const ViewContext& view, int q, int o, ImVec2 min, ImVec2 max) {
    if (view.memory.formFocusQuestion == q && view.memory.formFocusOption == o)
        drawFocusRing(view, min, max);
}

void actionFocusRing(const ViewContext& view, const char* action) {
    if (view.memory.formFocusAction == action)
        drawFocusRing(view, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

std::string shortened(ImFont* font, const std::string& text, float width) {
    const float size = ImGui::GetFontSize();
    auto widthOf = [&](const std::string& s) {
        return font->CalcTextSizeA(size, FLT_MAX, 0, s.c_str()).x;
    };
    if (widthOf(text) <= width) return text;
    const std::string ellipsis = "\xe2\x80\xa6";
    std::size_t end = text.size();
    while (end > 0) {
        do --end;  // step back one UTF-8 character (skip continuation bytes)
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        const std::string candidate = text.substr(0, end) + ellipsis;
        if (widthOf(candidate) <= width) return candidate;
    }
    return ellipsis;
}

void helpTooltip(const ViewContext& view, const std::string& text) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(
        wrapped(ImGui::GetFont(), ImGui::GetFontSize(), text, view.em * 24).c_str());
    ImGui::EndTooltip();
}

}  // namespace advisor::ui
