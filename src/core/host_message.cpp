// Validation of host messages (see host_message.h). Never throws; refuses anything unexpected.
#include "host_message.h"

#include <nlohmann/json.hpp>

#include "json_limits.h"

namespace advisor {

namespace {

HostMessage refuse(std::string reason) {
    HostMessage message;
    message.error = std::move(reason);
    return message;
}

bool parseColour(const std::string& text, unsigned& colour) {
    if (text.size() != 7 || text[0] != '#') return false;
    unsigned value = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0) return false;
        value = value * 16 + unsigned(digit);
    }
    colour = value;
    return true;
}

}  // namespace

HostMessage parseHostMessage(std::string_view text) {
    using nlohmann::json;
    if (text.size() > kMaxMessageBytes) return refuse("message larger than 64 KiB");
    if (jsonNestsDeeperThan(text))
        return refuse("message nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) return refuse("not a JSON object");
    const auto source = root.find("source");
    if (source == root.end() || !source->is_string() ||
        source->get_ref<const std::string&>() != "sourcing-advisor")
        return refuse("not a sourcing-advisor message");
    const auto version = root.find("v");
    if (version == root.end() || !version->is_number_integer() ||
        version->get<std::int64_t>() != kHostMessageVersion)
        return refuse("unsupported message version");
    const auto type = root.find("type");
    if (type == root.end() || !type->is_string()) return refuse("message without a type");
    const auto payload = root.find("payload");
    if (payload == root.end() || !payload->is_object())
        return refuse("message without a payload object");
    const std::string& name = type->get_ref<const std::string&>();
    HostMessage message;
    if (name == "set-answers") {
        const auto answers = payload->find("answers");
        if (answers == payload->end() || !answers->is_object())
            return refuse("set-answers needs payload.answers, an object");
        message.type = HostMessage::Type::SetAnswers;
        message.answersJson = answers->dump();
    } else if (name == "set-options") {
        message.type = HostMessage::Type::SetOptions;
        if (const auto theme = payload->find("theme"); theme != payload->end()) {
            if (!theme->is_string() || (*theme != "light" && *theme != "dark"))
                return refuse("theme must be \"light\" or \"dark\"");
            message.theme = theme->get<std::string>();
        }
        if (const auto accent = payload->find("accent"); accent != payload->end()) {
            if (!accent->is_string() ||
                !parseColour(accent->get_ref<const std::string&>(), message.accent))
                return refuse("accent must be a colour written #RRGGBB");
            if (message.accent == 0) message.accent = 0x000001;  // black, not "unchanged"
        }
    } else {
        return refuse("unknown message type \"" + name.substr(0, 40) + "\"");
    }
    message.ok = true;
    return message;
}

}  // namespace advisor
