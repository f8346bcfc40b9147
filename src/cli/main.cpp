// sourcing-advisor: the advisor's core on the command line (evaluate, link, validate-config,
// survey, bench, page). Exit codes: 0 success, 2 bad input (with a one-line reason on stderr), 1
// internal error.
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "answers.h"
#include "config.h"
#include "evaluate.h"
#include "json_limits.h"
#include "link.h"
#include "page_html.h"
#include "report.h"
#include "translation.h"

extern const unsigned char embedded_cli_json[];
extern const unsigned long embedded_cli_json_size;

namespace {

using namespace advisor;

constexpr int kOk = 0;
constexpr int kInternalError = 1;
constexpr int kBadInput = 2;

// The command line's own words in the language of --lang (assets/lang/cli.json, embedded), each
// with its {placeholders} filled; English where a language lacks one.
class Words {
  public:
    void choose(const std::string& language) { language_ = language; }
    std::string operator()(
        const char* key,
        std::initializer_list<std::pair<std::string_view, std::string_view>> values = {}) const {
        static const nlohmann::json table = parseJson(std::string_view(
            reinterpret_cast<const char*>(embedded_cli_json), embedded_cli_json_size));
        for (const std::string& language : {language_, std::string("en")}) {
            const auto words = table.find(language);
            if (words == table.end() || !words->is_object()) continue;
            const auto text = words->find(key);
            if (text != words->end() && text->is_string())
                return fill(text->get_ref<const std::string&>(), values);
        }
        return key;
    }

  private:
    std::string language_ = "en";
};
Words say;

std::string languageList() {
    std::string list;
    for (const std::string& l : shippedLanguages()) list += (list.empty() ? "" : ", ") + l;
    return list;
}

std::string usage() {
    return say("usage", {{"languages", languageList()}});
}

int fail(int code, const std::string& message) {
    std::fprintf(stderr, "sourcing-advisor: %s\n", message.c_str());
    return code;
}

bool readFile(const std::string& path, std::string& text) {
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
}

struct Options {
    std::vector<std::string> positional;
    std::string answersPath;
    std::string configPath;
    bool json = false;
    int sets = 0;      // survey: how many answer sets
    std::string lang;  // --lang: the data file's texts in a shipped language
    std::string error;
};

Options parseOptions(int argc, char** argv, int first) {
    Options options;
    for (int i = first; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= argc)
                options.error = say("needs_value", {{"option", arg}});
            else
                into = argv[++i];
        };
        if (arg == "--answers")
            value(options.answersPath);
        else if (arg == "--config")
            value(options.configPath);
        else if (arg == "--json")
            options.json = true;
        else if (arg == "--lang")
            value(options.lang);
        else if (arg == "--sets") {
            std::string text;
            value(text);
            char* end = nullptr;
            const long n = std::strtol(text.c_str(), &end, 10);
            if (text.empty() || *end || n < 1 || n > 1000000)
                options.error = say("sets_range");
            else
                options.sets = int(n);
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-')
            options.error = say("unknown_option", {{"option", arg}});
        else
            options.positional.push_back(arg);
    }
    return options;
}

// Loads the data file (embedded unless --config names one); on failure prints every problem.
bool loadData(const Options& options, Config& config, int& code) {
    std::string text;
    std::string name = say("built_in", {{"file", "assets/advisor.json"}});
    if (!options.configPath.empty()) {
        name = options.configPath;
        if (!readFile(options.configPath, text)) {
            code = fail(kBadInput, say("cannot_read_data", {{"file", options.configPath}}));
            return false;
        }
    } else {
        text = std::string(embeddedConfigText());
    }
    std::string_view table;
    if (!options.lang.empty()) {
        const std::string language = matchLanguage(options.lang);
        if (language.empty()) {
            code = fail(kBadInput, say("unknown_language", {{"language", options.lang},
                                                            {"languages", languageList()}}));
            return false;
        }
        table = shippedTable(language);
    }
    LoadResult loaded = table.empty() ? loadConfig(text) : loadTranslatedConfig(text, table);
    if (!loaded.ok()) {
        std::fputs(formatProblems(loaded.problems, name).c_str(), stderr);
        code = fail(options.configPath.empty() ? kInternalError : kBadInput,
                    say("data_not_valid",
                        {{"file", name}, {"count", std::to_string(loaded.problems.size())}}));
        return false;
    }
    config = std::move(loaded.config);
    return true;
}

