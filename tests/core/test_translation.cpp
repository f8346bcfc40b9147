// Languages as data (translation.h): every shipped table complete against the shipped data file,
// its placeholders kept, misspelt and missing keys reported, advice that does not depend on the
// language it is read in, and an interface (page, report, text, summary, link notices) that speaks
// the language it is read in.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "evaluate.h"
#include "link.h"
#include "page_html.h"
#include "report.h"
#include "report_html.h"
#include "summary.h"
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

// The page's text as a visitor reads (or hears) it: without its markup.
std::string visibleText(const std::string& html) {
    std::string out;
    bool inTag = false;
    for (char c : html) {
        if (c == '<') inTag = true;
        if (!inTag) out += c;
        if (c == '>') inTag = false;
    }
    return out;
}

// The words of an English pattern between its placeholders: "Saving against {baseline}" →
// {"Saving against "}.
std::vector<std::string> wordsOf(const std::string& pattern) {
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    std::vector<std::string> words;
    for (auto it = std::sregex_token_iterator(pattern.begin(), pattern.end(), placeholder, -1);
         it != std::sregex_token_iterator(); ++it)
        if (!it->str().empty()) words.push_back(it->str());
    return words;
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
        // Its name, read from the start of the table (packed in the web build), is the table's.
        CHECK(shippedLanguageName(language) == check.name);
        CHECK(!check.name.empty());
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

TEST_CASE("every shipped language has every text of the interface, its placeholders kept") {
    const std::string data(embeddedConfigText());
    const Config& english = test::shipped();
    for (const std::string& language : shippedLanguages()) {
        if (language == "en") continue;
        INFO(language);
        const json table = json::parse(shippedTable(language));
        REQUIRE(table.contains("texts"));
        const LoadResult loaded = loadTranslatedConfig(data, shippedTable(language));
        REQUIRE(loaded.ok());
        int translated = 0;
        for (int i = 0; i < kTextCount; ++i) {
            const Text key = static_cast<Text>(i);
            INFO(textId(key));
            CHECK(table["texts"].contains(textId(key)));  // not the English left in its place
            CHECK(!loaded.config.text(key).empty());
            CHECK(placeholders(loaded.config.text(key)) == placeholders(english.text(key)));
            translated += loaded.config.text(key) != english.text(key);
        }
        // "Team", "Offshore", "Sources" may stay as they are; nearly everything else differs.
        CHECK(translated >= kTextCount * 9 / 10);
    }
}

TEST_CASE("the page, the report, the text and the summary speak the language they are read in") {
    const std::string data(embeddedConfigText());
    const LoadResult german = loadTranslatedConfig(data, shippedTable("de"));
    REQUIRE(german.ok());
    const Config& de = german.config;
    const Config& en = test::shipped();
    // Something runs today, so that the costs compare with it and break even.
    const Answers answers =
        test::answersFrom(de, R"({"current_model":"own_onshore","data_sensitivity":"residency"})");
    const Evaluation e = evaluate(de, answers);
    REQUIRE(e.winner >= 0);
    const std::string page = resultHtml(de, answers, e, 2, true);
    const std::string report = evaluationHtml(de, answers, e, "#" + encodeLink(de, answers), "");
    const std::string pageRead = visibleText(page), reportRead = visibleText(report);
    const std::string text = evaluationText(de, answers, e);
    const ResultSummary summary = buildSummary(de, e, "", "https://example.org/#sa-x");
    std::string said = summary.heading + "\n" + summary.announcement;
    for (const std::string& line : summary.lines) said += "\n" + line;

    SUBCASE("German headings and labels") {
        CHECK(page.find("<h3>Wie gut die neun Modelle passen</h3>") != std::string::npos);
        CHECK(page.find("<h3>Warum es passt</h3>") != std::string::npos);
        CHECK(page.find(">Ausgeschlossen: ") != std::string::npos);
        CHECK(page.find("aria-label=\"Kostentabelle\"") != std::string::npos);
        CHECK(page.find("<th scope=\"col\">Modell</th>") != std::string::npos);
        CHECK(report.find("<html lang=\"de\">") != std::string::npos);
        CHECK(report.find("<h2>Ihre Antworten</h2>") != std::string::npos);
        CHECK(report.find("Dieses Ergebnis erneut öffnen: <a href=\"#sa-") != std::string::npos);
        CHECK(text.find("\nRangfolge\n") != std::string::npos);
        CHECK(text.find("Link zum Teilen: #sa-") != std::string::npos);
        CHECK(said.find("Am besten geeignet: ") != std::string::npos);
        CHECK(said.find("Link zum Teilen: https://example.org/#sa-x") != std::string::npos);
    }
    SUBCASE("none of the English words of the interface is left") {
        // The English of every interface text the German table changes, word for word between its
        // placeholders, in what a visitor reads of the page and the report.
        for (int i = static_cast<int>(Text::AxisOffshore) + 1; i < kTextCount; ++i) {
            const Text key = static_cast<Text>(i);
            if (de.text(key) == en.text(key)) continue;
            for (const std::string& words : wordsOf(en.text(key))) {
                // Short fragments say nothing alone; "Checklist" lives on in "Checkliste".
                if (words.size() < 8 || de.text(key).find(words) != std::string::npos) continue;
                INFO(words);
                CHECK(pageRead.find(escapeHtml(words)) == std::string::npos);
                CHECK(reportRead.find(escapeHtml(words)) == std::string::npos);
                CHECK(text.find(words) == std::string::npos);
                CHECK(said.find(words) == std::string::npos);
            }
        }
        CHECK(report.find("lang=\"en\"") == std::string::npos);
    }
    SUBCASE("a bad link is refused in German") {
        const LinkDecode decoded = decodeLink(de, "#sa-AAAA");
        CHECK(!decoded.ok);
        CHECK(decoded.error == de.text(Text::LinkIncomplete));
        CHECK(decoded.error.find("Dieser Link") == 0);
        CHECK(decodeLink(de, "#elsewhere").error == de.text(Text::LinkForeign));
    }
}
