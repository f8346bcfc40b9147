// The advisor as plain HTML for the page: the questionnaire as a native form, the result as
// semantic HTML, from the same data file and evaluation as the canvas. The page shows them to
// keyboards and screen readers (and to every visitor when WebGL 2 is missing); the build writes
// the default form and result into both shells, so a visitor reads text before the wasm runs.
//
// The form's contract, relied on by tests and embedding pages: each question is a <fieldset>
// with data-question = its id; a choice is radios with name = question id and value = option
// value; a whole number is <input type="number"> (or "range" for a worded scale) with
// name = question id.
#pragma once

#include <string>

#include "answers.h"
#include "config.h"
#include "evaluate.h"

namespace advisor {

// One <section> per step (a heading and its questions); questions not asked carry `hidden`.
std::string formHtml(const Config& config, const Answers& answers);

// The result's sections, headings starting at level `level` (2 on the page, 1 in the report).
// `checkboxes`: the checklist as checkboxes a visitor can tick (the page) or as a plain list.
std::string resultHtml(const Config& config, const Answers& answers, const Evaluation& evaluation,
                       int level, bool checkboxes);

// What the page needs to bring the form in step with the answers:
// {"asked": {"id": true, ...}, "answers": {"id": "value" or number, ...},
//  "text": {"id": "the answer in words", ...}}
std::string formStateJson(const Config& config, const Answers& answers);

}  // namespace advisor
