# DNSSEC: the trust anchor file parser (--trust-anchor FILE; seeds: corpus/fuzz_trustanchor/).
mailsight_add_fuzzer(fuzz_trustanchor ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_trustanchor.cpp)
