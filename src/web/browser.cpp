// The browser side of the web shell: one small EM_JS function per capability, wrapped in plain
// C++ (browser.h). EM_JS bodies are stringified by the C preprocessor: every statement ends with
// ';', strings use double quotes, and C comments are used (they vanish before stringification).
// The EM_JS bodies are JavaScript, which clang-format would break: the file is left as written.
// clang-format off
#include "web/browser.h"

#include <emscripten/emscripten.h>

#include <cstdlib>

// [SECTION] Page elements
EM_JS(void, js_show_message, (const char* text), {
    var message = document.getElementById("sa-message");
    var canvas = document.getElementById("canvas");
    if (message) {
        message.textContent = UTF8ToString(text);
        message.hidden = false;
    }
    if (canvas) canvas.hidden = true;
});

EM_JS(void, js_announce, (const char* text), {
    var region = document.getElementById("sa-live");
    if (!region) return;
    var message = UTF8ToString(text);
    /* Emptying first makes screen readers repeat a message equal to the previous one. */
    region.textContent = "";
    setTimeout(function() { region.textContent = message; }, 50);
});

EM_JS(void, js_set_cursor, (const char* cssCursor), {
    var canvas = document.getElementById("canvas");
    if (canvas) canvas.style.cursor = UTF8ToString(cssCursor);
});

// [SECTION] Clipboard and files
EM_JS(void, js_copy_text, (const char* textPointer), {
    var text = UTF8ToString(textPointer);
    function copyWithTextarea() {
        var previousFocus = document.activeElement;
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.className = "sa-text-input";
        document.body.appendChild(area);
        area.select();
        try {
            document.execCommand("copy");
        } catch (error) {
        }
        area.remove();
        if (previousFocus && previousFocus.focus) previousFocus.focus({preventScroll: true});
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(copyWithTextarea);
    } else {
        copyWithTextarea();
    }
});

EM_JS(void, js_download_file,
      (const char* fileName, const char* mimeType, const char* contents, int size), {
    var blob = new Blob([HEAPU8.slice(contents, contents + size)], {type: UTF8ToString(mimeType)});
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = UTF8ToString(fileName);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
});

// [SECTION] URL fragment
EM_JS(char*, js_fragment, (), {
    /* A share link is under 300 characters; a longer fragment is cut (and then fails its check). */
    var hash = location.hash.replace(/^#/, "").slice(0, 1024);
    var size = lengthBytesUTF8(hash) + 1;
    var pointer = _malloc(size);
    if (pointer) stringToUTF8(hash, pointer, size);
    return pointer;
});

/* A link opens the answers for someone else: in their language, not the sender's (?lang=), and
   with the home country the answers hold (?country= is only a default). Embedded, the embedding
   page's parameters go too: the link opens the advisor on its own. */
EM_JS(char*, js_shared_address, (int embedded), {
    var address = location.href.split("#")[0];
    var query = address.indexOf("?");
    if (query >= 0) {
        var params = new URLSearchParams(address.substring(query + 1));
        var own = ["lang", "country"];
        var embedding = ["embed", "host", "theme", "accent", "events", "answers", "nonce", "viewport"];
        (embedded ? own.concat(embedding) : own).forEach(function(name) {
            params.delete(name);
        });
        var rest = params.toString();
        address = address.substring(0, query) + (rest ? "?" + rest : "");
    }
    var size = lengthBytesUTF8(address) + 1;
    var pointer = _malloc(size);
    if (pointer) stringToUTF8(address, pointer, size);
    return pointer;
});

EM_JS(void, js_replace_fragment, (const char* link), { saWriteFragment(UTF8ToString(link)); });

// [SECTION] Appearance
EM_JS(int, js_today, (), {
    var now = new Date();
    return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
});

EM_JS(int, js_prefers_dark_theme, (), {
    var asked = new URLSearchParams(location.search).get("theme") ||
                document.documentElement.getAttribute("data-theme") || "";
    if (asked === "dark") return 1;
    if (asked === "light") return 0;
    return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
});

EM_JS(char*, js_accent_text, (), {
    var asked = (new URLSearchParams(location.search).get("accent") ||
                 document.documentElement.getAttribute("data-accent") || "").slice(0, 64);
    var size = lengthBytesUTF8(asked) + 1;
    var pointer = _malloc(size);
    if (pointer) stringToUTF8(asked, pointer, size);
    return pointer;
});

EM_JS(int, js_is_apple_platform, (), {
    return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent) ? 1 : 0;
});

