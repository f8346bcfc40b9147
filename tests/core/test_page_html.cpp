// The page's form and result (page_html.h): the contract of names and values, conditional
// questions, escaping of a hostile data file, and a result that says what the canvas says.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "page_html.h"
#include "support.h"

using namespace advisor;
using json = nlohmann::json;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

std::string fieldsetOf(const std::string& form, const std::string& id) {
    const auto start = form.find("data-question=\"" + id + "\"");
    REQUIRE(start != std::string::npos);
    return form.substr(start, form.find("</fieldset>", start) - start);
}

}  // namespace

TEST_CASE("the form has a fieldset per question, a radio per option, named by the contract") {
    const Config& config = test::shipped();
    const Answers answers = test::answersFrom(config, R"({"function":"software_dev"})");
    const std::string form = formHtml(config, answers);
    CHECK(count(form, "<fieldset") == config.questions.size());
    CHECK(count(form, "<h2") == config.steps.size());
    for (int q = 0; q < int(config.questions.size()); ++q) {
        const Question& question = config.questions[q];
        INFO(question.id);
        const std::string fieldset = fieldsetOf(form, question.id);
        CHECK(fieldset.find("<legend>") != std::string::npos);
        CHECK((fieldset.find(" hidden>") != std::string::npos) == !isAsked(config, answers, q));
        if (question.type == Question::Type::Choice) {
            CHECK(count(fieldset, "type=\"radio\" name=\"" + question.id + "\"") ==
                  question.options.size());
            for (const Option& option : question.options)
                CHECK(fieldset.find("value=\"" + option.value + "\"") != std::string::npos);
            CHECK(count(fieldset, " checked") == 1);
            const std::string current = question.options[answers.values[q]].value;
            CHECK(fieldset.find("value=\"" + current + "\" checked") != std::string::npos);
        } else {
            CHECK(fieldset.find("name=\"" + question.id + "\" id=") != std::string::npos);
            CHECK(fieldset.find("min=\"" + std::to_string(question.min) + "\"") !=
                  std::string::npos);
            CHECK(fieldset.find("value=\"" + std::to_string(answers.values[q]) + "\"") !=
                  std::string::npos);
        }
        if (!question.help.empty())
            CHECK(fieldset.find("aria-describedby=\"sa-help-" + question.id + "\"") !=
                  std::string::npos);
    }
}

TEST_CASE("a conditional question is hidden until its condition holds, and the state says so") {
    const Config& config = test::shipped();
    const int onSite = test::questionIndex(config, "on_site");
    for (const char* function : {"software_dev", "it_support"}) {
        INFO(function);
        const Answers answers =
            test::answersFrom(config, std::string(R"({"function":")") + function + "\"}");
        const bool asked = isAsked(config, answers, onSite);
        CHECK((fieldsetOf(formHtml(config, answers), "on_site").find(" hidden>") ==
               std::string::npos) == asked);
        const json state = json::parse(formStateJson(config, answers));
        CHECK(state["asked"]["on_site"] == asked);
        CHECK(state["answers"]["function"] == function);
        CHECK(state["answers"]["team_size"] ==
              answers.values[test::questionIndex(config, "team_size")]);
        CHECK(state["text"]["function"] == answerLabel(config, 0, answers.values[0]));
    }
}

TEST_CASE("the result names the winner, ranks all nine, maps who × where and gives reasons") {
    const Config& config = test::shipped();
    const Answers answers = test::answersFrom(config, R"({"data_sensitivity":"residency"})");
    const Evaluation e = evaluate(config, answers);
    REQUIRE(e.winner >= 0);
    const std::string result = resultHtml(config, answers, e, 2, true);
    CHECK(result.find("<h2 id=\"sa-result-title\">Best fit: " + config.cells[e.winner].name) !=
          std::string::npos);
    const auto ranking =
        result.substr(result.find("<ol"), result.find("</ol>") - result.find("<ol"));
    CHECK(count(ranking, "<li>") == e.ranking.size());
    CHECK(ranking.find("<li>" + config.cells[e.ranking[0]].name + ": fit ") != std::string::npos);
    // Nothing is left to compare the where with: the sentence says so, with no empty figures.
    CHECK(e.where.text.find("\xe2\x80\x94") == std::string::npos);
    CHECK(e.where.text.find("only choice") != std::string::npos);
    // Residency excludes six cells: each says why in the heat map.
    CHECK(count(result, "class=\"sa-excluded-cell\">Excluded: ") == 6);
    CHECK(count(result, "<th scope=\"row\">") >= 3 + e.ranking.size());
    CHECK(result.find("Why it fits") != std::string::npos);
    CHECK(count(result, "type=\"checkbox\"") == e.checklist.size());
    CHECK(resultHtml(config, answers, e, 1, false).find("type=\"checkbox\"") == std::string::npos);
}

TEST_CASE("every text of a hostile data file is escaped in the form and the result") {
    json document = test::shippedJson();
    const std::string hostile = "<img src=x onerror=alert(1)>&\"'";
    document["questions"][0]["label"] = hostile;
    document["questions"][0]["help"] = hostile;
    document["questions"][0]["options"][0]["label"] = hostile;
    document["steps"][0]["title"] = hostile;
    for (auto& cell : document["cells"]) cell["name"] = hostile;
    const LoadResult loaded = test::loadJson(document);
    REQUIRE(loaded.ok());
    const Answers answers = defaultAnswers(loaded.config);
    const std::string page =
        formHtml(loaded.config, answers) +
        resultHtml(loaded.config, answers, evaluate(loaded.config, answers), 2, true);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;") != std::string::npos);
}
