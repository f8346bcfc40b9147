// What the advisor knows at any moment: the data file, the visitor's answers and cost edits, the
// evaluation of them, the share link and any notice. Plain C++ (no ImGui, no browser), so the
// views stay thin and the behaviour behind them is unit-tested natively.
#pragma once

#include <string>
#include <vector>

#include "answers.h"
#include "config.h"
#include "costs.h"
#include "evaluate.h"

namespace advisor::ui {

// Where the current answers last came from, as result events tell the embedding page.
enum class AnswersOrigin {
    Default,  // nobody set them: the data file's defaults
    Visitor,  // the visitor, in the advisor (or the page's own sourcingAdvisor.setAnswers)
    Host,     // the embedding page: data-answers / ?answers= prefill, or a set-answers message
    Link,     // a share link in the address
};
const char* originName(AnswersOrigin origin);  // "default", "visitor", "host", "link"

class AdvisorState {
  public:
    // Loads the data file; returns false with a readable message if it is broken.
    bool load(std::string_view configText, std::string* error);
    // The same data file with the texts of a translation table (translation.h; "" for its own):
    // answers, cost edits and the link stay, the evaluation is written again in the new words.
    // Returns false, changing nothing, if the translated data file does not load.
    bool setLanguage(std::string_view configText, std::string_view table);

    const Config& config() const { return config_; }
    const Answers& answers() const { return answers_; }
    const Evaluation& evaluation() const { return evaluation_; }
    const CostInputs& costInputs() const { return costInputs_; }
    const std::string& link() const { return link_; }

    AnswersOrigin answersOrigin() const { return origin_; }

    // Changes one answer (ignored if invalid) and re-evaluates. The visitor's doing.
    void setAnswer(int question, int value);
    bool touched(int question) const { return touched_[question] != 0; }
    int touchedCount() const;  // questions the visitor has answered (among those asked)
    int askedCount() const;    // questions currently asked

    // Back to the defaults (answers, cost edits, notice), as after a fresh start.
    void startOver();

    // Cost assumptions: edits survive answer changes. Salary, busy share and years follow the
    // answers (function, workload, horizon) until the visitor edits them.
    struct FollowedEdits {
        bool salary = false;
        bool busyShare = false;
        bool years = false;
    };
    void setCostInputs(const CostInputs& inputs, FollowedEdits edited);
    void resetCostInputs();
    bool costsEdited() const { return costEdits_; }

    // Share links. A bad link leaves the answers as they are and sets a notice.
    // Returns the notice ("" when the link opened).
    std::string openLink(std::string_view fragment);
    const std::string& notice() const { return notice_; }
    void dismissNotice();

    // A link that arrived while the visitor may be answering (an embedded advisor's address
    // changed by someone else): a good link that differs from the answers is only offered, with a
    // notice, until the visitor applies it or keeps their own answers. A bad link sets a notice as
    // openLink does. Returns the notice ("" if the link holds the current answers).
    std::string offerLink(std::string_view fragment);
    bool linkOffered() const { return offered_; }
    void applyOfferedLink();  // the offered answers replace the visitor's (origin Link)
    void keepOwnAnswers();    // the offer goes; the address is to show the visitor's link again

    // A default the page brings (?country=, the browser's region): the answer the questionnaire
    // starts from, not a change anybody made (untouched, origin kept, no link to rewrite).
    void setStartingAnswer(int question, int value);

    // Browser API: partial answers as JSON. Valid entries are applied even if others are not;
    // returns "" or the errors, one per line.
    std::string setAnswersJson(std::string_view json,
                               AnswersOrigin origin = AnswersOrigin::Visitor);
    std::string stateJson()
        const;  // answers, winner, reshore, ranking, excluded, link, notice, ...

    // True once after each change of answers (for the URL and host events).
    bool takeAnswersChanged();
    // True once when the address should show link() again although the answers did not change
    // (after "Keep mine" put back the visitor's answers' link over a foreign one).
    bool takeLinkRewrite();
    // Counts evaluations, for tests and the benchmark.
    long evaluations() const { return evaluations_; }

  private:
    void reevaluate();
    void answersChangedNow();

    Config config_;
    Answers answers_;
    std::vector<char> touched_;  // by question (char: vector<bool> costs code in the web build)
    CostInputs costInputs_;
    bool costEdits_ = false;
    FollowedEdits followedEdits_;
    int costsCountry_ = -1;  // the home country the cost inputs are for
    Evaluation evaluation_;
    std::string link_;
    std::string notice_;
    AnswersOrigin origin_ = AnswersOrigin::Default;
    bool offered_ = false;  // offeredAnswers_ waits for the visitor's choice (the notice says so)
    Answers offeredAnswers_;
    bool answersChanged_ = false;
    bool linkRewrite_ = false;
    long evaluations_ = 0;
};

}  // namespace advisor::ui
