// Validation of host messages (see host_message.h). Never throws; refuses anything unexpected.
#include "host_message.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "colour.h"
#include "json_limits.h"

namespace advisor {

namespace {

HostMessage refuse(std::string reason) {
    HostMessage message;
    message.error = std::move(reason);
    return message;
}

}  // namespace

bool isLanguageTag(std::string_view tag) {
    // BCP 47 in the shape browsers give (navigator.languages): letters, digits and hyphens, a
    // primary subtag of 2 or 3 letters; what it names is decided by matchLanguage.
    if (tag.size() < 2 || tag.size() > 35) return false;
    std::size_t letters = 0;
    while (letters < tag.size() && std::isalpha(static_cast<unsigned char>(tag[letters])))
        ++letters;
    if (letters < 2 || letters > 3) return false;
    for (std::size_t at = letters; at < tag.size(); ++at) {
        const unsigned char c = static_cast<unsigned char>(tag[at]);
        if (!(std::isalnum(c) || c == '-') ||
            (c == '-' && (at + 1 == tag.size() || tag[at + 1] == '-')))
            return false;
    }
    return letters == tag.size() || tag[letters] == '-';
}

HostMessage parseHostMessage(std::string_view text) {
    using nlohmann::json;
    if (text.size() > kMaxMessageBytes) return refuse("message larger than 64 KiB");
    if (jsonNestsDeeperThan(text))
        return refuse("message nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    const json root = parseJson(text);
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
            // Written #RRGGBB, as CSS would: the '#' is required here (a URL's ?accent= has none).
            const std::string* written =
                accent->is_string() ? &accent->get_ref<const std::string&>() : nullptr;
            if (written && !written->empty() && written->front() == '#')
                message.accent = parseHexColour(*written);
            if (!message.accent) return refuse("accent must be a colour written #RRGGBB");
        }
        if (const auto lang = payload->find("lang"); lang != payload->end()) {
            if (!lang->is_string() || !isLanguageTag(lang->get_ref<const std::string&>()))
                return refuse("lang must be a language tag such as \"de\" or \"fr-CA\"");
            message.lang = lang->get<std::string>();
        }
    } else if (name == "host-viewport") {
        const auto height = payload->find("height");
        if (height == payload->end() || !height->is_number() || !(*height >= kMinViewportHeight) ||
            !(*height <= kMaxViewportHeight))
            return refuse("host-viewport needs payload.height, a number of CSS pixels from " +
                          std::to_string(kMinViewportHeight) + " to " +
                          std::to_string(kMaxViewportHeight));
        message.type = HostMessage::Type::HostViewport;
        message.viewportHeight = height->get<double>();
    } else {
        return refuse("unknown message type \"" + name.substr(0, 40) + "\"");
    }
    message.ok = true;
    return message;
}

std::string hostResultJson(std::string_view stateJson, std::string_view link) {
    using nlohmann::json;
    json state = parseJson(stateJson);
    if (!state.is_object()) state = json::object();
    const auto field = [&state](const char* name) {
        const auto found = state.find(name);
        return found == state.end() ? json() : *found;
    };
    const json winner = field("winner"), reshore = field("reshore"), fit = field("fit"),
               origin = field("origin");
    return json{{"winner", winner.is_string() ? winner : json(nullptr)},
                {"reshore", reshore.is_boolean() && reshore.get<bool>()},
                {"fit", fit.is_number() ? fit : json(0)},
                {"link", std::string(link)},
                {"origin", origin.is_string() ? origin : json("default")}}
        .dump(-1, ' ', false, json::error_handler_t::replace);  // never throws on bad UTF-8
}

}  // namespace advisor
