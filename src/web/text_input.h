// While a text field is edited: the on-screen keyboard and the caret. Touch devices only show a
// keyboard for a focused HTML element, so a hidden textarea takes the focus and forwards what is
// typed into it to ImGui; and ImGui's caret blinks, which needs a frame at each flip even though
// the advisor otherwise draws only on input.
#pragma once

namespace advisor::web::text_input {

// Creates the hidden textarea (id sa-text-input) and remembers how to ask for a frame.
void start(void (*requestFrame)());

// Focuses the textarea, inside a touch gesture (so that the browser shows the keyboard).
void focus();

// After each frame: focus the textarea when a text field starts wanting input after a touch,
// blur it when none does, and keep a redraw pending for the caret's next flip.
void afterFrame();

}  // namespace advisor::web::text_input
