#!/usr/bin/env bash
# The Debian package installs and works: scripts/package packages this build's binary (it checks
# the AppStream metadata and runs lintian), dpkg -x unpacks it into a scratch root, and the
# installed binary runs --version and check-content on the installed content.
# Usage: tests/package_installs.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1" build="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$src/scripts/package" --build-dir "$build" --out "$scratch/dist"
deb="$(ls "$scratch"/dist/steadfast_*.deb)"
dpkg-deb --field "$deb" Depends | grep -q "fonts-dejavu-core" || { echo "Depends lacks the fonts"; exit 1; }
dpkg -x "$deb" "$scratch/root"
bin="$scratch/root/usr/bin/steadfast"
"$bin" --version | grep -q "^steadfast [0-9]" || { echo "--version failed"; exit 1; }
"$bin" check-content "$scratch/root/usr/share/steadfast/content"
for f in usr/share/applications/steadfast.desktop usr/share/icons/hicolor/scalable/apps/steadfast.svg \
         usr/share/metainfo/app.steadfast.Steadfast.metainfo.xml usr/share/man/man1/steadfast.1.gz \
         usr/share/doc/steadfast/copyright; do
  [ -f "$scratch/root/$f" ] || { echo "missing $f"; exit 1; }
done
echo "package installs and runs: $(basename "$deb")"
