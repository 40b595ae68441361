# Shared test plumbing.
#
# mailsight_add_test(NAME SOURCES ... [NSD] [GUI] [LIBS ...])
#   NSD: the test needs the NSD fixture; it gets MAILSIGHT_NSD_PORT_FILE (a file holding the port).
#   GUI: links mailsight_ui, runs with QT_QPA_PLATFORM=offscreen and carries the label `gui`
#        (`ctest -LE gui` runs the rest); not built at all with MAILSIGHT_BUILD_GUI=OFF.
# MAILSIGHT_CORE_TESTS=OFF leaves out every test without GUI (CI: they are built and run once, in
# the sanitizer tree of packaging/test-asan.sh, and the normal tree runs the GUI and packaging
# tests): their targets exist but are not built by default and not registered with CTest, so test
# properties set on them check `if(TEST name)` first.
# mailsight_add_postgres_copy(NAME) registers NAME_pg: the same test program run against the
#   PostgreSQL fixture (tests/pg) with MAILSIGHT_TEST_BACKEND=postgresql; tests/common/TestStore.h
#   then hands out fresh PostgreSQL databases instead of SQLite files (issue #19: the history and
#   reports tests on both backends). Call it in the directory that added NAME.
# Every test sees MAILSIGHT_SOURCE_DIR, MAILSIGHT_TEST_DATA (tests/data) and MAILSIGHT_CLI, and
# includes tests/common/ (TestSupport.h, SqlThreadCheck.h).
#
# With MAILSIGHT_SANITIZE (the `asan` preset) every test, and every program it starts, runs with
# MAILSIGHT_SANITIZER_ENV: LeakSanitizer on, with tests/sanitizers/lsan.supp (system libraries
# only, each entry explained there), and UndefinedBehaviorSanitizer stopping at its first report.
# Any report from our code therefore fails the test. Tests added with a bare add_test() that
# start our programs append it to their ENVIRONMENT themselves. A test whose leak stacks run
# through a library built without frame pointers (libldns) appends
# "ASAN_OPTIONS=${MAILSIGHT_ASAN_OPTIONS}:fast_unwind_on_malloc=0" so that a suppression can see
# the library's functions (slower: only where needed).

set(MAILSIGHT_SANITIZER_ENV "")
set(MAILSIGHT_ASAN_OPTIONS "detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1")
if(MAILSIGHT_SANITIZE)
    set(MAILSIGHT_SANITIZER_ENV
        "ASAN_OPTIONS=${MAILSIGHT_ASAN_OPTIONS}"
        "LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")
endif()

option(MAILSIGHT_CORE_TESTS "Build the core and CLI tests (those without GUI)" ON)

set(MAILSIGHT_NSD_DIR ${CMAKE_BINARY_DIR}/nsd-fixture)
set(MAILSIGHT_NSD_SCRIPT ${CMAKE_SOURCE_DIR}/tests/nsd/nsd-fixture.sh)

add_test(NAME nsd_start COMMAND bash ${MAILSIGHT_NSD_SCRIPT} start ${CMAKE_SOURCE_DIR}/tests/zones ${MAILSIGHT_NSD_DIR})
set_tests_properties(nsd_start PROPERTIES FIXTURES_SETUP nsd)
add_test(NAME nsd_stop COMMAND bash ${MAILSIGHT_NSD_SCRIPT} stop ${MAILSIGHT_NSD_DIR})
set_tests_properties(nsd_stop PROPERTIES FIXTURES_CLEANUP nsd)

function(mailsight_add_test name)
    cmake_parse_arguments(T "NSD;GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(T_GUI AND NOT MAILSIGHT_BUILD_GUI)
        return()
    endif()
    if(NOT T_GUI AND NOT MAILSIGHT_CORE_TESTS)
        # The target exists (its directory's target_* calls still apply) but is neither built
        # by default nor registered with CTest.
        add_executable(${name} EXCLUDE_FROM_ALL ${T_SOURCES})
        target_link_libraries(${name} PRIVATE mailsight_core Qt6::Test ${T_LIBS})
        return()
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE mailsight_core Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/common)
    set(env "MAILSIGHT_SOURCE_DIR=${CMAKE_SOURCE_DIR}" "MAILSIGHT_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
            "MAILSIGHT_CLI=$<TARGET_FILE:mailsight-cli>" "MAILSIGHT_NSD_SCRIPT=${MAILSIGHT_NSD_SCRIPT}"
            "QT_QPA_PLATFORM=offscreen" ${MAILSIGHT_SANITIZER_ENV})
    add_test(NAME ${name} COMMAND ${name})
    if(T_GUI)
        target_link_libraries(${name} PRIVATE mailsight_ui)
        set_tests_properties(${name} PROPERTIES LABELS gui)
    endif()
    if(T_NSD)
        list(APPEND env "MAILSIGHT_NSD_PORT_FILE=${MAILSIGHT_NSD_DIR}/port")
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED nsd)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
endfunction()

# The PostgreSQL fixture's folder (its url and passfile); the fixture itself is in tests/pg.
set(MAILSIGHT_PG_DIR ${CMAKE_BINARY_DIR}/pg-fixture)

# A test that talks to the PostgreSQL fixture: it waits for it, and finds its URL and a libpq
# password file in the environment (tests/common/TestStore.h).
function(mailsight_use_postgres name)
    if(NOT TEST ${name})
        return()
    endif()
    set_property(TEST ${name} APPEND PROPERTY FIXTURES_REQUIRED postgres)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "MAILSIGHT_PG_URL_FILE=${MAILSIGHT_PG_DIR}/url"
                 "PGPASSFILE=${MAILSIGHT_PG_DIR}/passfile")
endfunction()

function(mailsight_add_postgres_copy name)
    if(NOT TEST ${name})
        return()
    endif()
    get_test_property(${name} ENVIRONMENT env)
    get_test_property(${name} TIMEOUT timeout)
    list(APPEND env "MAILSIGHT_TEST_BACKEND=postgresql" "MAILSIGHT_PG_URL_FILE=${MAILSIGHT_PG_DIR}/url"
         "PGPASSFILE=${MAILSIGHT_PG_DIR}/passfile")
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${timeout}
                         FIXTURES_REQUIRED postgres LABELS postgres)
    get_test_property(${name} FIXTURES_REQUIRED fixtures)
    if(fixtures)
        set_property(TEST ${name}_pg APPEND PROPERTY FIXTURES_REQUIRED ${fixtures})
    endif()
endfunction()
