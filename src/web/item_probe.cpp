// The itemRect probe (item_probe.h): ImGui's test-engine item hooks, and sa_item_rect for pre.js.
#include "web/item_probe.h"

#include <emscripten.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "web/html5_platform.h"

namespace {

struct DrawnItem {
    std::string label;  // as shown (without a "##id" suffix)
    ImRect rect;        // framebuffer pixels, clipped to its window
    int frame = -1;     // ImGui's frame count when it was drawn
};
std::vector<DrawnItem> watchedItems;  // the few labels asked about
void (*requestFrame)() = nullptr;

DrawnItem* watchedItem(const char* label, size_t length) {
    for (DrawnItem& item : watchedItems) {
        if (item.label.size() == length && item.label.compare(0, length, label, length) == 0)
            return &item;
    }
    return nullptr;
}

}  // namespace

void advisor::web::item_probe::start(void (*requestOneFrame)()) {
    requestFrame = requestOneFrame;
}

// [SECTION] ImGui's test-engine hooks (only ItemInfo is used)
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID, const char* label,
                                  ImGuiItemStatusFlags) {
    if (!label || !context->CurrentWindow) return;
    const char* hidden = std::strstr(label, "##");
    DrawnItem* item =
        watchedItem(label, hidden ? static_cast<size_t>(hidden - label) : std::strlen(label));
    if (!item) return;  // not asked about
    ImRect rect = context->LastItemData.Rect;
    rect.ClipWithFull(context->CurrentWindow->ClipRect);
    if (rect.GetWidth() > 0 && rect.GetHeight() > 0) {
        item->rect = rect;
        item->frame = context->FrameCount;
    }
}

// [SECTION] Called from pre.js (sourcingAdvisor.itemRect)
extern "C" {

// {"x","y","width","height"} in CSS pixels relative to the canvas, of the visible item labelled
// `label` in the latest frame; "" if it was not drawn there (then a frame is drawn to look again).
EMSCRIPTEN_KEEPALIVE const char* sa_item_rect(const char* label) {
    static std::string answer;
    answer.clear();
    GImGui->TestEngineHookItems = true;
    const DrawnItem* found = watchedItem(label, std::strlen(label));
    if (!found) {
        watchedItems.push_back(DrawnItem{label, {}, -1});
        found = &watchedItems.back();
    }
    const DrawnItem& item = *found;
    if (item.frame == GImGui->FrameCount && GImGui->FrameCount > 0) {
        const float ratio = ImGui_ImplHtml5_PixelRatio();
        char text[160];
        std::snprintf(text, sizeof text, "{\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f}",
                      item.rect.Min.x / ratio, item.rect.Min.y / ratio,
                      item.rect.GetWidth() / ratio, item.rect.GetHeight() / ratio);
        answer = text;
    } else if (requestFrame) {
        requestFrame();
    }
    return answer.c_str();
}

}  // extern "C"
