// A visitor's answers: one value per question of the data file (option index for a choice, the
// number for an integer question), plus parsing from and writing to JSON by question/value ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config.h"

namespace advisor {

struct Answers {
    std::vector<int> values;  // index = question index
    bool operator==(const Answers& other) const { return values == other.values; }
    bool operator!=(const Answers& other) const { return values != other.values; }
};

Answers defaultAnswers(const Config& config);

// A question is asked (and has effects) only while its ask_if conditions hold.
bool isAsked(const Config& config, const Answers& answers, int question);

// True when `value` is a valid value of question `question` (an option index or in min..max).
bool isValidValue(const Config& config, int question, int value);

// The answer's id as shown in JSON: the option value, or the number as text.
std::string answerText(const Config& config, const Answers& answers, int question);
// The answer in words for people: the option label, or "12 FTE".
std::string answerLabel(const Config& config, int question, int value);

struct AnswersParse {
    Answers answers;                  // `base` with every valid entry applied
    std::vector<std::string> errors;  // one line per unknown id or value; lists the valid ones
    bool ok() const { return errors.empty(); }
};

// Applies a JSON object of question id → value onto `base`. Choice values are the option ids;
// integers are JSON numbers (or digit strings). Invalid entries are reported and skipped, so
// nothing valid is lost.
AnswersParse parseAnswers(const Config& config, std::string_view jsonText, const Answers& base);

// {"function": "software_dev", "team_size": 12, ...} for every question (asked or not).
std::string answersToJson(const Config& config, const Answers& answers);

}  // namespace advisor
