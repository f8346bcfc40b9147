// The views and the app seam, run headless (ImGui without a renderer): every step, width, theme
// and a spread of answer sets render with ImGui's own checks on; the seam keeps the visitor's
// answers on a bad link, reports invalid answers, and flags every change for the URL.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "imgui.h"
#include "report.h"
#include "ui/app.h"
#include "ui/state.h"

namespace {

using nlohmann::json;

struct Headless {
    std::vector<std::string> copied, downloads, announced;
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
        advisor::ui::HostServices services;
        services.copyToClipboard = [this](const std::string& text) { copied.push_back(text); };
        services.download = [this](const std::string& name, const std::string&, const std::string& contents) {
            downloads.push_back(name + "\n" + contents);
        };
        services.announce = [this](const std::string& text) { announced.push_back(text); };
        std::string error;
        REQUIRE(advisor::ui::appInit(services, {}, &error));
        advisor::ui::Fonts fonts;
        fonts.regular = fonts.bold = fonts.large = io.Fonts->Fonts[0];
        advisor::ui::appSetFonts(fonts);
    }
    ~Headless() { ImGui::DestroyContext(); }

    // Draws one frame; returns the number of vertices drawn (a blank frame has none).
    int frame(float width, float height) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        advisor::ui::appFrame(width, height);
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
};

json state() { return json::parse(advisor::ui::appStateJson()); }

}  // namespace

TEST_CASE("the app renders every answer set, width and theme without ImGui assertions") {
    Headless app;
    const std::vector<std::string> answerSets = {
        "{}",
        R"({"data_sensitivity":"residency"})",
        R"({"function":"manufacturing","lead_time_sensitivity":"high","offshore_cost_trend":"rising","domestic_incentives":"yes","current_model":"own_offshore"})",
        R"({"workload":"seasonal","core":"peripheral","task_nature":"routine","start_within":"weeks","upfront_budget":"minimal"})",
        R"({"team_size":1000,"control":5,"cost_priority":1,"horizon":"long"})",
    };
    for (const auto& answers : answerSets) {
        INFO("answers: " << answers);
        CHECK(advisor::ui::appSetAnswersJson(answers) == "");
        for (float width : {320.0f, 800.0f, 1400.0f, 2800.0f}) {
            INFO("width " << width);
            for (int i = 0; i < 3; ++i) CHECK(app.frame(width, 900) > 1000);
            CHECK(advisor::ui::appContentHeight() > 200);
        }
    }
    advisor::ui::AppOptions dark;
    dark.theme = advisor::ui::Theme::Dark;
    dark.accent = 0xFFDD00;
    advisor::ui::appSetOptions(dark);
    CHECK(app.frame(1200, 800) > 1000);
}

TEST_CASE("a bad link keeps the visitor's answers and says why") {
    Headless app;
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"function":"legal","team_size":40})") == "");
    advisor::ui::appTakeAnswersChanged();
    const std::string notice = advisor::ui::appOpenLink("#sa-this-is-not-a-link");
    CHECK(!notice.empty());
    CHECK(notice.find("kept") != std::string::npos);
    const json s = state();
    CHECK(s["answers"]["function"] == "legal");
    CHECK(s["answers"]["team_size"] == 40);
    CHECK(s["notice"] == notice);
    CHECK_FALSE(advisor::ui::appTakeAnswersChanged());
    app.frame(1200, 800);  // the notice renders
}

TEST_CASE("a good link restores answers and the result, and counts as a change") {
    Headless app;
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"data_sensitivity":"residency","workload":"project"})") == "");
    const std::string link = advisor::ui::appLink();
    const json before = state();
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"data_sensitivity":"low","workload":"steady"})") == "");
    advisor::ui::appTakeAnswersChanged();
    CHECK(advisor::ui::appOpenLink("#" + link) == "");
    CHECK(advisor::ui::appTakeAnswersChanged());
    const json after = state();
    CHECK(after["answers"] == before["answers"]);
    CHECK(after["winner"] == before["winner"]);
    CHECK(after["link"] == link);
    CHECK(after["notice"].is_null());
}

TEST_CASE("setAnswers applies valid entries and names the invalid ones") {
    Headless app;
    const std::string errors = advisor::ui::appSetAnswersJson(R"({"team_size":7,"workload":"weekly","colour":"red"})");
    CHECK(errors.find("\"weekly\"") != std::string::npos);
    CHECK(errors.find("steady") != std::string::npos);  // lists the valid values
    CHECK(errors.find("\"colour\"") != std::string::npos);
    CHECK(state()["answers"]["team_size"] == 7);
    CHECK(advisor::ui::appSetAnswersJson("not json").find("not valid JSON") != std::string::npos);
}

TEST_CASE("the state the browser API exposes has the documented fields") {
    Headless app;
    const json s = state();
    for (const char* key : {"answers", "winner", "reshore", "ranking", "excluded", "link", "notice"}) {
        INFO(key);
        CHECK(s.contains(key));
    }
    CHECK(s["ranking"].size() == 9);
    CHECK(s["ranking"][0]["id"] == s["winner"]);
}

TEST_CASE("cost edits survive answer changes; a new home country starts from its own money") {
    advisor::ui::AdvisorState state;
    std::string error;
    REQUIRE(state.load(advisor::embeddedConfigText(), &error));
    const advisor::Config& config = state.config();
    const int function = config.questionIndex("function"), country = config.questionIndex("home_country");
    REQUIRE(function >= 0);
    REQUIRE(country >= 0);
    advisor::CostInputs edited = state.costInputs();
    edited.salary = 99999;
    state.setCostInputs(edited, {true, false, false});
    state.setAnswer(function, 1);  // software development: the edited salary stays
    CHECK(state.costInputs().salary == 99999);
    CHECK(state.costsEdited());
    CHECK(state.evaluation().costs.currency == "USD");
    CHECK(state.evaluation().costs.salary == 99999);

    int gb = -1;
    for (int o = 0; o < int(config.questions[country].options.size()); ++o)
        if (config.questions[country].options[o].value == "gb") gb = o;
    REQUIRE(gb >= 0);
    state.setAnswer(country, gb);  // pounds: the dollar edit no longer applies
    CHECK_FALSE(state.costsEdited());
    CHECK(state.evaluation().costs.currency == "GBP");
    CHECK(state.costInputs().salary == doctest::Approx(config.costs.salaryByOption[1].value * config.costs.countryByOption[gb].salaryLevel));
    CHECK(advisor::formatMoney(state.evaluation().costs, 12000).rfind("\xc2\xa3", 0) == 0);  // "£12k"
}
