// Pointer input of the html5 backend (html5_platform.h): mouse, wheel and one finger of touch,
// in CSS pixels turned into framebuffer pixels. Button changes wait, one per frame, in the
// backend's mouse queue, so a quick click lands where it was made.
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "imgui_internal.h"  // the hovered window's scroll range (imguiWouldScroll)
#include "ui/app.h"          // kBodyFontCssPx: wheel and touch scroll in lines of body text
#include "web/html5_platform_internal.h"

namespace advisor::web::html5 {
namespace {

// [SECTION] Settings
constexpr float kWheelScrollFactor = 0.6f;  // a 100 px wheel notch scrolls 60 px, about 3 lines
constexpr float kWheelLineCssPx = 20.0f;    // wheel events counted in lines (Firefox)
constexpr float kTapSlopCssPx = 10.0f;      // a finger moving further than this scrolls, not taps
constexpr float kImGuiWheelStepInFonts = 5.0f;   // ImGui 1.86 scrolls 5 × font size per wheel unit
constexpr float kImGuiWheelStepHInFonts = 2.0f;  // ... and 2 × font size horizontally
constexpr float kWheelUnitCssPx = kImGuiWheelStepInFonts * advisor::ui::kBodyFontCssPx;
constexpr float kWheelUnitHCssPx = kImGuiWheelStepHInFonts * advisor::ui::kBodyFontCssPx;

// [SECTION] Input helpers
void setMousePosition(float cssX, float cssY) {
    const float ratio = ImGui_ImplHtml5_PixelRatio();
    backend.mouse.position = ImVec2(cssX * ratio, cssY * ratio);
}

void clearHover() {
    backend.mouse.position = ImVec2(-FLT_MAX, -FLT_MAX);
}

}  // namespace

void setMouseButton(int button, bool down) {
    if (backend.mouse.down[button] == down) return;
    backend.mouse.down[button] = down;
    backend.mouseChanges.push_back(backend.mouse);
}

namespace {

bool anyMouseButtonDown() {
    return std::any_of(std::begin(backend.mouse.down), std::end(backend.mouse.down),
                       [](bool down) { return down; });
}

// [SECTION] Mouse and wheel
int imguiButton(unsigned short domButton) {
    return domButton == 0 ? 0 : domButton == 1 ? 2 : domButton == 2 ? 1 : -1;  // DOM: 1 is middle
}

// Events on the canvas give its position; events on the window are placed relative to it.
void followCanvasMouse(const EmscriptenMouseEvent* event) {
    backend.canvasLeft = static_cast<float>(event->clientX - event->targetX);
    backend.canvasTop = static_cast<float>(event->clientY - event->targetY);
    setMousePosition(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    backend.keyboard.modifiers(modifiersOf(*event));
}

void followWindowMouse(const EmscriptenMouseEvent* event) {
    setMousePosition(static_cast<float>(event->clientX) - backend.canvasLeft,
                     static_cast<float>(event->clientY) - backend.canvasTop);
    backend.keyboard.modifiers(modifiersOf(*event));
}

EM_BOOL onCanvasMouseDown(int, const EmscriptenMouseEvent* event, void*) {
    backend.lastInputWasTouch = false;
    followCanvasMouse(event);
    const int button = imguiButton(event->button);
    if (button >= 0) setMouseButton(button, true);
    requestFrames();
    return EM_FALSE;  // the default action focuses the canvas (keyboard input)
}

EM_BOOL onCanvasMouseMove(int, const EmscriptenMouseEvent* event, void*) {
    backend.lastInputWasTouch = false;
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
    if (button < 0 || !backend.mouse.down[button]) return EM_FALSE;
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
    if (backend.host.embedded() && !imguiWouldScroll(event->deltaX, event->deltaY)) {
        requestFrames();
        return EM_FALSE;
    }
    float cssPerUnit = 1.0f;
    if (event->deltaMode == DOM_DELTA_LINE) cssPerUnit = kWheelLineCssPx;
    if (event->deltaMode == DOM_DELTA_PAGE)
        cssPerUnit = static_cast<float>(backend.canvas.cssHeight) * 0.9f;
    ImGuiIO& io = ImGui::GetIO();
    // DOM: positive deltaY scrolls down. ImGui: positive MouseWheel scrolls up.
    io.MouseWheel -=
        static_cast<float>(event->deltaY) * cssPerUnit * kWheelScrollFactor / kWheelUnitCssPx;
    io.MouseWheelH -=
        static_cast<float>(event->deltaX) * cssPerUnit * kWheelScrollFactor / kWheelUnitHCssPx;
    requestFrames();
    return EM_TRUE;  // the page itself does not scroll
}

// [SECTION] Touch
const EmscriptenTouchPoint* trackedTouch(const EmscriptenTouchEvent* event) {
    for (int i = 0; i < event->numTouches; ++i) {
        const EmscriptenTouchPoint& point = event->touches[i];
        if (point.isChanged && backend.touch.active && point.identifier == backend.touch.id) {
            return &point;
        }
    }
    return nullptr;
}

EM_BOOL onTouchStart(int, const EmscriptenTouchEvent* event, void*) {
    backend.lastInputWasTouch = true;
    for (int i = 0; i < event->numTouches && !backend.touch.active; ++i) {
        const EmscriptenTouchPoint& point = event->touches[i];
        if (!point.isChanged) continue;
        const auto x = static_cast<float>(point.targetX), y = static_cast<float>(point.targetY);
        backend.touch = Touch{true, point.identifier, x, y, x, y, false};
        setMousePosition(x, y);
        requestFrames();
    }
    // No emulated mouse events, no page scrolling or zooming; except when the host page sizes the
    // frame to the whole content: then a vertical drag scrolls that page (app.css: touch-action
    // pan-y), and only a tap is the advisor's.
    return backend.host.touchScrollsPage() ? EM_FALSE : EM_TRUE;
}

EM_BOOL onTouchMove(int, const EmscriptenTouchEvent* event, void*) {
    const EmscriptenTouchPoint* point = trackedTouch(event);
    if (!point) return EM_TRUE;
    Touch& touch = backend.touch;
    const auto x = static_cast<float>(point->targetX), y = static_cast<float>(point->targetY);
    if (!touch.scrolling && std::hypot(x - touch.startX, y - touch.startY) > kTapSlopCssPx) {
        touch.scrolling = true;
    }
    if (touch.scrolling) {  // content follows the finger; the pointer stays where it landed
        ImGuiIO& io = ImGui::GetIO();
        io.MouseWheel += (y - touch.lastY) / kWheelUnitCssPx;
        io.MouseWheelH += (x - touch.lastX) / kWheelUnitHCssPx;
        touch.lastX = x;
        touch.lastY = y;
        requestFrames();
    }
    return backend.host.touchScrollsPage() ? EM_FALSE : EM_TRUE;
}

EM_BOOL onTouchEnd(int eventType, const EmscriptenTouchEvent* event, void*) {
    const EmscriptenTouchPoint* point = trackedTouch(event);
    if (!point) return EM_TRUE;
    const bool tap = !backend.touch.scrolling && eventType == EMSCRIPTEN_EVENT_TOUCHEND;
    backend.touch.active = false;
    if (tap) {
        // Drawn right here, inside the touch handler: if the tap focused a text field, mobile
        // browsers only open the on-screen keyboard for a focus() made during the gesture.
        setMousePosition(static_cast<float>(point->targetX), static_cast<float>(point->targetY));
        setMouseButton(0, true);
        setMouseButton(0, false);
        clearHover();                 // a finger leaves no hover behind
        backend.host.drawFrameNow();  // the press
        backend.host.drawFrameNow();  // the release: a click
        if (ImGui::GetIO().WantTextInput) backend.host.focusTextInput();
    } else {
        clearHover();
    }
    requestFrames();
    // After a drag that scrolled the host page, the browser no longer lets the touch be cancelled.
    return tap || !backend.host.touchScrollsPage() ? EM_TRUE : EM_FALSE;
}

}  // namespace

void listenToPointer(const char* canvas) {
    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousedown_callback(canvas, nullptr, false, onCanvasMouseDown);
    emscripten_set_mousemove_callback(canvas, nullptr, false, onCanvasMouseMove);
    emscripten_set_mouseleave_callback(canvas, nullptr, false, onCanvasMouseLeave);
    emscripten_set_mousemove_callback(window, nullptr, false, onWindowMouseMove);
    emscripten_set_mouseup_callback(window, nullptr, false, onWindowMouseUp);
    emscripten_set_wheel_callback(canvas, nullptr, false, onWheel);
    emscripten_set_touchstart_callback(canvas, nullptr, false, onTouchStart);
    emscripten_set_touchmove_callback(canvas, nullptr, false, onTouchMove);
    emscripten_set_touchend_callback(canvas, nullptr, false, onTouchEnd);
    emscripten_set_touchcancel_callback(canvas, nullptr, false, onTouchEnd);
}

}  // namespace advisor::web::html5
