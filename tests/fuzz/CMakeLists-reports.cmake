mailsight_add_fuzzer(fuzz_aggregatereport ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_aggregatereport.cpp)
mailsight_add_fuzzer(fuzz_tlsrpt ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_tlsrpt.cpp)
mailsight_add_fuzzer(fuzz_mimeextractor ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_mimeextractor.cpp)
mailsight_add_fuzzer(fuzz_aggregatefast ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_aggregatefast.cpp)
