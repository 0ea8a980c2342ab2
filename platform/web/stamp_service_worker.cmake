# Writes APP_DIR/sw.js from sw.js.in with a cache name that changes with the build's files.
file(SHA256 ${APP_DIR}/index.wasm wasm_hash)
file(SHA256 ${APP_DIR}/index.data data_hash)
file(SHA256 ${APP_DIR}/index.js js_hash)
string(SHA256 WEB_BUILD_HASH "${wasm_hash}${data_hash}${js_hash}")
string(SUBSTRING ${WEB_BUILD_HASH} 0 16 WEB_BUILD_HASH)
configure_file(${SOURCE_DIR}/platform/web/sw.js.in ${APP_DIR}/sw.js @ONLY)
