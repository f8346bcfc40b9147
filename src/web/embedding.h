// Embed mode of the web shell (app/index.html?embed=1&host=...), the iframe side of web/embed.js:
// it reads the embedding parameters, tells the declared host page ready / resize / result, and
// takes set-answers / set-options messages from it. Kept apart so main_web.cpp stays the shell.
#pragma once

#include <string>

namespace advisor::web::embedding {

// Reads ?embed, ?host, ?events, ?viewport and ?answers once at start-up (after appInit, before the
// share link in the fragment is opened: the prefilled answers go first, so a link wins). Starts
// listening to the host page when messaging is on.
void start();

bool embedded();     // ?embed=1: the advisor runs inside someone else's page
bool messagingOn();  // a verified host origin: ready / resize / result go there, and only there
// The host sizes the frame to the whole content (nothing scrolls inside): a vertical drag on the
// canvas scrolls the host page instead.
bool touchScrollsPage();

// The address that opens this advisor on its own, with the share fragment.
std::string shareUrl(const std::string& fragment);

// After each drawn frame: `ready` once the content height (CSS px, capped at what the GPU can
// draw) has settled, then `resize` whenever the settled height moves by a pixel or more. Returns
// true while it needs another frame to measure.
bool afterFrame(float contentCssHeight, float maxCssHeight);

// Without WebGL 2 the page is the content: startPageMode watches its height, pageResized sends it
// (ready, then resize) as afterFrame does the canvas's.
void startPageMode();
void pageResized(float pageCssHeight);

// After every change of answers (and once after `ready`): `result`, if the host asked for it.
void answersChanged();

// A message the shell accepted from the host window (JSON of event.data): "" or why it was
// refused. host-viewport (embed.js: the host page's viewport height) is the frame's own: on a phone
// the frame then stays within the host's viewport and the advisor scrolls inside it.
std::string applyHostMessage(const std::string& messageJson);

}  // namespace advisor::web::embedding
