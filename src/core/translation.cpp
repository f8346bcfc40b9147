// Translation tables (translation.h): one walk over the data file finds every text a visitor
// reads and the place of its translation in a table; extracting, applying and checking a table
// all use that walk.
#include "translation.h"

#include <array>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "json_limits.h"

extern const unsigned char embedded_advisor_de_json[];
extern const unsigned long embedded_advisor_de_json_size;
extern const unsigned char embedded_advisor_fr_json[];
extern const unsigned long embedded_advisor_fr_json_size;
extern const unsigned char embedded_advisor_es_json[];
extern const unsigned long embedded_advisor_es_json_size;
#ifdef ADVISOR_PACKED_TABLES  // the web build: the tables' places once, each table its texts
extern const unsigned char embedded_advisor_tables_json[];
extern const unsigned long embedded_advisor_tables_json_size;
#endif

namespace advisor {
namespace {

using json = nlohmann::json;

// A text of the data file and where its translation sits in a table (a JSON pointer).
using Place = std::pair<std::string, json*>;

class Walk {
  public:
    std::vector<Place> places;

    void text(json& object, const char* key, const std::string& at) {
        if (!object.is_object()) return;
        auto it = object.find(key);
        if (it != object.end() && it->is_string()) places.push_back({at + "/" + key, &*it});
    }
    void texts(json& object, std::initializer_list<const char*> keys, const std::string& at) {
        for (const char* key : keys) text(object, key, at);
    }
    // The "because" of each effect of a list, by position: /…/because/0, /…/because/1, …
    void becauses(json& object, const char* key, const std::string& at) {
        if (!object.is_object() || !object.contains(key) || !object[key].is_array()) return;
        json& effects = object[key];
        for (std::size_t i = 0; i < effects.size(); ++i)
            if (effects[i].is_object() && effects[i].contains("because") &&
                effects[i]["because"].is_string())
                places.push_back({at + "/because/" + std::to_string(i), &effects[i]["because"]});
    }
    // A list of objects keyed by one of their fields (id, value) in the table.
    template <typename Visit>
    void byId(json& root, const char* list, const char* idKey, const std::string& at, Visit visit) {
        if (!root.is_object() || !root.contains(list) || !root[list].is_array()) return;
        for (json& item : root[list])
            if (item.is_object() && item.contains(idKey) && item[idKey].is_string())
                visit(item, at + "/" + escaped(item[idKey].get<std::string>()));
    }
    static std::string escaped(const std::string& token) {  // RFC 6901: ~ → ~0, / → ~1
        std::string out;
        for (char c : token) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        return out;
    }
};

std::vector<Place> placesOf(json& data) {
    Walk w;
    w.text(data, "title", "");
    // A source's publisher is described in the visitor's language ("8x8, Inc. (Anbieter für
    // Unternehmenskommunikation)"); a work's title stays as it was published.
    w.byId(data, "sources", "id", "/sources",
           [&](json& source, const std::string& at) { w.text(source, "publisher", at); });
    if (data.contains("texts") && data["texts"].is_object())
        for (auto& [key, value] : data["texts"].items())
            if (value.is_string()) w.places.push_back({"/texts/" + Walk::escaped(key), &value});
    if (data.contains("model")) w.text(data["model"], "note", "/model");
    w.byId(data, "criteria", "id", "/criteria", [&](json& c, const std::string& at) {
        w.texts(c, {"label", "name", "reason_for", "reason_against", "basis"}, at);
        if (c.contains("profile") && c["profile"].is_object())
            for (const char* part : {"who", "where"})
                if (c["profile"].contains(part))
                    w.text(c["profile"][part], "basis", at + "/profile/" + part);
    });
    w.byId(data, "cells", "id", "/cells", [&](json& c, const std::string& at) {
        w.texts(c, {"name", "summary"}, at);
    });
    w.byId(data, "steps", "id", "/steps",
           [&](json& s, const std::string& at) { w.text(s, "title", at); });
    w.byId(data, "questions", "id", "/questions", [&](json& q, const std::string& at) {
        w.texts(q, {"label", "help", "unit"}, at);
        if (q.contains("scale_labels") && q["scale_labels"].is_array())
            for (std::size_t i = 0; i < q["scale_labels"].size(); ++i)
                if (q["scale_labels"][i].is_string())
                    w.places.push_back(
                        {at + "/scale_labels/" + std::to_string(i), &q["scale_labels"][i]});
        w.byId(q, "options", "value", at + "/options", [&](json& o, const std::string& oat) {
            w.texts(o, {"label", "help"}, oat);
            w.becauses(o, "effects", oat);
        });
        w.becauses(q, "per_unit", at + "/per_unit");  // per_unit is the effect list itself
        if (q.contains("bands") && q["bands"].is_array())
            for (json& band : q["bands"])
                if (band.is_object() && band.contains("min") && band.contains("max"))
                    w.becauses(band, "effects",
                               at + "/bands/" + band["min"].dump() + "-" + band["max"].dump());
    });
    if (data.contains("reshore")) w.texts(data["reshore"], {"label", "explanation"}, "/reshore");
    if (data.contains("checklist") && data["checklist"].is_array())
        for (std::size_t i = 0; i < data["checklist"].size(); ++i)
            w.texts(data["checklist"][i], {"title", "detail"}, "/checklist/" + std::to_string(i));
    if (data.contains("costs") && data["costs"].is_object()) {
        json& costs = data["costs"];
        for (const char* group : {"parameters", "salary_by_function", "busy_share_by_workload"})
            if (costs.contains(group) && costs[group].is_object())
                for (auto& [key, parameter] : costs[group].items())
                    w.texts(parameter, {"label", "note"},
                            std::string("/costs/") + group + "/" + Walk::escaped(key));
        if (costs.contains("countries") && costs["countries"].is_object())
            for (auto& [code, country] : costs["countries"].items())
                w.texts(country, {"nearshore", "offshore", "note"},
                        "/costs/countries/" + Walk::escaped(code));
    }
    return std::move(w.places);
}

json parsed(std::string_view text) {
    if (text.size() > (4u << 20) || jsonNestsDeeperThan(text))
        return json(json::value_t::discarded);
    return parseJson(text);
}

}  // namespace

std::string sourceTable(std::string_view dataText) {
    json data = parsed(dataText);
    if (data.is_discarded() || !data.is_object()) return "{}";
    json table = {{"language", "en"}, {"name", "English"}};
    for (const auto& [pointer, text] : placesOf(data)) table[json::json_pointer(pointer)] = *text;
    return table.dump(2, ' ', false, json::error_handler_t::replace);
}

LoadResult loadTranslatedConfig(std::string_view dataText, std::string_view tableText,
                                TranslationCheck* check) {
    TranslationCheck local;
    TranslationCheck& result = check ? *check : local;
    result = TranslationCheck();
    json data = parsed(dataText);
    const json table = parsed(tableText);
    if (data.is_discarded() || !data.is_object()) return loadConfig(dataText);  // its own errors
    if (table.is_discarded() || !table.is_object()) {
        result.error = "the translation table is not a JSON object";
        return loadConfig(dataText);
    }
    if (table.contains("language") && table["language"].is_string())
        result.language = table["language"].get<std::string>();
    if (table.contains("name") && table["name"].is_string())
        result.name = table["name"].get<std::string>();
    const json flat = table.flatten();
    std::set<std::string> known = {"/language", "/name"};
    for (const auto& [pointer, text] : placesOf(data)) {
        known.insert(pointer);
        const auto it = flat.find(pointer);
        if (it != flat.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
            *text = *it;
        else
            result.missing.push_back(pointer);
    }
    for (const auto& [pointer, value] : flat.items())
        if (!known.count(pointer)) result.extra.push_back(pointer);
    return loadConfig(data.dump(-1, ' ', false, json::error_handler_t::replace));
}

const std::vector<std::string>& shippedLanguages() {
    static const std::vector<std::string> languages = {"en", "de", "fr", "es"};
    return languages;
}

namespace {

std::string_view bytesOf(const unsigned char* bytes, unsigned long size) {
    return std::string_view(reinterpret_cast<const char*>(bytes), size);
}

// A shipped table as embedded (packed in the web build), and its place among the three; "" and
// −1 for English or a language not shipped.
std::pair<std::string_view, int> embeddedTable(std::string_view language) {
    if (language == "de")
        return {bytesOf(embedded_advisor_de_json, embedded_advisor_de_json_size), 0};
    if (language == "fr")
        return {bytesOf(embedded_advisor_fr_json, embedded_advisor_fr_json_size), 1};
    if (language == "es")
        return {bytesOf(embedded_advisor_es_json, embedded_advisor_es_json_size), 2};
    return {{}, -1};
}

}  // namespace

std::string_view shippedTable(std::string_view language) {
    const auto [embedded, index] = embeddedTable(language);
    if (index < 0) return {};
#ifdef ADVISOR_PACKED_TABLES
    // Packed by cmake/pack_tables.mjs: put back together on first use, as the table it came from.
    static std::array<std::string, 3> unpacked;
    std::string& table = unpacked[index];
    if (table.empty()) {
        const json places =
            parseJson(bytesOf(embedded_advisor_tables_json, embedded_advisor_tables_json_size));
        const json texts = parseJson(embedded);
        json flat = json::object();
        if (places.is_array() && texts.is_array() && places.size() == texts.size())
            for (std::size_t i = 0; i < places.size(); ++i)
                if (places[i].is_string() && !texts[i].is_null())
                    flat[places[i].get<std::string>()] = texts[i];
        table = flat.empty()
                    ? "{}"
                    : flat.unflatten().dump(-1, ' ', false, json::error_handler_t::replace);
    }
    return table;
#else
    return embedded;
#endif
}

std::string shippedLanguageName(std::string_view language) {
    const std::string_view embedded = embeddedTable(language).first;
    if (embedded.empty()) return {};
#ifdef ADVISOR_PACKED_TABLES
    // ["de","Deutsch",…: the first two texts (pack_tables.mjs puts /language and /name first).
    std::size_t end = 0;
    bool inString = false;
    for (std::size_t i = 0, closed = 0; i < embedded.size() && !end; ++i) {
        if (!inString) {
            inString = embedded[i] == '"';
        } else if (embedded[i] == '\\') {
            ++i;  // an escaped character
        } else if (embedded[i] == '"') {
            inString = false;
            if (++closed == 2) end = i + 1;
        }
    }
    if (!end) return {};
    const json first = parseJson(std::string(embedded.substr(0, end)) + "]");
    return first.is_array() && first.size() == 2 && first[1].is_string()
               ? first[1].get<std::string>()
               : std::string();
#else
    const json table = parseJson(embedded);
    return table.is_object() && table.contains("name") && table["name"].is_string()
               ? table["name"].get<std::string>()
               : std::string();
#endif
}

std::string matchLanguage(std::string_view tag) {
    std::string primary;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        primary += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    for (const std::string& language : shippedLanguages())
        if (language == primary) return language;
    return {};
}

}  // namespace advisor
