// doctest's main for the core tests (native and WebAssembly).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
