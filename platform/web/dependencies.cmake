# The web build's dependencies: the same libraries the desktop takes from Debian's packages, compiled
# to WebAssembly from Debian's sources, which scripts/web fetches with `apt-get source` into
# STEADFAST_WEB_SOURCES (libical is built and installed beforehand into STEADFAST_WEB_PREFIX: its
# own build needs configure checks that are its business). Each target has the name the desktop's
# find_package or pkg_check_modules gives, so the libraries' own CMake lines are the same for both.
set(STEADFAST_WEB_SOURCES "" CACHE PATH "Unpacked Debian sources for the web build (scripts/web fills it)")
set(STEADFAST_WEB_PREFIX "" CACHE PATH "libical built for the web, and header-only libraries (scripts/web fills it)")
if(NOT IS_DIRECTORY "${STEADFAST_WEB_SOURCES}" OR NOT IS_DIRECTORY "${STEADFAST_WEB_PREFIX}")
  message(FATAL_ERROR "The web build needs STEADFAST_WEB_SOURCES and STEADFAST_WEB_PREFIX: build it with scripts/web.")
endif()
function(web_source_dir var pattern)
  file(GLOB found LIST_DIRECTORIES true "${STEADFAST_WEB_SOURCES}/${pattern}")
  if(NOT found)
    message(FATAL_ERROR "No ${pattern} in ${STEADFAST_WEB_SOURCES}: run scripts/web.")
  endif()
  list(GET found 0 dir)
  set(${var} "${dir}" PARENT_SCOPE)
endfunction()
enable_language(C)  # SQLite, FreeType, FriBidi
# WebAssembly's own exception handling (Chromium 95, Firefox 100, Safari 15.2): a throw unwinds in the
# engine, where emscripten's default runs every call that may throw through a JavaScript invoke_*
# trampoline (16% of the calls, in every C++ library). Emscripten's prebuilt libc++ has this variant.
# C code throws nothing and needs no unwinding of its own.
add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fwasm-exceptions>)
add_link_options(-fwasm-exceptions)
# The libraries below are optimised for size: SQLite, FreeType and FriBidi run rarely in a frame (a
# query after a tap, a glyph once into the atlas); HarfBuzz shapes new text, so it keeps -Os's speed.
# Dear ImGui keeps the build type's -O3: it draws every frame (Steadfast's own libraries: web.cmake).

# Dear ImGui 1.86 (libimgui-dev's version), with the GLFW and OpenGL 3 backends and imgui_stdlib.
web_source_dir(imgui_dir "imgui-1.86*")
add_library(web_imgui STATIC ${imgui_dir}/imgui.cpp ${imgui_dir}/imgui_draw.cpp ${imgui_dir}/imgui_tables.cpp
                             ${imgui_dir}/imgui_widgets.cpp ${imgui_dir}/misc/cpp/imgui_stdlib.cpp
                             ${imgui_dir}/backends/imgui_impl_glfw.cpp ${imgui_dir}/backends/imgui_impl_opengl3.cpp)
target_include_directories(web_imgui SYSTEM PUBLIC ${imgui_dir} ${imgui_dir}/misc/cpp)
target_compile_definitions(web_imgui PRIVATE IMGUI_IMPL_OPENGL_ES3)  # WebGL 2: "#version 300 es"
add_library(PkgConfig::IMGUI ALIAS web_imgui)

