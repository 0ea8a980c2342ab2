#!/usr/bin/env python3
"""Every character Steadfast's own words use has a glyph in the fonts the browser build ships.

The browser build cuts DejaVu Sans to the ranges in platform/web/latin_font_characters.txt and keeps
Noto Naskh Arabic whole; the browser has no other font to fall back on, so a character outside them
would show as a box. The words are the content files, the catalogues and the sources' strings.
Usage: tests/web/font_coverage_test.py SOURCE_DIR
"""
import pathlib
import re
import sys

ARABIC = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
ICONS = [(0xF000, 0xF2FF)]  # Font Awesome's, cut to src/ui/icons.h by the build


def latin_ranges(path):
    ranges = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?", line.strip())
        if match:
            first = int(match.group(1), 16)
            ranges.append((first, int(match.group(2) or match.group(1), 16)))
    return ranges


def main():
    root = pathlib.Path(sys.argv[1])
    covered = latin_ranges(root / "platform/web/latin_font_characters.txt") + ARABIC + ICONS
    files = [*root.glob("content/**/*.toml"), *root.glob("po/*.po"), *root.glob("src/**/*.cpp"), *root.glob("src/**/*.h")]
    missing = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for character in line:
                code = ord(character)
                if code >= 0x20 and not any(first <= code <= last for first, last in covered):
                    missing.setdefault(character, f"{path.relative_to(root)}:{number}")
    for character, where in sorted(missing.items()):
        print(f"{where}: U+{ord(character):04X} ({character}) is in no font of the browser build: "
              "add it to platform/web/latin_font_characters.txt")
    print(f"{len(files)} files, {len(missing)} characters without a glyph in the browser build")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
