# Monitoring: the HTTP requests `metrics --listen` reads, and label escaping (seeds:
# corpus/fuzz_metricshttp/).
mailsight_add_fuzzer(fuzz_metricshttp ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_metricshttp.cpp)