# SQLite's amalgamation (made from the sqlite3 source by scripts/web) and SQLiteCpp.
add_library(web_sqlite3 STATIC ${STEADFAST_WEB_PREFIX}/sqlite3/sqlite3.c)
target_include_directories(web_sqlite3 SYSTEM PUBLIC ${STEADFAST_WEB_PREFIX}/sqlite3)
target_compile_definitions(web_sqlite3 PRIVATE SQLITE_OMIT_LOAD_EXTENSION SQLITE_THREADSAFE=0 SQLITE_ENABLE_COLUMN_METADATA)
target_compile_options(web_sqlite3 PRIVATE -Oz)
web_source_dir(sqlitecpp_dir "sqlitecpp-*")
file(GLOB sqlitecpp_sources ${sqlitecpp_dir}/src/*.cpp)
add_library(SQLiteCpp STATIC ${sqlitecpp_sources})
target_include_directories(SQLiteCpp SYSTEM PUBLIC ${sqlitecpp_dir}/include)
target_link_libraries(SQLiteCpp PUBLIC web_sqlite3)

# Header-only libraries, from the Debian packages the desktop build uses (the headers are the same).
add_library(web_headers INTERFACE)
target_include_directories(web_headers SYSTEM INTERFACE ${STEADFAST_WEB_PREFIX}/include)
add_library(tomlplusplus::tomlplusplus ALIAS web_headers)
add_library(nlohmann_json::nlohmann_json ALIAS web_headers)

# libical (recurrence, time zones, iCalendar), built with its own CMake by scripts/web.
add_library(ical STATIC IMPORTED)
set_target_properties(ical PROPERTIES IMPORTED_LOCATION ${STEADFAST_WEB_PREFIX}/lib/libical.a
                                      INTERFACE_INCLUDE_DIRECTORIES ${STEADFAST_WEB_PREFIX}/include)
# ICU is not shipped to the browser: dates, numbers and language names come from its Intl instead
# (platform/web/intl_formats.cpp). The name stays so the libraries' lines need no condition.
add_library(PkgConfig::ICU INTERFACE IMPORTED)

# The text engine: FreeType (glyphs), HarfBuzz (shaping, one file), FriBidi (bidi), libunibreak.
web_source_dir(freetype_dir "freetype-2*")
set(FT_DISABLE_ZLIB ON CACHE BOOL "" FORCE)
set(FT_DISABLE_BZIP2 ON CACHE BOOL "" FORCE)
set(FT_DISABLE_PNG ON CACHE BOOL "" FORCE)
set(FT_DISABLE_HARFBUZZ ON CACHE BOOL "" FORCE)
set(FT_DISABLE_BROTLI ON CACHE BOOL "" FORCE)
add_subdirectory(${freetype_dir} freetype EXCLUDE_FROM_ALL SYSTEM)
target_compile_options(freetype PRIVATE -Oz)
web_source_dir(harfbuzz_dir "harfbuzz-*")
add_library(web_harfbuzz STATIC ${harfbuzz_dir}/src/harfbuzz.cc)
target_include_directories(web_harfbuzz SYSTEM PUBLIC ${harfbuzz_dir}/src)
target_compile_options(web_harfbuzz PRIVATE -fno-exceptions -fno-rtti -w -Os)
web_source_dir(fribidi_dir "fribidi-*")
file(GLOB fribidi_sources ${fribidi_dir}/lib/*.c)
add_library(web_fribidi STATIC ${fribidi_sources})
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/fribidi)
string(CONCAT fribidi_config  # what its meson build writes, for this version; written only when it changes
       "#pragma once\n#define FRIBIDI \"fribidi\"\n#define FRIBIDI_NAME \"GNU FriBidi\"\n#define FRIBIDI_BUGREPORT \"\"\n"
       "#define FRIBIDI_VERSION \"1.0.8\"\n#define FRIBIDI_MAJOR_VERSION 1\n#define FRIBIDI_MINOR_VERSION 0\n"
       "#define FRIBIDI_MICRO_VERSION 8\n#define FRIBIDI_INTERFACE_VERSION 4\n#define FRIBIDI_INTERFACE_VERSION_STRING \"4\"\n"
       "#define FRIBIDI_SIZEOF_INT 4\n")
file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/fribidi/fribidi-config.h CONTENT "${fribidi_config}" @ONLY)
target_include_directories(web_fribidi SYSTEM PUBLIC ${fribidi_dir}/lib ${CMAKE_BINARY_DIR}/fribidi)
target_compile_definitions(web_fribidi PRIVATE HAVE_STRING_H HAVE_STDLIB_H HAVE_STRINGIZE FRIBIDI_BUILD)
target_compile_options(web_fribidi PRIVATE -w -Oz)
file(GLOB unibreak_dir LIST_DIRECTORIES true "${STEADFAST_WEB_SOURCES}/libunibreak-*")  # its upstream tarball's folder (libunibreak-libunibreak_6_1)
if(unibreak_dir)
  set(unibreak_sources unibreakbase.c unibreakdef.c linebreak.c linebreakdata.c linebreakdef.c eastasianwidthdef.c emojidef.c
                       graphemebreak.c wordbreak.c)  # its Makefile.am's (the other .c files are included by these, or tests)
  list(TRANSFORM unibreak_sources PREPEND ${unibreak_dir}/src/)
  add_library(web_unibreak STATIC ${unibreak_sources})
  target_compile_options(web_unibreak PRIVATE -w -Oz)
  target_include_directories(web_unibreak SYSTEM PUBLIC ${unibreak_dir}/src)
else()
  # Without libunibreak's source (a mirror that lacks it), lines break at spaces and newlines only.
  add_library(web_unibreak STATIC ${CMAKE_SOURCE_DIR}/platform/web/space_line_breaks.cpp)
  target_include_directories(web_unibreak SYSTEM PUBLIC ${STEADFAST_WEB_PREFIX}/include)
  message(WARNING "No libunibreak source: lines break at spaces and newlines only.")
endif()
add_library(web_text INTERFACE)
target_link_libraries(web_text INTERFACE web_harfbuzz web_fribidi web_unibreak freetype)
add_library(PkgConfig::TEXT ALIAS web_text)

# Not in the browser: the files that use them (the PDF writer, the fontconfig lookup) are left out of
# the web build (CMakeLists.txt), and these names stay empty so the libraries' lines need no condition.
add_library(PkgConfig::PANGOCAIRO INTERFACE IMPORTED)
add_library(PkgConfig::FONTCONFIG INTERFACE IMPORTED)
