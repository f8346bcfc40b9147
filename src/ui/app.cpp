// TEMPORARY placeholder for the advisor's views, so the web shell can be built and tested before
// the real views exist. It implements ui/app.h with a tiny demo: one "answer" (demo, 0 or 1), a
// share fragment "demo-<n>", a notice for any other fragment. No platform code belongs here.
#include "ui/app.h"

#include <nlohmann/json.hpp>

#include "imgui.h"

namespace advisor::ui {
namespace {

struct Demo {
    HostServices services;
    AppOptions options;
    Fonts fonts;
    int choice = 0;           // the one answer: 0 = outsource, 1 = offshore
    int clicks = 0;
    char note[128] = "";      // a text field, to try typing, pasting and on-screen keyboards
    std::string notice;       // shown when a link could not be opened
    bool answersChanged = false;
};
Demo demo;

void applyStyle() {
    ImGuiStyle style;
    if (demo.options.theme == Theme::Dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    if (demo.options.accent != 0) {
        const ImU32 accent = IM_COL32((demo.options.accent >> 16) & 0xFF,
                                      (demo.options.accent >> 8) & 0xFF, demo.options.accent & 0xFF, 255);
        style.Colors[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(accent);
        style.Colors[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(accent);
    }
    style.ScaleAllSizes(demo.fonts.regular ? demo.fonts.regular->FontSize / 16.0f : 1.0f);
    ImGui::GetStyle() = style;
}

void setChoice(int choice) {
    if (choice == demo.choice) return;
    demo.choice = choice;
    demo.answersChanged = true;
}

}  // namespace

bool appInit(const HostServices& services, const AppOptions& options, std::string*) {
    demo.services = services;
    demo.options = options;
    applyStyle();
    return true;
}

void appSetFonts(const Fonts& fonts) {
    demo.fonts = fonts;
    ImGui::GetIO().FontDefault = fonts.regular;
    applyStyle();
}

void appSetOptions(const AppOptions& options) {
    demo.options = options;
    applyStyle();
}

bool appFrame(float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("Sourcing Advisor", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(demo.fonts.large);
    ImGui::TextUnformatted("Sourcing Advisor \xE2\x80\x94 shell demo");
    ImGui::PopFont();
    ImGui::PushFont(demo.fonts.bold);
    ImGui::TextUnformatted("Who does the work \xC3\x97 where it is done");
    ImGui::PopFont();
    ImGui::TextWrapped("Placeholder views: \xE2\x80\x9C" "quotes\xE2\x80\x9D, \xE2\x80\x93 dashes, "
                       "\xE2\x82\xAC 1\xE2\x80\xAF" "200, \xE2\x89\x88 30 %%, \xE2\x89\xA4 \xE2\x89\xA5, "
                       "\xE2\x86\x92 next, \xE2\x9C\x93 done\xE2\x80\xA6");
    if (!demo.notice.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.3f, 0.1f, 1.0f), "%s", demo.notice.c_str());
    }
    if (ImGui::RadioButton("Outsource (who)", demo.choice == 0)) setChoice(0);
    ImGui::SameLine();
    if (ImGui::RadioButton("Offshore (where)", demo.choice == 1)) setChoice(1);
    if (ImGui::Button("Count clicks")) {
        ++demo.clicks;
        if (demo.services.announce) demo.services.announce("Clicked " + std::to_string(demo.clicks) + " times");
    }
    ImGui::SameLine();
    ImGui::Text("clicked %d times", demo.clicks);
    ImGui::SameLine();
    if (ImGui::Button("Copy link") && demo.services.copyToClipboard) {
        demo.services.copyToClipboard(appLink());
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    ImGui::InputTextWithHint("##note", "Type a note", demo.note, sizeof demo.note);
    ImGui::BeginChild("list", ImVec2(0, 0), true);
    for (int row = 1; row <= 200; ++row) ImGui::Text("Row %d \xE2\x80\x93 a long list to scroll", row);
    ImGui::EndChild();
    ImGui::End();
    return false;
}

std::string appStateJson() {
    nlohmann::json state = {{"answers", {{"demo", demo.choice}}},
                            {"winner", nullptr},
                            {"link", appLink()},
                            {"notice", demo.notice}};
    return state.dump();
}

std::string appSetAnswersJson(const std::string& partialAnswersJson) {
    const auto answers = nlohmann::json::parse(partialAnswersJson, nullptr, false);
    if (answers.is_discarded() || !answers.is_object()) return "answers must be a JSON object";
    for (const auto& [id, value] : answers.items()) {
        if (id != "demo") return "unknown question id: " + id;
        if (!value.is_number_integer() || value.get<int>() < 0 || value.get<int>() > 1) {
            return "demo must be 0 or 1";
        }
    }
    if (answers.contains("demo")) setChoice(answers["demo"].get<int>());
    return "";
}

std::string appLink() { return "demo-" + std::to_string(demo.choice); }

std::string appOpenLink(const std::string& fragment) {
    const std::string link = !fragment.empty() && fragment[0] == '#' ? fragment.substr(1) : fragment;
    if (link == "demo-0" || link == "demo-1") {
        demo.notice.clear();
        setChoice(link.back() - '0');
    } else {
        demo.notice = "This link could not be opened; showing the default answers.";
    }
    return demo.notice;
}

bool appTakeAnswersChanged() {
    const bool changed = demo.answersChanged;
    demo.answersChanged = false;
    return changed;
}

float appContentHeight() { return 600.0f; }

}  // namespace advisor::ui
