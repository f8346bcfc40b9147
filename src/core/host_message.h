// Messages from the page that embeds the advisor (postMessage), validated in one place:
//   {"source": "sourcing-advisor", "v": 1, "type": "set-answers", "payload": {"answers": {...}}}
//   {"source": "sourcing-advisor", "v": 1, "type": "set-options", "payload": {"theme": "dark",
//    "accent": "#2563EB"}}
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
    enum class Type { SetAnswers, SetOptions };
    bool ok = false;
    Type type = Type::SetAnswers;
    std::string answersJson;         // SetAnswers: the answers object, for parseAnswers
    std::string theme;               // SetOptions: "light", "dark" or "" (unchanged)
    std::optional<unsigned> accent;  // SetOptions: 0xRRGGBB (0 is black), nullopt: unchanged
    std::string error;               // why the message was refused
};

HostMessage parseHostMessage(std::string_view json);

// The payload of a "result" message to the host: {winner, reshore, fit, link, origin}, taken from
// the app's state JSON (getState()) — nothing else of the visitor's answers leaves the frame.
// A field missing or of the wrong type in the state gives its neutral value (winner null, reshore
// false, fit 0, origin "default"); `link` is the absolute share link.
std::string hostResultJson(std::string_view stateJson, std::string_view link);

}  // namespace advisor
