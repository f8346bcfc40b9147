// AdvisorState: answers in, evaluation, link and notices out (see state.h).
#include "state.h"

#include <nlohmann/json.hpp>

#include "json_limits.h"
#include "link.h"
#include "report.h"
#include "translation.h"

namespace advisor::ui {

const char* originName(AnswersOrigin origin) {
    switch (origin) {
        case AnswersOrigin::Visitor:
            return "visitor";
        case AnswersOrigin::Host:
            return "host";
        case AnswersOrigin::Link:
            return "link";
        default:
            return "default";
    }
}

bool AdvisorState::load(std::string_view configText, std::string* error) {
    LoadResult loaded = loadConfig(configText);
    if (!loaded.ok()) {
        if (error)
            *error = "The advisor's data file is broken:\n" +
                     formatProblems(loaded.problems, "advisor.json");
        return false;
    }
    config_ = std::move(loaded.config);
    startOver();
    origin_ = AnswersOrigin::Default;
    return true;
}

bool AdvisorState::setLanguage(std::string_view configText, std::string_view table) {
    LoadResult loaded =
        table.empty() ? loadConfig(configText) : loadTranslatedConfig(configText, table);
    if (!loaded.ok() || loaded.config.questionSetHash != config_.questionSetHash) return false;
    config_ = std::move(loaded.config);
    reevaluate();
    return true;
}

void AdvisorState::startOver() {
    answers_ = defaultAnswers(config_);
    touched_.assign(config_.questions.size(), false);
    followedEdits_ = {};
    costEdits_ = false;
    costInputs_ = defaultCostInputs(config_, answers_);
    notice_.clear();
    offered_ = false;
    origin_ = AnswersOrigin::Visitor;
    reevaluate();
    answersChangedNow();
}

void AdvisorState::setAnswer(int question, int value) {
    if (question < 0 || question >= int(config_.questions.size())) return;
    if (!isValidValue(config_, question, value)) return;
    touched_[question] = true;
    if (answers_.values[question] == value) return;
    answers_.values[question] = value;
    origin_ = AnswersOrigin::Visitor;
    reevaluate();
    answersChangedNow();
}

int AdvisorState::touchedCount() const {
    int count = 0;
    for (std::size_t q = 0; q < touched_.size(); ++q)
        if (touched_[q] && isAsked(config_, answers_, int(q))) ++count;
    return count;
}

int AdvisorState::askedCount() const {
    int count = 0;
    for (std::size_t q = 0; q < config_.questions.size(); ++q)
        if (isAsked(config_, answers_, int(q))) ++count;
    return count;
}

void AdvisorState::setCostInputs(const CostInputs& inputs, FollowedEdits edited) {
    costInputs_ = inputs;
    clampCostInputs(config_, costInputs_);
    followedEdits_.salary = followedEdits_.salary || edited.salary;
    followedEdits_.busyShare = followedEdits_.busyShare || edited.busyShare;
    followedEdits_.years = followedEdits_.years || edited.years;
    costEdits_ = true;
    reevaluate();
}

void AdvisorState::resetCostInputs() {
    followedEdits_ = {};
    costEdits_ = false;
    costInputs_ = defaultCostInputs(config_, answers_);
    reevaluate();
}

std::string AdvisorState::openLink(std::string_view fragment) {
    const LinkDecode decoded = decodeLink(config_, fragment);
    if (!decoded.ok) {
        notice_ = fill(config_.text(answers_ == defaultAnswers(config_) ? Text::LinkNoticeDefaults
                                                                        : Text::LinkNoticeKept),
                       {{"error", decoded.error}});
        return notice_;
    }
    notice_.clear();
    offered_ = false;
    if (decoded.answers != answers_) {
        answers_ = decoded.answers;
        touched_.assign(config_.questions.size(), true);
        origin_ = AnswersOrigin::Link;
        reevaluate();
        answersChangedNow();
    }
    return {};
}

std::string AdvisorState::offerLink(std::string_view fragment) {
    const LinkDecode decoded = decodeLink(config_, fragment);
    if (!decoded.ok) {
        offered_ = false;
        return openLink(fragment);  // a bad link changes nothing but the notice
    }
    if (decoded.answers == answers_) {
        if (offered_) dismissNotice();
        return {};
    }
    offered_ = true;
    offeredAnswers_ = decoded.answers;
    notice_ = config_.text(Text::LinkOffered);
    return notice_;
}

void AdvisorState::applyOfferedLink() {
    if (!offered_) return;
    offered_ = false;
    notice_.clear();
    if (offeredAnswers_ == answers_) return;
    answers_ = offeredAnswers_;
    touched_.assign(config_.questions.size(), true);
    origin_ = AnswersOrigin::Link;
    reevaluate();
    answersChangedNow();
}

void AdvisorState::keepOwnAnswers() {
    if (!offered_) return;
    offered_ = false;
    notice_.clear();
    linkRewrite_ = true;
}

void AdvisorState::dismissNotice() {
    if (offered_) keepOwnAnswers();  // dismissing an offer keeps the visitor's answers
    notice_.clear();
}

void AdvisorState::setStartingAnswer(int question, int value) {
    if (question < 0 || question >= int(config_.questions.size())) return;
    if (!isValidValue(config_, question, value) || answers_.values[question] == value) return;
    answers_.values[question] = value;
    reevaluate();
}

std::string AdvisorState::setAnswersJson(std::string_view json, AnswersOrigin origin) {
    const AnswersParse parsed = parseAnswers(config_, json, answers_);
    for (std::size_t q = 0; q < config_.questions.size(); ++q)
        if (parsed.answers.values[q] != answers_.values[q]) touched_[q] = true;
    if (parsed.answers != answers_) {
        answers_ = parsed.answers;
        origin_ = origin;
        reevaluate();
        answersChangedNow();
    }
    std::string errors;
    for (const auto& e : parsed.errors) errors += (errors.empty() ? "" : "\n") + e;
    return errors;
}

std::string AdvisorState::stateJson() const {
    nlohmann::json state = parseJson(evaluationJson(config_, answers_, evaluation_));
    if (state.is_discarded()) return "{}";
    state["notice"] = notice_.empty() ? nlohmann::json(nullptr) : nlohmann::json(notice_);
    state["origin"] = originName(origin_);
    state["link_offered"] = offered_;
    return state.dump();
}

bool AdvisorState::takeAnswersChanged() {
    const bool changed = answersChanged_;
    answersChanged_ = false;
    return changed;
}

bool AdvisorState::takeLinkRewrite() {
    const bool rewrite = linkRewrite_;
    linkRewrite_ = false;
    return rewrite;
}

void AdvisorState::reevaluate() {
    // Edited money is in the currency of the home country it was edited for: a new home country
    // starts from its own defaults.
    const int country =
        config_.known.homeCountry >= 0 ? answers_.values[config_.known.homeCountry] : -1;
    if (country != costsCountry_) {
        costsCountry_ = country;
        costEdits_ = false;
        followedEdits_ = {};
    }
    if (!costEdits_) {
        costInputs_ = defaultCostInputs(config_, answers_);
    } else {
        const CostInputs defaults = defaultCostInputs(config_, answers_);
        if (!followedEdits_.salary) costInputs_.salary = defaults.salary;
        if (!followedEdits_.busyShare) costInputs_.busyShare = defaults.busyShare;
        if (!followedEdits_.years) costInputs_.years = defaults.years;
    }
    evaluation_ = evaluate(config_, answers_, &costInputs_);
    link_ = encodeLink(config_, answers_);
    ++evaluations_;
}

void AdvisorState::answersChangedNow() {
    answersChanged_ = true;
}

}  // namespace advisor::ui
