# BIMI: assertion record, SVG Tiny PS profile check, Mark Certificate PEM and logotype extension
# (seeds: corpus/<name>/).
mailsight_add_fuzzer(fuzz_bimirecord ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_bimirecord.cpp)
mailsight_add_fuzzer(fuzz_svgprofile ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_svgprofile.cpp)
mailsight_add_fuzzer(fuzz_bimiauthority ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_bimiauthority.cpp)
