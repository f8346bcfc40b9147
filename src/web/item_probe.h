// Where a labelled item was drawn: window.sourcingAdvisor.itemRect(label), so that tests and
// automation click real buttons by their label instead of coordinates found by trial. Dear ImGui's
// test-engine hooks (IMGUI_ENABLE_TEST_ENGINE, src/web/CMakeLists.txt) report each item; they are
// switched on by the first query only, so a visitor's frames never pay for them.
#pragma once

namespace advisor::web::item_probe {

// How to ask for one frame, when a label was not seen in the latest one (it is looked for then).
void start(void (*requestFrame)());

}  // namespace advisor::web::item_probe
