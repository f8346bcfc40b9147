// The printable report a visitor downloads: one self-contained HTML file (inline CSS, no script,
// no external resource) with answers, result, reasons, costs, checklist and sources. Every text
// from the data file, the answers or a link is escaped, so nothing is ever inserted as markup.
#pragma once

#include <string>
#include <string_view>

#include "answers.h"
#include "config.h"
#include "evaluate.h"

namespace advisor {

std::string escapeHtml(std::string_view text);

// `link` is the share address to print (may be empty); `date` is printed as given (may be empty).
std::string evaluationHtml(const Config& config, const Answers& answers,
                           const Evaluation& evaluation, std::string_view link,
                           std::string_view date);

}  // namespace advisor
