// Link-time trims of Dear ImGui for the web build (see src/web/CMakeLists.txt, --wrap).
//
// ImFontAtlas::Build() adds ImGui's own font (ProggyClean, about 12 KB gzipped, compiled into
// imgui_draw.cpp) when no font was added. The shell always adds its fonts before building the
// atlas, so the call never happens; the linker sends it here instead, and drops ProggyClean.
struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*,
                                                                            const ImFontConfig*) {
    return nullptr;
}
