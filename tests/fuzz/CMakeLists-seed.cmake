# Seed mailboxes: the IMAP response parser (what any IMAP server sends; seeds: corpus/fuzz_imapresponse/).
mailsight_add_fuzzer(fuzz_imapresponse ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_imapresponse.cpp)
