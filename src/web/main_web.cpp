// The web shell's frame loop and wiring: the one place that puts the pieces together. It owns the
// WebGL2 context and the ImGui context, builds the fonts at the device-pixel ratio, draws on demand
// (nothing while nothing changes), keeps the share link and the page's form and result following
// the answers, and answers window.sourcingAdvisor (pre.js). Input is html5_platform's, the
// browser's capabilities are browser.h's, embedding is embedding.h's; the views are behind
// ui/app.h.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "colour.h"
#include "host_message.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "translation.h"
#include "ui/app.h"
#include "web/browser.h"
#include "web/embedding.h"
#include "web/form_mirror.h"
#include "web/html5_platform.h"
#include "web/item_probe.h"
#include "web/text_input.h"

// Fonts cut and compiled in at build time (src/web/CMakeLists.txt, cmake/Embed.cmake).
extern const unsigned char embedded_roboto_regular_ttf[];
extern const unsigned long embedded_roboto_regular_ttf_size;
extern const unsigned char embedded_roboto_bold_ttf[];
extern const unsigned long embedded_roboto_bold_ttf_size;
extern const unsigned char embedded_symbols_ttf[];
extern const unsigned long embedded_symbols_ttf_size;

namespace {

namespace app = advisor::ui;
namespace browser = advisor::web::browser;
namespace embedding = advisor::web::embedding;
namespace form_mirror = advisor::web::form_mirror;

// [SECTION] Settings
constexpr const char* kCanvas = "#canvas";  // the canvas's id in both shells
constexpr float kLargeFontScale = 1.5f;     // the result headline, relative to body text
constexpr int kSettleFrames = 3;            // frames drawn after an event: hover and layout settle

// Characters baked into the font atlas (the fonts were cut to about the same set at build time).
constexpr ImWchar kTextGlyphs[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2122, 0x2122,
                                   0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2265, 0};
constexpr ImWchar kSymbolGlyphs[] = {0x2190, 0x2193, 0x25B2, 0x25CF, 0x2713, 0x2717, 0};

struct Shell {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    app::Fonts fonts;
    double fontPixelRatio = 0;      // the device-pixel ratio the fonts were built for
    int maxFramebufferSize = 4096;  // the GPU's largest viewport and renderbuffer side

    int framesWanted = 0;  // frames still to draw before going idle
    bool animationFrameRequested = false;

    unsigned framesRendered = 0;  // stats(): frames actually drawn
    double lastFrameMs = 0;       // stats(): CPU time of the last frame
    double lastBuildMs = 0;       // stats(): of which building the UI (views + ImGui), no GL
};
Shell shell;

void drawFrame();

// [SECTION] Rendering on demand: nothing is drawn while nothing changes.
EM_BOOL onAnimationFrame(double, void*) {
    shell.animationFrameRequested = false;
    drawFrame();
    return EM_FALSE;
}

void requestFrames(int count = kSettleFrames) {
    shell.framesWanted = std::max(shell.framesWanted, count);
    if (shell.gl && shell.framesWanted > 0 && !shell.animationFrameRequested) {
        shell.animationFrameRequested = true;
        emscripten_request_animation_frame(onAnimationFrame, nullptr);
    }
}

void requestSettleFrames() {
    requestFrames();
}
void requestOneFrame() {
    requestFrames(1);
}

// [SECTION] Fonts at the device-pixel ratio
ImFont* addFont(const unsigned char* data, unsigned long size, float pixels) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are static, compiled in
    config.OversampleH = 2;
    config.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(
        const_cast<unsigned char*>(data), static_cast<int>(size), pixels, &config, kTextGlyphs);
    ImFontConfig symbols = config;
    symbols.MergeMode = true;  // arrows and check marks Roboto lacks, from DejaVu Sans
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(embedded_symbols_ttf),
                                   static_cast<int>(embedded_symbols_ttf_size), pixels, &symbols,
                                   kSymbolGlyphs);
    return font;
}

