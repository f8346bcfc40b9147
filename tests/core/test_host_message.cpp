// The embedding page and the advisor (host_message.h): which messages from the host are taken and
// why the others are refused, and what the host learns of a result.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "host_message.h"
#include "json_limits.h"
#include "report.h"
#include "support.h"

using namespace advisor;
using nlohmann::json;

namespace {

std::string envelope(const std::string& type, const json& payload) {
    return json{{"source", "sourcing-advisor"}, {"v", 1}, {"type", type}, {"payload", payload}}
        .dump();
}

}  // namespace

TEST_CASE("set-answers passes the answers object on, as JSON for parseAnswers") {
    const HostMessage message =
        parseHostMessage(envelope("set-answers", {{"answers", {{"function", "legal"}}}}));
    REQUIRE(message.ok);
    CHECK(message.type == HostMessage::Type::SetAnswers);
    CHECK(json::parse(message.answersJson) == json{{"function", "legal"}});
    CHECK(message.error.empty());
}

TEST_CASE("set-options takes a theme and an accent, each optional") {
    SUBCASE("both") {
        const HostMessage message =
            parseHostMessage(envelope("set-options", {{"theme", "dark"}, {"accent", "#0f766E"}}));
        REQUIRE(message.ok);
        CHECK(message.type == HostMessage::Type::SetOptions);
        CHECK(message.theme == "dark");
        REQUIRE(message.accent.has_value());
        CHECK(*message.accent == 0x0F766E);
    }
    SUBCASE("neither: nothing changes") {
        const HostMessage message = parseHostMessage(envelope("set-options", json::object()));
        REQUIRE(message.ok);
        CHECK(message.theme.empty());
        CHECK_FALSE(message.accent.has_value());
    }
    SUBCASE("black is a colour, not \"unchanged\"") {
        const HostMessage message =
            parseHostMessage(envelope("set-options", {{"accent", "#000000"}}));
        REQUIRE(message.ok);
        REQUIRE(message.accent.has_value());
        CHECK(*message.accent == 0);
    }
    SUBCASE("unknown fields are ignored") {
        const HostMessage message =
            parseHostMessage(envelope("set-options", {{"theme", "light"}, {"font", "Comic"}}));
        REQUIRE(message.ok);
        CHECK(message.theme == "light");
    }
}

TEST_CASE("set-options takes the host's language as a tag; anything else is refused") {
    const HostMessage german = parseHostMessage(envelope("set-options", {{"lang", "de-AT"}}));
    REQUIRE(german.ok);
    CHECK(german.lang == "de-AT");
    CHECK(parseHostMessage(envelope("set-options", {{"lang", "fr"}})).lang == "fr");
    for (const json& bad : {json("d"), json("deutsch-"), json("de--AT"), json("<b>"), json(7),
                            json(std::string(40, 'a')), json("1de"), json("")}) {
        const HostMessage message = parseHostMessage(envelope("set-options", {{"lang", bad}}));
        CHECK_FALSE(message.ok);
        CHECK(message.error.find("lang must be a language tag") == 0);
    }
    CHECK(isLanguageTag("zh-Hant-TW"));
    CHECK_FALSE(isLanguageTag("en_GB"));
}

TEST_CASE("host-viewport says how tall the host's viewport is, within bounds") {
    const HostMessage message = parseHostMessage(envelope("host-viewport", {{"height", 780}}));
    REQUIRE(message.ok);
    CHECK(message.type == HostMessage::Type::HostViewport);
    CHECK(message.viewportHeight == 780);
    for (const json& bad : {json(99), json(20001), json("780"), json(nullptr), json(NAN)}) {
        const HostMessage refused = parseHostMessage(envelope("host-viewport", {{"height", bad}}));
        CHECK_FALSE(refused.ok);
        CHECK(refused.error.find("host-viewport needs payload.height") == 0);
    }
    CHECK_FALSE(parseHostMessage(envelope("host-viewport", json::object())).ok);
}

