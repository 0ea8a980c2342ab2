# The browser build's page: platform/web's code and the same libraries as the desktop, written as
# index.html, index.js, index.wasm and index.data (content, words, fonts, time zones) into
# ${CMAKE_BINARY_DIR}/app, a folder any static web server serves.
add_executable(steadfast_web platform/web/web_platform.cpp platform/web/intl_formats.cpp platform/web/web_fonts.cpp
                             platform/web/browser_files.cpp platform/web/browser_notifications.cpp platform/web/browser_update.cpp
                             platform/web/plan_print_page_only.cpp platform/web/web_media.cpp)
target_include_directories(steadfast_web PRIVATE .)
target_link_libraries(steadfast_web PRIVATE steadfast_ui steadfast_warnings ical)  # web_platform.cpp tells libical where its zones are
set(web_app_dir ${CMAKE_BINARY_DIR}/app)
set_target_properties(steadfast_web PROPERTIES OUTPUT_NAME index SUFFIX .html RUNTIME_OUTPUT_DIRECTORY ${web_app_dir}
                                               LINK_DEPENDS "${CMAKE_SOURCE_DIR}/platform/web/shell.html;${CMAKE_SOURCE_DIR}/platform/web/web_media.js")  # and the fonts (below)
set(fonts /usr/share/fonts/truetype)
# The fonts are most of the first visit's download: each is cut to the characters Steadfast can show
# (hb-subset, Debian's libharfbuzz-bin), without hinting instructions, which a phone's screen
# density does not need. DejaVu keeps the characters platform/web/latin_font_characters.txt lists;
# Noto Naskh keeps all of Arabic. They are preloaded at the paths Debian's packages use, where
# ui/fonts.cpp looks.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/platform/web/latin_font_characters.txt)
file(STRINGS ${CMAKE_SOURCE_DIR}/platform/web/latin_font_characters.txt latin_characters REGEX "^U\\+")
string(REPLACE ";" "," latin_characters "${latin_characters}")
set(web_fonts_dir ${CMAKE_BINARY_DIR}/fonts)
set(web_font_options)
foreach(font dejavu/DejaVuSans dejavu/DejaVuSans-Bold noto/NotoNaskhArabic-Regular noto/NotoNaskhArabic-Bold)
  if(font MATCHES "^dejavu/")
    set(unicodes ${latin_characters})
  else()
    set(unicodes "*")
  endif()
  add_custom_command(OUTPUT ${web_fonts_dir}/${font}.ttf
    COMMAND ${CMAKE_COMMAND} -E make_directory ${web_fonts_dir}/dejavu ${web_fonts_dir}/noto
    COMMAND hb-subset --no-hinting "--unicodes=${unicodes}" --output-file=${web_fonts_dir}/${font}.ttf ${fonts}/${font}.ttf
    DEPENDS ${fonts}/${font}.ttf VERBATIM)
  list(APPEND web_font_files ${web_fonts_dir}/${font}.ttf)
  list(APPEND web_font_options "SHELL:--preload-file ${web_fonts_dir}/${font}.ttf@${fonts}/${font}.ttf")
endforeach()
# The icon font keeps only the icons src/ui/icons.h names (a few dozen of Font Awesome's 700).
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/icons.h)
file(STRINGS ${CMAKE_SOURCE_DIR}/src/ui/icons.h icon_lines REGEX "^#define ICON_")
set(icon_code_points)
foreach(line ${icon_lines})  # "\xef\x89\xb4": UTF-8 for U+F274, in the Private Use Area
  string(REGEX MATCH "\\\\xef\\\\x([0-9a-f][0-9a-f])\\\\x([0-9a-f][0-9a-f])" found "${line}")
  if(NOT found)
    message(FATAL_ERROR "src/ui/icons.h: not a three-byte U+Fxxx code point: ${line}")
  endif()
  math(EXPR code_point "0xF000 | ((0x${CMAKE_MATCH_1} & 0x3F) << 6) | (0x${CMAKE_MATCH_2} & 0x3F)" OUTPUT_FORMAT HEXADECIMAL)
  list(APPEND icon_code_points ${code_point})