bool loadAnswers(const Options& options, const Config& config, Answers& answers, int& code) {
    answers = defaultAnswers(config);
    if (options.answersPath.empty()) return true;
    std::string text;
    if (!readFile(options.answersPath, text)) {
        code = fail(kBadInput, say("cannot_read_answers", {{"file", options.answersPath}}));
        return false;
    }
    AnswersParse parsed = parseAnswers(config, text, answers);
    if (!parsed.ok()) {
        code = fail(kBadInput, parsed.errors.front());
        for (std::size_t i = 1; i < parsed.errors.size(); ++i)
            std::fprintf(stderr, "sourcing-advisor: %s\n", parsed.errors[i].c_str());
        return false;
    }
    answers = parsed.answers;
    return true;
}

// The data file and the answers of `options`; false (with the exit code) if either is refused.
bool loadDataAndAnswers(const Options& options, Config& config, Answers& answers, int& code) {
    return loadData(options, config, code) && loadAnswers(options, config, answers, code);
}

int runEvaluate(const Options& options) {
    Config config;
    Answers answers;
    int code = kOk;
    if (!loadDataAndAnswers(options, config, answers, code)) return code;
    const Evaluation evaluation = evaluate(config, answers);
    if (options.json)
        std::puts(evaluationJson(config, answers, evaluation, 2).c_str());
    else
        std::fputs(evaluationText(config, answers, evaluation).c_str(), stdout);
    return kOk;
}

// The questionnaire and the result as HTML (page_html.h). With a SHELL file, prints it with its
// markers <!-- sa:form --> and <!-- sa:result --> filled: the build prerenders the pages so.
int runPage(const Options& options) {
    Config config;
    Answers answers;
    int code = kOk;
    if (!loadDataAndAnswers(options, config, answers, code)) return code;
    const Evaluation evaluation = evaluate(config, answers);
    const std::string form = formHtml(config, answers);
    const std::string result = resultHtml(config, answers, evaluation, 2, true);
    if (options.positional.empty()) {
        std::fputs((form + result).c_str(), stdout);
        return kOk;
    }
    std::string shell;
    if (!readFile(options.positional[0], shell))
        return fail(kBadInput, say("cannot_read", {{"file", options.positional[0]}}));
    for (const auto& [marker, html] :
         {std::pair<std::string, const std::string&>{"<!-- sa:form -->", form},
          {"<!-- sa:result -->", result}}) {
        const auto at = shell.find(marker);
        if (at == std::string::npos)
            return fail(kBadInput,
                        say("no_marker", {{"file", options.positional[0]}, {"marker", marker}}));
        shell.replace(at, marker.size(), html);
    }
    std::fputs(shell.c_str(), stdout);
    return kOk;
}

int runLink(const Options& options) {
    if (options.positional.empty()) return fail(kBadInput, say("link_needs_verb") + "\n" + usage());
    Config config;
    int code = kOk;
    if (!loadData(options, config, code)) return code;
    const std::string& verb = options.positional[0];
    if (verb == "encode") {
        Answers answers;
        if (!loadAnswers(options, config, answers, code)) return code;
        std::puts(encodeLink(config, answers).c_str());
        return kOk;
    }
    if (verb == "decode") {
        if (options.positional.size() < 2) return fail(kBadInput, say("link_needs_text"));
        const LinkDecode decoded = decodeLink(config, options.positional[1]);
        if (!decoded.ok) return fail(kBadInput, decoded.error);
        std::printf("{\"answers\": %s}\n", answersToJson(config, decoded.answers).c_str());
        return kOk;
    }
    return fail(kBadInput, say("unknown_link_verb", {{"verb", verb}}));
}

int runValidate(const Options& options) {
    if (options.positional.empty()) return fail(kBadInput, say("validate_needs_file"));
    Options withConfig = options;
    withConfig.configPath = options.positional[0];
    Config config;
    int code = kOk;
    if (!loadData(withConfig, config, code)) return code;
    std::puts(say("valid", {{"file", withConfig.configPath},
                            {"questions", std::to_string(config.questions.size())},
                            {"criteria", std::to_string(config.criteria.size())},
                            {"sources", std::to_string(config.sources.size())}})
                  .c_str());
    // Each language's table against this data file: the texts it lacks and the keys it has extra.
    std::string text;
    readFile(withConfig.configPath, text);
    int result = kOk;
    for (const std::string& language : shippedLanguages()) {
        if (shippedTable(language).empty()) continue;
        TranslationCheck check;
        loadTranslatedConfig(text, shippedTable(language), &check);
        std::puts(say("table_check", {{"language", language},
                                      {"name", check.name},
                                      {"missing", std::to_string(check.missing.size())},
                                      {"extra", std::to_string(check.extra.size())}})
                      .c_str());
        for (const std::string& key : check.missing)
            std::puts(say("missing_key", {{"key", key}}).c_str());
        for (const std::string& key : check.extra)
            std::puts(say("extra_key", {{"key", key}}).c_str());
        // A text missing is English on the visitor's screen: refused. A key extra (a text the
        // tailored file no longer has) is left unused: listed, not refused.
        if (!check.missing.empty() || !check.error.empty()) result = kBadInput;
    }
    return result;
}

