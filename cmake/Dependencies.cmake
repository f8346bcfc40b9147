# Third-party headers, installed by tools/setup from Debian's packages (never committed).
# Emscripten cannot see /usr/include as a whole (it would shadow its libc), so the two header-only
# libraries are exposed through a folder of symlinks in the build tree: ADVISOR_DEPS_INCLUDE.
set(ADVISOR_DEPS_INCLUDE "${CMAKE_BINARY_DIR}/deps-include")
file(MAKE_DIRECTORY "${ADVISOR_DEPS_INCLUDE}")
foreach(dep nlohmann doctest)
  if(NOT EXISTS "/usr/include/${dep}")
    message(FATAL_ERROR "/usr/include/${dep} is missing: run ./tools/setup (Debian packages "
                        "nlohmann-json3-dev and doctest-dev)")
  endif()
  if(NOT EXISTS "${ADVISOR_DEPS_INCLUDE}/${dep}")
    file(CREATE_LINK "/usr/include/${dep}" "${ADVISOR_DEPS_INCLUDE}/${dep}" SYMBOLIC)
  endif()
endforeach()

set(ADVISOR_IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party/imgui" CACHE PATH
    "Dear ImGui 1.86 sources (from Debian's source package, fetched by tools/setup)")
