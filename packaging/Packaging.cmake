# Packages (packaging/README.md): a Debian package and a tarball on Linux, checked by
# tests/packaging; WiX/NSIS on Windows and a DragNDrop disk image on macOS are written but
# not yet built on those systems. Included from the top-level CMakeLists.txt after app/.
include(GNUInstallDirs)

set(SPINEDESK_APP_ID org.spinedesk.SpineDesk)
set(SPINEDESK_PACKAGE_MAINTAINER "SpineDesk contributors" CACHE STRING
    "Maintainer of the packages, as 'Name <address>' (the Debian Maintainer field)")
set(SPINEDESK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

set(CPACK_PACKAGE_NAME spinedesk)
set(CPACK_PACKAGE_VENDOR "SpineDesk contributors")
set(CPACK_PACKAGE_CONTACT "${SPINEDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Visits, shared decisions and outcomes for a spine center")
# Debian shows the long description as it is: lines of at most 80 characters.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "SpineDesk is the desktop application of a medical spine center: the referral"
    "and intake history, the biopsychosocial assessment with questionnaires and red"
    "flags, shared decisions over decision aids, the treatment plan and the letters,"
    "handouts and summaries it produces, and the outcomes the clinic reports."
    "It runs offline on one workstation with an embedded SQLite database, in English"
    "and Spanish, and has a command line for backups, checks, documents and reports.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY SpineDesk)
set(CPACK_STRIP_FILES ON)
# WiX wants a .txt or .rtf licence; the same copy serves every generator.
configure_file(${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/packaging/LICENSE.txt)

if(UNIX AND NOT APPLE)
    # Desktop integration: menu entry, icon, software-centre metadata, manual page.
    install(FILES ${SPINEDESK_PACKAGING_DIR}/${SPINEDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/spinedesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${SPINEDESK_APP_ID}.svg)
    install(FILES ${SPINEDESK_PACKAGING_DIR}/${SPINEDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${SPINEDESK_PACKAGING_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/spinedesk)
    # Debian's changelog of the package (date of configuring; SOURCE_DATE_EPOCH fixes it).
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    string(TIMESTAMP SPINEDESK_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    configure_file(${SPINEDESK_PACKAGING_DIR}/changelog.Debian.in ${CMAKE_BINARY_DIR}/packaging/changelog.Debian @ONLY)
    # Debian installs manual pages and changelogs gzipped; -n leaves names and times out.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${SPINEDESK_PACKAGING_DIR}/spinedesk.1)
    find_program(SPINEDESK_GZIP gzip)
    if(SPINEDESK_GZIP)
        execute_process(COMMAND ${SPINEDESK_GZIP} -9 -n -c ${SPINEDESK_PACKAGING_DIR}/spinedesk.1
                        OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/spinedesk.1.gz COMMAND_ERROR_IS_FATAL ANY)
        execute_process(COMMAND ${SPINEDESK_GZIP} -9 -n -c ${CMAKE_BINARY_DIR}/packaging/changelog.Debian
                        OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)
        install(FILES ${CMAKE_BINARY_DIR}/packaging/spinedesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/spinedesk)
    else()
        install(FILES ${SPINEDESK_PACKAGING_DIR}/spinedesk.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    # qt_standard_project_setup() gives an $ORIGIN RPATH that a program in /usr/bin does not need.
    set_target_properties(spinedesk PROPERTIES INSTALL_RPATH "")

    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION science)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # shlibdeps sees only linked libraries, not what Qt loads at run time (toolchain.md P8):
    # the SQLite driver, the SVG icon engine, the platform plugins (xcb and offscreen are in
    # libqt6gui6 on Debian 12, which shlibdeps lists; qt6-qpa-plugins holds the others), Qt's
    # own Spanish texts (qtbase_es.qm) and a font (documents and the screen show nothing
    # without one, P6; the list follows app/documents/documentfont.cpp).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, \
qt6-translations-l10n, fonts-dejavu-core | fonts-noto-core | fonts-liberation2")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups")
elseif(WIN32)
    # Not yet built on Windows (packaging/README.md). Start-menu entry, icon, version resource.
    configure_file(${SPINEDESK_PACKAGING_DIR}/windows/spinedesk.rc.in ${CMAKE_BINARY_DIR}/packaging/spinedesk.rc @ONLY)
    target_sources(spinedesk PRIVATE ${CMAKE_BINARY_DIR}/packaging/spinedesk.rc)
    set(CPACK_GENERATOR WIX ZIP)
    set(CPACK_PACKAGE_EXECUTABLES spinedesk SpineDesk)
    set(CPACK_WIX_UPGRADE_GUID 16E0EA16-ADDF-4568-A884-EBDCC84D4E4D) # never change: upgrades find the old version by it
    set(CPACK_WIX_PRODUCT_ICON ${SPINEDESK_PACKAGING_DIR}/windows/spinedesk.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER SpineDesk)
    set(CPACK_NSIS_DISPLAY_NAME SpineDesk)
    set(CPACK_NSIS_PACKAGE_NAME SpineDesk)
    set(CPACK_NSIS_MUI_ICON ${SPINEDESK_PACKAGING_DIR}/windows/spinedesk.ico)
    set(CPACK_NSIS_MUI_UNIICON ${SPINEDESK_PACKAGING_DIR}/windows/spinedesk.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/spinedesk.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    # Not yet built on macOS (packaging/README.md): SpineDesk.app on a disk image.
    target_sources(spinedesk PRIVATE ${SPINEDESK_PACKAGING_DIR}/macos/spinedesk.icns)
    set_source_files_properties(${SPINEDESK_PACKAGING_DIR}/macos/spinedesk.icns TARGET_DIRECTORY spinedesk
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(spinedesk PROPERTIES
        OUTPUT_NAME SpineDesk
        MACOSX_BUNDLE_BUNDLE_NAME SpineDesk
        MACOSX_BUNDLE_GUI_IDENTIFIER ${SPINEDESK_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE spinedesk.icns
        MACOSX_BUNDLE_COPYRIGHT "SpineDesk contributors, GPL-3.0-or-later")
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME SpineDesk)
    set(CPACK_DMG_FORMAT UDZO)
endif()

if(WIN32 OR APPLE)
    # Qt's deploy tool copies Qt and its plugins next to the program at install time. It adds
    # the SVG plugins only to programs that link QtSvg, and SpineDesk reaches them through
    # QIcon alone, so the icon-engine plugin is copied first and handed over as one more binary.
    if(NOT TARGET Qt6::QSvgIconPlugin) # Qt6Gui loads its plugins' targets only in some Qt builds
        find_package(Qt6QSvgIconPlugin CONFIG REQUIRED PATHS ${Qt6Gui_DIR} NO_DEFAULT_PATH)
    endif()
    set(svg "$<TARGET_FILE:Qt6::QSvgIconPlugin>")
    set(svg_name "$<TARGET_FILE_NAME:Qt6::QSvgIconPlugin>")
    set(qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    if(APPLE)
        set(deploy "
set(app \"\${QT_DEPLOY_PREFIX}/$<TARGET_FILE_NAME:spinedesk>.app\")
file(COPY \"${svg}\" DESTINATION \"\${app}/Contents/PlugIns/iconengines\")
# macdeployqt copies no translations; Qt's own Spanish texts go where qt.conf's prefix points.
file(COPY \"${qt_translations}/qtbase_es.qm\" DESTINATION \"\${app}/Contents/translations\")
qt6_deploy_runtime_dependencies(EXECUTABLE \"\${app}\"
    ADDITIONAL_MODULES \"\${app}/Contents/PlugIns/iconengines/${svg_name}\")")
    else()
        set(deploy "
set(plugins \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_PLUGINS_DIR}\")
file(COPY \"${svg}\" DESTINATION \"\${plugins}/iconengines\")
qt6_deploy_runtime_dependencies(EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:spinedesk>\"
    GENERATE_QT_CONF ADDITIONAL_MODULES \"\${plugins}/iconengines/${svg_name}\")")
    endif()
    file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/packaging/deploy-spinedesk-$<CONFIG>.cmake
         CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")\n${deploy}\n")
    install(SCRIPT ${CMAKE_BINARY_DIR}/packaging/deploy-spinedesk-$<CONFIG>.cmake)
endif()

include(CPack)
