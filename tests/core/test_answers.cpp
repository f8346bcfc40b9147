// Answers: the defaults, reading a JSON object of question id → value (every valid entry kept,
// every invalid one reported with the valid ids or values), writing them back, and which
// questions are asked (the manufacturing questions only for manufacturing).
#include <doctest/doctest.h>

#include <string>

#include "answers.h"
#include "evaluate.h"
#include "support.h"

using namespace advisor;

namespace {

AnswersParse parse(std::string_view text) {
    return parseAnswers(test::shipped(), text, defaultAnswers(test::shipped()));
}

std::string text(const Answers& answers, const char* question) {
    return answerText(test::shipped(), answers, test::questionIndex(test::shipped(), question));
}

std::string allErrors(const AnswersParse& parsed) {
    std::string out;
    for (const auto& e : parsed.errors) out += e + "\n";
    return out;
}

}  // namespace

TEST_CASE("every question starts at the default of the data file") {
    const Config& config = test::shipped();
    const Answers answers = defaultAnswers(config);
    REQUIRE(answers.values.size() == config.questions.size());
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        INFO(config.questions[i].id);
        CHECK(answers.values[i] == config.questions[i].defaultValue);
        CHECK(isValidValue(config, int(i), answers.values[i]));
    }
    // As the data file writes them.
    const test::json document = test::shippedJson();
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        const test::json& written = document["questions"][i]["default"];
        INFO(config.questions[i].id);
        if (written.is_string())
            CHECK(answerText(config, answers, int(i)) == written.get<std::string>());
        else
            CHECK(answers.values[i] == written.get<int>());
    }
}

