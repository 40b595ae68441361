mailsight_add_fuzzer(fuzz_zonefile ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_zonefile.cpp)
mailsight_add_fuzzer(fuzz_dnsname ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_dnsname.cpp)
mailsight_add_fuzzer(fuzz_dnsreply ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_dnsreply.cpp)
