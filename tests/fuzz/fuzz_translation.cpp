// Fuzzes translation tables (translation.h) against the shipped data file: any bytes give a
// config or problems with a message, never a crash; a table that is not a JSON object says so and
// changes nothing; every key the table has is either used or reported as extra.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "evaluate.h"
#include "translation.h"

using namespace advisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view table(reinterpret_cast<const char*>(data), size);
    TranslationCheck check;
    const LoadResult loaded = loadTranslatedConfig(embeddedConfigText(), table, &check);
    if (!loaded.ok()) {
        for (const Problem& problem : loaded.problems)
            if (problem.message.empty()) std::abort();
        return 0;
    }
    if (!check.error.empty() && (!check.missing.empty() || !check.extra.empty())) std::abort();
    const Evaluation evaluation = evaluate(loaded.config, defaultAnswers(loaded.config));
    for (double fit : evaluation.scores.fit)
        if (!(fit >= 0 && fit <= 100)) std::abort();
    return 0;
}
