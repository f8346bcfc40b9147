// What the core tests share: the shipped data file loaded once, answers written by question id,
// a fixed-seed generator of answer sets, and broken variants of the data file built in memory
// (the tests also run as WebAssembly under Node, so they never read files from disk).
#pragma once

#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "answers.h"
#include "config.h"

namespace test {

using nlohmann::json;

// The data file compiled into the program, loaded once (and checked in test_config.cpp).
inline const advisor::Config& shipped() {
    static const advisor::LoadResult loaded = advisor::loadConfig(advisor::embeddedConfigText());
    return loaded.config;
}

// The shipped data file as JSON, to be mutated into variants.
inline json shippedJson() {
    const std::string_view text = advisor::embeddedConfigText();
    return json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}

inline advisor::LoadResult loadJson(const json& document) {
    return advisor::loadConfig(document.dump());
}

// Every problem of a load, one per line, for INFO.
inline std::string problemsText(const advisor::LoadResult& loaded) {
    return advisor::formatProblems(loaded.problems, "variant.json");
}

// The defaults with the given answers applied: answersFrom(config, R"({"workload": "seasonal"})").
inline advisor::Answers answersFrom(const advisor::Config& config, std::string_view answersJson) {
    const advisor::AnswersParse parsed =
        advisor::parseAnswers(config, answersJson, advisor::defaultAnswers(config));
    std::string errors;
    for (const auto& error : parsed.errors) errors += error + "\n";
    INFO("answers: " << answersJson << "\n" << errors);
    REQUIRE(parsed.ok());
    return parsed.answers;
}

inline int cellIndex(const advisor::Config& config, std::string_view id) {
    const int index = config.cellIndex(id);
    REQUIRE(index >= 0);
    return index;
}

inline int questionIndex(const advisor::Config& config, std::string_view id) {
    const int index = config.questionIndex(id);
    REQUIRE(index >= 0);
    return index;
}

inline bool containsNoCase(std::string_view text, std::string_view part) {
    auto lower = [](std::string_view s) {
        std::string out(s);
        for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    return lower(text).find(lower(part)) != std::string::npos;
}

// SplitMix64: the same sequence on every platform (unlike std:: distributions).
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    int below(int count) { return int(next() % std::uint64_t(count)); }  // 0..count−1

  private:
    std::uint64_t state_;
};

// Every question drawn uniformly from its valid values (asked or not).
inline advisor::Answers randomAnswers(const advisor::Config& config, Random& random) {
    advisor::Answers answers = advisor::defaultAnswers(config);
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        const advisor::Question& q = config.questions[i];
        answers.values[i] = q.type == advisor::Question::Type::Choice
                                ? random.below(int(q.options.size()))
                                : q.min + random.below(q.max - q.min + 1);
    }
    return answers;
}

// How many generated answer sets the property tests visit: enough to meet every option many
// times, few enough for the suite to stay fast under Node.
constexpr int kGeneratedAnswerSets = 3000;

}  // namespace test
