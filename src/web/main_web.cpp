// The web shell: the one place that talks to the browser. It owns the WebGL2 context, the ImGui
// context, input (emscripten/html5.h), fonts at the device-pixel ratio, on-demand rendering, the
// share-link fragment and window.sourcingAdvisor, and drives the views through ui/app.h.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "colour.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // the caret's blink clock
#include "ui/app.h"
#include "web/browser.h"
#include "web/embedding.h"

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

// [SECTION] Settings
constexpr const char* kCanvas = "#canvas";  // the canvas's id in both shells
constexpr float kLargeFontScale = 1.5f;     // the result headline, relative to body text
constexpr int kSettleFrames = 3;            // frames drawn after an event: hover and layout settle
constexpr double kCaretBlinkOnSeconds = 0.8;  // ImGui 1.86's caret: shown 0.8 s of every 1.2 s
constexpr double kCaretBlinkPeriodSeconds = 1.2;
constexpr float kWheelScrollFactor = 0.6f;  // a 100 px wheel notch scrolls 60 px, about 3 lines
constexpr float kWheelLineCssPx = 20.0f;    // wheel events counted in lines (Firefox)
constexpr float kTapSlopCssPx = 10.0f;      // a finger moving further than this scrolls, not taps
constexpr float kImGuiWheelStepInFonts = 5.0f;   // ImGui 1.86 scrolls 5 × font size per wheel unit
constexpr float kImGuiWheelStepHInFonts = 2.0f;  // ... and 2 × font size horizontally

// Characters baked into the font atlas (the fonts were cut to about the same set at build time).
constexpr ImWchar kTextGlyphs[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2122, 0x2122,
                                   0x2212, 0x2212, 0x2248, 0x2248, 0x2260, 0x2265, 0};
constexpr ImWchar kSymbolGlyphs[] = {0x2190, 0x2193, 0x25B2, 0x25CF, 0x2713, 0x2717, 0};

// Key slots in io.KeysDown: ImGui 1.86 lets the platform choose them and maps them via io.KeyMap.
enum Key : int {
    KeyNone,
    KeyTab,
    KeyLeft,
    KeyRight,
    KeyUp,
    KeyDown,
    KeyPageUp,
    KeyPageDown,
    KeyHome,
    KeyEnd,
    KeyInsert,
    KeyDelete,
    KeyBackspace,
    KeySpace,
    KeyEnter,
    KeyEscape,
    KeyKeypadEnter,
    KeyA,
    KeyC,
    KeyV,
    KeyX,
    KeyY,
    KeyZ,
    KeyCount
};

struct Modifiers {
    bool ctrl = false, shift = false, alt = false, super = false;
    bool operator==(const Modifiers& other) const {
        return ctrl == other.ctrl && shift == other.shift && alt == other.alt &&
               super == other.super;
    }
};

// ImGui 1.86 has no input queue: it sees keys as state, once per frame, and reads typed text
// before keys. So keyboard input waits here in order, and each frame takes events only up to the
// first that would change a key twice or be read out of order; the rest waits for the next frame.
struct KeyboardEvent {
    enum Kind { KeyChange, ModifierChange, Text } kind;
    Key key = KeyNone;    // KeyChange
    bool down = false;    // KeyChange
    Modifiers modifiers;  // KeyChange, ModifierChange
    std::string text;     // Text: typed characters, UTF-8
};

// The mouse as ImGui sees it. Button changes queue up with their position, one per frame, so a
// quick click (or a click followed at once by a move elsewhere) lands where it was made.
struct MouseState {
    ImVec2 position{-FLT_MAX, -FLT_MAX};  // framebuffer pixels; -FLT_MAX: no pointer (no hover)
    bool down[3] = {};                    // ImGui order: left, right, middle
};

// One finger at a time: a tap clicks where it lands; a drag scrolls what lies under it.
struct Touch {
    bool active = false;
    long id = 0;
    float startX = 0, startY = 0;  // CSS pixels relative to the canvas
    float lastX = 0, lastY = 0;
    bool scrolling = false;
};

struct Shell {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    app::Fonts fonts;
    double pixelRatio = 0;  // the device-pixel ratio the fonts were built for
    int framebufferWidth = 0, framebufferHeight = 0;
    double cssWidth = 0, cssHeight = 0;
    int maxFramebufferSize = 4096;  // the GPU's largest viewport and renderbuffer side

