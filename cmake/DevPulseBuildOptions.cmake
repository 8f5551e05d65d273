# One interface target carries the language level, Qt's strictness macros and the warnings
# for DevPulse's own code; every target of ours links it, third-party code never sees it.
add_library(devpulse_build_options INTERFACE)
target_compile_features(devpulse_build_options INTERFACE cxx_std_20)
target_compile_definitions(devpulse_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DEVPULSE_VERSION="${PROJECT_VERSION}")
target_compile_options(devpulse_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
if(DEVPULSE_WARNINGS_AS_ERRORS)
    target_compile_options(devpulse_build_options INTERFACE -Werror)
endif()

# Makes `target` fail to configure when it (transitively through our own targets) links a
# Qt module that its layer must not know. core/ must build without QtWidgets or QtCharts.
function(devpulse_forbid_links target)
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(forbidden IN LISTS ARGN)
        foreach(link IN LISTS links)
            if(link MATCHES "${forbidden}")
                message(FATAL_ERROR "${target} must not link ${link} (layering rule: see docs/ARCHITECTURE.md)")
            endif()
        endforeach()
    endforeach()
endfunction()
