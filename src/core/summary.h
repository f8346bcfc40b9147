// The result in words: the sentence the live region speaks when the advice changes, the page
// result's share-link line, and a plain summary of the advice. Built here, in the core, so that
// the wording is tested.
#pragma once

#include <string>
#include <vector>

#include "config.h"
#include "evaluate.h"

namespace advisor {

struct ResultSummary {
    std::string heading;             // "Sourcing Advisor result"
    std::vector<std::string> lines;  // one paragraph each: best fit, top three, notice, link
    std::string headline;      // what the advice is ("Reshore: …" or the winner's name); a change
                               // of it is what the live region announces
    std::string announcement;  // "Best fit: <headline>, fit 65 of 100."
    std::string shareLine;     // "Share link: <url>" (also the last of `lines`)
};

// `notice` is the app's current notice ("" if none), `shareUrl` the absolute share link.
ResultSummary buildSummary(const Config& config, const Evaluation& evaluation,
                           const std::string& notice, const std::string& shareUrl);

// {"heading": "...", "lines": ["...", ...]}: what the page's script inserts, as text.
std::string summaryJson(const ResultSummary& summary);

}  // namespace advisor
