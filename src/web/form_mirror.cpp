// clang-format off
// The C++ side of the page's form (form_mirror.h): EM_JS calls into form_mirror.js, and the
// functions that JavaScript calls back when the visitor answers, moves focus or presses a button.
// The words and the HTML come from the core (page_html.h) through the app; this file moves bytes.
// clang-format on
#include "web/form_mirror.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>

#include "ui/app.h"
#include "web/embedding.h"

namespace {

// clang-format off
EM_JS(char*, js_form_install, (const char* formHtml), {
    var early = saForm.install(UTF8ToString(formHtml));
    /* One listener for every button of the page, those the result brings later too. */
    var page = document.getElementById("sa-page");
    if (page) page.addEventListener("click", function(event) {
        var button = event.target.closest && event.target.closest("button[data-action]");
        if (!button || !page.contains(button)) return;
        saWithUTF8(button.getAttribute("data-action"), function(pointer) { _sa_form_action(pointer); });
    });
    return early ? stringToNewUTF8(JSON.stringify(early)) : 0;
});

EM_JS(void, js_form_sync, (const char* stateJson, const char* resultHtml), {
    saForm.sync(JSON.parse(UTF8ToString(stateJson)), UTF8ToString(resultHtml));
});

EM_JS(void, js_form_focus_control, (const char* question, const char* option), {
    saForm.focusControl(UTF8ToString(question), UTF8ToString(option));
});

EM_JS(void, js_form_relabel, (const char* textsJson, const char* formHtml), {
    saForm.relabel(JSON.parse(UTF8ToString(textsJson)), UTF8ToString(formHtml));
});

EM_JS(void, js_set_page_mode, (int on), {
    document.documentElement.classList.toggle("sa-page-mode", on !== 0);
});

EM_JS(void, js_show_theme, (int dark, int chosen), {
    var button = document.querySelector('#sa-page [data-action="theme"]');
    if (button) button.setAttribute("aria-pressed", dark ? "true" : "false");
    /* A theme the visitor or the host chose holds for the page too, whatever the system says. */
    if (chosen) document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
});
// clang-format on

}  // namespace

namespace advisor::web::form_mirror {

void install() {
    const std::string form = ui::appFormHtml();
    char* early = js_form_install(form.c_str());
    if (early) {
        ui::appSetAnswersJson(early);
        std::free(early);
    }
    relabel();  // the page was prerendered in English
}

void relabel() {
    const std::string texts = ui::appPageTextsJson();
    const std::string form = ui::appFormHtml();
    js_form_relabel(texts.c_str(), form.c_str());
    sync();
}

void sync() {
    const std::string state = ui::appFormStateJson();
    const std::string result = ui::appResultHtml(embedding::shareUrl(ui::appLink()));
    js_form_sync(state.c_str(), result.c_str());
    showTheme();
}

void showTheme() {
    js_show_theme(ui::appDarkTheme() ? 1 : 0, ui::appThemeChosen() ? 1 : 0);
}

void focusControl(const std::string& question, const std::string& option) {
    js_form_focus_control(question.c_str(), option.c_str());
}

void setPageMode(bool on) {
    js_set_page_mode(on ? 1 : 0);
}

}  // namespace advisor::web::form_mirror

extern "C" {

// An answer given in the form: {"question id": value}.
EMSCRIPTEN_KEEPALIVE void sa_form_answers(const char* answersJson) {
    advisor::ui::appSetAnswersJson(answersJson);
    advisor::web::appChangedOutsideFrame();
}

// The form's focus: "question id\noption value" ("\n" when the focus left the form).
EMSCRIPTEN_KEEPALIVE void sa_form_focus(const char* text) {
    const char* newline = std::strchr(text, '\n');
    const std::string question = newline ? std::string(text, newline) : std::string(text);
    const std::string option = newline ? std::string(newline + 1) : std::string();
    advisor::ui::appFocusFromForm(question, option);
    advisor::web::appChangedOutsideFrame();
}

// The page's language switch: a shipped language's code.
EMSCRIPTEN_KEEPALIVE void sa_form_language(const char* code) {
    advisor::ui::appSetLanguage(code);
    advisor::web::appChangedOutsideFrame();
}

// A button of the page: copy-link, download-report, download-data, start-over, theme.
EMSCRIPTEN_KEEPALIVE void sa_form_action(const char* name) {
    advisor::ui::appAction(name);
    advisor::web::appChangedOutsideFrame();
}
}