endforeach()
list(REMOVE_DUPLICATES icon_code_points)
string(REPLACE ";" "," icon_code_points "${icon_code_points}")
set(icon_font font-awesome/fontawesome-webfont.ttf)
add_custom_command(OUTPUT ${web_fonts_dir}/${icon_font}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${web_fonts_dir}/font-awesome
  COMMAND hb-subset --no-hinting "--unicodes=${icon_code_points}" --output-file=${web_fonts_dir}/${icon_font} ${fonts}/${icon_font}
  DEPENDS ${fonts}/${icon_font} ${CMAKE_SOURCE_DIR}/src/ui/icons.h VERBATIM)
list(APPEND web_font_files ${web_fonts_dir}/${icon_font})
list(APPEND web_font_options "SHELL:--preload-file ${web_fonts_dir}/${icon_font}@${fonts}/${icon_font}")
add_custom_target(steadfast_web_fonts DEPENDS ${web_font_files})
add_dependencies(steadfast_web steadfast_web_fonts)
set_property(TARGET steadfast_web APPEND PROPERTY LINK_DEPENDS ${web_font_files})
target_link_options(steadfast_web PRIVATE
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1 -sALLOW_MEMORY_GROWTH=1
  -sMINIFY_HTML=0  # Debian's emscripten cannot minify HTML
  -sENVIRONMENT=web  # no Node.js or worker code in index.js
  -Os  # the link's own pass over the whole wasm (wasm-opt) for size: 22 KB less gzipped, frames as fast
  -lidbfs.js -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_steadfast_type_text,_steadfast_target,_steadfast_visible_area_changed,_steadfast_file_chosen,_steadfast_storage_known,_steadfast_open_reminder,_steadfast_update_found
  "SHELL:--shell-file ${CMAKE_SOURCE_DIR}/platform/web/shell.html"
  "SHELL:--js-library ${CMAKE_SOURCE_DIR}/platform/web/web_media.js"  # sound, voice, wake lock
  # SHELL: keeps each repeated --preload-file with its argument (CMake drops repeated options)
  "SHELL:--preload-file ${CMAKE_SOURCE_DIR}/content@/content" "SHELL:--preload-file ${CMAKE_SOURCE_DIR}/po@/po"
  "SHELL:--exclude-file *.md" "SHELL:--exclude-file *.pot"  # for authors and translators, not read at run time
  "SHELL:--preload-file ${STEADFAST_WEB_PREFIX}/share/libical/zoneinfo@/zoneinfo"
  ${web_font_options})
# Installable and offline: the manifest, the icon, and a service worker whose cache name is the build's.
add_custom_command(TARGET steadfast_web POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/platform/web/manifest.webmanifest ${CMAKE_SOURCE_DIR}/packaging/steadfast.svg ${web_app_dir}
  COMMAND ${CMAKE_COMMAND} -DAPP_DIR=${web_app_dir} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -P ${CMAKE_SOURCE_DIR}/platform/web/stamp_service_worker.cmake)
# Steadfast's libraries that draw nothing (content loading, the store, export, words, dates) are
# optimised for size: they run once at start or after a tap, and are half of the app's own code.
# The app's state and the UI keep -O3: they run every frame.
foreach(library steadfast_core steadfast_i18n steadfast_store steadfast_content steadfast_export)
  target_compile_options(${library} PRIVATE -Os)
endforeach()
# em++ is several times slower than g++ per file, mostly in parsing the same headers again: the app
# and the UI compile as batches of their files for the browser.
set_target_properties(steadfast_app steadfast_ui PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 10)
set_source_files_properties(src/ui/text/glyph_atlas.cpp PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)  # its helpers share names with text.cpp's
