# Transport: MTA-STS policy and record parsers, TLS-RPT record parser (seeds: corpus/<name>/).
mailsight_add_fuzzer(fuzz_mtastspolicy ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_mtastspolicy.cpp)
mailsight_add_fuzzer(fuzz_tlsrptrecord ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_tlsrptrecord.cpp)
# DANE: TLSA records (and the matcher's certificate parsing on the same bytes).
mailsight_add_fuzzer(fuzz_tlsarecord ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_tlsarecord.cpp)
