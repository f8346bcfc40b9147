// The advisor app behind the seam of app.h: one full-canvas layout (top bar, optional notice,
// questionnaire and result side by side, or stacked with a result bar on narrow screens).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>
#include <vector>

#include "app.h"
#include "colour.h"
#include "host_message.h"
#include "imgui.h"
#include "page_html.h"
#include "report.h"
#include "report_html.h"
#include "state.h"
#include "summary.h"
#include "theme.h"
#include "translation.h"
#include "views.h"

namespace advisor::ui {
namespace {

// What the page's result is built from, to rebuild it only when it changes.
struct ResultRevision {
    long evaluations = 0;
    std::string notice;
    bool linkOffered = false;
    bool operator==(const ResultRevision& other) const {
        return evaluations == other.evaluations && notice == other.notice &&
               linkOffered == other.linkOffered;
    }
};

struct App {
    AdvisorState state;
    HostServices services;
    AppOptions options;
    Fonts fonts;
    ViewMemory memory;
    Palette palette{};
    float styledFontSize = 0;
    bool styleDirty = true;
    float contentHeight = 0;                       // in ImGui units, measured each frame
    std::optional<std::string> announcedHeadline;  // the advice the live region last heard of
    std::optional<ResultRevision> pageShows;       // what the page's result was last built from
    bool languageChanged = false;                  // the shell is to relabel its page
    bool themeChosen = false;  // by the visitor or the host: the system's theme no longer applies
};

std::unique_ptr<App> app;

constexpr float kWideLayoutEm = 56.0f;  // from this width the result sits beside the questions

unsigned accentOf(const App& a) {
    if (a.options.accent) return *a.options.accent;
    return parseHexColour(a.state.config().accent).value_or(0x2563EB);
}

// The one path to the live region: after every frame, and when the page result is rebuilt. The
// first advice (the page opening) is not spoken; each change of it is, once.
void announceIfAdviceChanged(App& a) {
    const std::string headline = resultLabel(a.state.config(), a.state.evaluation());
    const bool first = !a.announcedHeadline;
    if (!first && headline == *a.announcedHeadline) return;
    a.announcedHeadline = headline;
    if (!first && a.services.announce)
        a.services.announce(
            buildSummary(a.state.config(), a.state.evaluation(), "", "").announcement);
}

// The actions of the top bar and the result, from the canvas or the page's buttons.
bool runAction(App& a, const std::string& name) {
    if (name == "copy-link") {
        const std::string url =
            a.services.shareUrl ? a.services.shareUrl(a.state.link()) : "#" + a.state.link();
        if (a.services.copyToClipboard) a.services.copyToClipboard(url);
        a.memory.toast = a.state.config().text(Text::LinkCopied);
        a.memory.toastUntil = ImGui::GetCurrentContext() ? ImGui::GetTime() + 2.0 : 0;
    } else if (name == "start-over") {
        a.state.startOver();
        a.memory = ViewMemory();
    } else if (name == "theme") {
        a.options.theme = a.options.theme == Theme::Dark ? Theme::Light : Theme::Dark;
        a.themeChosen = true;
        a.styleDirty = true;
    } else if (name == "download-report") {
        downloadReport(a.state, a.services);
    } else if (name == "download-data") {
        downloadData(a.state, a.services);
    } else if (name == "apply-link") {  // the offered link's answers (the notice's buttons)
        a.state.applyOfferedLink();
    } else if (name == "keep-answers") {
        a.state.keepOwnAnswers();
    } else {
        return false;
    }
    return true;
}

void drawLanguageSwitch(App& a, const ViewContext& view);
float languageSwitchWidth(const ViewContext& view);

void drawTopBar(App& a, const ViewContext& view, float width) {
    const float em = view.em;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(em * 0.9f, em * 0.45f));  // as the buttons'
    ImGui::AlignTextToFramePadding();
    ImGui::PopStyleVar();
    ImGui::PushFont(a.fonts.bold);
    ImGui::TextUnformatted(a.state.config().title.c_str());
    ImGui::PopFont();
    const bool narrow = width < em * kNarrowLayoutEm;
    const Config& config = a.state.config();
    const char* copyLabel = config.text(Text::CopyLink).c_str();
    const char* startOverLabel = config.text(Text::StartOver).c_str();
    const char* themeLabel =
        config.text(a.options.theme == Theme::Dark ? Text::ThemeLight : Text::ThemeDark).c_str();
    const float buttons = ImGui::CalcTextSize(copyLabel).x + ImGui::CalcTextSize(startOverLabel).x +
                          ImGui::CalcTextSize(themeLabel).x + em * 6.6f +
                          languageSwitchWidth(view) + ImGui::GetStyle().ItemSpacing.x;
    if (!narrow)
        ImGui::SameLine(
            std::max(ImGui::GetCursorPosX(), width - buttons - ImGui::GetStyle().WindowPadding.x));
    if (secondaryButton(view, copyLabel)) runAction(a, "copy-link");
    actionFocusRing(view, "copy-link");
    ImGui::SameLine();
    if (secondaryButton(view, startOverLabel)) runAction(a, "start-over");
    actionFocusRing(view, "start-over");
    ImGui::SameLine();
    if (secondaryButton(view, themeLabel)) runAction(a, "theme");
    actionFocusRing(view, "theme");
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < languageSwitchWidth(view))
        ImGui::NewLine();  // a phone: the switch goes under the buttons
    drawLanguageSwitch(a, view);
    if (ImGui::GetTime() < a.memory.toastUntil) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, a.palette.good);
        ImGui::TextUnformatted(a.memory.toast.c_str());
        ImGui::PopStyleColor();
    }
}

