# advisor_embed(TARGET name FILES a.json b.ttf ...): compiles files into the binary as byte arrays,
# so that neither the web build (FILESYSTEM=0, one HTML file) nor the CLI reads them at run time.
# Each file becomes `extern const unsigned char <symbol>[]; extern const unsigned long <symbol>_size;`
# with <symbol> = "embedded_" + the file name with non-alphanumerics replaced by '_'.
function(advisor_embed)
  cmake_parse_arguments(EMBED "" "TARGET" "FILES" ${ARGN})
  set(outputs)
  foreach(file IN LISTS EMBED_FILES)
    get_filename_component(name "${file}" NAME)
    string(MAKE_C_IDENTIFIER "embedded_${name}" symbol)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp")
    add_custom_command(
      OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out} -DSYMBOL=${symbol}
              -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
      DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
      COMMENT "Embedding ${name}")
    list(APPEND outputs "${out}")
  endforeach()
  add_library(${EMBED_TARGET} STATIC ${outputs})
endfunction()
