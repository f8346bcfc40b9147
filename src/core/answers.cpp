// Answers by index, and their JSON form by id. Parsing never throws and keeps every valid entry.
#include "answers.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "format.h"
#include "json_limits.h"

namespace advisor {

using nlohmann::json;

Answers defaultAnswers(const Config& config) {
    Answers answers;
    for (const auto& q : config.questions) answers.values.push_back(q.defaultValue);
    return answers;
}

bool isAsked(const Config& config, const Answers& answers, int question) {
    for (const auto& condition : config.questions[question].askIf) {
        const int value = answers.values[condition.question];
        if (value < 0 || value >= 32 || !(condition.values & (1u << value))) return false;
    }
    return true;
}

bool isValidValue(const Config& config, int question, int value) {
    const Question& q = config.questions[question];
    if (q.type == Question::Type::Choice) return value >= 0 && value < int(q.options.size());
    return value >= q.min && value <= q.max;
}

std::string answerText(const Config& config, const Answers& answers, int question) {
    const Question& q = config.questions[question];
    const int value = answers.values[question];
    if (q.type == Question::Type::Choice) return q.options[value].value;
    return std::to_string(value);
}

std::string answerLabel(const Config& config, int question, int value) {
    const Question& q = config.questions[question];
    if (q.type == Question::Type::Choice) return q.options[value].label;
    if (!q.scaleLabels.empty() && value - q.min < int(q.scaleLabels.size()))
        return std::to_string(value) + " (" + q.scaleLabels[value - q.min] + ")";
    return wholeNumber(config.numbers, value) + (q.unit.empty() ? "" : " " + q.unit);
}

namespace {

std::string validChoices(const Question& q) {
    std::string out;
    for (std::size_t i = 0; i < q.options.size(); ++i) out += (i ? ", " : "") + q.options[i].value;
    return out;
}

std::string validQuestions(const Config& config) {
    std::string out;
    for (std::size_t i = 0; i < config.questions.size(); ++i)
        out += (i ? ", " : "") + config.questions[i].id;
    return out;
}

}  // namespace

AnswersParse parseAnswers(const Config& config, std::string_view text, const Answers& base) {
    AnswersParse result{base, {}};
    if (text.size() > kMaxMessageBytes) {
        result.errors.push_back("answers: larger than 64 KiB");
        return result;
    }
    if (jsonNestsDeeperThan(text)) {
        result.errors.push_back("answers: nested deeper than " + std::to_string(kMaxJsonDepth) +
                                " levels");
        return result;
    }
    json root = parseJson(text);
    if (root.is_discarded()) {
        result.errors.push_back("answers: " + describeJsonSyntaxError(text));
        return result;
    }
    if (!root.is_object()) {
        result.errors.push_back(
            std::string("answers: expected an object of question id to value, got ") +
            root.type_name());
        return result;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        const int index = config.questionIndex(it.key());
        if (index < 0) {
            result.errors.push_back("unknown question \"" + it.key() +
                                    "\"; valid questions: " + validQuestions(config));
            continue;
        }
        const Question& q = config.questions[index];
        const json& value = it.value();
        if (q.type == Question::Type::Choice) {
            int option = -1;
            if (value.is_string())
                for (std::size_t o = 0; o < q.options.size(); ++o)
                    if (q.options[o].value == value.get_ref<const std::string&>()) option = int(o);
            if (option < 0) {
                result.errors.push_back("unknown value " + value.dump() + " for \"" + q.id +
                                        "\"; valid values: " + validChoices(q));
                continue;
            }
            result.answers.values[index] = option;
        } else {
            double number = NAN;
            if (value.is_number())
                number = value.get<double>();
            else if (value.is_string()) {
                const auto& s = value.get_ref<const std::string&>();
                if (!s.empty() && s.size() < 10 &&
                    s.find_first_not_of("0123456789") == std::string::npos)
                    number = std::stod(s);
            }
            if (!std::isfinite(number) || number != std::floor(number) || number < q.min ||
                number > q.max) {
                result.errors.push_back("invalid value " + value.dump() + " for \"" + q.id +
                                        "\"; expected a whole number from " +
                                        std::to_string(q.min) + " to " + std::to_string(q.max));
                continue;
            }
            result.answers.values[index] = static_cast<int>(number);
        }
    }
    return result;
}

std::string answersToJson(const Config& config, const Answers& answers) {
    json out = json::object();
    for (std::size_t i = 0; i < config.questions.size(); ++i) {
        const Question& q = config.questions[i];
        if (q.type == Question::Type::Choice)
            out[q.id] = q.options[answers.values[i]].value;
        else
            out[q.id] = answers.values[i];
    }
    return out.dump();
}

}  // namespace advisor