void drawNotice(App& a, const ViewContext& view) {
    if (a.state.notice().empty()) return;
    const Config& config = a.state.config();
    const float em = view.em;
    const bool offered = a.state.linkOffered();  // someone else's link: the visitor decides
    const char* first = config.text(offered ? Text::ApplyLink : Text::Dismiss).c_str();
    const char* second = config.text(Text::KeepMine).c_str();
    float button = std::max(em * 5.8f, ImGui::CalcTextSize(first).x + em * 1.8f);
    if (offered) button = std::max(button, ImGui::CalcTextSize(second).x + em * 1.8f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, mix(a.palette.surface, a.palette.warning, 0.16f));
    const float width = ImGui::GetContentRegionAvail().x;
    const float textWidth = width - button - em * 2.2f;
    const float row = ImGui::GetFrameHeightWithSpacing();
    const std::string notice =
        wrapped(ImGui::GetFont(), ImGui::GetFontSize(), a.state.notice(), textWidth);
    float height = ImGui::CalcTextSize(notice.c_str()).y + em * 1.4f;
    if (offered) height = std::max(height, em * 0.9f + 2 * row);
    ImGui::BeginChild("notice", ImVec2(width, height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(em * 0.7f, em * 0.7f));
    ImGui::TextUnformatted(notice.c_str());
    const float buttonX = width - button - em * 0.7f;
    ImGui::SetCursorPos(ImVec2(buttonX, em * 0.45f));
    if (offered) {
        if (primaryButton(view, first, button)) a.state.applyOfferedLink();
        ImGui::SetCursorPos(ImVec2(buttonX, em * 0.45f + row));
        if (secondaryButton(view, second, button)) a.state.keepOwnAnswers();
    } else {
        if (secondaryButton(view, first, button)) a.state.dismissNotice();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// A scrolling panel; returns its content height.
template <typename Draw>
float panel(const char* id, ImVec2 size, float em, Draw&& draw) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em * 1.2f, em * 1.0f));
    ImGui::BeginChild(id, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw();
    const float height = ImGui::GetCursorPosY() + em * 1.0f;
    ImGui::EndChild();
    ImGui::PopStyleVar();
    return height;
}

// Each shipped language by its own name ("Deutsch"), for the switch: English's from the data
// file's texts (loaded first, in English), the others' from the start of their tables.
std::string englishName = "English";
const std::vector<std::pair<std::string, std::string>>& languageNames() {
    static std::vector<std::pair<std::string, std::string>> names;
    if (!names.empty()) return names;
    for (const std::string& code : shippedLanguages()) {
        const std::string name = code == "en" ? englishName : shippedLanguageName(code);
        names.emplace_back(code, name.empty() ? code : name);
    }
    return names;
}

const char* currentLanguageName() {
    const std::string current = appLanguage();
    for (const auto& [code, name] : languageNames())
        if (code == current) return name.c_str();
    return "";
}

float languageSwitchWidth(const ViewContext& view) {
    return ImGui::CalcTextSize(currentLanguageName()).x + view.em * 2.6f;
}

void drawLanguageSwitch(App& a, const ViewContext& view) {
    const auto& names = languageNames();
    const std::string current = appLanguage();
    const char* shown = currentLanguageName();
    ImGui::SetNextItemWidth(languageSwitchWidth(view));
    if (ImGui::BeginCombo(("##" + a.state.config().text(Text::LanguageLabel)).c_str(), shown)) {
        for (const auto& [code, name] : names)
            if (ImGui::Selectable(name.c_str(), code == current)) appSetLanguage(code);
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", a.state.config().text(Text::LanguageLabel).c_str());
}

}  // namespace

bool appInit(const HostServices& services, const AppOptions& options, std::string* errorMessage) {
    app = std::make_unique<App>();
    app->services = services;
    app->options = options;
    if (!app->state.load(embeddedConfigText(), errorMessage)) {
        app.reset();
        return false;
    }
    if (!app->state.config().text(Text::LanguageName).empty())
        englishName = app->state.config().text(Text::LanguageName);
    if (!options.language.empty())
        app->state.setLanguage(embeddedConfigText(), shippedTable(options.language));
    return true;
}

void appSetFonts(const Fonts& fonts) {
    if (!app) return;
    app->fonts = fonts;
    app->styleDirty = true;
}

void appSetOptions(const AppOptions& options) {
    if (!app) return;
    const Theme chosen = app->options.theme;
    if (options.language != app->options.language &&
        app->state.setLanguage(embeddedConfigText(), shippedTable(options.language))) {
        app->languageChanged = true;
        if (app->announcedHeadline)  // the same advice in other words is not news
            app->announcedHeadline = resultLabel(app->state.config(), app->state.evaluation());
    }
    app->options = options;
    if (app->themeChosen) app->options.theme = chosen;  // the system's change does not override
    app->styleDirty = true;
}

bool appFrame(float width, float height) {
    if (!app) return false;
    App& a = *app;
    const float em = ImGui::GetFontSize();
    if (a.styleDirty || a.styledFontSize != em) {
        a.palette = makePalette(a.options.theme, accentOf(a));
        applyStyle(a.palette, em);
        a.styledFontSize = em;
        a.styleDirty = false;
    }
    if (!a.fonts.bold) a.fonts.bold = a.fonts.large = a.fonts.regular = ImGui::GetFont();
    const ViewContext view{a.state, a.palette, a.fonts, a.services, a.memory, em};

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("Sourcing Advisor", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    drawTopBar(a, view, width);
    drawNotice(a, view);
    const float top = ImGui::GetCursorPosY();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool wide = width >= em * kWideLayoutEm;
    float content = 0;
    if (wide) {
        const float left = std::clamp(avail.x * 0.46f, em * 26, em * 40);
        const float questions = panel("questions", ImVec2(left, avail.y), em, [&] {
            if (a.memory.scrollQuestionsToTop) ImGui::SetScrollY(0);
            a.memory.scrollQuestionsToTop = false;
            drawQuestionnaire(view);
        });
        ImGui::SameLine();
        const float result = panel("result", ImVec2(0, avail.y), em, [&] {
            drawLiveResult(view);
            drawResultDetails(view);
        });
        a.memory.scrollToResult = false;
        content = std::max(questions, result);
    } else {
        // Result bar: the live result stays in view while answering on a small screen. A long
        // name ("Managed-Service-Offshoring (Offshore-Staffing)") takes a second line, and is
        // shortened only beyond that (the whole name then on hover and, on the page, in the form
        // mirror's result): a touch screen has no hover.
        const Evaluation& e = a.state.evaluation();
        const Config& config = a.state.config();
        const float padding = em * 0.8f;
        const std::string fitNumber =
            fitText(config.numbers, e.winner >= 0 ? e.scores.fit[e.winner] : 0.0);
        const std::string fit = " \xc2\xb7 " + fitNumber;
        const char* seeResult = config.text(Text::SeeResult).c_str();
        const float button = ImGui::CalcTextSize(seeResult).x + em * 2;
        ImFont* bold = a.fonts.bold;
        auto widthOf = [&](const std::string& text) {
            return bold->CalcTextSizeA(em, FLT_MAX, 0, text.c_str()).x;
        };
        const float room = avail.x - padding * 2 - button - em;
        const std::string full = resultLabel(config, e);
        // The name on the first line, broken as every text of the canvas is (wrapped()); the rest
        // and the fit on the second.
        std::string first = full + fit, second;
        bool cut = false;  // shortened: the whole name on hover
        auto fitting = [&](const std::string& text, float space) {
            const std::string fitted = shortened(bold, text, space);
            cut = cut || fitted != text;
            return fitted;
        };
        if (widthOf(first) > room) {
            const std::string lines = wrapped(bold, em, full, room);
            const std::size_t lineEnd = lines.find('\n');
            if (lineEnd == std::string::npos) {  // the name alone fits: its fit below
                first = fitting(full, room);
                second = fill(config.text(Text::FitOf100), {{"fit", fitNumber}});
            } else {
                std::string rest = lines.substr(lineEnd + 1);
                std::replace(rest.begin(), rest.end(), '\n', ' ');
                first = lines.substr(0, lineEnd);
                second = fitting(rest, room - widthOf(fit)) + fit;
            }
        }
        const bool twoLines = !second.empty();
        const float lineHeight = ImGui::GetTextLineHeight();
        const float bar =
            ImGui::GetFrameHeightWithSpacing() + em * 1.2f +
            (twoLines ? std::max(0.0f, lineHeight * 2 - ImGui::GetFrameHeight()) : 0.0f);
        content = panel("page", ImVec2(0, avail.y - bar), em,
                        [&] {
                            if (a.memory.scrollQuestionsToTop) ImGui::SetScrollY(0);
                            a.memory.scrollQuestionsToTop = false;
                            drawQuestionnaire(view);
                            ImGui::Dummy(ImVec2(0, em));
                            ImGui::Separator();
                            if (a.memory.scrollToResult) ImGui::SetScrollHereY(0);
                            a.memory.scrollToResult = false;
                            drawLiveResult(view);
                            drawResultDetails(view);
                        }) +
                  bar;
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, em * 0.5f));
        ImGui::BeginChild("result-bar", ImVec2(0, 0), false,
                          ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
        const float labelTop = ImGui::GetCursorPosY();
        const float buttonTop =
            twoLines ? labelTop + (lineHeight * 2 - ImGui::GetFrameHeight()) / 2 : labelTop;
        ImGui::PushFont(bold);
        if (twoLines) {
            ImGui::TextUnformatted((first + "\n" + second).c_str());
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(first.c_str());
        }
        ImGui::PopFont();
        if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", full.c_str());
        ImGui::SameLine(ImGui::GetContentRegionMax().x - button);
        ImGui::SetCursorPosY(buttonTop);
        if (primaryButton(view, seeResult, button)) a.memory.scrollToResult = true;
        ImGui::EndChild();
        ImGui::PopStyleVar();
    }
    ImGui::End();
    a.contentHeight =
        top + content + ImGui::GetStyle().WindowPadding.y;  // the window's bottom padding
    announceIfAdviceChanged(a);
    return ImGui::GetTime() < a.memory.toastUntil;  // keep drawing until the toast has gone
}

std::string appStateJson() {
    return app ? app->state.stateJson() : "{}";
}

std::string appHostResultJson(const std::string& shareUrl) {
    return hostResultJson(appStateJson(), shareUrl);
}

std::string appSetAnswersJson(const std::string& partialAnswersJson) {
    if (!app) return "the advisor is not running";
    return app->state.setAnswersJson(partialAnswersJson);
}

std::string appSetPrefilledAnswersJson(const std::string& partialAnswersJson) {
    if (!app) return "the advisor is not running";
    return app->state.setAnswersJson(partialAnswersJson, AnswersOrigin::Host);
}

std::string appLink() {
    return app ? app->state.link() : std::string();
}

std::string appOpenLink(const std::string& fragment) {
    if (!app) return "the advisor is not running";
    return app->state.openLink(fragment);
}

std::string appOfferLink(const std::string& fragment) {
    if (!app) return "the advisor is not running";
    return app->state.offerLink(fragment);
}

std::string appApplyHostMessage(const std::string& messageJson) {
    if (!app) return "the advisor is not running";
    const HostMessage message = parseHostMessage(messageJson);
    if (!message.ok) return message.error;
    if (message.type == HostMessage::Type::SetAnswers)
        return app->state.setAnswersJson(message.answersJson, AnswersOrigin::Host);
    if (!message.theme.empty()) {
        app->options.theme = message.theme == "dark" ? Theme::Dark : Theme::Light;
        app->themeChosen = true;
    }
    if (message.accent) app->options.accent = message.accent;
    if (!message.lang.empty()) appSetLanguage(message.lang);
    app->styleDirty = true;
    return {};
}

bool appTakeAnswersChanged() {
    return app && app->state.takeAnswersChanged();
}
bool appTakeLinkRewrite() {
    return app && app->state.takeLinkRewrite();
}

float appContentHeight() {
    if (!app || !app->fonts.regular) return 0;
    const float scale = app->fonts.regular->FontSize / kBodyFontCssPx;
    return app->contentHeight / std::max(scale, 0.25f);
}

// [SECTION] Language and home country
void appSetLanguage(const std::string& tag) {
    if (!app) return;
    AppOptions options = app->options;
    options.language = matchLanguage(tag);
    if (options.language == "en") options.language.clear();
    appSetOptions(options);
}

std::string appLanguage() {
    return app && !app->options.language.empty() ? app->options.language : "en";
}

bool appTakeLanguageChanged() {
    if (!app || !app->languageChanged) return false;
    app->languageChanged = false;
    return true;
}

std::string appPageTextsJson() {
    if (!app) return "{}";
    const Config& config = app->state.config();
    nlohmann::json buttons = {{"copy-link", config.text(Text::CopyLink)},
                              {"download-report", config.text(Text::DownloadReport)},
                              {"download-data", config.text(Text::DownloadData)},
                              {"start-over", config.text(Text::StartOver)},
                              {"theme", config.text(Text::ThemeDark)}};
    nlohmann::json languages = nlohmann::json::array();
    for (const auto& [code, name] : languageNames())
        languages.push_back({{"code", code}, {"name", name}});
    return nlohmann::json{{"lang", appLanguage()},
                          {"intro", config.text(Text::PageIntro)},
                          {"actions", config.text(Text::PageActions)},
                          {"questionnaire", config.text(Text::PageQuestionnaire)},
                          {"result", config.text(Text::PageResult)},
                          {"language_label", config.text(Text::LanguageLabel)},
                          {"buttons", buttons},
                          {"languages", languages}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void appSetStartingCountry(const std::string& code) {
    if (!app) return;
    const Config& config = app->state.config();
    const int question = config.known.homeCountry;
    if (question < 0) return;
    const auto& options = config.questions[question].options;
    for (int i = 0; i < int(options.size()); ++i)
        if (options[i].value == code) app->state.setStartingAnswer(question, i);
}

// [SECTION] The page's form and result (page_html.h)
std::string appFormHtml() {
    return app ? formHtml(app->state.config(), app->state.answers()) : std::string();
}

std::string appFormStateJson() {
    return app ? formStateJson(app->state.config(), app->state.answers()) : "{}";
}

std::string appResultHtml(const std::string& shareUrl) {
    if (!app) return {};
    announceIfAdviceChanged(*app);
    const AdvisorState& state = app->state;
    std::string html;
    if (!state.notice().empty()) {  // a bad link, a refused message, a link offered: said here too
        html = "<div class=\"sa-notice\" role=\"status\"><p>" + escapeHtml(state.notice()) + "</p>";
        if (state.linkOffered())
            html += "<button type=\"button\" class=\"sa-primary\" data-action=\"apply-link\">" +
                    escapeHtml(state.config().text(Text::ApplyLink)) +
                    "</button> <button type=\"button\" data-action=\"keep-answers\">" +
                    escapeHtml(state.config().text(Text::KeepMine)) + "</button>";
        html += "</div>\n";
    }
    html += resultHtml(state.config(), state.answers(), state.evaluation(), 2, true);
    const std::string share =
        buildSummary(state.config(), state.evaluation(), "", shareUrl).shareLine;
    return html + "<p class=\"sa-share-link\">" + escapeHtml(share) + "</p>\n";
}

bool appTakeResultChanged() {
    if (!app) return false;
    const ResultRevision now{app->state.evaluations(), app->state.notice(),
                             app->state.linkOffered()};
    if (app->pageShows && *app->pageShows == now) return false;
    app->pageShows = now;
    return true;
}

void appFocusFromForm(const std::string& question, const std::string& option) {
    if (!app) return;
    app->memory.formFocusAction.clear();
    if (!question.empty() && question[0] == '@') {  // a button of the page
        focusFromForm(app->state, app->memory, -1, -1);
        app->memory.formFocusAction = question.substr(1);
        app->memory.scrollToFormFocus = true;
        return;
    }
    const Config& config = app->state.config();
    int q = -1, o = -1;
    for (int i = 0; i < int(config.questions.size()); ++i)
        if (config.questions[i].id == question) q = i;
    if (q >= 0)
        for (int i = 0; i < int(config.questions[q].options.size()); ++i)
            if (config.questions[q].options[i].value == option) o = i;
    focusFromForm(app->state, app->memory, q, o);
}

bool appTakeCanvasAnswer(std::string& question, std::string& option) {
    if (!app || app->memory.canvasAnswered < 0) return false;
    const Config& config = app->state.config();
    const int q = app->memory.canvasAnswered;
    app->memory.canvasAnswered = -1;
    question = config.questions[q].id;
    const int value = app->state.answers().values[q];
    option = config.questions[q].type == Question::Type::Choice
                 ? config.questions[q].options[value].value
                 : std::string();
    return true;
}

bool appAction(const std::string& name) {
    return app && runAction(*app, name);
}

bool appDarkTheme() {
    return app && app->options.theme == Theme::Dark;
}
bool appThemeChosen() {
    return app && app->themeChosen;
}

}  // namespace advisor::ui
