# Seed mailboxes: the IMAP response parser (what any IMAP server sends; seeds: corpus/fuzz_imapresponse/)
# and the seed configuration file (hand-written JSON; seeds: corpus/fuzz_seedconfig/).
mailsight_add_fuzzer(fuzz_imapresponse ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_imapresponse.cpp)
mailsight_add_fuzzer(fuzz_seedconfig ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_seedconfig.cpp)
