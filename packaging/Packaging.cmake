# Debian package and tarball (toolchain.md §7). The full packaging issue adds the desktop
# file, icon, metainfo and man page.
set(CPACK_PACKAGE_NAME spinedesk)
set(CPACK_PACKAGE_VENDOR "SpineDesk contributors")
set(CPACK_PACKAGE_CONTACT "SpineDesk contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins loaded at run time are not found by shlibdeps (toolchain.md P8).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
include(CPack)
