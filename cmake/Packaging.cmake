# Packages with CPack: a .deb for Debian-family desks (scripts/package-deb.sh builds, installs
# and checks it) and an NSIS installer for Windows (not tested here; docs/building.md).
set(CPACK_PACKAGE_NAME "casedesk")
set(CPACK_PACKAGE_VENDOR "CaseDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Case management for district consumer-rights protection committees")
set(CPACK_PACKAGE_CONTACT "CaseDesk maintainers <casedesk@example.org>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CaseDesk")
set(CPACK_PACKAGE_EXECUTABLES "casedesk;CaseDesk")

# Debian: library dependencies from dpkg-shlibdeps; the plugins Qt loads at run time
# (SQLite driver, platform plugins) are no linked library, so they are named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Case management for consumer-rights protection committees
 Registers consumer complaints, follows their working-day deadlines, keeps mediation,
 prepaid-card group complaints and court referrals, and writes the monthly statistics
 and PDF reports. Chinese first, English second.")

# Windows: an NSIS installer with a Start-menu entry and the icon.
set(CPACK_NSIS_DISPLAY_NAME "CaseDesk")
set(CPACK_NSIS_PACKAGE_NAME "CaseDesk")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/casedesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\casedesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