// How the advice spreads over random answer sets (every question uniform, nothing running today):
// each cell's share of wins, the median margin, the share of close calls, and how often a
// reason's text stands twice. For checking a tailored data file: every model should win somewhere.
int runSurvey(const Options& options) {
    Config config;
    int code = kOk;
    if (!loadData(options, config, code)) return code;
    std::uint64_t state = 20261202;
    auto next = [&state]() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    };
    const int sets = options.sets > 0 ? options.sets : 2000;
    std::array<int, kCellCount> wins{};
    std::vector<double> margins, totals, whoMargins, whereMargins;
    double farthest =
        0;  // the largest |fit − 50| seen: how close fits come to the ends of the scale
    int close = 0, clear = 0, duplicates = 0, noWinner = 0, preferenceChanges = 0;
    for (int n = 0; n < sets; ++n) {
        Answers answers = defaultAnswers(config);
        for (std::size_t q = 0; q < config.questions.size(); ++q) {
            const Question& question = config.questions[q];
            const unsigned span = question.type == Question::Type::Choice
                                      ? unsigned(question.options.size())
                                      : unsigned(question.max - question.min + 1);
            answers.values[q] =
                int(next() % span) + (question.type == Question::Type::Choice ? 0 : question.min);
        }
        answers.values[config.known.currentModel] = 0;  // "none": nothing runs today
        const Evaluation e = evaluate(config, answers);
        if (e.winner < 0) {
            ++noWinner;
            continue;
        }
        ++wins[e.winner];
        double total = 0;
        for (double w : e.weights) total += w;
        totals.push_back(total);
        for (int c = 0; c < kCellCount; ++c)
            farthest = std::max(farthest, std::fabs(e.scores.fit[c] - 50));
        margins.push_back(e.margin);
        if (e.who.alternative >= 0) whoMargins.push_back(e.who.margin);
        if (e.where.alternative >= 0) whereMargins.push_back(e.where.margin);
        close += e.confidence == Confidence::Close;
        clear += e.confidence == Confidence::Clear;
        preferenceChanges += e.whatWouldChange.found;
        std::vector<std::string> texts;
        for (const auto* list : {&e.reasonsFor, &e.reasonsAgainst})
            for (const Reason& r : *list) texts.push_back(r.text);
        bool twice = false;
        for (std::size_t i = 0; i < texts.size(); ++i)
            for (std::size_t j = i + 1; j < texts.size(); ++j)
                twice = twice || texts[i] == texts[j];
        duplicates += twice;
    }
    std::sort(margins.begin(), margins.end());
    auto medianOf = [](std::vector<double>& values) {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0.0 : values[values.size() / 2];
    };
    const double whoMedian = medianOf(whoMargins), whereMedian = medianOf(whereMargins);
    std::sort(totals.begin(), totals.end());
    const double medianTotal = totals.empty() ? 0 : totals[totals.size() / 2];
    const double median = margins.empty() ? 0 : margins[margins.size() / 2];
    const double decided = std::max<double>(1, double(margins.size()));
    if (options.json) {
        std::printf("{\"sets\": %d, \"win_share\": {", sets);
        for (int c = 0; c < kCellCount; ++c)
            std::printf("%s\"%s\": %.4f", c ? ", " : "", config.cells[c].id.c_str(),
                        wins[c] / double(sets));
        std::printf(
            "}, \"median_margin\": %.2f, \"close_share\": %.4f, \"clear_share\": %.4f, "
            "\"duplicate_reason_share\": %.4f, \"preference_change_share\": %.4f, \"no_winner\": "
            "%d, "
            "\"median_who_margin\": %.2f, \"median_where_margin\": %.2f}\n",
            median, close / decided, clear / decided, duplicates / decided,
            preferenceChanges / decided, noWinner, whoMedian, whereMedian);
        return kOk;
    }
    std::printf("%d random answer sets, nothing running today\n", sets);
    for (int c = 0; c < kCellCount; ++c)
        std::printf("  %5.1f %%  %-20s %s\n", 100.0 * wins[c] / sets, config.cells[c].id.c_str(),
                    config.cells[c].name.c_str());
    std::printf("median margin of the who decision %.1f, of the where decision %.1f\n", whoMedian,
                whereMedian);
    std::printf(
        "median margin %.1f points; close calls %.1f %%, clear leads %.1f %%; a reason twice %.1f "
        "%%;\n"
        "a preference that would change it %.1f %%\n"
        "total weight: median %.1f, largest seen %.1f, largest possible %.1f; fit scale %.1f; fits "
        "reach 50 ± %.1f\n",
        median, 100 * close / decided, 100 * clear / decided, 100 * duplicates / decided,
        100 * preferenceChanges / decided, medianTotal, totals.empty() ? 0 : totals.back(),
        config.largestTotalWeight, config.fitScaleWeight, farthest);
    return kOk;
}

