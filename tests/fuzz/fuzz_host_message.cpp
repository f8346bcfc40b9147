// Fuzzes the embedding page's messages: anything is either refused with a reason or accepted
// with a well-formed payload (answers as a JSON object, a known theme).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "answers.h"
#include "host_message.h"
#include "json_limits.h"

using namespace advisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const HostMessage message = parseHostMessage(text);
    // Nothing too large or too deep gets through (json_limits.h).
    if (message.ok && (size > kMaxMessageBytes || jsonNestsDeeperThan(text))) std::abort();
    if (!message.ok) {
        if (message.error.empty()) std::abort();
        return 0;
    }
    if (message.type == HostMessage::Type::SetAnswers) {
        static const Config config = loadConfig(embeddedConfigText()).config;
        (void)parseAnswers(config, message.answersJson, defaultAnswers(config));
        if (message.answersJson.empty() || message.answersJson[0] != '{') std::abort();
    } else if (!message.theme.empty() && message.theme != "light" && message.theme != "dark") {
        std::abort();
    }
    return 0;
}
