// The iframe side of embedding (see embedding.h and web/embed.js). Messages leave only for the
// origin the embedding page declared, after the browser confirmed it is really the parent's;
// results leave only when that page asked for them (?events=result).
#include "web/embedding.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "host_message.h"
#include "ui/app.h"
#include "web/browser.h"

namespace advisor::web::embedding {
namespace {

namespace app = advisor::ui;

struct Embedding {
    bool embedded = false;
    std::string host;          // verified origin of the embedding page; "" = messaging off
    bool sendResults = false;  // ?events=result
    bool readySent = false;
    float sentHeight = -1;   // the height last sent, CSS px
    float lastHeight = -1;   // the height the previous frame measured
    int unsteadyFrames = 0;  // frames in a row whose height differed from the one before
    bool capped = false;     // the frame is shorter than the content: it scrolls inside
    float hostViewport = 0;  // the host page's viewport height, CSS px (?viewport=, host-viewport)
    bool pageMode = false;   // no WebGL 2: the page's form and result are the content
    float pageHeight = 0;    // ... and their height, CSS px
};
Embedding embedding;

bool hasWord(const std::string& list, const std::string& word) {
    std::string::size_type at = 0;
    while (at <= list.size()) {
        const std::string::size_type end = std::min(list.find_first_of(" ,", at), list.size());
        if (list.compare(at, end - at, word) == 0 && end - at == word.size()) return true;
        at = end + 1;
    }
    return false;
}

// embed.js's ?nonce= (random hex), echoed in every message to the host; anything else is dropped.
std::string validNonce(const std::string& nonce) {
    if (nonce.size() > 64) return {};
    for (const char c : nonce) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return {};
    }
    return nonce;
}

void postHeight(const char* type, float height) {
    browser::postToHost(embedding.host, type,
                        "{\"height\":" + std::to_string(static_cast<int>(height)) + "}");
}

// On a phone (the advisor's narrow layout) a frame as tall as the content would put the live
// result at its bottom, screens away from the question being answered. There the frame stays a
// strip shorter than the host page's viewport and the advisor scrolls inside it, its result bar
// in view; the strip lets the visitor scroll the host page past the frame.
constexpr float kHostStripCss = 64;       // of the host's viewport left to the host page
constexpr float kShortestFrameCss = 320;  // as data-height's least

float heightLimit(float drawableCssHeight) {
    float limit = std::floor(drawableCssHeight);
    const bool phone = browser::viewportCssWidth() < app::kNarrowLayoutEm * app::kBodyFontCssPx;
    if (phone && embedding.hostViewport > 0)
        limit = std::min(
            limit, std::max(kShortestFrameCss, std::floor(embedding.hostViewport - kHostStripCss)));
    return limit;
}

void postResult() {
    if (embedding.sendResults && embedding.readySent) {
        browser::postToHost(embedding.host, "result",
                            app::appHostResultJson(shareUrl(app::appLink())));
    }
}

}  // namespace

void start() {
    embedding.embedded = browser::queryParameter("embed") == "1";
    if (!embedding.embedded) return;
    const std::string answers = browser::queryParameter("answers");
    if (!answers.empty()) {
        const std::string refused = app::appSetPrefilledAnswersJson(answers);
        if (!refused.empty()) browser::warn("prefilled answers ignored: " + refused);
    }
    const std::string declared = browser::queryParameter("host");
    embedding.host = declared.empty() ? std::string() : browser::verifiedHostOrigin(declared);
    if (!declared.empty() && embedding.host.empty()) {
        browser::warn("host " + declared + " is not this page's parent origin: no messages");
    }
    if (embedding.host.empty()) return;
    embedding.sendResults = hasWord(browser::queryParameter("events"), "result");
    const std::string viewport = browser::queryParameter("viewport");  // embed.js, at insertion
    const long viewportHeight =
        viewport.size() <= 5 && viewport.find_first_not_of("0123456789") == std::string::npos
            ? std::atol(viewport.c_str())
            : 0;
    if (viewportHeight >= kMinViewportHeight && viewportHeight <= kMaxViewportHeight)
        embedding.hostViewport = static_cast<float>(viewportHeight);
    browser::setAutoHeight(true);
    browser::listenToHost(embedding.host, validNonce(browser::queryParameter("nonce")));
}

bool embedded() {
    return embedding.embedded;
}
bool messagingOn() {
    return !embedding.host.empty();
}
bool touchScrollsPage() {
    return messagingOn() && !embedding.capped;
}

std::string shareUrl(const std::string& fragment) {
    return browser::sharedAddress(embedding.embedded) + "#" + fragment;
}

namespace {

// Sends `ready` the first time and `resize` when the height moved; returns true while it waits
// for the height to settle (`steadyFrames`: the canvas's content is measured frame by frame).
bool sendHeight(float contentCssHeight, float limit, bool measuredByFrames) {
    const float height = std::ceil(std::min(contentCssHeight, limit));
    const bool capped = contentCssHeight > limit;
    if (capped != embedding.capped) {
        embedding.capped = capped;
        browser::setAutoHeight(!capped);
    }
    // ImGui lays a frame out with what it learnt in the previous one (window sizes, scroll bars),
    // so a height is sent once two frames agree on it (or after five frames that do not): the host
    // page then follows the content in one step instead of jumping back and forth.
    if (measuredByFrames) {
        const bool steady = height == embedding.lastHeight;
        embedding.lastHeight = height;
        if (!steady && ++embedding.unsteadyFrames < 5) return true;
        embedding.unsteadyFrames = 0;
    }
    if (!embedding.readySent) {
        embedding.readySent = true;
        embedding.sentHeight = height;
        postHeight("ready", height);
        postResult();  // the answers the advisor opened with (prefilled, or from a link)
    } else if (std::fabs(height - embedding.sentHeight) >= 1.0f) {
        embedding.sentHeight = height;
        postHeight("resize", height);
    }
    return false;
}

}  // namespace

bool afterFrame(float contentCssHeight, float maxCssHeight) {
    if (!messagingOn() || contentCssHeight <= 0) return false;
    return sendHeight(contentCssHeight, heightLimit(maxCssHeight), true);
}

void startPageMode() {
    if (!messagingOn()) return;
    embedding.pageMode = true;
    browser::watchPageHeight();
}

void pageResized(float pageCssHeight) {
    embedding.pageHeight = pageCssHeight;
    if (embedding.pageMode && pageCssHeight > 0)
        sendHeight(pageCssHeight, heightLimit(kMaxViewportHeight), false);
}

void answersChanged() {
    if (messagingOn()) postResult();
}

std::string applyHostMessage(const std::string& messageJson) {
    const HostMessage message = parseHostMessage(messageJson);
    if (message.ok && message.type == HostMessage::Type::HostViewport) {  // the frame's business
        embedding.hostViewport = static_cast<float>(message.viewportHeight);
        pageResized(embedding.pageHeight);  // without WebGL 2; the canvas measures its next frame
        return {};
    }
    const std::string refused = app::appApplyHostMessage(messageJson);
    if (!refused.empty()) browser::warn("message from the host page refused: " + refused);
    return refused;
}

}  // namespace advisor::web::embedding
