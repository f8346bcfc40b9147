// The on-screen keyboard's hidden textarea and the caret's blink (text_input.h).
// Its EM_JS bodies are JavaScript, which clang-format would break: the file is left as written.
// clang-format off
#include "web/text_input.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>

#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"  // the caret's blink clock
#include "web/html5_platform.h"

// [SECTION] The hidden textarea
EM_JS(void, js_create_text_input, (), {
    /* It keeps a two-space sentinel, so a Backspace with nothing typed still changes its value. */
    var input = document.createElement("textarea");
    var sentinel = "  ";
    input.id = "sa-text-input";
    input.className = "sa-text-input";
    input.setAttribute("aria-hidden", "true");
    input.setAttribute("tabindex", "-1");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("autocapitalize", "off");
    input.setAttribute("autocorrect", "off");
    input.setAttribute("spellcheck", "false");
    function resetInput() {
        input.value = sentinel;
        input.setSelectionRange(sentinel.length, sentinel.length);
    }
    function forwardInput() {
        var value = input.value;
        if (value.length < sentinel.length) {
            for (var i = value.length; i < sentinel.length; i++) {
                saWithUTF8("Backspace", function(key) { _sa_on_text_input_key(key, 0); });
            }
        } else {
            var typed = value.indexOf(sentinel) === 0 ? value.substring(sentinel.length) : value;
            if (typed) saWithUTF8(typed, _sa_on_text_input);
        }
        resetInput();
    }
    input.addEventListener("input", function(event) {
        if (!event.isComposing) forwardInput();
    });
    input.addEventListener("compositionend", forwardInput);
    input.addEventListener("keydown", function(event) {
        var forwarded = ["Enter", "Escape", "Tab", "ArrowLeft", "ArrowRight", "ArrowUp",
                         "ArrowDown", "Home", "End", "Delete"];
        if (forwarded.indexOf(event.key) >= 0) {
            var modifiers = (event.ctrlKey ? 1 : 0) | (event.shiftKey ? 2 : 0) |
                            (event.altKey ? 4 : 0) | (event.metaKey ? 8 : 0);
            event.preventDefault();
            saWithUTF8(event.key, function(key) { _sa_on_text_input_key(key, modifiers); });
        }
    });
    document.body.appendChild(input);
    resetInput();
});

EM_JS(void, js_focus_text_input, (), {
    var input = document.getElementById("sa-text-input");
    if (input && document.activeElement !== input) input.focus({preventScroll: true});
});

EM_JS(void, js_blur_text_input, (), {
    var input = document.getElementById("sa-text-input");
    if (input && document.activeElement === input) input.blur();
});

// [SECTION] Called from the textarea's listeners
extern "C" {

// Typed text, after any composition (accents, Asian input methods) has ended.
EMSCRIPTEN_KEEPALIVE void sa_on_text_input(const char* text) { ImGui_ImplHtml5_AddText(text); }

// Keys the textarea does not type; modifierBits: 1 Ctrl, 2 Shift, 4 Alt, 8 Meta.
EMSCRIPTEN_KEEPALIVE void sa_on_text_input_key(const char* name, int modifierBits) {
    ImGui_ImplHtml5_TapKey(name, modifierBits);
}

}  // extern "C"

namespace advisor::web::text_input {
namespace {

constexpr double kCaretBlinkOnSeconds = 0.8;  // ImGui 1.86's caret: shown 0.8 s of every 1.2 s
constexpr double kCaretBlinkPeriodSeconds = 1.2;

void (*requestFrameNow)() = nullptr;
bool wantedTextInput = false;
long caretTimer = 0;  // the pending caret-blink redraw, 0 if none

void onCaretBlink(void*) {
    caretTimer = 0;
    requestFrameNow();
}

// ImGui keeps the caret's clock in its internal state (imgui_internal.h, 1.86).
double secondsToNextCaretBlink() {
    const double clock = GImGui->InputTextState.CursorAnim;  // below 0 right after typing: shown
    if (clock < 0) return -clock;
    const double phase = std::fmod(clock, kCaretBlinkPeriodSeconds);
    return phase < kCaretBlinkOnSeconds ? kCaretBlinkOnSeconds - phase
                                        : kCaretBlinkPeriodSeconds - phase;
}

}  // namespace

void start(void (*requestFrame)()) {
    requestFrameNow = requestFrame;
    js_create_text_input();
}

void focus() { js_focus_text_input(); }

void afterFrame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput != wantedTextInput) {
        wantedTextInput = io.WantTextInput;
        if (io.WantTextInput && ImGui_ImplHtml5_LastInputWasTouch()) js_focus_text_input();
        if (!io.WantTextInput) js_blur_text_input();
    }
    if (io.WantTextInput && !caretTimer) {  // two frames per blink, when the caret flips
        caretTimer =
            emscripten_set_timeout(onCaretBlink, secondsToNextCaretBlink() * 1000.0 + 5.0, nullptr);
    }
    if (!io.WantTextInput && caretTimer) {
        emscripten_clear_timeout(caretTimer);
        caretTimer = 0;
    }
}

}  // namespace advisor::web::text_input
// clang-format on