// Times full evaluations (explanation, what-would-change and costs included) over a spread of
// answer sets, so that the figure is not that of one lucky input.
int runBench(const Options& options) {
    Config config;
    int code = kOk;
    if (!loadData(options, config, code)) return code;
    std::vector<Answers> inputs;
    Answers answers = defaultAnswers(config);
    unsigned seed = 12345;
    for (int n = 0; n < 64; ++n) {
        for (std::size_t q = 0; q < config.questions.size(); ++q) {
            seed = seed * 1103515245u + 12345u;
            const Question& question = config.questions[q];
            const unsigned span = question.type == Question::Type::Choice
                                      ? unsigned(question.options.size())
                                      : unsigned(question.max - question.min + 1);
            answers.values[q] = int((seed >> 8) % span) +
                                (question.type == Question::Type::Choice ? 0 : question.min);
        }
        inputs.push_back(answers);
    }
    double checksum = 0;
    auto runFor = [&](double seconds) {
        long count = 0;
        const auto start = std::chrono::steady_clock::now();
        double elapsed = 0;
        do {
            for (const Answers& a : inputs) checksum += evaluate(config, a).margin;
            count += long(inputs.size());
            elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        } while (elapsed < seconds);
        return std::pair<long, double>(count, elapsed);
    };
    runFor(0.2);  // warm up
    const auto [count, elapsed] = runFor(1.0);
    const double microseconds = elapsed * 1e6 / double(count);
    if (options.json)
        std::printf(
            "{\"us_per_evaluation\": %.3f, \"evaluations_per_second\": %.0f, \"evaluations\": "
            "%ld}\n",
            microseconds, double(count) / elapsed, count);
    else
        std::printf(
            "%.0f evaluations per second, %.2f us per evaluation (%ld evaluations, checksum "
            "%.0f)\n",
            double(count) / elapsed, microseconds, count, checksum);
    return kOk;
}

}  // namespace

int main(int argc, char** argv) {
    // The language of the messages first: --lang anywhere on the line.
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string_view(argv[i]) == "--lang") say.choose(matchLanguage(argv[i + 1]));
    if (argc < 2) {
        std::fputs(usage().c_str(), stderr);
        return kBadInput;
    }
    const std::string command = argv[1];
    const Options options = parseOptions(argc, argv, 2);
    if (command == "--help" || command == "help" || command == "--lang") {
        std::fputs(usage().c_str(), stdout);
        return kOk;
    }
    if (!options.error.empty()) return fail(kBadInput, options.error);
    try {
        if (command == "evaluate") return runEvaluate(options);
        if (command == "link") return runLink(options);
        if (command == "validate-config") return runValidate(options);
        if (command == "bench") return runBench(options);
        if (command == "survey") return runSurvey(options);
        if (command == "page") return runPage(options);
        if (command == "source-table") {  // a translator's starting point (translation.h)
            std::string text = std::string(embeddedConfigText());
            if (!options.configPath.empty() && !readFile(options.configPath, text))
                return fail(kBadInput, say("cannot_read_data", {{"file", options.configPath}}));
            std::puts(sourceTable(text).c_str());
            return kOk;
        }
    } catch (const std::exception& error) {
        return fail(kInternalError, say("internal_error", {{"what", error.what()}}));
    }
    return fail(kBadInput, say("unknown_command", {{"command", command}}) + "\n" + usage());
}
