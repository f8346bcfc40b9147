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
#include "ui/views.h"

namespace {

using nlohmann::json;

struct Headless {
    std::vector<std::string> copied, downloads, announced;
    explicit Headless(const advisor::ui::AppOptions& options = {}) {
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
        services.download = [this](const std::string& name, const std::string&,
                                   const std::string& contents) {
            downloads.push_back(name + "\n" + contents);
        };
        services.announce = [this](const std::string& text) { announced.push_back(text); };
        services.today = [] { return std::array<int, 3>{2026, 12, 2}; };
        std::string error;
        REQUIRE(advisor::ui::appInit(services, options, &error));
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

json state() {
    return json::parse(advisor::ui::appStateJson());
}

}  // namespace

TEST_CASE("the app renders every answer set, width and theme without ImGui assertions") {
    const std::vector<std::string> answerSets = {
        "{}",
        R"({"data_sensitivity":"residency"})",
        R"({"function":"manufacturing","lead_time_sensitivity":"high","offshore_cost_trend":"rising","domestic_incentives":"yes","current_model":"own_offshore"})",
        R"({"workload":"seasonal","core":"peripheral","task_nature":"routine","start_within":"weeks","upfront_budget":"minimal"})",
        R"({"team_size":1000,"control":5,"cost_priority":1,"horizon":"long"})",
    };
    const json defaults = [] {
        Headless fresh;
        return state()["answers"];
    }();
    for (const auto& answers : answerSets) {
        INFO("answers: " << answers);
        Headless app;  // each set on its own: no answer of the previous set stays on
        CHECK(advisor::ui::appSetAnswersJson(answers) == "");
        json expected = defaults;
        expected.update(json::parse(answers));
        CHECK(state()["answers"] == expected);
        for (float width : {320.0f, 800.0f, 1400.0f, 2800.0f}) {
            INFO("width " << width);
            for (int i = 0; i < 3; ++i) CHECK(app.frame(width, 900) > 1000);
            CHECK(advisor::ui::appContentHeight() > 200);
        }
    }
    Headless app;
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
    REQUIRE(advisor::ui::appSetAnswersJson(
                R"({"data_sensitivity":"residency","workload":"project"})") == "");
    const std::string link = advisor::ui::appLink();
    const json before = state();
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"data_sensitivity":"low","workload":"steady"})") ==
            "");
    advisor::ui::appTakeAnswersChanged();
    CHECK(advisor::ui::appOpenLink("#" + link) == "");
    CHECK(advisor::ui::appTakeAnswersChanged());
    const json after = state();
    CHECK(after["answers"] == before["answers"]);
    CHECK(after["winner"] == before["winner"]);
    CHECK(after["link"] == link);
    CHECK(after["notice"].is_null());
}

TEST_CASE("the page's buttons and the announcer: start over, the theme, a download, one voice") {
    Headless app;
    for (int i = 0; i < 3; ++i) app.frame(1200, 800);
    CHECK(app.announced.empty());  // the advice the page opens with is not spoken
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"data_sensitivity":"residency"})") == "");
    for (int i = 0; i < 3; ++i) app.frame(1200, 800);
    REQUIRE(app.announced.size() == 1);  // once per change of advice, however many frames
    CHECK(app.announced[0].find(state()["winner_name"].get<std::string>()) != std::string::npos);

    CHECK(advisor::ui::appAction("download-report"));
    REQUIRE(app.downloads.size() == 1);
    CHECK(app.downloads[0].rfind("sourcing-advice.html\n<!doctype html>", 0) == 0);
    CHECK(advisor::ui::appAction("copy-link"));
    REQUIRE(app.copied.size() == 1);
    CHECK(app.copied[0] == "#" + advisor::ui::appLink());

    const bool dark = advisor::ui::appDarkTheme();
    CHECK(advisor::ui::appAction("theme"));
    CHECK(advisor::ui::appDarkTheme() != dark);
    CHECK(advisor::ui::appThemeChosen());
    advisor::ui::appSetOptions({});  // the system's theme changed: the visitor's choice stays
    CHECK(advisor::ui::appDarkTheme() != dark);

    CHECK(advisor::ui::appAction("start-over"));
    CHECK(state()["answers"]["data_sensitivity"] != "residency");
    CHECK_FALSE(advisor::ui::appAction("format-disk"));
}

TEST_CASE("setAnswers applies valid entries and names the invalid ones") {
    Headless app;
    const std::string errors =
        advisor::ui::appSetAnswersJson(R"({"team_size":7,"workload":"weekly","colour":"red"})");
    CHECK(errors.find("\"weekly\"") != std::string::npos);
    CHECK(errors.find("steady") != std::string::npos);  // lists the valid values
    CHECK(errors.find("\"colour\"") != std::string::npos);
    CHECK(state()["answers"]["team_size"] == 7);
    CHECK(advisor::ui::appSetAnswersJson("not json").find("not valid JSON") != std::string::npos);
}

