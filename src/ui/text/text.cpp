#include "ui/text/text.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <fribidi.h>
#include <map>

#include "i18n/direction.h"
#include "ui/text/glyph_atlas.h"
#include "ui/text/layout.h"
#include "ui/text/lru_cache.h"
#include "ui/text/paragraph.h"
#include "ui/text/utf8.h"

namespace ui::text {

namespace {

struct Label {
    std::string text;
    float width;
};

struct FontState {
    FontSet* set;
    int emPx;
};

struct Engine {
    std::string language = "en";
    bool rtl = false;
    std::unique_ptr<FontSource> source;
    std::vector<std::unique_ptr<FontSet>> sets;
    std::unique_ptr<GlyphAtlas> atlas;
    std::map<ImFont*, FontState> fonts;
    // Bounded, so a clock that changes every second does not grow them without end.
    LruCache<Paragraph> paragraphs{512};
    LruCache<Label> labels{1024};
    LruCache<Wrapped> wraps{256};
    LruCache<FieldLayout> fields{64};
    uint64_t frame = 0;
    std::string key;  // reused: looking up a cached label allocates nothing

    void clearDrawn() {
        labels.clear();
        wraps.clear();
        fields.clear();
    }
};

Engine& engine() {
    static Engine e;
    return e;
}

BaseDirection baseOf(Direction d) {
    bool rtl = engine().rtl;
    switch (d) {
    case Direction::Ui: return rtl ? BaseDirection::Rtl : BaseDirection::Ltr;
    case Direction::Auto: return rtl ? BaseDirection::AutoRtl : BaseDirection::AutoLtr;
    case Direction::Ltr: return BaseDirection::Ltr;
    case Direction::Rtl: return BaseDirection::Rtl;
    }
    return BaseDirection::Ltr;
}

bool isAsciiLetter(char32_t c) { return (c | 0x20) - U'a' < 26u; }

// Text ImGui draws right by itself: every character is in the atlas, none needs shaping (Latin,
// Greek, Cyrillic, common punctuation; no combining marks) and it all runs left to right.
bool passesThrough(ImFont* font, std::string_view s, BaseDirection base) {
    if (base == BaseDirection::Rtl) return false;
    bool strongLtr = false, ascii = true;
    for (char c : s) {  // most UI text: ASCII, checked without decoding
        auto b = static_cast<unsigned char>(c);
        if (b >= 0x80) {
            ascii = false;
            break;
        }
        if (b != '\n' && !font->FindGlyphNoFallback(b)) return false;
        strongLtr = strongLtr || isAsciiLetter(b);
    }
    if (ascii) return base != BaseDirection::AutoRtl || strongLtr;
    hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
    DecodedText decoded = decodeUtf8(s);
    if (decoded.text.size() != s.size()) return false;  // malformed: the engine shows U+FFFD
    for (char32_t cp : decoded.codepoints) {
        if (cp == '\n') continue;
        if (cp > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) return false;
        if (cp < 0x80) {
            strongLtr = strongLtr || isAsciiLetter(cp);
            continue;
        }
        FriBidiCharType type = fribidi_get_bidi_type(cp);
        if (!(type == FRIBIDI_TYPE_LTR || type == FRIBIDI_TYPE_EN || type == FRIBIDI_TYPE_ES || type == FRIBIDI_TYPE_ET ||
              type == FRIBIDI_TYPE_CS || type == FRIBIDI_TYPE_WS || type == FRIBIDI_TYPE_ON))
            return false;
        hb_script_t script = hb_unicode_script(unicode, cp);
        if (script != HB_SCRIPT_COMMON && script != HB_SCRIPT_LATIN && script != HB_SCRIPT_GREEK && script != HB_SCRIPT_CYRILLIC)
            return false;
        strongLtr = strongLtr || type == FRIBIDI_TYPE_LTR;
    }
    return base != BaseDirection::AutoRtl || strongLtr;
}

void makeKey(std::string& key, const void* owner, BaseDirection base, int extra, std::string_view text) {
    key.assign(reinterpret_cast<const char*>(&owner), sizeof owner);
    key += static_cast<char>(base);
    key.append(reinterpret_cast<const char*>(&extra), sizeof extra);
    key.append(text);
}

bool keyBelongsTo(const std::string& key, const void* owner) {
    return key.size() >= sizeof owner && std::memcmp(key.data(), &owner, sizeof owner) == 0;
}

const Paragraph& shaped(FontSet& set, BaseDirection base, std::string_view text) {
    Engine& e = engine();
    std::string key;
    makeKey(key, &set, base, 0, text);
    if (Paragraph* hit = e.paragraphs.find(key, e.frame)) return *hit;
    return e.paragraphs.insert(key, shapeParagraph(text, set, base, e.language), e.frame);
}

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// A laid-out line as codes of `font`, and its width in whole pixels. ImGui's pen moves by whole
// pixels; each glyph's code carries its quarter-pixel phase, so no error adds up along the line.
Label encode(ImFont* font, const Line& line) {
    GlyphAtlas& atlas = *engine().atlas;
    auto quarters = [](float px) { return static_cast<int>(std::lround(px * 4)); };
    Label out{{}, 0};
    int end = -floorDiv(-quarters(line.width), 4);  // the line's width, rounded up to a whole pixel
    for (size_t i = 0; i < line.glyphs.size(); ++i) {
        const PlacedGlyph& g = line.glyphs[i];
        int pen = quarters(g.x), whole = floorDiv(pen, 4);
        int next = i + 1 < line.glyphs.size() ? floorDiv(quarters(line.glyphs[i + 1].x), 4) : end;
        GlyphKey key{g.face, g.id, static_cast<int16_t>(pen - whole * 4 + quarters(g.dx)), static_cast<int16_t>(std::lround(g.dy)),
                     static_cast<int16_t>(next - whole)};
        ImWchar code = atlas.code(font, key);
        appendUtf8(out.text, code ? code : U'?');  // out of codes: the frame is drawn again
    }
    out.width = static_cast<float>(end);
    return out;
}

FontState* stateOf(ImFont* font) {
    auto it = engine().fonts.find(font);
    return it == engine().fonts.end() ? nullptr : &it->second;
}

// The label's cached visual string, or null when the text passes through unchanged.
const Label* labelFor(ImFont* font, std::string_view whole, Direction direction) {
    Engine& e = engine();
    FontState* state = stateOf(font);
    std::string_view text = whole.substr(0, whole.find("##"));
    BaseDirection base = baseOf(direction);
    if (!state || passesThrough(font, text, base)) return nullptr;
    makeKey(e.key, font, base, -1, whole);
    if (Label* hit = e.labels.find(e.key, e.frame)) return hit;
    Label label{{}, 0};
    std::vector<Line> lines = layoutLines(shaped(*state->set, base, text), static_cast<float>(state->emPx), 0, e.language);
    for (size_t i = 0; i < lines.size(); ++i) {
        Label encoded = encode(font, lines[i]);
        if (i > 0) label.text += '\n';
        label.text += encoded.text;
        label.width = std::max(label.width, encoded.width);
    }
    label.text.append(whole.substr(text.size()));
    return &e.labels.insert(e.key, std::move(label), e.frame);
}

}  // namespace

void setLanguage(std::string_view language) {
    Engine& e = engine();
    e.language = std::string(language);
    e.rtl = i18n::writtenRightToLeft(language);
    e.paragraphs.clear();  // shaping and line breaks depend on the language
    e.clearDrawn();
}

bool uiIsRtl() { return engine().rtl; }

void attach(ImFontAtlas& atlas, const std::vector<FontSpec>& fonts) {
    Engine& e = engine();
    detach();
    if (!e.source) e.source = systemFontSource();
    auto sizeOf = [&](ImFont* font) {  // the atlas is not built yet: the size asked for
        for (const ImFontConfig& config : atlas.ConfigData)
            if (config.DstFont == font && !config.MergeMode) return config.SizePixels;
        return font->FontSize;
    };
    // Room for a screen or two of shaped text at the first font's size before the atlas must grow.
    float firstSize = fonts.empty() ? 16.0f : sizeOf(fonts.front().font);
    e.atlas = std::make_unique<GlyphAtlas>(atlas, static_cast<int>(firstSize * 20));
    for (const FontSpec& spec : fonts) {
        FontSet* set = nullptr;
        for (auto& s : e.sets)
            if (s->primary().file().path == spec.file && s->bold() == spec.bold) set = s.get();
        if (!set) set = e.sets.emplace_back(std::make_unique<FontSet>(*e.source, FontFile{spec.file, 0}, spec.bold)).get();
        // ImGui sizes a font by ascender - descender; the other scripts' fonts get the same em.
        const Face& primary = set->primary();
        int emPx = std::max(1, static_cast<int>(std::lround(sizeOf(spec.font) * static_cast<float>(primary.unitsPerEm()) /
                                                            static_cast<float>(primary.lineHeightUnits()))));
        e.fonts[spec.font] = {set, emPx};
        e.atlas->addFont(spec.font, emPx);
    }
}

void detach() {
    Engine& e = engine();
    e.clearDrawn();
    e.fonts.clear();
    e.atlas.reset();
}

void setFontSource(std::unique_ptr<FontSource> source) {
    Engine& e = engine();
    detach();
    e.paragraphs.clear();
    e.sets.clear();
    e.source = std::move(source);
}

bool updateAtlas() {
    Engine& e = engine();
    ++e.frame;
    e.labels.trim(e.frame);
    e.wraps.trim(e.frame);
    e.fields.trim(e.frame);
    e.paragraphs.trim(e.frame);
    if (!e.atlas) return false;
    bool changed = false;
    for (ImFont* font : e.atlas->update(changed)) {
        e.labels.eraseIf([&](const std::string& key) { return keyBelongsTo(key, font); });
        e.wraps.eraseIf([&](const std::string& key) { return keyBelongsTo(key, font); });
        e.fields.eraseIf([&](const std::string& key) { return keyBelongsTo(key, font); });
    }
    return changed;
}

bool glyphsPending() { return engine().atlas && engine().atlas->pending(); }

const char* label(ImFont* font, const char* logical, Direction direction) {
    const Label* shaped = labelFor(font, logical, direction);
    return shaped ? shaped->text.c_str() : logical;
}

const char* label(ImFont* font, const std::string& logical, Direction direction) {
    const Label* shaped = labelFor(font, logical, direction);
    return shaped ? shaped->text.c_str() : logical.c_str();
}

float width(ImFont* font, std::string_view logical, Direction direction) {
    if (const Label* shaped = labelFor(font, logical, direction)) return shaped->width;
    std::string_view text = logical.substr(0, logical.find("##"));
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

bool isRtl(std::string_view logical, Direction direction) { return resolvesRtl(logical, baseOf(direction)); }

bool drawnAsIs(ImFont* font, std::string_view logical, Direction direction) {
    return !stateOf(font) || passesThrough(font, logical.substr(0, logical.find("##")), baseOf(direction));
}

namespace {

// The paragraph laid out in lines with where each cluster is: by the engine, or (for text ImGui
// draws as it is) with ImGui's own advances, broken at the same opportunities as shaped text.
FieldLayout layOut(ImFont* font, std::string_view logical, float maxWidth, BaseDirection base) {
    Engine& e = engine();
    FieldLayout out;
    out.spaceAdvance = font->GetCharAdvance(' ');
    FontState* state = stateOf(font);
    if (!state || passesThrough(font, logical, base)) {
        DecodedText decoded = decodeUtf8(logical);
        out.size = static_cast<uint32_t>(decoded.text.size());
        std::vector<float> advance(decoded.text.size(), 0.0f);
        std::vector<char> clusterStart(decoded.text.size(), 0);
        for (size_t i = 0; i < decoded.codepoints.size(); ++i) {
            char32_t cp = decoded.codepoints[i];
            advance[decoded.offsets[i]] = cp == '\n' || cp > 0xFFFF ? 0.0f : font->GetCharAdvance(static_cast<ImWchar>(cp));
            clusterStart[decoded.offsets[i]] = 1;
        }
        for (const LineRange& r : breakLines(decoded.text, advance, clusterStart, maxWidth, e.language)) {
            FieldLine line{decoded.text.substr(r.start, r.visibleEnd - r.start), 0, r.start, r.visibleEnd, r.end, {}};
            for (size_t i = 0; i < decoded.codepoints.size(); ++i) {
                uint32_t at = decoded.offsets[i];
                if (at < r.start || at >= r.visibleEnd) continue;
                line.clusters.push_back({at, decoded.offsets[i + 1], line.width, line.width + advance[at], false});
                line.width += advance[at];
            }
            out.lines.push_back(std::move(line));
        }
        out.rtl = state ? false : resolvesRtl(logical, base);
        return out;
    }
    const Paragraph& p = shaped(*state->set, base, logical);
    out.size = static_cast<uint32_t>(p.text.size());
    out.rtl = p.rtl;
    std::vector<uint32_t> starts;  // every cluster's first byte, in logical order
    for (const Run& run : p.runs)
        for (const ShapedGlyph& g : run.glyphs) starts.push_back(g.cluster);
    std::sort(starts.begin(), starts.end());
    for (const Line& line : layoutLines(p, static_cast<float>(state->emPx), maxWidth, e.language)) {
        Label encoded = encode(font, line);
        FieldLine out_line{std::move(encoded.text), encoded.width, line.range.start, line.range.visibleEnd, line.range.end, {}};
        for (const PlacedGlyph& g : line.glyphs) {
            std::vector<ClusterBox>& boxes = out_line.clusters;
            if (!boxes.empty() && boxes.back().start == g.cluster) {  // a mark or a glyph more of the same cluster
                boxes.back().x0 = std::min(boxes.back().x0, g.x);
                boxes.back().x1 = std::max(boxes.back().x1, g.x + g.advance);
                continue;
            }
            auto next = std::upper_bound(starts.begin(), starts.end(), g.cluster);
            boxes.push_back({g.cluster, next == starts.end() ? out.size : *next, g.x, g.x + g.advance, g.rtl});
        }
        out.lines.push_back(std::move(out_line));
    }
    return out;
}

}  // namespace

const Wrapped& wrap(ImFont* font, std::string_view logical, float maxWidth, Direction direction) {
    Engine& e = engine();
    BaseDirection base = baseOf(direction);
    maxWidth = std::floor(maxWidth);  // one cached layout per whole pixel of width
    std::string key;
    makeKey(key, font, base, static_cast<int>(maxWidth), logical);
    if (Wrapped* hit = e.wraps.find(key, e.frame)) return *hit;
    FieldLayout laid = layOut(font, logical, maxWidth, base);
    Wrapped out;
    for (FieldLine& line : laid.lines) out.lines.push_back({std::move(line.text), line.width});
    out.rtl = laid.rtl;
    return e.wraps.insert(key, std::move(out), e.frame);
}

const FieldLayout& fieldLayout(ImFont* font, std::string_view logical, float maxWidth) {
    Engine& e = engine();
    BaseDirection base = baseOf(Direction::Auto);
    maxWidth = std::floor(maxWidth);
    std::string key;
    makeKey(key, font, base, static_cast<int>(maxWidth), logical);
    if (FieldLayout* hit = e.fields.find(key, e.frame)) return *hit;
    return e.fields.insert(key, layOut(font, logical, maxWidth, base), e.frame);
}

std::vector<uint32_t> glyphIds(ImFont* font, std::string_view drawn) {
    std::vector<uint32_t> ids;
    for (char32_t cp : decodeUtf8(drawn).codepoints) {
        const GlyphKey* key = engine().atlas && cp <= 0xFFFF ? engine().atlas->keyOf(font, static_cast<ImWchar>(cp)) : nullptr;
        ids.push_back(key ? key->id : 0);
    }
    return ids;
}

void textWrapped(std::string_view logical, Direction direction) {
    ImFont* font = ImGui::GetFont();
    float scale = ImGui::GetFontSize() / font->FontSize;
    float available = ImGui::GetContentRegionAvail().x;
    const Wrapped& wrapped = wrap(font, logical, available / scale, direction);
    float left = ImGui::GetCursorPosX();
    for (const WrappedLine& line : wrapped.lines) {
        if (wrapped.rtl) ImGui::SetCursorPosX(left + available - line.width * scale);
        ImGui::TextUnformatted(line.text.c_str(), line.text.c_str() + line.text.size());
    }
}

Stats stats() {
    Engine& e = engine();
    Stats s;
    s.labels = e.labels.size();
    s.labelCapacity = e.labels.capacity();
    s.wraps = e.wraps.size();
    s.paragraphs = e.paragraphs.size();
    if (e.atlas) {
        for (const auto& [font, state] : e.fonts) s.glyphs += e.atlas->glyphCount(font);
        s.textureUpdates = e.atlas->updates();
        s.rebuilds = e.atlas->rebuilds();
    }
    return s;
}

}  // namespace ui::text
