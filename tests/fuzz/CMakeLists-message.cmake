mailsight_add_fuzzer(fuzz_archeaders ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_archeaders.cpp)
mailsight_add_fuzzer(fuzz_received ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_received.cpp)
