// Palettes and style (see theme.h). Contrast: text on surface ≥ 7:1, dim text ≥ 4.5:1 in both.
#include "theme.h"

#include <algorithm>

namespace advisor::ui {
namespace {

ImU32 rgb(unsigned hex, int alpha = 255) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, alpha);
}

ImVec4 vec(ImU32 colour) {
    return ImGui::ColorConvertU32ToFloat4(colour);
}

}  // namespace

ImU32 mix(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    const ImVec4 x = vec(a), y = vec(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t,
                                                 x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}

Palette makePalette(Theme theme, unsigned accent) {
    Palette p;
    const bool dark = theme == Theme::Dark;
    p.background = rgb(dark ? 0x111418 : 0xF4F6F8);
    p.surface = rgb(dark ? 0x1B2027 : 0xFFFFFF);
    p.surfaceHover = rgb(dark ? 0x252C35 : 0xEEF1F5);
    p.border = rgb(dark ? 0x333B46 : 0xD5DAE1);
    p.text = rgb(dark ? 0xE8EBEF : 0x1B1F24);
    p.textDim = rgb(dark ? 0xA3ADB9 : 0x545E6A);
    p.accent = rgb(accent);
    if (dark) p.accent = mix(p.accent, rgb(0xFFFFFF), 0.25f);  // keep the accent legible on dark
    p.accentSoft = mix(p.surface, p.accent, dark ? 0.28f : 0.14f);
    // Text on the accent: white unless the accent is light.
    const ImVec4 a = vec(p.accent);
    const float luminance = 0.2126f * a.x + 0.7152f * a.y + 0.0722f * a.z;
    p.onAccent = luminance > 0.6f ? rgb(0x111418) : rgb(0xFFFFFF);
    p.good = rgb(dark ? 0x4ADE80 : 0x15803D);
    p.bad = rgb(dark ? 0xF87171 : 0xB91C1C);
    p.warning = rgb(dark ? 0xFBBF24 : 0x92400E);
    p.excluded = rgb(dark ? 0x3A414B : 0xE3E6EA);
    p.track = rgb(dark ? 0x2A313B : 0xE8EBEF);
    return p;
}

void applyStyle(const Palette& p, float em) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(em * 1.0f, em * 1.0f);
    s.FramePadding = ImVec2(em * 0.6f, em * 0.4f);
    s.ItemSpacing = ImVec2(em * 0.6f, em * 0.5f);
    s.ItemInnerSpacing = ImVec2(em * 0.4f, em * 0.3f);
    s.CellPadding = ImVec2(em * 0.4f, em * 0.25f);
    s.IndentSpacing = em * 1.2f;
    s.ScrollbarSize = em * 0.75f;
    s.GrabMinSize = em * 0.9f;
    s.WindowRounding = 0;
    s.ChildRounding = em * 0.5f;
    s.FrameRounding = em * 0.35f;
    s.PopupRounding = em * 0.35f;
    s.ScrollbarRounding = em * 0.4f;
    s.GrabRounding = em * 0.3f;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;
    s.TouchExtraPadding = ImVec2(0, 0);
    s.MouseCursorScale = 1;
    s.AntiAliasedFill = true;
    s.AntiAliasedLines = true;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.textDim);
    c[ImGuiCol_WindowBg] = vec(p.background);
    c[ImGuiCol_ChildBg] = vec(p.surface);
    c[ImGuiCol_PopupBg] = vec(p.surface);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = vec(p.surface);
    c[ImGuiCol_FrameBgHovered] = vec(p.surfaceHover);
    c[ImGuiCol_FrameBgActive] = vec(p.accentSoft);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = vec(p.surface);
    c[ImGuiCol_MenuBarBg] = vec(p.surface);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = vec(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(p.textDim);
    c[ImGuiCol_ScrollbarGrabActive] = vec(p.accent);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.accent);
    c[ImGuiCol_Button] = vec(p.surface);
    c[ImGuiCol_ButtonHovered] = vec(p.surfaceHover);
    c[ImGuiCol_ButtonActive] = vec(p.accentSoft);
    c[ImGuiCol_Header] = vec(p.accentSoft);
    c[ImGuiCol_HeaderHovered] = vec(p.surfaceHover);
    c[ImGuiCol_HeaderActive] = vec(p.accentSoft);
    c[ImGuiCol_Separator] = vec(p.border);
    c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = vec(p.accent);
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Tab] = vec(p.surface);
    c[ImGuiCol_TabHovered] = vec(p.surfaceHover);
    c[ImGuiCol_TabActive] = vec(p.accentSoft);
    c[ImGuiCol_TableHeaderBg] = vec(p.background);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = vec(p.border);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = vec(p.background);
    c[ImGuiCol_TextSelectedBg] = vec(p.accentSoft);
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.35f);
}

}  // namespace advisor::ui
