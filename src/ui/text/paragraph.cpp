#include "ui/text/paragraph.h"

#include <fribidi.h>

#include "ui/text/utf8.h"

namespace ui::text {

namespace {

FriBidiParType fribidiBase(BaseDirection base) {
    switch (base) {
    case BaseDirection::Ltr: return FRIBIDI_PAR_LTR;
    case BaseDirection::Rtl: return FRIBIDI_PAR_RTL;
    case BaseDirection::AutoLtr: return FRIBIDI_PAR_WLTR;
    case BaseDirection::AutoRtl: return FRIBIDI_PAR_WRTL;
    }
    return FRIBIDI_PAR_LTR;
}

// Bidi classes, one per code point. Icons (Font Awesome, in the Private Use Area, which Unicode
// classes as left-to-right letters) count as neutral, like punctuation: "<icon> Back" in Arabic
// runs right to left, with the icon at its start.
std::vector<FriBidiCharType> bidiTypes(const std::vector<char32_t>& cps) {
    std::vector<FriBidiCharType> types(cps.size());
    fribidi_get_bidi_types(reinterpret_cast<const FriBidiChar*>(cps.data()), static_cast<FriBidiStrIndex>(cps.size()), types.data());
    for (size_t i = 0; i < cps.size(); ++i)
        if (cps[i] >= 0xE000 && cps[i] <= 0xF8FF) types[i] = FRIBIDI_TYPE_ON;
    return types;
}

// Bidi embedding levels, one per code point; the paragraph's direction in `rtl`.
std::vector<uint8_t> bidiLevels(const std::vector<char32_t>& cps, BaseDirection base, bool& rtl) {
    auto n = static_cast<FriBidiStrIndex>(cps.size());
    const auto* chars = reinterpret_cast<const FriBidiChar*>(cps.data());
    std::vector<FriBidiCharType> types = bidiTypes(cps);
    std::vector<FriBidiBracketType> brackets(cps.size());
    std::vector<FriBidiLevel> levels(cps.size());
    fribidi_get_bracket_types(chars, n, types.data(), brackets.data());
    FriBidiParType direction = fribidiBase(base);
    bool ok = n == 0 || fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &direction, levels.data()) > 0;
    rtl = FRIBIDI_IS_RTL(direction);
    if (!ok) direction = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    std::vector<uint8_t> out(cps.size(), rtl ? 1 : 0);
    if (ok)
        for (size_t i = 0; i < cps.size(); ++i) out[i] = static_cast<uint8_t>(levels[i]);
    return out;
}

bool isRealScript(hb_script_t s) { return s != HB_SCRIPT_COMMON && s != HB_SCRIPT_INHERITED && s != HB_SCRIPT_UNKNOWN; }

// Each character's script, with Common (spaces, digits, punctuation) and Inherited (combining
// marks) taking the script of the text around them, so "اتصل بـ" stays one Arabic run: that of
// the letter before, or of the letter after when only that one is at the same bidi level (the
// space after "CPR" in Arabic text belongs to the Arabic that follows).
std::vector<hb_script_t> scripts(const std::vector<char32_t>& cps, const std::vector<uint8_t>& levels) {
    hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
    std::vector<hb_script_t> own(cps.size()), out(cps.size());
    for (size_t i = 0; i < cps.size(); ++i) own[i] = hb_unicode_script(unicode, cps[i]);
    hb_script_t before = HB_SCRIPT_COMMON;
    uint8_t beforeLevel = 0;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (isRealScript(own[i])) {
            out[i] = before = own[i];
            beforeLevel = levels[i];
            continue;
        }
        size_t next = i + 1;
        while (next < cps.size() && !isRealScript(own[next])) ++next;
        bool takeNext = next < cps.size() && (!isRealScript(before) || (own[i] == HB_SCRIPT_COMMON && beforeLevel != levels[i] &&
                                                                        levels[next] == levels[i]));
        out[i] = takeNext ? own[next] : before;
    }
    return out;
}

// Marks and joiners stay in the font of the letter they belong to.
bool attachesToPrevious(char32_t cp) {
    switch (hb_unicode_general_category(hb_unicode_funcs_get_default(), cp)) {
    case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK: return true;
    default: return cp == 0x200C || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}

void shapeRun(Run& run, const std::string& text, hb_language_t language) {
    hb_buffer_t* buffer = hb_buffer_create();
    // The whole paragraph goes in, so HarfBuzz sees the letters around the run (joining context).
    hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), run.start, static_cast<int>(run.end - run.start));
    hb_buffer_set_direction(buffer, run.rtl() ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, run.script);
    hb_buffer_set_language(buffer, language);
    hb_shape(run.face->hbFont(), buffer, nullptr, 0);
    unsigned count = 0;
    hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    run.glyphs.reserve(count);
    for (unsigned i = 0; i < count; ++i)
        run.glyphs.push_back({infos[i].codepoint, infos[i].cluster, positions[i].x_advance, positions[i].x_offset, positions[i].y_offset});
    hb_buffer_destroy(buffer);
}

}  // namespace

Paragraph shapeParagraph(std::string_view input, FontSet& fonts, BaseDirection base, std::string_view language) {
    DecodedText decoded = decodeUtf8(input);
    Paragraph p;
    p.text = std::move(decoded.text);
    const std::vector<char32_t>& cps = decoded.codepoints;
    std::vector<uint8_t> levels = bidiLevels(cps, base, p.rtl);
    std::vector<hb_script_t> script = scripts(cps, levels);

    Face* previous = nullptr;
    for (size_t i = 0; i < cps.size(); ++i) {
        Face* face = previous && attachesToPrevious(cps[i]) && previous->covers(cps[i]) ? previous : &fonts.faceFor(script[i], cps[i]);
        previous = face;
        Run* run = p.runs.empty() ? nullptr : &p.runs.back();
        if (run && run->face == face && run->level == levels[i] && run->script == script[i]) {
            run->end = decoded.offsets[i + 1];
            continue;
        }
        p.runs.push_back(Run{face, script[i], levels[i], decoded.offsets[i], decoded.offsets[i + 1], {}});
    }
    hb_language_t lang = hb_language_from_string(language.data(), static_cast<int>(language.size()));
    for (Run& run : p.runs) shapeRun(run, p.text, lang);
    return p;
}

bool resolvesRtl(std::string_view text, BaseDirection base) {
    if (base == BaseDirection::Ltr || base == BaseDirection::Rtl) return base == BaseDirection::Rtl;
    DecodedText decoded = decodeUtf8(text);
    std::vector<FriBidiCharType> types = bidiTypes(decoded.codepoints);
    FriBidiParType direction = fribidi_get_par_direction(types.data(), static_cast<FriBidiStrIndex>(types.size()));
    if (direction == FRIBIDI_PAR_ON) return base == BaseDirection::AutoRtl;
    return direction == FRIBIDI_PAR_RTL;
}

}  // namespace ui::text
