// Messages from the page that embeds the advisor (postMessage), validated in one place:
//   {"source": "sourcing-advisor", "v": 1, "type": "set-answers", "payload": {"answers": {...}}}
//   {"source": "sourcing-advisor", "v": 1, "type": "set-options", "payload": {"theme": "dark",
//    "accent": "#2563EB", "lang": "de"}}
//   {"source": "sourcing-advisor", "v": 1, "type": "host-viewport", "payload": {"height": 780}}
//   (embed.js: how tall the host page's viewport is, so that on a phone the advisor's frame fits
//   the screen and scrolls inside; see embedding.h)
// The shell has already checked event.source and event.origin; this checks the content. Anything
// else — another envelope, version or type, a wrong payload — is refused with a reason.
// The other way, hostResultJson decides what a host page learns of a result.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace advisor {

constexpr int kHostMessageVersion = 1;

struct HostMessage {
    enum class Type { SetAnswers, SetOptions, HostViewport };
    bool ok = false;
    Type type = Type::SetAnswers;
    std::string answersJson;         // SetAnswers: the answers object, for parseAnswers
    std::string theme;               // SetOptions: "light", "dark" or "" (unchanged)
    std::optional<unsigned> accent;  // SetOptions: 0xRRGGBB (0 is black), nullopt: unchanged
    std::string lang;                // SetOptions: a language tag ("de-AT"), "" unchanged
    double viewportHeight = 0;       // HostViewport: the host page's viewport, CSS px
    std::string error;               // why the message was refused
};

constexpr int kMinViewportHeight = 100;
constexpr int kMaxViewportHeight = 20000;

HostMessage parseHostMessage(std::string_view json);

// A language tag as browsers write them ("de", "de-AT", "zh-Hant-TW"): letters, digits, hyphens.
bool isLanguageTag(std::string_view tag);

// The payload of a "result" message to the host: {winner, reshore, fit, link, origin}, taken from
// the app's state JSON (getState()) — nothing else of the visitor's answers leaves the frame.
// A field missing or of the wrong type in the state gives its neutral value (winner null, reshore
// false, fit 0, origin "default"); `link` is the absolute share link.
std::string hostResultJson(std::string_view stateJson, std::string_view link);

}  // namespace advisor
