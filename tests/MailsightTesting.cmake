# Shared test plumbing.
#
# mailsight_add_test(NAME SOURCES ... [NSD] [GUI] [LIBS ...])
#   NSD: the test needs the NSD fixture; it gets MAILSIGHT_NSD_PORT_FILE (a file holding the port).
#   GUI: links mailsight_ui and runs with QT_QPA_PLATFORM=offscreen.
# Every test sees MAILSIGHT_SOURCE_DIR, MAILSIGHT_TEST_DATA (tests/data) and MAILSIGHT_CLI, and
# includes tests/common/ (TestSupport.h, SqlThreadCheck.h).

set(MAILSIGHT_NSD_DIR ${CMAKE_BINARY_DIR}/nsd-fixture)
set(MAILSIGHT_NSD_SCRIPT ${CMAKE_SOURCE_DIR}/tests/nsd/nsd-fixture.sh)

add_test(NAME nsd_start COMMAND bash ${MAILSIGHT_NSD_SCRIPT} start ${CMAKE_SOURCE_DIR}/tests/zones ${MAILSIGHT_NSD_DIR})
set_tests_properties(nsd_start PROPERTIES FIXTURES_SETUP nsd)
add_test(NAME nsd_stop COMMAND bash ${MAILSIGHT_NSD_SCRIPT} stop ${MAILSIGHT_NSD_DIR})
set_tests_properties(nsd_stop PROPERTIES FIXTURES_CLEANUP nsd)

function(mailsight_add_test name)
    cmake_parse_arguments(T "NSD;GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE mailsight_core Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/common)
    set(env "MAILSIGHT_SOURCE_DIR=${CMAKE_SOURCE_DIR}" "MAILSIGHT_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
            "MAILSIGHT_CLI=$<TARGET_FILE:mailsight-cli>" "MAILSIGHT_NSD_SCRIPT=${MAILSIGHT_NSD_SCRIPT}"
            "QT_QPA_PLATFORM=offscreen" "ASAN_OPTIONS=detect_leaks=0")
    if(T_GUI)
        target_link_libraries(${name} PRIVATE mailsight_ui)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    if(T_NSD)
        list(APPEND env "MAILSIGHT_NSD_PORT_FILE=${MAILSIGHT_NSD_DIR}/port")
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED nsd)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
endfunction()