    MouseState mouse;                          // the latest state, from the latest event
    std::deque<MouseState> mouseChanges;       // button changes no frame has seen yet, oldest first
    std::deque<KeyboardEvent> keyboardEvents;  // not yet seen by a frame, oldest first
    Modifiers latestModifiers;                 // as of the latest event (queued or not)
    Modifiers frameModifiers;                  // as the frames have seen them so far
    float canvasLeft = 0, canvasTop = 0;  // the canvas's top-left in client coordinates (CSS px)
    Touch touch;
    bool lastInputWasTouch = false;
    std::string clipboardText;  // what ImGui pastes: the last paste event or copy
    bool wantedTextInput = false;

    int framesWanted = 0;  // frames still to draw before going idle
    bool animationFrameRequested = false;
    long caretTimer = 0;  // the pending caret-blink redraw, 0 if none
    double lastFrameSeconds = 0;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;

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

void onCaretBlink(void*) {
    shell.caretTimer = 0;
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
    shell.pixelRatio = pixelRatio;
    app::appSetFonts(shell.fonts);
}

// Backing store = CSS size × device-pixel ratio, so one ImGui unit is one screen pixel.
void fitCanvasToPage() {
    const double pixelRatio = emscripten_get_device_pixel_ratio();
    emscripten_get_element_css_size(kCanvas, &shell.cssWidth, &shell.cssHeight);
    const int width = std::max(1, static_cast<int>(std::lround(shell.cssWidth * pixelRatio)));
    const int height = std::max(1, static_cast<int>(std::lround(shell.cssHeight * pixelRatio)));
    if (width != shell.framebufferWidth || height != shell.framebufferHeight) {
        emscripten_set_canvas_element_size(kCanvas, width, height);
        shell.framebufferWidth = width;
        shell.framebufferHeight = height;
    }
    if (pixelRatio != shell.pixelRatio) buildFonts(pixelRatio);
}

// [SECTION] Input helpers
float pixelRatio() {
    return shell.pixelRatio > 0 ? static_cast<float>(shell.pixelRatio) : 1.0f;
}

void setMousePosition(float cssX, float cssY) {
    shell.mouse.position = ImVec2(cssX * pixelRatio(), cssY * pixelRatio());
}

void clearHover() {
    shell.mouse.position = ImVec2(-FLT_MAX, -FLT_MAX);
}

void setMouseButton(int button, bool down) {
    if (shell.mouse.down[button] == down) return;
    shell.mouse.down[button] = down;
    shell.mouseChanges.push_back(shell.mouse);
}

template <typename Event>
Modifiers modifiersOf(const Event& event) {
    return Modifiers{event.ctrlKey != 0, event.shiftKey != 0, event.altKey != 0,
                     event.metaKey != 0};
}

void queueModifiers(const Modifiers& modifiers) {
    if (modifiers == shell.latestModifiers) return;
    shell.latestModifiers = modifiers;
    shell.keyboardEvents.push_back({KeyboardEvent::ModifierChange, KeyNone, false, modifiers, {}});
}

void queueKey(Key key, bool down, const Modifiers& modifiers) {
    shell.latestModifiers = modifiers;
    shell.keyboardEvents.push_back({KeyboardEvent::KeyChange, key, down, modifiers, {}});
}

void queueText(const char* utf8) {
    shell.keyboardEvents.push_back({KeyboardEvent::Text, KeyNone, false, {}, utf8});
}

// The shortcut ImGui's text fields expect for "paste", "copy", ...: Ctrl, or Cmd on Apple systems.
Modifiers shortcutModifiers() {
    Modifiers modifiers;
    (ImGui::GetIO().ConfigMacOSXBehaviors ? modifiers.super : modifiers.ctrl) = true;
    return modifiers;
}

bool anyMouseButtonDown() {
    return std::any_of(std::begin(shell.mouse.down), std::end(shell.mouse.down),
                       [](bool down) { return down; });
}

void releaseEverything() {
    for (int key = KeyNone + 1; key < KeyCount; ++key) queueKey(Key(key), false, Modifiers{});
    for (int button = 0; button < 3; ++button) setMouseButton(button, false);
}

Key keyFromName(const char* name, const char* code) {
    static const struct {
        const char* name;
        Key key;
    } namedKeys[] = {
        {"Tab", KeyTab},           {"ArrowLeft", KeyLeft}, {"ArrowRight", KeyRight},
        {"ArrowUp", KeyUp},        {"ArrowDown", KeyDown}, {"PageUp", KeyPageUp},
        {"PageDown", KeyPageDown}, {"Home", KeyHome},      {"End", KeyEnd},
        {"Insert", KeyInsert},     {"Delete", KeyDelete},  {"Backspace", KeyBackspace},
        {" ", KeySpace},           {"Enter", KeyEnter},    {"Escape", KeyEscape},
    };
    if (std::strcmp(code, "NumpadEnter") == 0) return KeyKeypadEnter;
    for (const auto& named : namedKeys) {
        if (std::strcmp(name, named.name) == 0) return named.key;
    }
    if (name[0] != 0 && name[1] == 0) {
        switch (name[0] | 0x20) {  // ASCII lower case
            case 'a':
                return KeyA;
            case 'c':
                return KeyC;
            case 'v':
                return KeyV;
            case 'x':
                return KeyX;
            case 'y':
                return KeyY;
            case 'z':
                return KeyZ;
            default:
                break;
        }
    }
    return KeyNone;
}

// True if a KeyboardEvent.key names one typed character ("a", "é", "€") rather than a key
// ("Enter", "Shift", "Dead").
bool isOneCharacter(const char* utf8) {
    const auto lead = static_cast<unsigned char>(utf8[0]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return lead >= 0x20 && lead != 0x7F && std::strlen(utf8) == length;
}

// [SECTION] Mouse and wheel
int imguiButton(unsigned short domButton) {
    switch (domButton) {
        case 0:
            return 0;  // primary
        case 1:
            return 2;  // middle
        case 2:
            return 1;  // secondary
        default:
            return -1;
    }
}

// Events on the canvas give its position; events on the window are placed relative to it.
void followCanvasMouse(const EmscriptenMouseEvent* event) {
    shell.canvasLeft = static_cast<float>(event->clientX - event->targetX);
    shell.canvasTop = static_cast<float>(event->clientY - event->targetY);
    setMousePosition(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    queueModifiers(modifiersOf(*event));
}

void followWindowMouse(const EmscriptenMouseEvent* event) {
    setMousePosition(static_cast<float>(event->clientX) - shell.canvasLeft,
                     static_cast<float>(event->clientY) - shell.canvasTop);
    queueModifiers(modifiersOf(*event));
}

EM_BOOL onCanvasMouseDown(int, const EmscriptenMouseEvent* event, void*) {
    shell.lastInputWasTouch = false;
    followCanvasMouse(event);
    const int button = imguiButton(event->button);
    if (button >= 0) setMouseButton(button, true);
    requestFrames();
    return EM_FALSE;  // the default action focuses the canvas (keyboard input)
}

EM_BOOL onCanvasMouseMove(int, const EmscriptenMouseEvent* event, void*) {
    shell.lastInputWasTouch = false;
    followCanvasMouse(event);
    requestFrames();
    return EM_FALSE;
}

EM_BOOL onCanvasMouseLeave(int, const EmscriptenMouseEvent*, void*) {
    if (!anyMouseButtonDown()) {
        clearHover();
        requestFrames();
    }
    return EM_FALSE;
}

// Moves and releases outside the canvas, while dragging.
EM_BOOL onWindowMouseMove(int, const EmscriptenMouseEvent* event, void*) {
    if (anyMouseButtonDown()) {
        followWindowMouse(event);
        requestFrames();
    }
    return EM_FALSE;
}

EM_BOOL onWindowMouseUp(int, const EmscriptenMouseEvent* event, void*) {
    const int button = imguiButton(event->button);
    if (button < 0 || !shell.mouse.down[button]) return EM_FALSE;
    followWindowMouse(event);
    setMouseButton(button, false);
    requestFrames();
    return EM_FALSE;
}

// True if the wheel would scroll something in the advisor: a window under the pointer (or one of
// its parents, as ImGui 1.86 passes the wheel up) that scrolls in that direction.
bool imguiWouldScroll(double deltaX, double deltaY) {
    for (ImGuiWindow* window = GImGui->HoveredWindow; window; window = window->ParentWindow) {
        const bool takesWheel = !(
            window->Flags & (ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMouseInputs));
        if (takesWheel && ((deltaY != 0 && window->ScrollMax.y > 0) ||
                           (deltaX != 0 && window->ScrollMax.x > 0))) {
            return true;
        }
        if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return false;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* event, void*) {
    if (event->mouse.ctrlKey) return EM_FALSE;  // Ctrl+wheel and pinch: the browser zooms
    followCanvasMouse(&event->mouse);
    // Embedded, the wheel scrolls the host page wherever the advisor has nothing to scroll.
    if (embedding::embedded() && !imguiWouldScroll(event->deltaX, event->deltaY)) {
        requestFrames();
        return EM_FALSE;
    }
    float cssPerUnit = 1.0f;
    if (event->deltaMode == DOM_DELTA_LINE) cssPerUnit = kWheelLineCssPx;
    if (event->deltaMode == DOM_DELTA_PAGE) cssPerUnit = static_cast<float>(shell.cssHeight) * 0.9f;
    ImGuiIO& io = ImGui::GetIO();
    // DOM: positive deltaY scrolls down. ImGui: positive MouseWheel scrolls up.
    io.MouseWheel -= static_cast<float>(event->deltaY) * cssPerUnit * kWheelScrollFactor /
                     (kImGuiWheelStepInFonts * app::kBodyFontCssPx);
    io.MouseWheelH -= static_cast<float>(event->deltaX) * cssPerUnit * kWheelScrollFactor /
                      (kImGuiWheelStepHInFonts * app::kBodyFontCssPx);
    requestFrames();
    return EM_TRUE;  // the page itself does not scroll
}

// [SECTION] Keyboard
EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* event, void*) {
    const Modifiers modifiers = modifiersOf(*event);
    const Key key = keyFromName(event->key, event->code);
    requestFrames();
    // Ctrl+Alt is AltGr on Windows layouts: it types characters, it is not a shortcut.
    const bool shortcut = (event->ctrlKey || event->metaKey) && !(event->ctrlKey && event->altKey);
    // Tab moves between text fields while one is being edited; otherwise it leaves the canvas,
    // like Tab anywhere on a page (no keyboard trap). Arrows, Space and Enter navigate inside.
    // Ctrl+V: the browser's paste event brings the clipboard text (sa_on_paste).
    if ((key == KeyTab && !ImGui::GetIO().WantTextInput) || (shortcut && key == KeyV)) {
        queueModifiers(modifiers);
        return EM_FALSE;
    }
    if (key != KeyNone) {
        queueKey(key, true, modifiers);
        // With Cmd held, macOS browsers send no keyup for the other keys: treat them as taps.
        if (event->metaKey) queueKey(key, false, modifiers);
    } else {
        queueModifiers(modifiers);
    }
    const bool typed = !shortcut && isOneCharacter(event->key);
    if (typed) queueText(event->key);
    return key != KeyNone || typed;  // anything else (F5, Ctrl+R, ...) stays the browser's
}

EM_BOOL onKeyUp(int, const EmscriptenKeyboardEvent* event, void*) {
    const Key key = keyFromName(event->key, event->code);
    if (key != KeyNone)
        queueKey(key, false, modifiersOf(*event));
    else
        queueModifiers(modifiersOf(*event));
    requestFrames();
    return key != KeyNone;
}

EM_BOOL onFocus(int, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(true);
    requestFrames();
    return EM_FALSE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void*) {
    releaseEverything();
    ImGui::GetIO().AddFocusEvent(false);
    requestFrames();
    return EM_FALSE;
}

// [SECTION] Touch
const EmscriptenTouchPoint* trackedTouch(const EmscriptenTouchEvent* event) {
    for (int i = 0; i < event->numTouches; ++i) {
        const EmscriptenTouchPoint& point = event->touches[i];
        if (point.isChanged && shell.touch.active && point.identifier == shell.touch.id) {
            return &point;
        }
    }
    return nullptr;
}

EM_BOOL onTouchStart(int, const EmscriptenTouchEvent* event, void*) {
    shell.lastInputWasTouch = true;
    for (int i = 0; i < event->numTouches && !shell.touch.active; ++i) {
        const EmscriptenTouchPoint& point = event->touches[i];
        if (!point.isChanged) continue;
        const auto x = static_cast<float>(point.targetX), y = static_cast<float>(point.targetY);
        shell.touch = Touch{true, point.identifier, x, y, x, y, false};
        setMousePosition(x, y);
        requestFrames();
    }
    // No emulated mouse events, no page scrolling or zooming; except when the host page sizes the
    // frame to the whole content: then a vertical drag scrolls that page (app.css: touch-action
    // pan-y), and only a tap is the advisor's.
    return embedding::touchScrollsPage() ? EM_FALSE : EM_TRUE;
}

EM_BOOL onTouchMove(int, const EmscriptenTouchEvent* event, void*) {
    const EmscriptenTouchPoint* point = trackedTouch(event);
    if (!point) return EM_TRUE;
    Touch& touch = shell.touch;
    const auto x = static_cast<float>(point->targetX), y = static_cast<float>(point->targetY);
    if (!touch.scrolling && std::hypot(x - touch.startX, y - touch.startY) > kTapSlopCssPx) {
        touch.scrolling = true;
    }
    if (touch.scrolling) {  // content follows the finger; the pointer stays where it landed
        ImGuiIO& io = ImGui::GetIO();
        io.MouseWheel += (y - touch.lastY) / (kImGuiWheelStepInFonts * app::kBodyFontCssPx);
        io.MouseWheelH += (x - touch.lastX) / (kImGuiWheelStepHInFonts * app::kBodyFontCssPx);
        touch.lastX = x;
        touch.lastY = y;
        requestFrames();
    }
    return embedding::touchScrollsPage() ? EM_FALSE : EM_TRUE;
}

EM_BOOL onTouchEnd(int eventType, const EmscriptenTouchEvent* event, void*) {
    const EmscriptenTouchPoint* point = trackedTouch(event);
    if (!point) return EM_TRUE;
    const bool tap = !shell.touch.scrolling && eventType == EMSCRIPTEN_EVENT_TOUCHEND;
    shell.touch.active = false;
    if (tap) {
        // Drawn right here, inside the touch handler: if the tap focused a text field, mobile
        // browsers only open the on-screen keyboard for a focus() made during the gesture.
        setMousePosition(static_cast<float>(point->targetX), static_cast<float>(point->targetY));
        setMouseButton(0, true);
        setMouseButton(0, false);
        clearHover();  // a finger leaves no hover behind
        drawFrame();   // the press
        drawFrame();   // the release: a click
        if (ImGui::GetIO().WantTextInput) browser::focusTextInput();
    } else {
        clearHover();
    }
    requestFrames();
    // After a drag that scrolled the host page, the browser no longer lets the touch be cancelled.
    return tap || !embedding::touchScrollsPage() ? EM_TRUE : EM_FALSE;
}

// [SECTION] Host services for the views
void copyToClipboard(const std::string& text) {
    shell.clipboardText = text;
    browser::copyText(text);
}

void setImGuiClipboardText(void*, const char* text) {
    copyToClipboard(text);
}
const char* getImGuiClipboardText(void*) {
    return shell.clipboardText.c_str();
}

app::AppOptions pageOptions() {
    app::AppOptions options;
    options.theme = browser::prefersDarkTheme() ? app::Theme::Dark : app::Theme::Light;
    options.accent = advisor::parseHexColour(browser::accentText());  // none, or any colour
    return options;
}

// The share link follows the answers; the fragment is touched at no other time.
void publishAnswersIfChanged() {
    if (app::appTakeLinkRewrite()) browser::replaceFragment(app::appLink());  // "Keep mine"
    if (!app::appTakeAnswersChanged()) return;
    const std::string link = app::appLink();
    browser::replaceFragment(link);
    browser::showSummary(app::appSummaryJson(embedding::shareUrl(link)));
    embedding::answersChanged();
}

// The tallest canvas the GPU draws at this device-pixel ratio, in CSS pixels.
float maxCanvasCssHeight() {
    return static_cast<float>(shell.maxFramebufferSize) / pixelRatio();
}

// [SECTION] One frame
void applyInputToImGui() {
    ImGuiIO& io = ImGui::GetIO();
    const MouseState& mouse = shell.mouseChanges.empty() ? shell.mouse : shell.mouseChanges.front();
    io.MousePos = mouse.position;
    for (int i = 0; i < 3; ++i) io.MouseDown[i] = mouse.down[i];
    if (!shell.mouseChanges.empty()) shell.mouseChanges.pop_front();
    // Keyboard events, in order, up to the first this frame cannot show faithfully.
    bool keyChanged[KeyCount] = {};
    bool anyKeyChanged = false;
    bool textKeyWentDown = false;  // a key that edits text (not a plain letter or Space)
    for (; !shell.keyboardEvents.empty(); shell.keyboardEvents.pop_front()) {
        const KeyboardEvent& event = shell.keyboardEvents.front();
        if (event.kind == KeyboardEvent::Text) {
            if (textKeyWentDown) break;  // ImGui would read the text before that key
            io.AddInputCharactersUTF8(event.text.c_str());
            continue;
        }
        if (anyKeyChanged && !(event.modifiers == shell.frameModifiers)) break;
        if (event.kind == KeyboardEvent::KeyChange && io.KeysDown[event.key] != event.down) {
            if (keyChanged[event.key]) break;
            keyChanged[event.key] = anyKeyChanged = true;
            const bool plainTyping = (event.key == KeySpace || event.key >= KeyA) &&
                                     !event.modifiers.ctrl && !event.modifiers.super;
            textKeyWentDown |= event.down && !plainTyping;
            io.KeysDown[event.key] = event.down;
        }
        shell.frameModifiers = event.modifiers;
    }
    io.KeyCtrl = shell.frameModifiers.ctrl;
    io.KeyShift = shell.frameModifiers.shift;
    io.KeyAlt = shell.frameModifiers.alt;
    io.KeySuper = shell.frameModifiers.super;
}

void updateCursor() {
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor == shell.cursor) return;
    shell.cursor = cursor;
    switch (cursor) {
        case ImGuiMouseCursor_None:
            browser::setCursor("none");
            break;
        case ImGuiMouseCursor_TextInput:
            browser::setCursor("text");
            break;
        case ImGuiMouseCursor_ResizeAll:
            browser::setCursor("move");
            break;
        case ImGuiMouseCursor_ResizeNS:
            browser::setCursor("ns-resize");
            break;
        case ImGuiMouseCursor_ResizeEW:
            browser::setCursor("ew-resize");
            break;
        case ImGuiMouseCursor_ResizeNESW:
            browser::setCursor("nesw-resize");
            break;
        case ImGuiMouseCursor_ResizeNWSE:
            browser::setCursor("nwse-resize");
            break;
        case ImGuiMouseCursor_Hand:
            browser::setCursor("pointer");
            break;
        case ImGuiMouseCursor_NotAllowed:
            browser::setCursor("not-allowed");
            break;
        default:
            browser::setCursor("default");
            break;
    }
}

// ImGui keeps the caret's clock in its internal state (imgui_internal.h, 1.86).
double secondsToNextCaretBlink() {
    const double clock = GImGui->InputTextState.CursorAnim;  // below 0 right after typing: shown
    if (clock < 0) return -clock;
    const double phase = std::fmod(clock, kCaretBlinkPeriodSeconds);
    return phase < kCaretBlinkOnSeconds ? kCaretBlinkOnSeconds - phase
                                        : kCaretBlinkPeriodSeconds - phase;
}

void afterFrame(bool animating) {
    ImGuiIO& io = ImGui::GetIO();
    if (animating || !shell.mouseChanges.empty() || !shell.keyboardEvents.empty()) requestFrames(1);
    updateCursor();

    // Text fields: on touch devices a hidden textarea brings up the on-screen keyboard.
    if (io.WantTextInput != shell.wantedTextInput) {
        shell.wantedTextInput = io.WantTextInput;
        if (io.WantTextInput && shell.lastInputWasTouch) browser::focusTextInput();
        if (!io.WantTextInput) browser::blurTextInput();
    }
    if (io.WantTextInput && !shell.caretTimer) {  // two frames per blink, when the caret flips
        shell.caretTimer =
            emscripten_set_timeout(onCaretBlink, secondsToNextCaretBlink() * 1000.0 + 5.0, nullptr);
    }
    if (!io.WantTextInput && shell.caretTimer) {
        emscripten_clear_timeout(shell.caretTimer);
        shell.caretTimer = 0;
    }

    publishAnswersIfChanged();
    if (embedding::afterFrame(app::appContentHeight(), maxCanvasCssHeight())) {
        requestFrames(1);
    }
    if (shell.framesRendered == 1) browser::markFirstFrameDrawn();
}

void drawFrame() {
    if (!shell.gl) return;
    const double started = emscripten_get_now();
    shell.framesWanted = std::max(0, shell.framesWanted - 1);
    fitCanvasToPage();

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(shell.framebufferWidth),
                            static_cast<float>(shell.framebufferHeight));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    const double seconds = started / 1000.0;
    io.DeltaTime = shell.lastFrameSeconds > 0
                       ? static_cast<float>(std::max(seconds - shell.lastFrameSeconds, 1e-4))
                       : 1.0f / 60.0f;
    shell.lastFrameSeconds = seconds;
    applyInputToImGui();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const bool animating = app::appFrame(io.DisplaySize.x, io.DisplaySize.y);
    ImGui::Render();
    shell.lastBuildMs = emscripten_get_now() - started;

    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, shell.framebufferWidth, shell.framebufferHeight);
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

void configureImGui() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored in the browser
    io.LogFilename = nullptr;
    io.BackendPlatformName = "sourcing_advisor_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigMacOSXBehaviors = browser::isApplePlatform();
    io.SetClipboardTextFn = setImGuiClipboardText;
    io.GetClipboardTextFn = getImGuiClipboardText;
    const std::pair<ImGuiKey_, Key> keyMap[] = {
        {ImGuiKey_Tab, KeyTab},
        {ImGuiKey_LeftArrow, KeyLeft},
        {ImGuiKey_RightArrow, KeyRight},
        {ImGuiKey_UpArrow, KeyUp},
        {ImGuiKey_DownArrow, KeyDown},
        {ImGuiKey_PageUp, KeyPageUp},
        {ImGuiKey_PageDown, KeyPageDown},
        {ImGuiKey_Home, KeyHome},
        {ImGuiKey_End, KeyEnd},
        {ImGuiKey_Insert, KeyInsert},
        {ImGuiKey_Delete, KeyDelete},
        {ImGuiKey_Backspace, KeyBackspace},
        {ImGuiKey_Space, KeySpace},
        {ImGuiKey_Enter, KeyEnter},
        {ImGuiKey_Escape, KeyEscape},
        {ImGuiKey_KeyPadEnter, KeyKeypadEnter},
        {ImGuiKey_A, KeyA},
        {ImGuiKey_C, KeyC},
        {ImGuiKey_V, KeyV},
        {ImGuiKey_X, KeyX},
        {ImGuiKey_Y, KeyY},
        {ImGuiKey_Z, KeyZ},
    };
    for (const auto& [imguiKey, key] : keyMap) io.KeyMap[imguiKey] = key;
}

