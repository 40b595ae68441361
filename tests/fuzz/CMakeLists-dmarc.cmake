# DMARC record parser fuzzer (MAILSIGHT_FUZZ=ON, clang). Included by tests/fuzz/CMakeLists.txt.
add_executable(fuzz_dmarc_record_parser ${CMAKE_CURRENT_LIST_DIR}/dmarc_record_parser.cpp)
target_link_libraries(fuzz_dmarc_record_parser PRIVATE mailsight_core)
target_compile_options(fuzz_dmarc_record_parser PRIVATE -fsanitize=fuzzer,address)
target_link_options(fuzz_dmarc_record_parser PRIVATE -fsanitize=fuzzer,address)
