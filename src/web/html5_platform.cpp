// The advisor's own ImGui 1.86 platform layer on emscripten/html5.h (html5_platform.h): set-up, the
// canvas at the device-pixel ratio, keyboard and focus, each frame's input, clipboard and cursor.
// Pointer input (mouse, wheel, touch) is in html5_platform_pointer.cpp; key ordering in
// key_events.h.
#include "web/html5_platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "web/html5_platform_internal.h"

namespace advisor::web::html5 {

Backend backend;

namespace {

// [SECTION] Keyboard and focus
EM_BOOL onKeyDown(int, const EmscriptenKeyboardEvent* event, void*) {
    requestFrames();
    const BrowserKey key{event->key, event->code, modifiersOf(*event)};
    return backend.keyboard.keyDown(key, ImGui::GetIO().WantTextInput);
}

EM_BOOL onKeyUp(int, const EmscriptenKeyboardEvent* event, void*) {
    requestFrames();
    return backend.keyboard.keyUp(BrowserKey{event->key, event->code, modifiersOf(*event)});
}

EM_BOOL onFocus(int, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(true);
    requestFrames();
    return EM_FALSE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void*) {
    backend.keyboard.releaseAll();
    for (int button = 0; button < 3; ++button) setMouseButton(button, false);
    ImGui::GetIO().AddFocusEvent(false);
    requestFrames();
    return EM_FALSE;
}

// [SECTION] Clipboard and cursor
void setImGuiClipboardText(void*, const char* text) {
    ImGui_ImplHtml5_SetClipboard(text);
}
const char* getImGuiClipboardText(void*) {
    return backend.clipboardText.c_str();
}

const char* cssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_None:
            return "none";
        case ImGuiMouseCursor_TextInput:
            return "text";
        case ImGuiMouseCursor_ResizeAll:
            return "move";
        case ImGuiMouseCursor_ResizeNS:
            return "ns-resize";
        case ImGuiMouseCursor_ResizeEW:
            return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW:
            return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE:
            return "nwse-resize";
        case ImGuiMouseCursor_Hand:
            return "pointer";
        case ImGuiMouseCursor_NotAllowed:
            return "not-allowed";
        default:
            return "default";
    }
}

// [SECTION] Each frame's input
void fitCanvasToPage() {
    ImGui_ImplHtml5_Canvas& canvas = backend.canvas;
    canvas.pixelRatio = emscripten_get_device_pixel_ratio();
    emscripten_get_element_css_size(backend.host.canvas, &canvas.cssWidth, &canvas.cssHeight);
    const int width =
        std::max(1, static_cast<int>(std::lround(canvas.cssWidth * canvas.pixelRatio)));
    const int height =
        std::max(1, static_cast<int>(std::lround(canvas.cssHeight * canvas.pixelRatio)));
    if (width != canvas.width || height != canvas.height) {
        emscripten_set_canvas_element_size(backend.host.canvas, width, height);
        canvas.width = width;
        canvas.height = height;
    }
}

void applyInputToImGui() {
    ImGuiIO& io = ImGui::GetIO();
    const MouseState& mouse =
        backend.mouseChanges.empty() ? backend.mouse : backend.mouseChanges.front();
    io.MousePos = mouse.position;
    for (int i = 0; i < 3; ++i) io.MouseDown[i] = mouse.down[i];
    if (!backend.mouseChanges.empty()) backend.mouseChanges.pop_front();
    // Keyboard events, in order, up to the first this frame cannot show faithfully.
    std::string typed;
    const Modifiers modifiers = backend.keyboard.takeFrame(io.KeysDown, typed);
    if (!typed.empty()) io.AddInputCharactersUTF8(typed.c_str());
    io.KeyCtrl = modifiers.ctrl;
    io.KeyShift = modifiers.shift;
    io.KeyAlt = modifiers.alt;
    io.KeySuper = modifiers.super;
}

}  // namespace
}  // namespace advisor::web::html5

using namespace advisor::web;
using advisor::web::html5::backend;

bool ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Host& host) {
    backend.host = host;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "html5_platform";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.ConfigMacOSXBehaviors = host.apple;
    io.SetClipboardTextFn = html5::setImGuiClipboardText;
    io.GetClipboardTextFn = html5::getImGuiClipboardText;
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

    html5::listenToPointer(host.canvas);
    emscripten_set_keydown_callback(host.canvas, nullptr, false, html5::onKeyDown);
    emscripten_set_keyup_callback(host.canvas, nullptr, false, html5::onKeyUp);
    emscripten_set_focus_callback(host.canvas, nullptr, false, html5::onFocus);
    emscripten_set_blur_callback(host.canvas, nullptr, false, html5::onBlur);
    return true;
}

void ImGui_ImplHtml5_NewFrame() {
    html5::fitCanvasToPage();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize =
        ImVec2(static_cast<float>(backend.canvas.width), static_cast<float>(backend.canvas.height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    const double seconds = emscripten_get_now() / 1000.0;
    io.DeltaTime = backend.lastFrameSeconds > 0
                       ? static_cast<float>(std::max(seconds - backend.lastFrameSeconds, 1e-4))
                       : 1.0f / 60.0f;
    backend.lastFrameSeconds = seconds;
    html5::applyInputToImGui();
}

bool ImGui_ImplHtml5_EndFrame() {
    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != backend.cursor) {
        backend.cursor = cursor;
        backend.host.setCursor(html5::cssCursor(cursor));
    }
    return !backend.mouseChanges.empty() || !backend.keyboard.empty();
}

const ImGui_ImplHtml5_Canvas& ImGui_ImplHtml5_GetCanvas() {
    return backend.canvas;
}

float ImGui_ImplHtml5_PixelRatio() {
    return backend.canvas.pixelRatio > 0 ? static_cast<float>(backend.canvas.pixelRatio) : 1.0f;
}

void ImGui_ImplHtml5_Paste(const char* text) {
    backend.clipboardText = text;
    backend.keyboard.pasteShortcut(ImGui::GetIO().ConfigMacOSXBehaviors);
    html5::requestFrames();
}

void ImGui_ImplHtml5_AddText(const char* utf8) {
    backend.keyboard.text(utf8);
    html5::requestFrames();
}

void ImGui_ImplHtml5_TapKey(const char* name, int modifierBits) {
    const Key key = keyFromName(name, "");
    if (key == KeyNone) return;
    backend.keyboard.tap(key, modifiersFromBits(modifierBits));
    html5::requestFrames();
}

void ImGui_ImplHtml5_SetClipboard(const std::string& text) {
    backend.clipboardText = text;
    if (backend.host.copyText) backend.host.copyText(text);
}

bool ImGui_ImplHtml5_LastInputWasTouch() {
    return backend.lastInputWasTouch;
}
