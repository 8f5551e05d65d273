# Windows, included from packaging/CMakeLists.txt: version information and (when
# packaging/windows/devpulse.ico exists) the icon in devpulse.exe, the MSVC runtime beside it,
# and the NSIS installer. docs/PACKAGING.md says how to make the .ico.

set(DEVPULSE_ICO "${CMAKE_CURRENT_LIST_DIR}/devpulse.ico")
set(DEVPULSE_RC_ICON "")
if(EXISTS "${DEVPULSE_ICO}")
    set(DEVPULSE_RC_ICON "IDI_ICON1 ICON \"${DEVPULSE_ICO}\"")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/devpulse.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/devpulse.rc"
    @ONLY)
target_sources(devpulse PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/devpulse.rc")

# vcruntime and msvcp DLLs beside devpulse.exe, so no separate redistributable is needed.
# (With MinGW, windeployqt copies the compiler runtime.)
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()

set(CPACK_NSIS_PACKAGE_NAME "DevPulse")
set(CPACK_NSIS_DISPLAY_NAME "DevPulse")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# One key for every version, so that an upgrade finds and removes the previous installation.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "DevPulse")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\devpulse.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "devpulse.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Without a LICENSE file in the repository, CPack would show its placeholder licence text.
if(NOT CPACK_RESOURCE_FILE_LICENSE)
    set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()
if(EXISTS "${DEVPULSE_ICO}")
    file(TO_NATIVE_PATH "${DEVPULSE_ICO}" devpulse_ico_native)
    set(CPACK_NSIS_MUI_ICON "${devpulse_ico_native}")
    set(CPACK_NSIS_MUI_UNIICON "${devpulse_ico_native}")
endif()
