# The memory allocator of the programs (not of the libraries or the tests).
# On Linux the programs link jemalloc where it is installed (Debian: libjemalloc-dev): writing a
# million demo cases allocates and frees hundreds of millions of small blocks on three threads
# (rows, strings, SQLite's pages and sorts), and glibc's allocator took about a seventh of the processor
# time doing it, much of it handing blocks back between the threads' arenas; with jemalloc the
# 1,000,000-case demo used about a tenth less processor time (docs/design.md). Without it the
# programs use the system's allocator and work the same, only slower at that scale.
add_library(casedesk_allocator INTERFACE)
option(CASEDESK_JEMALLOC "Link the programs with jemalloc where it is installed (Linux)" ON)
if(CASEDESK_JEMALLOC AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(JEMALLOC QUIET IMPORTED_TARGET jemalloc)
    endif()
    if(JEMALLOC_FOUND)
        target_link_libraries(casedesk_allocator INTERFACE PkgConfig::JEMALLOC)
        message(STATUS "CaseDesk's programs allocate memory with jemalloc ${JEMALLOC_VERSION}")
    else()
        message(STATUS "jemalloc not found (libjemalloc-dev): CaseDesk's programs use the system's allocator")
    endif()
endif()
