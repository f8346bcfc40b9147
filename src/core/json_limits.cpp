// Nesting depth of JSON text, without parsing it (see json_limits.h).
#include "json_limits.h"

namespace advisor {

bool jsonNestsDeeperThan(std::string_view text, int limit) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

nlohmann::json parseJson(std::string_view text) {
    nlohmann::json result;
    nlohmann::detail::json_sax_dom_parser<nlohmann::json> builder(result,
                                                                  /*allow_exceptions=*/false);
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &builder) || builder.is_errored())
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return result;
}

}  // namespace advisor
