mailsight_add_fuzzer(fuzz_seedconfig ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_seedconfig.cpp)
