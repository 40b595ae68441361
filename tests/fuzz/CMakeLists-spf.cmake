mailsight_add_fuzzer(fuzz_spfrecord ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_spfrecord.cpp)