EM_JS(void, js_warn, (const char* text), { console.warn("[sourcing-advisor] " + UTF8ToString(text)); });

// [SECTION] Page API
EM_JS(void, js_mark_app_running, (), { saPageApi.appRunning(); });
EM_JS(void, js_mark_first_frame_drawn, (), { saPageApi.firstFrameDrawn(); });
EM_JS(void, js_mark_failed, (const char* message), { saPageApi.failed(UTF8ToString(message)); });

// [SECTION] Watchers
EM_JS(void, js_watch_page, (int drawing), {
    var canvas = document.getElementById("canvas");

    /* A link opened, the system's colour scheme: the page without WebGL 2 follows them too. */
    window.addEventListener("hashchange", function() {
        saWithUTF8(location.hash.slice(0, 1024), _sa_on_hash_change);
    });
    if (window.matchMedia) {
        matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function() {
            _sa_on_theme_change();
        });
    }
    if (!drawing) return;

    /* Canvas size: the canvas fills its container, which the page may resize at any time. */
    if (window.ResizeObserver && canvas) {
        new ResizeObserver(function() { _sa_on_resize(); }).observe(canvas);
    } else {
        window.addEventListener("resize", function() { _sa_on_resize(); });
    }

    /* Device-pixel ratio (zoom, moving to another screen): a query that stops matching. */
    function watchPixelRatio() {
        if (!window.matchMedia) return;
        var query = matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
        query.addEventListener("change", function changed() {
            query.removeEventListener("change", changed);
            _sa_on_resize();
            watchPixelRatio();
        });
    }
    watchPixelRatio();

    /* Ctrl+V on the canvas: the browser fires paste with the clipboard text. */
    document.addEventListener("paste", function(event) {
        if (document.activeElement !== canvas || !event.clipboardData) return;
        event.preventDefault();
        saWithUTF8(event.clipboardData.getData("text/plain"), _sa_on_paste);
    });
});

/* The visitor's languages, most wanted first: "de-AT,de,en-US". */
EM_JS(char*, js_preferred_languages, (), {
    var languages = (navigator.languages && navigator.languages.length ? navigator.languages
                                                                       : [navigator.language || ""]);
    var text = languages.join(",").slice(0, 1024);
    var size = lengthBytesUTF8(text) + 1;
    var pointer = _malloc(size);
    if (pointer) stringToUTF8(text, pointer, size);
    return pointer;
});

// [SECTION] C++ wrappers
namespace advisor::web::browser {

void showMessage(const std::string& text) { js_show_message(text.c_str()); }
void announce(const std::string& text) { js_announce(text.c_str()); }
void setCursor(const char* cssCursor) { js_set_cursor(cssCursor); }

void copyText(const std::string& text) { js_copy_text(text.c_str()); }
void downloadFile(const std::string& fileName, const std::string& mimeType,
                  const std::string& contents) {
    js_download_file(fileName.c_str(), mimeType.c_str(), contents.data(),
                     static_cast<int>(contents.size()));
}

std::string fragment() { return adoptString(js_fragment()); }
std::string sharedAddress(bool embedded) { return adoptString(js_shared_address(embedded ? 1 : 0)); }
void replaceFragment(const std::string& link) { js_replace_fragment(link.c_str()); }

std::array<int, 3> today() {
    const int day = js_today();
    return {day / 10000, day / 100 % 100, day % 100};
}

bool prefersDarkTheme() { return js_prefers_dark_theme() != 0; }
std::string accentText() { return adoptString(js_accent_text()); }
bool isApplePlatform() { return js_is_apple_platform() != 0; }

void warn(const std::string& text) { js_warn(text.c_str()); }

void markAppRunning() { js_mark_app_running(); }
void markFirstFrameDrawn() { js_mark_first_frame_drawn(); }
void markFailed(const std::string& message) { js_mark_failed(message.c_str()); }

std::string preferredLanguages() { return adoptString(js_preferred_languages()); }
void watchPage(bool drawing) { js_watch_page(drawing ? 1 : 0); }

std::string adoptString(char* text) {
    if (!text) return {};
    std::string result(text);
    std::free(text);
    return result;
}

}  // namespace advisor::web::browser
// clang-format on