TEST_CASE("the state the browser API exposes has the documented fields") {
    Headless app;
    const json s = state();
    for (const char* key :
         {"answers", "winner", "reshore", "ranking", "excluded", "link", "notice"}) {
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
    const int function = config.questionIndex("function"),
              country = config.questionIndex("home_country");
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
    CHECK(state.costInputs().salary ==
          doctest::Approx(config.costs.salaryByOption[1].value *
                          config.costs.countryByOption[gb].salaryLevel));
    CHECK(advisor::formatMoney(config.numbers, state.evaluation().costs, 12000)
              .rfind("\xc2\xa3", 0) == 0);  // "£12k"
}

TEST_CASE("a link offered while embedded changes nothing until the visitor applies it") {
    Headless app;
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"function":"legal","team_size":40})") == "");
    const std::string mine = advisor::ui::appLink();
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"function":"accounting","team_size":3})") == "");
    const std::string theirs = advisor::ui::appLink();
    const json offered = state();
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"function":"legal","team_size":40})") == "");
    advisor::ui::appTakeAnswersChanged();

    const std::string notice = advisor::ui::appOfferLink("#" + theirs);
    CHECK(notice.find("Apply") != std::string::npos);
    json s = state();
    CHECK(s["answers"]["function"] == "legal");  // the visitor's answers stay
    CHECK(s["answers"]["team_size"] == 40);
    CHECK(s["link"] == mine);
    CHECK(s["notice"] == notice);
    CHECK(s["link_offered"] == true);
    CHECK_FALSE(advisor::ui::appTakeAnswersChanged());  // nothing to tell the host
    app.frame(1200, 800);                               // the notice with its two buttons renders
    app.frame(360, 700);

    SUBCASE("Apply") {
        advisor::ui::appOpenLink("#" + theirs);  // what the Apply button does, through the state
        s = state();
        CHECK(s["answers"] == offered["answers"]);
        CHECK(s["origin"] == "link");
        CHECK(s["link_offered"] == false);
        CHECK(advisor::ui::appTakeAnswersChanged());
    }
    SUBCASE("a bad link instead") {
        CHECK(advisor::ui::appOfferLink("#sa-broken").find("kept") != std::string::npos);
        s = state();
        CHECK(s["answers"]["function"] == "legal");
        CHECK(s["link_offered"] == false);
    }
    SUBCASE("the same answers again") {
        CHECK(advisor::ui::appOfferLink("#" + mine) == "");
        CHECK(state()["notice"].is_null());
        CHECK(advisor::ui::appTakeLinkRewrite());
    }
}

TEST_CASE("result events say who gave the answers their latest change") {
    Headless app;
    CHECK(state()["origin"] == "default");
    REQUIRE(advisor::ui::appSetPrefilledAnswersJson(R"({"function":"legal"})") == "");
    CHECK(state()["origin"] == "host");
    REQUIRE(
        advisor::ui::appApplyHostMessage(
            R"({"source":"sourcing-advisor","v":1,"type":"set-answers","payload":{"answers":{"team_size":9}}})") ==
        "");
    CHECK(state()["origin"] == "host");
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"team_size":10})") == "");
    CHECK(state()["origin"] == "visitor");
    const std::string link = advisor::ui::appLink();
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"team_size":11})") == "");
    CHECK(advisor::ui::appOpenLink("#" + link) == "");
    CHECK(state()["origin"] == "link");
    // A refused or empty change is no change of origin.
    CHECK(advisor::ui::appSetPrefilledAnswersJson(R"({"team_size":"many"})") != "");
    CHECK(state()["origin"] == "link");
}

TEST_CASE("oversized and deeply nested JSON is refused with a reason, and the answers stay") {
    Headless app;
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"function":"legal"})") == "");
    const json before = state();
    std::string deep =
        R"({"source":"sourcing-advisor","v":1,"type":"set-answers","payload":{"answers":{"function":)";
    for (int i = 0; i < 40; ++i) deep += "[";
    deep += "1";
    for (int i = 0; i < 40; ++i) deep += "]";
    deep += "}}}";
    CHECK(advisor::ui::appApplyHostMessage(deep).find("nested deeper than 32") !=
          std::string::npos);
    std::string veryDeep(100000, '[');
    CHECK(advisor::ui::appApplyHostMessage(veryDeep).find("larger than 64 KiB") !=
          std::string::npos);
    CHECK(advisor::ui::appApplyHostMessage(veryDeep.substr(0, 60000)).find("nested deeper") !=
          std::string::npos);
    CHECK(
        advisor::ui::appSetAnswersJson(
            R"({"function":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})")
            .find("nested deeper than 32") != std::string::npos);
    const std::string big = R"({"function":")" + std::string(70000, 'x') + R"("})";
    CHECK(advisor::ui::appSetAnswersJson(big).find("larger than 64 KiB") != std::string::npos);
    std::string bigMessage =
        R"({"source":"sourcing-advisor","v":1,"type":"set-answers","payload":{"answers":{"function":")";
    bigMessage += std::string(70000, 'x') + R"("}}})";
    CHECK(advisor::ui::appApplyHostMessage(bigMessage).find("larger than 64 KiB") !=
          std::string::npos);
    // Brackets inside strings do not count.
    CHECK(advisor::ui::appSetAnswersJson(
              R"({"function":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[legal"})")
              .find("unknown value") != std::string::npos);
    CHECK(state()["answers"] == before["answers"]);
}

