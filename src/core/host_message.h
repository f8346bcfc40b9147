// Messages from the page that embeds the advisor (postMessage), validated in one place:
//   {"source": "sourcing-advisor", "v": 1, "type": "set-answers", "payload": {"answers": {...}}}
//   {"source": "sourcing-advisor", "v": 1, "type": "set-options", "payload": {"theme": "dark",
//    "accent": "#2563EB"}}
// The shell has already checked event.source and event.origin; this checks the content. Anything
// else — another envelope, version or type, a wrong payload — is refused with a reason.
#pragma once

#include <string>
#include <string_view>

namespace advisor {

constexpr int kHostMessageVersion = 1;

struct HostMessage {
    enum class Type { SetAnswers, SetOptions };
    bool ok = false;
    Type type = Type::SetAnswers;
    std::string answersJson;  // SetAnswers: the answers object, for parseAnswers
    std::string theme;        // SetOptions: "light", "dark" or "" (unchanged)
    unsigned accent = 0;      // SetOptions: 0xRRGGBB, or 0 (unchanged)
    std::string error;        // why the message was refused
};

HostMessage parseHostMessage(std::string_view json);

}  // namespace advisor