void buildFonts(double pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float body = std::round(app::kBodyFontCssPx * static_cast<float>(pixelRatio));
    shell.fonts.regular =
        addFont(embedded_roboto_regular_ttf, embedded_roboto_regular_ttf_size, body);
    shell.fonts.bold = addFont(embedded_roboto_bold_ttf, embedded_roboto_bold_ttf_size, body);
    shell.fonts.large = addFont(embedded_roboto_bold_ttf, embedded_roboto_bold_ttf_size,
                                std::round(body * kLargeFontScale));
    io.Fonts->Build();
    if (shell.framesRendered > 0) {  // before the first frame, the backend creates the texture
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    shell.fontPixelRatio = pixelRatio;
    app::appSetFonts(shell.fonts);
}

// [SECTION] The page around the canvas
app::AppOptions pageOptions() {
    app::AppOptions options;
    options.language = app::appLanguage() == "en" ? "" : app::appLanguage();  // kept as it is
    options.theme = browser::prefersDarkTheme() ? app::Theme::Dark : app::Theme::Light;
    options.accent = advisor::parseHexColour(browser::accentText());  // none, or any colour
    return options;
}

// The language: ?lang= (the page's, or data-lang through embed.js), else the first of the
// browser's languages the advisor speaks, else English (a share link carries none: the recipient
// reads their own). The home country starts from ?country= (data-country), else the region of the
// browser's first language ("en-GB" → gb); answers from a link or the host come after and win.
void chooseLanguageAndCountry() {
    std::string wanted = browser::queryParameter("lang");
    if (!advisor::isLanguageTag(wanted) || advisor::matchLanguage(wanted).empty()) {
        if (!wanted.empty())
            browser::warn("lang=" + wanted.substr(0, 40) + " is not a language the advisor speaks");
        wanted.clear();
        const std::string preferred = browser::preferredLanguages();
        for (std::string::size_type at = 0; at <= preferred.size() && wanted.empty();) {
            const std::string::size_type end = std::min(preferred.find(',', at), preferred.size());
            const std::string tag = preferred.substr(at, end - at);
            if (!advisor::matchLanguage(tag).empty()) wanted = tag;
            at = end + 1;
        }
    }
    if (!wanted.empty()) app::appSetLanguage(wanted);
    std::string country = browser::queryParameter("country");
    if (country.empty()) {
        const std::string first = browser::preferredLanguages();
        const std::string tag = first.substr(0, first.find(','));
        const std::string::size_type dash = tag.find('-');
        if (dash != std::string::npos && tag.size() - dash - 1 == 2) country = tag.substr(dash + 1);
    }
    for (char& c : country) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (!country.empty()) app::appSetStartingCountry(country);
}

// The share link follows the answers (the fragment is touched at no other time), and the page's
// form and result follow the answers and the result (cost assumptions and notices too).
void publishAnswersIfChanged() {
    if (app::appTakeLinkRewrite()) browser::replaceFragment(app::appLink());  // "Keep mine"
    if (app::appTakeLanguageChanged()) form_mirror::relabel();
    const bool answersChanged = app::appTakeAnswersChanged();
    if (answersChanged) browser::replaceFragment(app::appLink());
    if (app::appTakeResultChanged() || answersChanged) form_mirror::sync();
    if (answersChanged) embedding::answersChanged();
}

// [SECTION] One frame
void afterFrame(bool animating) {
    if (ImGui_ImplHtml5_EndFrame() || animating) requestFrames(1);
    advisor::web::text_input::afterFrame();
    publishAnswersIfChanged();
    std::string question, option;  // a click answered: the keyboard continues from the form
    if (app::appTakeCanvasAnswer(question, option)) form_mirror::focusControl(question, option);
    // The tallest canvas the GPU draws at this device-pixel ratio, in CSS pixels.
    const float maxCanvasCssHeight =
        static_cast<float>(shell.maxFramebufferSize) / ImGui_ImplHtml5_PixelRatio();
    if (embedding::afterFrame(app::appContentHeight(), maxCanvasCssHeight)) requestFrames(1);
    if (shell.framesRendered == 1) browser::markFirstFrameDrawn();
}

void drawFrame() {
    if (!shell.gl) return;
    const double started = emscripten_get_now();
    shell.framesWanted = std::max(0, shell.framesWanted - 1);
    ImGui_ImplHtml5_NewFrame();
    const ImGui_ImplHtml5_Canvas& canvas = ImGui_ImplHtml5_GetCanvas();
    if (canvas.pixelRatio != shell.fontPixelRatio) buildFonts(canvas.pixelRatio);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const ImGuiIO& io = ImGui::GetIO();
    const bool animating = app::appFrame(io.DisplaySize.x, io.DisplaySize.y);
    ImGui::Render();
    shell.lastBuildMs = emscripten_get_now() - started;

    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, canvas.width, canvas.height);
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    ++shell.framesRendered;
    afterFrame(animating);
    shell.lastFrameMs = emscripten_get_now() - started;
    if (shell.framesWanted > 0) requestFrames(0);
}

// [SECTION] Start-up
bool createWebGL2Context() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
    attributes.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    shell.gl = emscripten_webgl_create_context(kCanvas, &attributes);
    if (shell.gl <= 0) {
        shell.gl = 0;
        return false;
    }
    emscripten_webgl_make_context_current(shell.gl);
    GLint viewport[2] = {0, 0}, renderbuffer = 0;
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    const int limit = std::min({viewport[0], viewport[1], static_cast<int>(renderbuffer)});
    if (limit > 0) shell.maxFramebufferSize = limit;
    return true;
}

}  // namespace