void listenToInput() {
    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousedown_callback(kCanvas, nullptr, false, onCanvasMouseDown);
    emscripten_set_mousemove_callback(kCanvas, nullptr, false, onCanvasMouseMove);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, false, onCanvasMouseLeave);
    emscripten_set_mousemove_callback(window, nullptr, false, onWindowMouseMove);
    emscripten_set_mouseup_callback(window, nullptr, false, onWindowMouseUp);
    emscripten_set_wheel_callback(kCanvas, nullptr, false, onWheel);
    emscripten_set_keydown_callback(kCanvas, nullptr, false, onKeyDown);
    emscripten_set_keyup_callback(kCanvas, nullptr, false, onKeyUp);
    emscripten_set_focus_callback(kCanvas, nullptr, false, onFocus);
    emscripten_set_blur_callback(kCanvas, nullptr, false, onBlur);
    emscripten_set_touchstart_callback(kCanvas, nullptr, false, onTouchStart);
    emscripten_set_touchmove_callback(kCanvas, nullptr, false, onTouchMove);
    emscripten_set_touchend_callback(kCanvas, nullptr, false, onTouchEnd);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, false, onTouchEnd);
}

// [SECTION] Where a labelled item was drawn (window.sourcingAdvisor.itemRect: tests and automation
// click real buttons by their label). ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE, see
// src/web/CMakeLists.txt) report each item; they are switched on by the first query only.
struct DrawnItem {
    std::string label;  // as shown (without a "##id" suffix)
    ImRect rect;        // framebuffer pixels, clipped to its window
    int frame = -1;     // ImGui's frame count when it was drawn
};
std::vector<DrawnItem> watchedItems;  // the few labels asked about

