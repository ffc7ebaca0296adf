# spinedesk_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [GUI])
# One QtTest executable per class or behaviour, registered with CTest. Every test runs
# offscreen with a private runtime and data folder so it never touches the user's files.
function(spinedesk_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE spinedesk_settings Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        SPINEDESK_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
        SPINEDESK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(home ${CMAKE_BINARY_DIR}/test-home/${T_NAME})
    file(MAKE_DIRECTORY ${home}/runtime)
    file(CHMOD ${home}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${home}/runtime;XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;HOME=${home};LC_ALL=C.UTF-8")
endfunction()
