# The history store's location (`--database URL`, `db migrate --from/--to`; seeds:
# corpus/fuzz_historylocation/): any text gives a location or an error, and a password written
# into the URL never shows in an error or in the location's display form.
mailsight_add_fuzzer(fuzz_historylocation ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_historylocation.cpp)
