# advisor_embed(TARGET name [MINIFY_JSON node] FILES a.json b.ttf ...): compiles files into the
# binary as byte arrays, so that neither the web build (FILESYSTEM=0, one HTML file) nor the CLI
# reads them at run time. Each file becomes
# `extern const unsigned char <symbol>[]; extern const unsigned long <symbol>_size;`
# with <symbol> = "embedded_" + the file name with non-alphanumerics replaced by '_'.
# With MINIFY_JSON (the path of node), .json files are embedded without the whitespace between
# their tokens (minify_json.mjs): the web build's size budget.
function(advisor_embed)
  cmake_parse_arguments(EMBED "" "TARGET;MINIFY_JSON" "FILES" ${ARGN})
  set(outputs)
  foreach(file IN LISTS EMBED_FILES)
    get_filename_component(name "${file}" NAME)
    string(MAKE_C_IDENTIFIER "embedded_${name}" symbol)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
    set(input "${file}")
    set(minify_depends)
    if(EMBED_MINIFY_JSON AND name MATCHES "\\.json$")
      set(input "${CMAKE_CURRENT_BINARY_DIR}/embedded/min/${name}")
      set(minify_depends "${PROJECT_SOURCE_DIR}/cmake/minify_json.mjs")
      add_custom_command(
        OUTPUT "${input}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/embedded/min"
        COMMAND "${EMBED_MINIFY_JSON}" "${PROJECT_SOURCE_DIR}/cmake/minify_json.mjs" "${file}" "${input}"
        DEPENDS "${file}" ${minify_depends}
        COMMENT "Minifying ${name}"
        VERBATIM)
    endif()
    add_custom_command(
      OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${out} -DSYMBOL=${symbol}
              -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
      DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
      COMMENT "Embedding ${name}")
    list(APPEND outputs "${out}")
  endforeach()
  add_library(${EMBED_TARGET} STATIC ${outputs})
endfunction()
