// The page's native form and result, in step with the app (form_mirror.js does the DOM side).
// The form is how keyboards, screen readers and visitors without WebGL 2 use the advisor.
#pragma once

#include <string>

namespace advisor::web::form_mirror {

// Takes the page's form (prerendered by the build, or filled now) and its action buttons; answers
// the visitor gave in the prerendered form before the program ran become the app's.
void install();

// After every change of the answers or the result: the form's answers, the questions it asks,
// and the result.
void sync();

// After the language changed (and at install): <html lang>, the page's own words, the language
// switch, the form in the new words (answers kept) and the result.
void relabel();

// The theme button's state, and the page's theme once the visitor or the host chose one.
void showTheme();

// A click on the canvas answered a question: the keyboard continues from its control.
void focusControl(const std::string& question, const std::string& option);

// The page shows the form and result instead of the canvas (no WebGL 2), or the canvas.
void setPageMode(bool on);

}  // namespace advisor::web::form_mirror

namespace advisor::web {
// Defined by the frame loop (main_web.cpp): the form changed the app between frames, so publish
// the new state (fragment, live region, host events, the form itself) and draw if there is a
// canvas.
void appChangedOutsideFrame();
}  // namespace advisor::web