TEST_CASE("parseAnswers applies a JSON object of question id → value") {
    const Config& config = test::shipped();
    const Answers defaults = defaultAnswers(config);

    SUBCASE("a partial update changes what it names and keeps the rest") {
        const AnswersParse parsed = parse(R"({"workload": "seasonal", "team_size": 12})");
        INFO(allErrors(parsed));
        CHECK(parsed.ok());
        CHECK(text(parsed.answers, "workload") == "seasonal");
        CHECK(text(parsed.answers, "team_size") == "12");
        for (std::size_t i = 0; i < config.questions.size(); ++i) {
            if (config.questions[i].id == "workload" || config.questions[i].id == "team_size")
                continue;
            INFO(config.questions[i].id);
            CHECK(parsed.answers.values[i] == defaults.values[i]);
        }
    }

    SUBCASE("onto earlier answers, not only onto the defaults") {
        const Answers base = parse(R"({"function": "legal", "control": 5})").answers;
        const AnswersParse parsed = parseAnswers(config, R"({"control": 2})", base);
        CHECK(parsed.ok());
        CHECK(text(parsed.answers, "function") == "legal");
        CHECK(text(parsed.answers, "control") == "2");
    }

    SUBCASE("an empty object changes nothing") {
        const AnswersParse parsed = parse("{}");
        CHECK(parsed.ok());
        CHECK(parsed.answers == defaults);
    }

    SUBCASE("an unknown question id is reported with the valid ids") {
        const AnswersParse parsed = parse(R"({"budget": "minimal"})");
        REQUIRE(parsed.errors.size() == 1);
        const std::string& error = parsed.errors[0];
        INFO(error);
        CHECK(error.find("unknown question \"budget\"") != std::string::npos);
        for (const auto& q : config.questions) {
            INFO(q.id);
            CHECK(error.find(q.id) != std::string::npos);
        }
        CHECK(parsed.answers == defaults);
    }

    SUBCASE("an unknown value is reported with the valid values") {
        const AnswersParse parsed = parse(R"({"workload": "sometimes"})");
        REQUIRE(parsed.errors.size() == 1);
        const std::string& error = parsed.errors[0];
        INFO(error);
        CHECK(error.find("\"sometimes\"") != std::string::npos);
        CHECK(error.find("\"workload\"") != std::string::npos);
        CHECK(error.find("steady, seasonal, project") != std::string::npos);
        CHECK(parsed.answers == defaults);
    }

    SUBCASE("a choice given as a number, or an option label, is not a value") {
        for (const char* wrong : {R"({"workload": 1})", R"({"workload": "Steady"})",
                                  R"({"workload": null})", R"({"workload": ["steady"]})"}) {
            INFO(wrong);
            const AnswersParse parsed = parse(wrong);
            CHECK(parsed.errors.size() == 1);
            CHECK(parsed.answers == defaults);
        }
    }

    SUBCASE("an integer out of range, or not whole, is reported with the range") {
        for (const char* wrong :
             {R"({"team_size": 0})", R"({"team_size": 1001})", R"({"team_size": -5})",
              R"({"team_size": 12.5})", R"({"team_size": "12.5"})", R"({"team_size": "twelve"})",
              R"({"team_size": ""})", R"({"team_size": " 12"})", R"({"team_size": true})",
              R"({"team_size": 1e300})", R"({"team_size": 18446744073709551615})",
              R"({"team_size": "99999999999999999999"})"}) {
            INFO(wrong);
            const AnswersParse parsed = parse(wrong);
            REQUIRE(parsed.errors.size() == 1);
            INFO(parsed.errors[0]);
            CHECK(parsed.errors[0].find("\"team_size\"") != std::string::npos);
            CHECK(parsed.errors[0].find("from 1 to 1000") != std::string::npos);
            CHECK(parsed.answers == defaults);
        }
    }

    SUBCASE("an integer written as digits in a string is accepted") {
        const AnswersParse parsed = parse(R"({"team_size": "12", "control": "5"})");
        INFO(allErrors(parsed));
        CHECK(parsed.ok());
        CHECK(text(parsed.answers, "team_size") == "12");
        CHECK(text(parsed.answers, "control") == "5");
        CHECK(parse(R"({"team_size": 12.0})").ok());
        CHECK(parse(R"({"team_size": 1000})").ok());
        CHECK(parse(R"({"team_size": 1})").ok());
    }

    SUBCASE("text that is not JSON") {
        for (const char* wrong :
             {"", "workload=seasonal", R"({"workload": "seasonal")", "{'workload': 'seasonal'}"}) {
            INFO(wrong);
            const AnswersParse parsed = parse(wrong);
            REQUIRE(parsed.errors.size() == 1);
            CHECK(parsed.errors[0].rfind("answers: not valid JSON", 0) == 0);
            CHECK(parsed.answers == defaults);
        }
    }

    SUBCASE("JSON that is not an object") {
        for (const char* wrong : {R"(["workload", "seasonal"])", "12", R"("seasonal")", "null"}) {
            INFO(wrong);
            const AnswersParse parsed = parse(wrong);
            REQUIRE(parsed.errors.size() == 1);
            CHECK(parsed.errors[0].find("expected an object of question id to value") !=
                  std::string::npos);
            CHECK(parsed.answers == defaults);
        }
    }

    SUBCASE("very large input is refused without reading it") {
        const std::string huge =
            R"({"workload": "seasonal", "x": ")" + std::string(100000, 'x') + "\"}";
        const AnswersParse parsed = parse(huge);
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors[0].find("larger than 64 KiB") != std::string::npos);
        CHECK(parsed.answers == defaults);
    }

    SUBCASE("valid entries are applied even when others are invalid") {
        const AnswersParse parsed = parse(
            R"({"workload": "seasonal", "budget": "minimal", "team_size": 5000, "control": 4,
                "horizon": "forever", "data_sensitivity": "regulated"})");
        INFO(allErrors(parsed));
        CHECK(parsed.errors.size() == 3);
        CHECK(text(parsed.answers, "workload") == "seasonal");
        CHECK(text(parsed.answers, "control") == "4");
        CHECK(text(parsed.answers, "data_sensitivity") == "regulated");
        CHECK(text(parsed.answers, "team_size") == text(defaults, "team_size"));
        CHECK(text(parsed.answers, "horizon") == text(defaults, "horizon"));
    }
}

