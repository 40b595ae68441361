# DMARC record parser (seed corpus: corpus/fuzz_dmarc_record_parser/).
mailsight_add_fuzzer(fuzz_dmarc_record_parser ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_dmarc_record_parser.cpp)
