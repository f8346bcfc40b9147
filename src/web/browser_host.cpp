// The host page's side of the browser bridge (browser.h, section Embedding): the embedding
// parameters, the check that the declared host really is the parent, and postMessage both ways.
// Kept apart from browser.cpp because it is the part a stranger's page can talk to.
// The EM_JS bodies are JavaScript, which clang-format would break: the file is left as written.
// clang-format off
#include <emscripten/emscripten.h>

#include "web/browser.h"

// [SECTION] Embedding
EM_JS(char*, js_query_parameter, (const char* name), {
    /* Cut just past the core's 64 KiB limit, which then refuses it with its reason. */
    var value = (new URLSearchParams(location.search).get(UTF8ToString(name)) || "").slice(0, 65537);
    var size = lengthBytesUTF8(value) + 1;
    var pointer = _malloc(size);
    if (pointer) stringToUTF8(value, pointer, size);
    return pointer;
});

EM_JS(int, js_is_verified_host_origin, (const char* declaredPointer), {
    var declared = UTF8ToString(declaredPointer);
    var url;
    try {
        url = new URL(declared);
    } catch (error) {
        return 0;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== declared) return 0;
    if (window.parent === window) return 0;
    /* Chromium and Safari name the parent's origin; Firefox does not, and then the declared host
       is trusted: postMessage's target origin still keeps messages from any other parent. */
    var ancestors = location.ancestorOrigins;
    if (ancestors && ancestors.length > 0 && ancestors[0] !== declared) return 0;
    return 1;
});

EM_JS(void, js_set_auto_height, (int on), {
    document.documentElement.classList.toggle("sa-auto-height", on !== 0);
});

EM_JS(void, js_post_to_host, (const char* hostOrigin, const char* type, const char* payloadJson), {
    var payload;
    try {
        payload = JSON.parse(UTF8ToString(payloadJson));
    } catch (error) {
        return;
    }
    window.parent.postMessage({"source": "sourcing-advisor", "v": 1, "type": UTF8ToString(type),
                               "payload": payload, "nonce": Module["saHostNonce"] || ""},
                              UTF8ToString(hostOrigin));
});

EM_JS(void, js_listen_to_host, (const char* hostOriginPointer, const char* noncePointer), {
    var hostOrigin = UTF8ToString(hostOriginPointer);
    Module["saHostNonce"] = UTF8ToString(noncePointer);
    window.addEventListener("message", function(event) {
        if (event.source !== window.parent || event.origin !== hostOrigin) return;
        var data = event.data;
        if (!data || typeof data !== "object" || data["source"] !== "sourcing-advisor") return;
        var text;
        try {
            text = JSON.stringify(data);
        } catch (error) {
            return; /* cycles, BigInt: not a message of ours */
        }
        if (typeof text !== "string") return;
        /* The size limit is checked here, before anything is copied into the wasm heap. */
        if (text.length > saMaxMessageBytes || lengthBytesUTF8(text) > saMaxMessageBytes) {
            console.warn("[sourcing-advisor] message from the host page refused: larger than 64 KiB");
            return;
        }
        saWithUTF8(text, _sa_on_host_message);
    });
});

/* Without WebGL 2 the page is the advisor: its height is what the host sizes the frame to. */
EM_JS(void, js_watch_page_height, (), {
    var page = document.getElementById("sa-page");
    if (!page || !window.ResizeObserver) return;
    var report = function() {
        var bottom = page.getBoundingClientRect().bottom + window.scrollY;
        var style = getComputedStyle(document.body);
        _sa_on_page_height(Math.ceil(bottom + parseFloat(style.marginBottom || "0")));
    };
    new ResizeObserver(report).observe(page);
});

EM_JS(double, js_viewport_width, (), {
    return window.innerWidth;
});

// [SECTION] C++ wrappers
namespace advisor::web::browser {

std::string queryParameter(const char* name) { return adoptString(js_query_parameter(name)); }
std::string verifiedHostOrigin(const std::string& declared) {
    return js_is_verified_host_origin(declared.c_str()) ? declared : std::string();
}
void setAutoHeight(bool on) { js_set_auto_height(on ? 1 : 0); }
void watchPageHeight() { js_watch_page_height(); }
float viewportCssWidth() { return static_cast<float>(js_viewport_width()); }
void postToHost(const std::string& hostOrigin, const char* type, const std::string& payloadJson) {
    js_post_to_host(hostOrigin.c_str(), type, payloadJson.c_str());
}
void listenToHost(const std::string& hostOrigin, const std::string& nonce) {
    js_listen_to_host(hostOrigin.c_str(), nonce.c_str());
}

}  // namespace advisor::web::browser
// clang-format on
