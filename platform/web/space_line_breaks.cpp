// Line breaks where libunibreak's source is not at hand: after a run of spaces and at a newline, the
// opportunities Latin and Arabic text mostly needs (no breaks after hyphens or inside CJK text).
// Same interface as libunibreak's, so ui/text/layout.cpp is unchanged.
#include <linebreak.h>

extern "C" {

void init_linebreak(void) {}

void set_linebreaks_utf8(const utf8_t* s, size_t len, const char*, char* brks) {
    for (size_t i = 0; i < len; ++i) {
        bool lastOfCharacter = i + 1 == len || (s[i + 1] & 0xC0) != 0x80;
        if (!lastOfCharacter) {
            brks[i] = LINEBREAK_INSIDEACHAR;
            continue;
        }
        bool space = s[i] == ' ' || s[i] == '\t';
        bool nextSpace = i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t');
        if (s[i] == '\n' || i + 1 == len)
            brks[i] = LINEBREAK_MUSTBREAK;
        else if (space && !nextSpace)
            brks[i] = LINEBREAK_ALLOWBREAK;
        else
            brks[i] = LINEBREAK_NOBREAK;
    }
}

}  // extern "C"
