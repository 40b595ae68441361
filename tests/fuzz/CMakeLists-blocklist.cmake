# Blocklists: the --blocklists file parser (seeds: corpus/fuzz_blocklistfile/).
mailsight_add_fuzzer(fuzz_blocklistfile ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_blocklistfile.cpp)
