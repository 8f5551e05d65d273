# macOS, included from packaging/CMakeLists.txt: the Info.plist of devpulse.app, its icon (when
# packaging/macos/devpulse.icns exists; make-icns.sh makes it) and the .dmg.

# CMake fills the ${MACOSX_BUNDLE_...} placeholders of Info.plist.in from these properties.
set_target_properties(devpulse PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "DevPulse"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.devpulse.DevPulse"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright DevPulse maintainers")

set(DEVPULSE_ICNS "${CMAKE_CURRENT_LIST_DIR}/devpulse.icns")
if(EXISTS "${DEVPULSE_ICNS}")
    target_sources(devpulse PRIVATE "${DEVPULSE_ICNS}")
    # Source file properties belong to a directory: set them where the target lives.
    set_source_files_properties("${DEVPULSE_ICNS}" TARGET_DIRECTORY devpulse
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(devpulse PROPERTIES MACOSX_BUNDLE_ICON_FILE devpulse.icns)
    set(CPACK_PACKAGE_ICON "${DEVPULSE_ICNS}")
endif()

# The .dmg holds devpulse.app and a link to /Applications (CPack adds the link).
set(CPACK_DMG_VOLUME_NAME "DevPulse")
