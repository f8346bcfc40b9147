// The views of the advisor and what they share. Each draws into the current ImGui window; none
// calls the browser (HostServices does that). View-only memory (current step, ticked checklist
// items, the selected heat-map cell) lives in ViewMemory; everything else in AdvisorState.
#pragma once

#include <string>
#include <vector>

#include "app.h"
#include "state.h"
#include "theme.h"

namespace advisor::ui {

struct ViewMemory {
    int step = 0;                     // questionnaire step shown
    int selectedCell = -1;            // heat-map cell tapped or clicked
    std::vector<char> checklistDone;  // by checklist item index (char: smaller code than bool)
    double toastUntil = 0;            // "Link copied" shown until this ImGui time
    std::string toast;
    bool scrollToResult = false;  // narrow layout: "See the result" pressed
    bool scrollQuestionsToTop = false;
    // The page's form control that has keyboard focus, shown on the canvas as a ring around its
    // widget (the form is the keyboard's and the screen reader's way through the advisor).
    int formFocusQuestion = -1;
    int formFocusOption = -1;  // a choice's option; −1 for a number or scale question
    bool scrollToFormFocus = false;
    std::string formFocusAction;  // a button of the page ("copy-link", ...): its canvas twin
    int canvasAnswered = -1;      // the question a click on the canvas answered this frame
};

struct ViewContext {
    AdvisorState& state;
    const Palette& palette;
    const Fonts& fonts;
    const HostServices& services;
    ViewMemory& memory;
    float em;  // font size in pixels
};

// widgets.cpp: small custom widgets built on ImGui.
void heading(const ViewContext& view, const char* text);         // bold section title
void textDim(const ViewContext& view, const std::string& text);  // wrapped, dim
void textWrapped(const std::string& text);                       // wrapped, normal
// A full-width option with a round marker and wrapped label; returns true when chosen.
bool optionRow(const ViewContext& view, const char* id, const std::string& label, bool selected,
               float width);
// A row of equal segments (e.g. 1–5); returns the index clicked, or −1.
int segmented(const ViewContext& view, const char* id, const std::vector<std::string>& labels,
              int selected);
// A header that opens and closes what follows it, its label wrapped (ImGui's collapsing header
// clips a long label); returns whether it is open.
bool disclosure(const ViewContext& view, const char* id, const std::string& label);
bool primaryButton(const ViewContext& view, const char* label, float width = 0);
bool secondaryButton(const ViewContext& view, const char* label, float width = 0);
void pill(const ViewContext& view, const std::string& text, ImU32 background, ImU32 foreground);
void helpTooltip(const ViewContext& view, const std::string& text);  // on hover of last item
// When the page's form focus is on the item just drawn (question q, option o): a focus ring
// around [min, max], scrolled into view once after the focus moved.
void formFocusRing(const ViewContext& view, int q, int o, ImVec2 min, ImVec2 max);
// The same for the canvas's twin of the page's button `action`.
void actionFocusRing(const ViewContext& view, const char* action);
// `text` shortened at a character boundary, with an ellipsis, to fit `width` in `font`.
std::string shortened(ImFont* font, const std::string& text, float width);
// `text` broken into lines no wider than `width` (at `size` in `font`), at spaces only: ImGui's
// own wrapping also breaks after a comma or a full stop, which splits numbers written the
// German, French or Spanish way ("2,4", "1.000"). A word wider than a line breaks where it must.
std::string wrapped(ImFont* font, float size, const std::string& text, float width);

// questionnaire.cpp
void drawQuestionnaire(const ViewContext& view);
std::vector<int> stepsWithQuestions(const AdvisorState& state);
// The form's focus moved to question q (option o, or −1): show its step and ring it.
void focusFromForm(const AdvisorState& state, ViewMemory& memory, int q, int o);

// result_view.cpp
void drawLiveResult(const ViewContext& view);     // headline card
void drawResultDetails(const ViewContext& view);  // bars, heat map, reasons, costs, checklist

// The report (HTML) and the data (JSON) of the current answers, through HostServices::download.
void downloadReport(const AdvisorState& state, const HostServices& services);
void downloadData(const AdvisorState& state, const HostServices& services);

// cost_view.cpp
void drawCosts(const ViewContext& view);

}  // namespace advisor::ui
