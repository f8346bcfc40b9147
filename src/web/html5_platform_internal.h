// What the two halves of the html5 backend share (html5_platform.cpp: keyboard, frames, cursor;
// html5_platform_pointer.cpp: mouse, wheel, touch). Not for use outside them.
#pragma once

#include <emscripten/html5.h>

#include <cfloat>
#include <deque>
#include <string>

#include "imgui.h"
#include "web/html5_platform.h"
#include "web/key_events.h"

namespace advisor::web::html5 {

using advisor::web::BrowserKey;
using advisor::web::Key;
using advisor::web::Modifiers;

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

struct Backend {
    ImGui_ImplHtml5_Host host;
    ImGui_ImplHtml5_Canvas canvas;
    MouseState mouse;                     // the latest state, from the latest event
    std::deque<MouseState> mouseChanges;  // button changes no frame has seen yet, oldest first
    advisor::web::KeyboardQueue keyboard;
    float canvasLeft = 0, canvasTop = 0;  // the canvas's top-left in client coordinates (CSS px)
    Touch touch;
    bool lastInputWasTouch = false;
    std::string clipboardText;  // what ImGui pastes: the last paste event or copy
    double lastFrameSeconds = 0;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;
};
extern Backend backend;

inline void requestFrames() {
    backend.host.requestFrames();
}

template <typename Event>
Modifiers modifiersOf(const Event& event) {
    return Modifiers{event.ctrlKey != 0, event.shiftKey != 0, event.altKey != 0,
                     event.metaKey != 0};
}

void setMouseButton(int button, bool down);
void listenToPointer(const char* canvas);  // mouse, wheel and touch callbacks

}  // namespace advisor::web::html5
