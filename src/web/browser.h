// Small named bridges to browser capabilities (one EM_JS function each, in browser.cpp), so that
// main_web.cpp reads as plain C++. Strings cross as arguments, never as generated JavaScript.
// The page elements they use (ids canvas, sa-message, sa-live) are in both shells.
#pragma once

#include <array>
#include <string>

namespace advisor::web::browser {

// [SECTION] Page elements
void showMessage(
    const std::string& text);  // visible text instead of the canvas (no WebGL 2, bad data)
void announce(const std::string& text);  // the aria-live="polite" region
void setCursor(const char* cssCursor);   // the canvas's CSS cursor ("default", "text", ...)

// [SECTION] Clipboard and files
void copyText(const std::string& text);  // navigator.clipboard, or a textarea + execCommand
void downloadFile(const std::string& fileName, const std::string& mimeType,
                  const std::string& contents);

// [SECTION] URL fragment (the share link)
std::string fragment();  // location.hash without '#', "" if none
// The address a share link starts from: location.href without the fragment, ?lang= and
// ?country= (the recipient's own language; the answers hold the home country) and, `embedded`,
// without the embedding parameters (embed, host, theme, accent, events, answers, nonce, viewport):
// the address that opens the advisor on its own.
std::string sharedAddress(bool embedded);
// Makes the address show #link: history.replaceState, spaced out and retried (pre.js,
// saWriteFragment) so that the address ends on the latest link even where the browser throttles.
void replaceFragment(const std::string& link);

// [SECTION] Appearance
std::array<int, 3> today();  // {year, month, day} in the visitor's time zone (the report's date)
bool prefersDarkTheme();     // ?theme= or <html data-theme>, else prefers-color-scheme
// The accent asked for, as written: ?accent= (RRGGBB) or <html data-accent> (#RRGGBB), else "";
// read by core/colour.h parseHexColour, as a host message's accent is.
std::string accentText();
bool isApplePlatform();  // Cmd instead of Ctrl for shortcuts

// [SECTION] Embedding (app/index.html?embed=1&host=...&events=result&answers=..., see embed.js),
// in browser_host.cpp
std::string queryParameter(const char* name);  // from location.search, "" if absent
// The embedding page's origin if `declared` is an http(s) origin, the page is framed, and (where
// the browser tells, as Chromium does) the parent really is that origin; otherwise "".
std::string verifiedHostOrigin(const std::string& declared);
// <html class="sa-auto-height"> while the host sizes the frame to the whole content: a vertical
// drag on the canvas then scrolls the host page (app.css).
void setAutoHeight(bool on);
// Without WebGL 2: calls sa_on_page_height(CSS px) whenever the page's form and result change
// height (a ResizeObserver on #sa-page).
void watchPageHeight();
float viewportCssWidth();  // window.innerWidth: this frame's width, CSS px
// window.parent.postMessage({source: "sourcing-advisor", v: 1, type, payload}, hostOrigin).
void postToHost(const std::string& hostOrigin, const char* type, const std::string& payloadJson);
// Passes JSON.stringify(event.data) of sourcing-advisor messages from window.parent at
// hostOrigin, up to 64 KiB (checked before copying), to sa_on_host_message; every other message
// is ignored. Messages to the host carry `nonce` (embed.js's ?nonce=), so that the loader can
// tell its own frame's advisor from an advisor someone else loaded into that frame.
void listenToHost(const std::string& hostOrigin, const std::string& nonce);
void warn(const std::string& text);  // console.warn, for the embedding page's developer

// [SECTION] Page API (window.sourcingAdvisor, created by pre.js)
void markAppRunning();                        // getState / setAnswers work from now on
void markFirstFrameDrawn();                   // resolves sourcingAdvisor.ready
void markFailed(const std::string& message);  // rejects sourcingAdvisor.ready

// navigator.languages, comma-separated, most wanted first ("de-AT,de,en-US").
std::string preferredLanguages();

// Starts the watchers that call back into main_web.cpp (the sa_on_* functions): hashchange and
// colour scheme, and `drawing` on the canvas, its size, the device-pixel ratio and paste (the
// hidden textarea: text_input.h).
void watchPage(bool drawing);

// Takes ownership of a string an EM_JS function malloc'ed (browser.cpp, browser_host.cpp).
std::string adoptString(char* text);

}  // namespace advisor::web::browser
