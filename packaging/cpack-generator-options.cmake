# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE), with CPACK_GENERATOR set
# to that generator. The .deb installs under /usr, so that the desktop entry, metainfo and icon
# land in /usr/share where menus and software centres look.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