TEST_CASE("a message of the wrong shape is refused, with the reason") {
    const auto refusedFor = [](const std::string& text) {
        const HostMessage message = parseHostMessage(text);
        CHECK_FALSE(message.ok);
        return message.error;
    };
    CHECK(refusedFor("") == "not a JSON object");
    CHECK(refusedFor("[1, 2]") == "not a JSON object");
    CHECK(refusedFor("{\"source\": \"sourcing-advisor\"") == "not a JSON object");
    CHECK(refusedFor(R"({"source": "other", "v": 1, "type": "set-options", "payload": {}})") ==
          "not a sourcing-advisor message");
    CHECK(refusedFor(R"({"source": 7, "v": 1, "type": "set-options", "payload": {}})") ==
          "not a sourcing-advisor message");
    CHECK(refusedFor(R"({"source": "sourcing-advisor", "v": 2, "type": "set-options",
                         "payload": {}})") == "unsupported message version");
    CHECK(refusedFor(R"({"source": "sourcing-advisor", "v": "1", "type": "set-options",
                         "payload": {}})") == "unsupported message version");
    CHECK(refusedFor(R"({"source": "sourcing-advisor", "v": 1, "payload": {}})") ==
          "message without a type");
    CHECK(refusedFor(R"({"source": "sourcing-advisor", "v": 1, "type": "set-options"})") ==
          "message without a payload object");
    CHECK(refusedFor(envelope("set-options", "dark")) == "message without a payload object");
    CHECK(refusedFor(envelope("reload", json::object())) == "unknown message type \"reload\"");
    CHECK(refusedFor(envelope(std::string(100, 'x'), json::object())) ==
          "unknown message type \"" + std::string(40, 'x') + "\"");
    CHECK(refusedFor(envelope("set-answers", json::object())) ==
          "set-answers needs payload.answers, an object");
    CHECK(refusedFor(envelope("set-answers", {{"answers", "function=legal"}})) ==
          "set-answers needs payload.answers, an object");
    CHECK(refusedFor(envelope("set-options", {{"theme", "purple"}})) ==
          "theme must be \"light\" or \"dark\"");
    CHECK(refusedFor(envelope("set-options", {{"theme", 1}})) ==
          "theme must be \"light\" or \"dark\"");
    for (const json& accent : {json("0F766E"), json("#0F766"), json("#0F766EE"), json("#GG0000"),
                               json("<b>red</b>"), json(0x0F766E), json(nullptr)}) {
        INFO("accent " << accent.dump());
        CHECK(refusedFor(envelope("set-options", {{"accent", accent}})) ==
              "accent must be a colour written #RRGGBB");
    }
}

TEST_CASE("oversized and deeply nested messages are refused before they are parsed") {
    std::string big = envelope("set-answers", {{"answers", {{"function", "legal"}}}});
    big.insert(big.size() - 1, ", \"padding\": \"" + std::string(kMaxMessageBytes, ' ') + "\"");
    CHECK(parseHostMessage(big).error == "message larger than 64 KiB");

    std::string deep = R"({"source": "sourcing-advisor", "v": 1, "type": "set-answers",
                           "payload": {"answers": {"function": )";
    deep += std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']') + "}}}";
    CHECK(parseHostMessage(deep).error ==
          "message nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");

    // Just inside both limits, a message still reads.
    std::string nested = std::string(kMaxJsonDepth - 4, '[') + std::string(kMaxJsonDepth - 4, ']');
    const HostMessage inside =
        parseHostMessage(envelope("set-answers", {{"answers", {{"x", json::parse(nested)}}}}));
    CHECK(inside.ok);
}

TEST_CASE("the host learns the winner, reshore, fit, link and origin of a result, nothing else") {
    const Config& config = test::shipped();
    const Answers answers = test::answersFrom(config, R"({"function": "legal"})");
    const Evaluation e = evaluate(config, answers);
    REQUIRE(e.winner >= 0);
    json state = json::parse(evaluationJson(config, answers, e));
    state["origin"] = "host";
    state["notice"] = "private";
    const json payload =
        json::parse(hostResultJson(state.dump(), "https://advisor.example/app/index.html#sa-x"));
    CHECK(payload == json{{"winner", config.cells[e.winner].id},
                          {"reshore", e.reshore},
                          {"fit", state["fit"]},
                          {"link", "https://advisor.example/app/index.html#sa-x"},
                          {"origin", "host"}});
}

TEST_CASE("a state without the fields, or with fields of the wrong type, gives neutral values") {
    const json neutral = {{"winner", nullptr},
                          {"reshore", false},
                          {"fit", 0},
                          {"link", "#sa-x"},
                          {"origin", "default"}};
    CHECK(json::parse(hostResultJson("{}", "#sa-x")) == neutral);
    CHECK(json::parse(hostResultJson("not json", "#sa-x")) == neutral);
    CHECK(json::parse(hostResultJson("[1]", "#sa-x")) == neutral);
    CHECK(json::parse(hostResultJson(
              R"({"winner": {"id": "own_onshore"}, "reshore": "yes", "fit": "65", "origin": 3})",
              "#sa-x")) == neutral);
    CHECK(json::parse(hostResultJson(R"({"winner": null, "reshore": true, "fit": 64.5})",
                                     "#sa-x")) == json{{"winner", nullptr},
                                                       {"reshore", true},
                                                       {"fit", 64.5},
                                                       {"link", "#sa-x"},
                                                       {"origin", "default"}});
}
