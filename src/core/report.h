// An evaluation written out: as one JSON object (the command line's --json, the browser API's
// getState) and as a readable plain-text summary (the command line's default).
#pragma once

#include <string>

#include "answers.h"
#include "config.h"
#include "evaluate.h"
#include "format.h"

namespace advisor {

const char* whoId(Who who);        // "own", "managed", "provider"
const char* whereId(Where where);  // "onshore", "nearshore", "offshore"

// The result's headline: "Reshore" when the reshore rule applies, else the winner's name.
std::string resultLabel(const Config& config, const Evaluation& evaluation);

std::string evaluationJson(const Config& config, const Answers& answers,
                           const Evaluation& evaluation, int indent = -1);
std::string evaluationText(const Config& config, const Answers& answers,
                           const Evaluation& evaluation);

}  // namespace advisor
