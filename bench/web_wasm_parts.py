#!/usr/bin/env python3
"""What the browser version's wasm is made of: code bytes per library, and how many calls go through
emscripten's invoke_* JavaScript trampolines (JavaScript-based exceptions: each call that may throw).

After scripts/web --build-only: bench/web_wasm_parts.py [build-web]
It links the same objects once more into build-web/prof with --profiling-funcs (function names kept,
code otherwise as shipped; about two minutes), unless build-web/prof/index.wasm is newer than the app.

Sizes are each function body's bytes in the code section (before gzip); names come from the name
section and are matched to the static library that defines them (llvm-nm on build-web's archives
and emscripten's system libraries). Functions inlined or merged by the optimiser count where they
ended up."""
import collections
import glob
import os
import re
import subprocess
import sys


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def read_wasm(path):
    """Function names (index -> name), body sizes of defined functions, number of imported functions."""
    data = open(path, "rb").read()
    assert data[:4] == b"\0asm", f"{path} is not a wasm file"
    pos, imported, sizes, names = 8, 0, [], {}
    while pos < len(data):
        section, pos = data[pos], pos + 1
        length, pos = leb(data, pos)
        end = pos + length
        if section == 2:  # imports: only functions take function indices
            count, p = leb(data, pos)
            for _ in range(count):
                for _ in range(2):  # module, field
                    n, p = leb(data, p)
                    p += n
                kind, p = data[p], p + 1
                if kind == 0:
                    imported += 1
                    _, p = leb(data, p)
                elif kind == 1:  # table: reftype, limits
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 2:  # memory: limits
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                else:  # global: type, mutability
                    p += 2
        elif section == 10:
            count, p = leb(data, pos)
            for _ in range(count):
                size, p = leb(data, p)
                sizes.append(size)
                p += size
        elif section == 0:
            n, p = leb(data, pos)
            if data[p:p + n] == b"name":
                p += n
                while p < end:
                    sub, p = data[p], p + 1
                    sub_length, p = leb(data, p)
                    if sub == 1:
                        count, q = leb(data, p)
                        for _ in range(count):
                            index, q = leb(data, q)
                            n, q = leb(data, q)
                            names[index] = data[q:q + n].decode("utf-8", "replace")
                            q += n
                    p += sub_length
        pos = end
    return names, sizes, imported


def invoke_calls(path):
    """Per defined function (in order): calls through invoke_* and all direct calls, from wasm-dis."""
    text = subprocess.run(["wasm-dis", path], check=True, capture_output=True, text=True).stdout
    counts, current = [], None
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("(func ") and line.startswith(" (func "):
            current = [0, 0]
            counts.append(current)
        elif current is not None and stripped.startswith("(call $"):
            current[1] += 1
            if stripped.startswith("(call $invoke_"):
                current[0] += 1
    return counts


def library_of_symbols(build):
    """Demangled function name -> library, from the archives of the build and emscripten's cache."""
    archives = glob.glob(os.path.join(build, "**", "*.a"), recursive=True)
    archives += [a for a in glob.glob("/usr/share/emscripten/cache/sysroot/lib/wasm32-emscripten/*.a")
                 if not re.search(r"asan|debug|-mt|wasmfs|tracing", a)]  # the variants a release link takes
    owner = {}
    for archive in archives:
        name = os.path.basename(archive)
        if "/cache/" in archive:
            name = "system: " + re.sub(r"(-mt|-except|-noexcept|-optz|-debug|-noerrno|-full_es3|-webgl2|-emu|-ofb)+\.a$", ".a", name)
        nm = subprocess.run(["llvm-nm-14", "--defined-only", "-C", archive], capture_output=True, text=True).stdout
        for line in nm.splitlines():
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1] in "TtWw":
                owner.setdefault(parts[2], name)
    return owner


def link_with_names(build):
    """build/prof/index.wasm: the app's link line, with names kept, unless it is newer than the app."""
    wasm, app = os.path.join(build, "prof", "index.wasm"), os.path.join(build, "app", "index.wasm")
    if os.path.exists(wasm) and os.path.getmtime(wasm) > os.path.getmtime(app):
        return wasm
    os.makedirs(os.path.dirname(wasm), exist_ok=True)
    line = open(os.path.join(build, "CMakeFiles", "steadfast_web.dir", "link.txt")).read().strip()
    line = line.replace(" -o app/index.html ", " -o prof/index.html --profiling-funcs ")
    subprocess.run(line, shell=True, cwd=build, check=True, env=dict(os.environ, NODE_PATH="/usr/share/nodejs"))
    return wasm


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build-web"
    wasm = link_with_names(build)
    names, sizes, imported = read_wasm(wasm)
    if not names:
        sys.exit(f"{wasm} has no name section: link it with --profiling-funcs")
    calls = invoke_calls(wasm)
    owner = library_of_symbols(build)
    per_library = collections.defaultdict(lambda: [0, 0, 0, 0])  # bytes, functions, invoke calls, calls
    biggest = []
    for i, size in enumerate(sizes):
        name = names.get(imported + i, f"#{imported + i}")
        library = owner.get(name) or owner.get(name.split("(")[0]) or "unattributed"
        invokes, all_calls = calls[i] if i < len(calls) else (0, 0)
        entry = per_library[library]
        entry[0] += size
        entry[1] += 1
        entry[2] += invokes
        entry[3] += all_calls
        biggest.append((size, name, library))
    total = sum(sizes)
    total_invokes = sum(c[0] for c in calls)
    total_calls = sum(c[1] for c in calls)
    print(f"{wasm}: {total} code bytes in {len(sizes)} functions; {total_calls} calls, "
          f"{total_invokes} through invoke_* ({100 * total_invokes / max(total_calls, 1):.1f}%)")
    print(f"{'library':34} {'code bytes':>10} {'share':>6} {'functions':>9} {'invoke_':>8} {'calls':>7}")
    for library, (size, count, invokes, all_calls) in sorted(per_library.items(), key=lambda kv: -kv[1][0]):
        print(f"{library[:34]:34} {size:10d} {100 * size / total:5.1f}% {count:9d} {invokes:8d} {all_calls:7d}")
    print("\nlargest functions:")
    for size, name, library in sorted(biggest, reverse=True)[:15]:
        print(f"{size:8d}  {library[:24]:24}  {name[:90]}")


if __name__ == "__main__":
    main()
