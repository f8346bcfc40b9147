# Script mode (see src/web/CMakeLists.txt): writes OUTPUT, the TEMPLATE html with the STYLESHEET's
# text in place of the line "/* app.css */", so the offline single file needs no separate CSS.
file(READ "${TEMPLATE}" html)
file(READ "${STYLESHEET}" css)
string(FIND "${html}" "/* app.css */" marker)
if(marker EQUAL -1)
  message(FATAL_ERROR "${TEMPLATE} has no /* app.css */ line inside its <style> element")
endif()
string(REPLACE "/* app.css */" "${css}" html "${html}")
file(WRITE "${OUTPUT}" "${html}")
