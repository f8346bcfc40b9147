// The seam between the advisor's views (src/ui, plain ImGui) and a platform shell (src/web).
// The shell owns the window, GL context, input and ImGui context; it calls these functions and
// implements HostServices. Views never call browser APIs themselves.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>

struct ImFont;

namespace advisor::ui {

// What the views may ask of the platform. Every member may be left empty (then the feature is off).
struct HostServices {
    std::function<void(const std::string& text)> copyToClipboard;  // "Copy link" and the like
    std::function<void(const std::string& fileName, const std::string& mimeType,
                       const std::string& contents)>
        download;  // report / data export
    // The screen-reader live region. Called once per change of the advice (never for the advice
    // the page opened with), by the app alone: a shell never announces results itself.
    std::function<void(const std::string& text)> announce;
    // The absolute address of the page with this fragment (for "Copy link"); if empty, the views
    // copy "#" + fragment.
    std::function<std::string(const std::string& fragment)> shareUrl;
    // Today's date in the visitor's time zone, {year, month 1–12, day}, for the report; without
    // it the report carries no date.
    std::function<std::array<int, 3>()> today;
};

// The body text's size in CSS pixels: the shell builds `regular` at this size × the device-pixel
// ratio, and measures wheel and touch scrolling in it; the app converts its sizes back to CSS px.
inline constexpr float kBodyFontCssPx = 16.0f;
// Narrower than this (in body-text ems) the result goes under the questions, with a result bar
// that stays in view.
inline constexpr float kNarrowLayoutEm = 34.0f;

// Fonts built by the shell at the current device-pixel ratio (the shell rebuilds them on change).
struct Fonts {
    ImFont* regular = nullptr;  // body text
    ImFont* bold = nullptr;     // headings, the winner's name
    ImFont* large = nullptr;    // bold, 1.5× body: the result headline
};

enum class Theme { Light, Dark };

struct AppOptions {
    Theme theme = Theme::Light;      // the shell passes prefers-color-scheme, or the host's choice
    std::optional<unsigned> accent;  // 0xRRGGBB (0 is black); none keeps the data file's accent
    std::string language;            // a shipped language ("de", matchLanguage of the page's
                                     // choice) for the data file's texts; "" or unknown: its own
};

// Creates the app state from the embedded data file. Returns false (with message) if the data
// file does not load; the shell then shows the message instead of the app.
bool appInit(const HostServices& services, const AppOptions& options, std::string* errorMessage);

// Called after the shell changed fonts or the DPR (fonts are in pixels; sizes follow them).
void appSetFonts(const Fonts& fonts);

// Applies theme, accent (from the page, the host, or the visitor's toggle) and language.
void appSetOptions(const AppOptions& options);

// Builds one frame of UI (the shell has called ImGui::NewFrame and calls Render after).
// width/height are the canvas size in ImGui units (CSS pixels × DPR == framebuffer pixels).
// Returns true while the app needs further frames without input (an animation in progress).
bool appFrame(float width, float height);

// The state the browser API and host events expose.
std::string appStateJson();  // getState(): answers, winner, ranking, ...
// What a host page that asked for results receives (core/host_message.h hostResultJson).
std::string appHostResultJson(const std::string& shareUrl);
std::string appSetAnswersJson(const std::string& partialAnswersJson);  // "" or an error message
// The same for answers the embedding page prefilled (?answers=): result events say "host".
std::string appSetPrefilledAnswersJson(const std::string& partialAnswersJson);
std::string appLink();  // current share fragment (no '#')
// Restores answers from a fragment (with or without '#'). A bad fragment leaves the answers as
// they are... at start-up they are the defaults... and shows a notice; returns the notice or "".
std::string appOpenLink(const std::string& fragment);
// A link that replaced the address while the advisor runs embedded (someone else navigated the
// frame): answers that differ are only offered, in a notice with "Apply" and "Keep mine", and the
// visitor's answers stay until they choose. Returns the notice, or "".
std::string appOfferLink(const std::string& fragment);
// A message from the embedding page (already checked for source window and origin by the shell):
// the JSON text of event.data. Applies set-answers / set-options; returns "" or why it was refused.
std::string appApplyHostMessage(const std::string& messageJson);
// True once after every change of answers (the shell then updates the URL and notifies the host).
bool appTakeAnswersChanged();
// True once when the address must show appLink() again though the answers did not change.
bool appTakeLinkRewrite();
// Preferred content height in CSS pixels for auto-height embedding, given the current width.
float appContentHeight();

// [SECTION] Language and home country
// The shipped language for a tag ("de-AT" → "de"; "en" for English or one not shipped), applied
// at once: the answers stay, nothing is announced; appTakeLanguageChanged says so once after.
void appSetLanguage(const std::string& tag);
std::string appLanguage();  // "en", "de", "fr", "es"
bool appTakeLanguageChanged();
// The page's own words in the current language, and the languages to switch to:
// {"lang","intro","actions","questionnaire","result","language_label","buttons":{action:label},
//  "languages":[{"code","name"}]}.
std::string appPageTextsJson();
// A home country the page brings (?country=, data-country, the browser's region): where the
// questionnaire starts, before a link or prefilled answers; unknown codes are ignored.
void appSetStartingCountry(const std::string& code);

// The page's native form and result (core/page_html.h), for keyboards, screen readers and pages
// without WebGL 2. Answers given in the form go through appSetAnswersJson (the visitor's).
std::string appFormHtml();
std::string appFormStateJson();
// The result as HTML, with the notice (and, for a link offered, its Apply and Keep mine buttons,
// data-action "apply-link" and "keep-answers") and the share link `shareUrl`. Without WebGL 2 no
// frame is drawn, so a change of advice found here is announced here (HostServices::announce).
std::string appResultHtml(const std::string& shareUrl);
// True once after every change of what the result shows: answers, cost assumptions, the notice.
bool appTakeResultChanged();
// The form's focus is on question (option value, or "" for a number); "" when it left the form.
// The canvas shows that question's step and rings its widget.
void appFocusFromForm(const std::string& question, const std::string& option);
// True once after a click on the canvas answered a question: which, and the option chosen.
bool appTakeCanvasAnswer(std::string& question, std::string& option);
// The page's buttons: "copy-link", "download-report", "download-data", "start-over", "theme",
// and a link offer's "apply-link" and "keep-answers".
bool appAction(const std::string& name);
bool appDarkTheme();
bool appThemeChosen();  // by the visitor or the host: the system's theme no longer applies

}  // namespace advisor::ui