TEST_CASE("the app in German: every layout, the summary, the notices, the page and the report") {
    advisor::ui::AppOptions german;
    german.language = "de";
    Headless app(german);
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"data_sensitivity":"residency"})") == "");
    for (float width : {320.0f, 800.0f, 1400.0f})  // longer words, the same layouts
        for (int i = 0; i < 3; ++i) CHECK(app.frame(width, 900) > 1000);
    const std::string notice = advisor::ui::appOpenLink("#sa-this-is-not-a-link");
    CHECK(notice.find("Ihre bisherigen Antworten bleiben erhalten.") != std::string::npos);
    app.frame(1200, 800);  // the notice renders, with its German button
    const std::string result = advisor::ui::appResultHtml("https://example.org/#x");
    CHECK(result.find("Was dagegen spricht") != std::string::npos);
    CHECK(result.find("Ihre bisherigen Antworten bleiben erhalten.") != std::string::npos);
    CHECK(result.find("https://example.org/#x") != std::string::npos);
    CHECK(result.find("Share link") == std::string::npos);
    CHECK(result.find("What speaks against it") == std::string::npos);
    CHECK(advisor::ui::appAction("download-report"));
    REQUIRE(app.downloads.size() == 1);
    CHECK(app.downloads[0].find("<h2>Ihre Antworten</h2>") != std::string::npos);
    CHECK(app.downloads[0].find("Your answers") == std::string::npos);
    CHECK(app.downloads[0].find("Sourcing Advisor \xe2\x80\x93 Bericht, 2. Dezember 2026") !=
          std::string::npos);  // the day, as German writes it
    // German money for a German home country: "546 Tsd. €", "1,2 Mio. €".
    REQUIRE(advisor::ui::appSetAnswersJson(R"({"home_country":"de","team_size":3})") == "");
    CHECK(app.frame(1200, 900) > 1000);
    const std::string euros = advisor::ui::appResultHtml("");
    CHECK(euros.find("\xc2\xa0Tsd.\xc2\xa0\xe2\x82\xac") != std::string::npos);
    CHECK(euros.find('$') == std::string::npos);

    SUBCASE("back to English at runtime, the answers kept and nothing announced") {
        const json before = state();
        advisor::ui::appSetOptions({});
        app.frame(1200, 800);
        CHECK(state()["answers"] == before["answers"]);
        CHECK(state()["winner"] == before["winner"]);
        CHECK(advisor::ui::appResultHtml("").find("What speaks against it") != std::string::npos);
        CHECK(app.announced.empty());
    }
}

TEST_CASE(
    "the canvas breaks lines at spaces only: numbers written with a comma or a point stay whole") {
    Headless app;
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const float size = font->FontSize;
    auto widthOf = [&](const std::string& text) {
        return font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
    };
    auto lines = [](const std::string& text) {
        std::vector<std::string> out(1);
        for (char c : text) {
            if (c == '\n')
                out.emplace_back();
            else
                out.back().push_back(c);
        }
        return out;
    };
    // Room for "Gewicht 2," but not "Gewicht 2,4": ImGui's own wrapping breaks after the comma.
    const std::string text = "Gewicht 2,4; Team von 1.000 VZ\xc3\x84";
    const float width = widthOf("Gewicht 2,") + 1;
    const std::string broken = advisor::ui::wrapped(font, size, text, width);
    CHECK(broken == "Gewicht\n2,4; Team\nvon 1.000\nVZ\xc3\x84");
    const char* imgui =
        font->CalcWordWrapPositionA(1, text.c_str(), text.c_str() + text.size(), width);
    CHECK(std::string(text.c_str(), imgui) == "Gewicht 2,");  // why the canvas does its own
    for (const std::string& line : lines(broken)) CHECK(widthOf(line) <= width);
    // A paragraph break stays; a word wider than a line breaks inside it, each piece fitting.
    CHECK(advisor::ui::wrapped(font, size, "a\nb", 1000) == "a\nb");
    const std::string long_word = "Offshore-Outsourcing-Dienstleistungsvertrag";
    const float narrow = widthOf("Offshore-Out");
    const std::vector<std::string> pieces =
        lines(advisor::ui::wrapped(font, size, long_word, narrow));
    CHECK(pieces.size() > 1);
    std::string joined;
    for (const std::string& piece : pieces) {
        CHECK(widthOf(piece) <= narrow);
        joined += piece;
    }
    CHECK(joined == long_word);
}
