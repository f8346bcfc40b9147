// This project's Dear ImGui 1.86 platform backend on emscripten/html5.h, written like ImGui's
// imgui_impl_* backends: the canvas's size at the device-pixel ratio, mouse, wheel, keyboard,
// touch, focus, clipboard and cursor. Emscripten's GLFW gets pixel ratio, wheel, touch and the
// clipboard wrong in 3.1.6 (see TOOLCHAIN.md), hence this. Rendering stays with imgui_impl_opengl3.
#pragma once

#include <string>

// What the backend needs from the app around it (every member must be set).
struct ImGui_ImplHtml5_Host {
    const char* canvas = "#canvas";     // the canvas's CSS selector
    void (*requestFrames)() = nullptr;  // draw the frames an event needs to settle (on demand)
    void (*drawFrameNow)() = nullptr;   // a touch tap: draw inside the gesture
    bool (*embedded)() = nullptr;  // the wheel scrolls the host page where nothing scrolls here
    bool (*touchScrollsPage)() = nullptr;  // a vertical drag scrolls the host page, a tap is ours
    void (*copyText)(const std::string& text) = nullptr;  // the browser's clipboard
    void (*focusTextInput)() = nullptr;  // a tap on a text field: bring up the on-screen keyboard
    void (*setCursor)(const char* cssCursor) = nullptr;  // the canvas's CSS cursor
    bool apple = false;                                  // Cmd instead of Ctrl for shortcuts
};

// The canvas as the latest frame sized it.
struct ImGui_ImplHtml5_Canvas {
    int width = 0, height = 0;  // framebuffer pixels (= ImGui units)
    double cssWidth = 0, cssHeight = 0;
    double pixelRatio = 0;  // device pixels per CSS pixel
};

bool ImGui_ImplHtml5_Init(const ImGui_ImplHtml5_Host& host);  // sets io, listens to the canvas
// Sizes the canvas's backing store to its CSS size × the device-pixel ratio (one ImGui unit is
// one screen pixel), then gives ImGui the display size, the time step and this frame's input.
void ImGui_ImplHtml5_NewFrame();
// After ImGui::Render: the CSS cursor; true while queued input waits for further frames.
bool ImGui_ImplHtml5_EndFrame();
const ImGui_ImplHtml5_Canvas& ImGui_ImplHtml5_GetCanvas();
float ImGui_ImplHtml5_PixelRatio();  // the canvas's device-pixel ratio, 1 before the first frame

// Input that arrives by other ways than the canvas's events (browser.cpp, text_input.cpp):
void ImGui_ImplHtml5_Paste(const char* text);    // the paste event: then the paste shortcut
void ImGui_ImplHtml5_AddText(const char* utf8);  // characters typed in the hidden textarea
// A key the hidden textarea does not type ("Enter", "ArrowLeft", ...); modifierBits: 1 Ctrl,
// 2 Shift, 4 Alt, 8 Meta.
void ImGui_ImplHtml5_TapKey(const char* name, int modifierBits);
void ImGui_ImplHtml5_SetClipboard(const std::string& text);  // "Copy link": ImGui pastes it too
bool ImGui_ImplHtml5_LastInputWasTouch();
