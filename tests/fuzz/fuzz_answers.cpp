// Fuzzes the answers parser: invalid entries are reported and skipped, valid ones kept; the
// result is always a valid answer set that round-trips through JSON.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "answers.h"

using namespace advisor;

static const Config& config() {
    static const Config loaded = loadConfig(embeddedConfigText()).config;
    return loaded;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Config& c = config();
    const AnswersParse parsed = parseAnswers(
        c, std::string_view(reinterpret_cast<const char*>(data), size), defaultAnswers(c));
    for (std::size_t q = 0; q < c.questions.size(); ++q)
        if (!isValidValue(c, int(q), parsed.answers.values[q])) std::abort();
    const AnswersParse again = parseAnswers(c, answersToJson(c, parsed.answers), defaultAnswers(c));
    if (!again.ok() || again.answers != parsed.answers) std::abort();
    return 0;
}
