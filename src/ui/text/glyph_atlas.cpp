#include "ui/text/glyph_atlas.h"

#include <cmath>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace ui::text {

namespace {

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

GlyphAtlas::GlyphAtlas(ImFontAtlas& atlas) : atlas_(atlas) { FT_Init_FreeType(&library_); }

GlyphAtlas::~GlyphAtlas() {
    for (auto& [face, ft] : ftFaces_)
        if (ft) FT_Done_Face(ft);
    if (library_) FT_Done_FreeType(library_);
}

void GlyphAtlas::addFont(ImFont* font, int emPx) { fonts_[font].emPx = emPx; }

ImWchar GlyphAtlas::code(ImFont* font, const GlyphKey& key) {
    auto found = fonts_.find(font);
    if (found == fonts_.end()) return 0;
    FontGlyphs& g = found->second;
    if (auto it = g.codes.find(key); it != g.codes.end()) return it->second;
    pending_ = true;
    if (g.full || g.next > kLastCode) {
        g.full = true;
        return 0;
    }
    ImWchar code = g.next++;
    g.codes.emplace(key, code);
    g.pending.push_back({code, key.face, key.id, key.originQuarters, key.dy, static_cast<float>(key.advance)});
    return code;
}

void GlyphAtlas::addCodepoint(ImFont* font, Face& face, char32_t codepoint) {
    auto found = fonts_.find(font);
    if (found == fonts_.end() || codepoint > 0xFFFF || (codepoint >= kFirstCode && codepoint <= kLastCode)) return;
    FontGlyphs& g = found->second;
    if (g.codepoints.count(codepoint) || font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint))) return;
    g.codepoints.emplace(codepoint, true);
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(face.hbFont(), codepoint, &glyph);
    float advance = static_cast<float>(hb_font_get_glyph_h_advance(face.hbFont(), glyph)) *
                    static_cast<float>(face.pixelEm(static_cast<float>(g.emPx))) / static_cast<float>(face.unitsPerEm());
    g.pending.push_back({static_cast<ImWchar>(codepoint), &face, glyph, 0, 0, advance});
    pending_ = true;
}

FT_Face GlyphAtlas::ftFace(Face& face) {
    auto it = ftFaces_.find(&face);
    if (it != ftFaces_.end()) return it->second;
    FT_Face ft = nullptr;
    if (FT_New_Face(library_, face.file().path.c_str(), face.file().index, &ft) != 0) ft = nullptr;
    ftFaces_.emplace(&face, ft);
    return ft;
}

// The glyph drawn at its quarter-pixel phase, with a transparent pixel all round so neighbours in
// the texture never bleed into it.
GlyphAtlas::Bitmap GlyphAtlas::rasterise(FontGlyphs& glyphs, const Pending& p, ImFont* font) {
    Bitmap out;
    out.width = out.height = 2;
    int left = 0, top = 0;
    int whole = floorDiv(p.originQuarters, 4);
    FT_Face ft = ftFace(*p.face);
    if (ft && FT_Set_Pixel_Sizes(ft, 0, static_cast<FT_UInt>(p.face->pixelEm(static_cast<float>(glyphs.emPx)))) == 0 &&
        FT_Load_Glyph(ft, p.glyph, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 && ft->glyph->format == FT_GLYPH_FORMAT_OUTLINE) {
        FT_Outline_Translate(&ft->glyph->outline, (p.originQuarters - whole * 4) * 16, 0);  // 26.6: a quarter pixel is 16
        if (FT_Render_Glyph(ft->glyph, FT_RENDER_MODE_NORMAL) == 0) {
            const FT_Bitmap& b = ft->glyph->bitmap;
            left = ft->glyph->bitmap_left;
            top = ft->glyph->bitmap_top;
            out.width = static_cast<int>(b.width) + 2;
            out.height = static_cast<int>(b.rows) + 2;
            out.alpha.assign(static_cast<size_t>(out.width) * out.height, 0);
            for (unsigned y = 0; y < b.rows; ++y)
                for (unsigned x = 0; x < b.width; ++x)
                    out.alpha[(y + 1) * out.width + x + 1] = b.buffer[static_cast<int>(y) * b.pitch + static_cast<int>(x)];
        }
    }
    if (out.alpha.empty()) out.alpha.assign(4, 0);
    // ImGui puts a font's baseline at its rounded ascent below the top of the line.
    float baseline = std::floor(font->Ascent + 0.5f);
    ImVec2 offset(static_cast<float>(whole + left - 1), baseline - static_cast<float>(top + p.dy + 1));
    atlas_.AddCustomRectFontGlyph(font, p.code, out.width, out.height, p.advance, offset);
    return out;
}

void GlyphAtlas::forget(ImFont* font, FontGlyphs& glyphs) {
    ImVector<ImFontAtlasCustomRect>& rects = atlas_.CustomRects;
    // Only this font's glyph rects go; they come after ImGui's own (cursor, lines), whose indices stay.
    for (int i = rects.Size - 1; i >= 0; --i)
        if (rects[i].Font == font) rects.erase(rects.Data + i);
    int emPx = glyphs.emPx;
    glyphs = FontGlyphs{};
    glyphs.emPx = emPx;
}

std::vector<ImFont*> GlyphAtlas::update(bool& rebuilt) {
    rebuilt = false;
    std::vector<ImFont*> freed;
    if (!pending_) return freed;
    pending_ = false;
    for (auto& [font, glyphs] : fonts_) {
        if (glyphs.full) {
            forget(font, glyphs);  // the frame asks again for what it shows
            freed.push_back(font);
            continue;
        }
        for (const Pending& p : glyphs.pending) glyphs.bitmaps[p.code] = rasterise(glyphs, p, font);
        glyphs.pending.clear();
    }
    atlas_.Build();
    copyBitmaps();
    ++rebuilds_;
    rebuilt = true;
    return freed;
}

void GlyphAtlas::copyBitmaps() {
    const int stride = atlas_.TexWidth;
    for (const ImFontAtlasCustomRect& r : atlas_.CustomRects) {
        if (!r.Font || !r.IsPacked()) continue;
        auto font = fonts_.find(r.Font);
        if (font == fonts_.end()) continue;
        auto found = font->second.bitmaps.find(static_cast<ImWchar>(r.GlyphID));
        if (found == font->second.bitmaps.end()) continue;
        const Bitmap& b = found->second;
        for (int y = 0; y < b.height; ++y)
            for (int x = 0; x < b.width; ++x) {
                unsigned char a = b.alpha[static_cast<size_t>(y) * b.width + x];
                size_t at = static_cast<size_t>(r.Y + y) * stride + r.X + x;
                if (atlas_.TexPixelsAlpha8) atlas_.TexPixelsAlpha8[at] = a;
                if (atlas_.TexPixelsRGBA32) atlas_.TexPixelsRGBA32[at] = IM_COL32(255, 255, 255, a);
            }
    }
}

size_t GlyphAtlas::glyphCount(ImFont* font) const {
    auto it = fonts_.find(font);
    return it == fonts_.end() ? 0 : it->second.codes.size() + it->second.codepoints.size();
}

}  // namespace ui::text
