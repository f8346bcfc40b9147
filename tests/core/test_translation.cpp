// Languages as data (translation.h): every shipped table complete against the shipped data file,
// its placeholders kept, misspelt and missing keys reported, and advice that does not depend on
// the language it is read in.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "evaluate.h"
#include "support.h"
#include "translation.h"

using namespace advisor;
using json = nlohmann::json;

namespace {

std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex pattern(R"(\{[a-z_]+\})");
    std::multiset<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
         it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

}  // namespace

TEST_CASE("every shipped language translates every text of the shipped data file") {
    const std::string data(embeddedConfigText());
    const json english = json::parse(sourceTable(data)).flatten();
    CHECK(english.size() > 400);
    for (const std::string& language : shippedLanguages()) {
        if (language == "en") continue;
        INFO(language);
        TranslationCheck check;
        const LoadResult loaded = loadTranslatedConfig(data, shippedTable(language), &check);
        REQUIRE(loaded.ok());
        CHECK(check.language == language);
        CHECK(check.missing.empty());
        CHECK(check.extra.empty());
        CHECK(check.error.empty());
        const json table = json::parse(shippedTable(language)).flatten();
        for (const auto& item : english.items()) {
            const std::string pointer = item.key();
            const json& text = item.value();
            if (pointer == "/language" || pointer == "/name") continue;
            INFO(pointer);
            REQUIRE(table.contains(pointer));
            CHECK(placeholders(table[pointer].get<std::string>()) ==
                  placeholders(text.get<std::string>()));
        }
        // Read in German, French or Spanish: the texts change, the advice does not.
        CHECK(loaded.config.questions[0].label != test::shipped().questions[0].label);
        test::Random random(7);
        for (int i = 0; i < 200; ++i) {
            const Answers answers = test::randomAnswers(test::shipped(), random);
            const Evaluation en = evaluate(test::shipped(), answers);
            const Evaluation other = evaluate(loaded.config, answers);
            CHECK(other.winner == en.winner);
            CHECK(other.scores.fit == en.scores.fit);
        }
    }
}

TEST_CASE("a table's misspelt and missing keys are reported, and the text stays in English") {
    const std::string data(embeddedConfigText());
    json table = json::parse(shippedTable("de"));
    table["questions"]["function"].erase("help");
    table["cells"]["own_onshre"] = {{"name", "Tippfehler"}};
    TranslationCheck check;
    const LoadResult loaded = loadTranslatedConfig(data, table.dump(), &check);
    REQUIRE(loaded.ok());
    CHECK(check.missing == std::vector<std::string>{"/questions/function/help"});
    CHECK(check.extra == std::vector<std::string>{"/cells/own_onshre/name"});
    CHECK(loaded.config.questions[0].help == test::shipped().questions[0].help);
    CHECK(loaded.config.questions[0].label != test::shipped().questions[0].label);

    SUBCASE("a table that is not a JSON object changes nothing, and says so") {
        for (const char* broken : {"[]", "{", "\"de\""}) {
            INFO(broken);
            TranslationCheck bad;
            const LoadResult english = loadTranslatedConfig(data, broken, &bad);
            REQUIRE(english.ok());
            CHECK(!bad.error.empty());
            CHECK(english.config.questions[0].label == test::shipped().questions[0].label);
        }
    }
}

TEST_CASE("a browser's language finds the shipped one it belongs to") {
    CHECK(matchLanguage("de-AT") == "de");
    CHECK(matchLanguage("FR_ca") == "fr");
    CHECK(matchLanguage("es") == "es");
    CHECK(matchLanguage("en-GB") == "en");
    CHECK(matchLanguage("pt-BR").empty());
    CHECK(matchLanguage("").empty());
}