// [SECTION] Called from JavaScript (browser.cpp watchers, pre.js page API)
extern "C" {

EMSCRIPTEN_KEEPALIVE void sa_on_resize() {
    drawFrame();  // now, before the browser paints the resized (and cleared) canvas
    requestFrames(1);
}

EMSCRIPTEN_KEEPALIVE void sa_on_theme_change() {
    app::appSetOptions(pageOptions());  // a theme the visitor or the host chose stays
    form_mirror::showTheme();
    requestFrames();
}

// A fragment the advisor did not write (it writes with replaceState, which fires no hashchange):
// someone navigated to a link. On its own page that is the visitor opening a link; embedded, it
// may be whoever can navigate the frame, so the visitor is asked first (Apply / Keep mine).
EMSCRIPTEN_KEEPALIVE void sa_on_hash_change(const char* fragment) {
    if (embedding::embedded()) {
        app::appOfferLink(fragment);
    } else {  // new answers: the next frame rewrites the link and tells the host
        app::appOpenLink(fragment);
    }
    if (!shell.gl) publishAnswersIfChanged();
    requestFrames();
}

// A message from the embedding page, already checked for window and origin (browser.cpp).
EMSCRIPTEN_KEEPALIVE void sa_on_host_message(const char* messageJson) {
    embedding::applyHostMessage(messageJson);
    if (!shell.gl) publishAnswersIfChanged();  // no frames without WebGL 2: the page follows
    requestFrames();
}

// Without WebGL 2: the page's form and result changed height (browser::watchPageHeight).
EMSCRIPTEN_KEEPALIVE void sa_on_page_height(double cssHeight) {
    embedding::pageResized(static_cast<float>(cssHeight));
}

// The clipboard's text, then exactly the shortcut ImGui's text fields paste with.
EMSCRIPTEN_KEEPALIVE void sa_on_paste(const char* text) {
    ImGui_ImplHtml5_Paste(text);
}

EMSCRIPTEN_KEEPALIVE const char* sa_state_json() {
    static std::string state;
    state = app::appStateJson();
    return state.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* sa_set_answers(const char* partialAnswersJson) {
    static std::string message;
    message = app::appSetAnswersJson(partialAnswersJson);
    if (!shell.gl) publishAnswersIfChanged();  // no frames without WebGL 2: the page still follows
    requestFrames();
    return message.c_str();
}

EMSCRIPTEN_KEEPALIVE unsigned sa_frames_rendered() {
    return shell.framesRendered;
}
EMSCRIPTEN_KEEPALIVE double sa_last_frame_ms() {
    return shell.lastFrameMs;
}
EMSCRIPTEN_KEEPALIVE double sa_last_build_ms() {
    return shell.lastBuildMs;
}

}  // extern "C"

void advisor::web::appChangedOutsideFrame() {
    publishAnswersIfChanged();
    form_mirror::showTheme();
    requestFrames();
}

int main() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored in the browser
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    app::HostServices services;
    services.copyToClipboard = ImGui_ImplHtml5_SetClipboard;
    services.download = browser::downloadFile;
    services.announce = browser::announce;
    services.shareUrl = embedding::shareUrl;
    services.today = browser::today;
    std::string error;
    if (!app::appInit(services, pageOptions(), &error)) {
        browser::showMessage("The advisor could not start: " + error);
        browser::markFailed(error);
        return 0;
    }
    chooseLanguageAndCountry();
    app::appTakeLanguageChanged();  // the page is relabelled when the form mirror installs
    embedding::start();  // answers the embedding page prefilled, before the link: a link wins
    const std::string fragment = browser::fragment();
    if (!fragment.empty()) app::appOpenLink(fragment);
    app::appTakeAnswersChanged();  // opening the page is no change: the fragment stays as it came
    browser::markAppRunning();
    form_mirror::install();  // answers given in the prerendered form before now are kept; the
                             // advice the page opens with is shown, not announced
    publishAnswersIfChanged();

    // Without WebGL 2 the page's form and result are the advisor (it opens in that mode).
    if (!createWebGL2Context()) {
        embedding::startPageMode();      // the host sizes the frame to the page
        browser::watchPage(false);       // links opened, the system's theme
        browser::markFirstFrameDrawn();  // ready: the page is the advisor
        return 0;
    }
    form_mirror::setPageMode(false);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    ImGui_ImplHtml5_Host platform;
    platform.canvas = kCanvas;
    platform.requestFrames = requestSettleFrames;
    platform.drawFrameNow = drawFrame;
    platform.embedded = embedding::embedded;
    platform.touchScrollsPage = embedding::touchScrollsPage;
    platform.copyText = browser::copyText;
    platform.focusTextInput = advisor::web::text_input::focus;
    platform.setCursor = browser::setCursor;
    platform.apple = browser::isApplePlatform();
    ImGui_ImplHtml5_Init(platform);
    advisor::web::text_input::start(requestOneFrame);
    advisor::web::item_probe::start(requestOneFrame);
    browser::watchPage(
        true);  // its ResizeObserver reports the first size and so draws the first frame
    requestFrames();
    return 0;  // the runtime stays (no EXIT_RUNTIME); events drive everything from here
}