TEST_CASE("answersToJson writes every question by id and reads back to the same answers") {
    const Config& config = test::shipped();
    test::Random random(42);
    for (int n = 0; n < 500; ++n) {
        const Answers answers =
            n == 0 ? defaultAnswers(config) : test::randomAnswers(config, random);
        const std::string written = answersToJson(config, answers);
        INFO(written);
        const test::json object = test::json::parse(written, nullptr, false);
        REQUIRE(object.is_object());
        CHECK(object.size() == config.questions.size());
        for (std::size_t i = 0; i < config.questions.size(); ++i) {
            const Question& q = config.questions[i];
            INFO(q.id);
            REQUIRE(object.contains(q.id));
            if (q.type == Question::Type::Choice)
                CHECK(object[q.id] == q.options[answers.values[i]].value);
            else
                CHECK(object[q.id] == answers.values[i]);
        }
        // Read onto a different base, so that every value must come from the text.
        Answers base = test::randomAnswers(config, random);
        const AnswersParse back = parseAnswers(config, written, base);
        CHECK(back.ok());
        CHECK(back.answers == answers);
    }
}

TEST_CASE("isAsked shows the on-site question for work that may need people on site") {
    const Config& config = test::shipped();
    const int function = test::questionIndex(config, "function");
    const int onSite = test::questionIndex(config, "on_site");
    for (int o = 0; o < int(config.questions[function].options.size()); ++o) {
        Answers answers = defaultAnswers(config);
        answers.values[function] = o;
        const std::string& value = config.questions[function].options[o].value;
        INFO(value);
        const bool expected = value == "it_support" || value == "hr_recruiting" ||
                              value == "legal" || value == "other";
        CHECK(isAsked(config, answers, onSite) == expected);
    }
}

TEST_CASE("isAsked hides the manufacturing-only questions unless the work is manufacturing") {
    const Config& config = test::shipped();
    const char* const manufacturingOnly[] = {"lead_time_sensitivity", "ip_sensitivity",
                                             "offshore_cost_trend", "domestic_incentives"};
    const int function = test::questionIndex(config, "function");
    for (int o = 0; o < int(config.questions[function].options.size()); ++o) {
        Answers answers = defaultAnswers(config);
        answers.values[function] = o;
        const bool manufacturing = config.questions[function].options[o].value == "manufacturing";
        INFO("function " << config.questions[function].options[o].value);
        for (std::size_t i = 0; i < config.questions.size(); ++i) {
            const std::string& id = config.questions[i].id;
            bool onlyForManufacturing = false;
            for (const char* m : manufacturingOnly)
                onlyForManufacturing = onlyForManufacturing || id == m;
            INFO(id);
            if (id == "on_site") continue;  // asked for some functions: see the next test
            CHECK(isAsked(config, answers, int(i)) == (!onlyForManufacturing || manufacturing));
        }
    }

    SUBCASE("and a hidden answer has no effect on the result") {
        Answers other = parse(R"({"function": "accounting"})").answers;
        const Scores before = score(config, other);
        other = parseAnswers(config,
                             R"({"lead_time_sensitivity": "high", "offshore_cost_trend": "rising",
                                        "domestic_incentives": "yes", "ip_sensitivity": "high"})",
                             other)
                    .answers;
        const Scores after = score(config, other);
        CHECK(after.fit == before.fit);
        CHECK(after.winner == before.winner);

        Answers manufacturing = parse(R"({"function": "manufacturing"})").answers;
        const Scores quiet = score(config, manufacturing);
        manufacturing =
            parseAnswers(config, R"({"offshore_cost_trend": "rising"})", manufacturing).answers;
        CHECK(score(config, manufacturing).fit != quiet.fit);
    }
}

TEST_CASE("answers in words") {
    const Config& config = test::shipped();
    const int teamSize = test::questionIndex(config, "team_size");
    const int control = test::questionIndex(config, "control");
    const int workload = test::questionIndex(config, "workload");
    CHECK(answerLabel(config, teamSize, 12) == "12 FTE");
    CHECK(answerLabel(config, control, 5) ==
          "5 (" + config.questions[control].scaleLabels[4] + ")");
    CHECK(answerLabel(config, workload, 1) == config.questions[workload].options[1].label);
    CHECK(isValidValue(config, teamSize, 1));
    CHECK(isValidValue(config, teamSize, 1000));
    CHECK_FALSE(isValidValue(config, teamSize, 0));
    CHECK_FALSE(isValidValue(config, teamSize, 1001));
    CHECK_FALSE(isValidValue(config, workload, 3));
    CHECK_FALSE(isValidValue(config, workload, -1));
}
