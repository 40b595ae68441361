mailsight_add_fuzzer(fuzz_terraformplan ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_terraformplan.cpp)
mailsight_add_fuzzer(fuzz_expectations ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_expectations.cpp)
mailsight_add_fuzzer(fuzz_cliconfig ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_cliconfig.cpp)
mailsight_add_fuzzer(fuzz_auditjsonpart ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_auditjsonpart.cpp)