DrawnItem* watchedItem(const char* label, size_t length) {
    for (DrawnItem& item : watchedItems) {
        if (item.label.size() == length && item.label.compare(0, length, label, length) == 0)
            return &item;
    }
    return nullptr;
}

}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID, const char* label,
                                  ImGuiItemStatusFlags) {
    if (!label || !context->CurrentWindow) return;
    const char* hidden = std::strstr(label, "##");
    DrawnItem* item =
        watchedItem(label, hidden ? static_cast<size_t>(hidden - label) : std::strlen(label));
    if (!item) return;  // not asked about
    ImRect rect = context->LastItemData.Rect;
    rect.ClipWithFull(context->CurrentWindow->ClipRect);
    if (rect.GetWidth() > 0 && rect.GetHeight() > 0) {
        item->rect = rect;
        item->frame = context->FrameCount;
    }
}

// [SECTION] Called from JavaScript (browser.cpp watchers, pre.js page API)
extern "C" {

EMSCRIPTEN_KEEPALIVE void sa_on_resize() {
    drawFrame();  // now, before the browser paints the resized (and cleared) canvas
    requestFrames(1);
}

EMSCRIPTEN_KEEPALIVE void sa_on_theme_change() {
    app::appSetOptions(pageOptions());
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
    browser::showSummary(app::appSummaryJson(embedding::shareUrl(app::appLink())));
    requestFrames();
}

// A message from the embedding page, already checked for window and origin (browser.cpp).
EMSCRIPTEN_KEEPALIVE void sa_on_host_message(const char* messageJson) {
    embedding::applyHostMessage(messageJson);
    if (!shell.gl)
        publishAnswersIfChanged();  // no frames without WebGL 2: the summary still follows
    requestFrames();
}

// The clipboard's text, then exactly the shortcut ImGui's text fields paste with.
EMSCRIPTEN_KEEPALIVE void sa_on_paste(const char* text) {
    shell.clipboardText = text;
    const Modifiers typed = shell.latestModifiers;
    queueModifiers(shortcutModifiers());
    queueKey(KeyV, true, shortcutModifiers());
    queueKey(KeyV, false, shortcutModifiers());
    queueModifiers(typed);
    requestFrames();
}

// From the hidden textarea (on-screen keyboards): typed text, and keys it does not type.
EMSCRIPTEN_KEEPALIVE void sa_on_text_input(const char* text) {
    queueText(text);
    requestFrames();
}

// modifierBits: 1 Ctrl, 2 Shift, 4 Alt, 8 Meta.
EMSCRIPTEN_KEEPALIVE void sa_on_text_input_key(const char* name, int modifierBits) {
    const Key key = keyFromName(name, "");
    if (key == KeyNone) return;
    const Modifiers modifiers{(modifierBits & 1) != 0, (modifierBits & 2) != 0,
                              (modifierBits & 4) != 0, (modifierBits & 8) != 0};
    queueKey(key, true, modifiers);
    queueKey(key, false, modifiers);
    requestFrames();
}

EMSCRIPTEN_KEEPALIVE const char* sa_state_json() {
    static std::string state;
    state = app::appStateJson();
    return state.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* sa_set_answers(const char* partialAnswersJson) {
    static std::string message;
    message = app::appSetAnswersJson(partialAnswersJson);
    if (!shell.gl)
        publishAnswersIfChanged();  // no frames without WebGL 2: the summary still follows
    requestFrames();
    return message.c_str();
}

// {"x","y","width","height"} in CSS pixels relative to the canvas, of the visible item labelled
// `label` in the latest frame; "" if it was not drawn there (then a frame is drawn to look again).
EMSCRIPTEN_KEEPALIVE const char* sa_item_rect(const char* label) {
    static std::string answer;
    answer.clear();
    GImGui->TestEngineHookItems = true;
    const DrawnItem* found = watchedItem(label, std::strlen(label));
    if (!found) {
        watchedItems.push_back(DrawnItem{label, {}, -1});
        found = &watchedItems.back();
    }
    const DrawnItem& item = *found;
    if (item.frame == GImGui->FrameCount && shell.framesRendered > 0) {
        const float ratio = pixelRatio();
        char text[160];
        std::snprintf(text, sizeof text, "{\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f}",
                      item.rect.Min.x / ratio, item.rect.Min.y / ratio,
                      item.rect.GetWidth() / ratio, item.rect.GetHeight() / ratio);
        answer = text;
    } else {
        requestFrames(1);
    }
    return answer.c_str();
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

int main() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    configureImGui();

    app::HostServices services;
    services.copyToClipboard = copyToClipboard;
    services.download = browser::downloadFile;
    services.announce = browser::announce;
    services.shareUrl = embedding::shareUrl;
    std::string error;
    if (!app::appInit(services, pageOptions(), &error)) {
        browser::showMessage("The advisor could not start: " + error);
        browser::markFailed(error);
        return 0;
    }
    embedding::start();  // answers the embedding page prefilled, before the link: a link wins
    const std::string fragment = browser::fragment();
    if (!fragment.empty()) app::appOpenLink(fragment);
    app::appTakeAnswersChanged();  // opening the page is no change: the fragment stays as it came
    browser::markAppRunning();
    browser::showSummary(app::appSummaryJson(embedding::shareUrl(app::appLink())));

    if (!createWebGL2Context()) {
        browser::showMessage(
            "This advisor needs WebGL 2, which this browser or device does not provide. "
            "Try a current version of Firefox, Chrome, Edge or Safari. "
            "The summary below shows the result for the answers in the link.");
        browser::markFailed("WebGL 2 is not available");
        return 0;
    }
    ImGui_ImplOpenGL3_Init("#version 300 es");
    listenToInput();
    browser::watchPage();  // its ResizeObserver reports the first size and so draws the first frame
    requestFrames();
    return 0;  // the runtime stays (no EXIT_RUNTIME); events drive everything from here
}
