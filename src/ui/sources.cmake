# The views' sources, shared by the web app (src/ui/CMakeLists.txt) and the native headless
# view tests (tests/ui), so that a new view file is added in one place.
set(ADVISOR_UI_SOURCES
  "${CMAKE_CURRENT_LIST_DIR}/app_advisor.cpp"
  "${CMAKE_CURRENT_LIST_DIR}/cost_view.cpp"
  "${CMAKE_CURRENT_LIST_DIR}/questionnaire.cpp"
  "${CMAKE_CURRENT_LIST_DIR}/result_view.cpp"
  "${CMAKE_CURRENT_LIST_DIR}/state.cpp"
  "${CMAKE_CURRENT_LIST_DIR}/theme.cpp"
  "${CMAKE_CURRENT_LIST_DIR}/widgets.cpp")
