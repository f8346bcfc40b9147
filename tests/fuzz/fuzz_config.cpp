// Fuzzes the data-file loader and validator: any bytes give either a config or problems, never
// a crash or a hang; a config that loads evaluates without trouble.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "evaluate.h"

using namespace advisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const LoadResult loaded =
        loadConfig(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!loaded.ok()) {
        for (const Problem& problem : loaded.problems)
            if (problem.message.empty()) std::abort();
        return 0;
    }
    const Evaluation evaluation = evaluate(loaded.config, defaultAnswers(loaded.config));
    for (double fit : evaluation.scores.fit)
        if (!(fit >= 0 && fit <= 100)) std::abort();
    return 0;
}
