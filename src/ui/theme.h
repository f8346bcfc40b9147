// Colours and spacing of the advisor: light and dark palettes around one accent colour, and an
// ImGui style whose every size is a multiple of the font size (so it scales with the DPR).
#pragma once

#include "app.h"
#include "imgui.h"

namespace advisor::ui {

struct Palette {
    ImU32 background, surface, surfaceHover, border, text, textDim, accent, accentSoft, onAccent;
    ImU32 good, bad, warning, excluded, track;
};

// `accent` is 0xRRGGBB. Applies the ImGui style for the current font size too.
Palette makePalette(Theme theme, unsigned accent);
void applyStyle(const Palette& palette, float fontSize);

// Mixes two colours; t = 0 gives a, t = 1 gives b.
ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace advisor::ui
