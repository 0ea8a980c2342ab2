#include "ui/text/glyph_atlas.h"

#include <algorithm>
#include <cmath>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace ui::text {

namespace {

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

GlyphAtlas::GlyphAtlas(ImFontAtlas& atlas, int regionHeight) : atlas_(atlas) {
    FT_Init_FreeType(&library_);
    regionWidth_ = kFirstRegionWidth;
    regionHeight_ = regionHeight;
    region_ = atlas_.AddCustomRectRegular(regionWidth_, regionHeight_);
}

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
    g.queued.push_back({code, key.face, key.id, key.originQuarters, key.dy, static_cast<float>(key.advance)});
    return code;
}

FT_Face GlyphAtlas::ftFace(Face& face) {
    auto it = ftFaces_.find(&face);
    if (it != ftFaces_.end()) return it->second;
    FT_Face ft = nullptr;
    if (FT_New_Face(library_, face.file().path.c_str(), face.file().index, &ft) != 0) ft = nullptr;
    ftFaces_.emplace(&face, ft);
    return ft;
}

// The glyph drawn at its quarter-pixel phase, unhinted (the shapes and advances HarfBuzz placed),
// with a transparent pixel all round so neighbours in the texture never bleed into it.
GlyphAtlas::Glyph GlyphAtlas::rasterise(const FontGlyphs& glyphs, const Queued& q, const ImFont* font) {
    Glyph out;
    out.width = out.height = 2;
    out.advance = q.advance;
    int left = 0, top = 0;
    int whole = floorDiv(q.originQuarters, 4);
    FT_Face ft = ftFace(*q.face);
    auto pixelEm = static_cast<FT_UInt>(q.face->pixelEm(static_cast<float>(glyphs.emPx)));
    if (ft && FT_Set_Pixel_Sizes(ft, 0, pixelEm) == 0 && FT_Load_Glyph(ft, q.glyph, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 &&
        ft->glyph->format == FT_GLYPH_FORMAT_OUTLINE) {
        FT_Outline_Translate(&ft->glyph->outline, (q.originQuarters - whole * 4) * 16, 0);  // 26.6: a quarter pixel is 16
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
    out.offset = ImVec2(static_cast<float>(whole + left - 1), baseline - static_cast<float>(top + q.dy + 1));
    return out;
}

bool GlyphAtlas::place(Glyph& g) {
    if (shelfX_ + g.width > regionWidth_) {
        shelfY_ += shelfHeight_;
        shelfX_ = shelfHeight_ = 0;
    }
    if (g.width > regionWidth_ || shelfY_ + g.height > regionHeight_) return false;
    g.x = shelfX_;
    g.y = shelfY_;
    shelfX_ += g.width;
    shelfHeight_ = std::max(shelfHeight_, g.height);
    return true;
}

void GlyphAtlas::publish(ImFont* font, ImWchar code, const Glyph& g) {
    const ImFontAtlasCustomRect* region = atlas_.GetCustomRectByIndex(region_);
    int tx = region->X + g.x, ty = region->Y + g.y;
    for (int y = 0; y < g.height; ++y)
        for (int x = 0; x < g.width; ++x) {
            unsigned char a = g.alpha[static_cast<size_t>(y) * g.width + x];
            size_t at = static_cast<size_t>(ty + y) * atlas_.TexWidth + tx + x;
            if (atlas_.TexPixelsAlpha8) atlas_.TexPixelsAlpha8[at] = a;
            if (atlas_.TexPixelsRGBA32) atlas_.TexPixelsRGBA32[at] = IM_COL32(255, 255, 255, a);
        }
    // BuildLookupTable appends a tab glyph whenever the last glyph is not one: take it out first,
    // so adding glyphs again and again does not pile up tabs.
    if (!font->Glyphs.empty() && font->Glyphs.back().Codepoint == '\t') font->Glyphs.pop_back();
    ImVec2 scale = atlas_.TexUvScale;
    font->AddGlyph(nullptr, code, g.offset.x, g.offset.y, g.offset.x + static_cast<float>(g.width), g.offset.y + static_cast<float>(g.height),
                   static_cast<float>(tx) * scale.x, static_cast<float>(ty) * scale.y, static_cast<float>(tx + g.width) * scale.x,
                   static_cast<float>(ty + g.height) * scale.y, g.advance);
}

// ImGui 1.86 cannot grow a built atlas: reserve a larger region (every glyph, and as much again
// for those to come) and build it anew, ImGui's own fonts included.
void GlyphAtlas::rebuild() {
    regionWidth_ = std::max(64, atlas_.TexWidth - 2 * atlas_.TexGlyphPadding);
    regionHeight_ = 1 << 20;  // measure the height every glyph takes, on shelves at that width
    shelfX_ = shelfY_ = shelfHeight_ = 0;
    for (auto& [font, glyphs] : fonts_)
        for (auto& [code, g] : glyphs.glyphs) place(g);
    int used = shelfY_ + shelfHeight_;
    regionHeight_ = std::min((used + std::max(128, used) + 63) / 64 * 64, 0x7FFF);  // room for as many again
    // The same rect, larger: ImGui's own rects keep their indices, and Build() packs them all anew.
    ImFontAtlasCustomRect& region = atlas_.CustomRects[region_];
    region.Width = static_cast<unsigned short>(regionWidth_);
    region.Height = static_cast<unsigned short>(regionHeight_);
    atlas_.Build();
    ++rebuilds_;
    shelfX_ = shelfY_ = shelfHeight_ = 0;
    for (auto& [font, glyphs] : fonts_) {
        for (auto& [code, g] : glyphs.glyphs)
            if (place(g)) publish(font, code, g);
        font->BuildLookupTable();
    }
}

std::vector<ImFont*> GlyphAtlas::update(bool& changed) {
    changed = false;
    std::vector<ImFont*> freed;
    if (!pending_) return freed;
    pending_ = false;
    bool mustRebuild = !atlas_.GetCustomRectByIndex(region_)->IsPacked() || (!atlas_.TexPixelsAlpha8 && !atlas_.TexPixelsRGBA32);
    for (auto& [font, glyphs] : fonts_)
        if (glyphs.full) {  // its codes are freed; the frame asks again for what it shows
            int emPx = glyphs.emPx;
            glyphs = FontGlyphs{};
            glyphs.emPx = emPx;
            freed.push_back(font);
            mustRebuild = true;  // only a rebuild takes the old glyphs out of the font
        }
    std::vector<std::pair<ImFont*, ImWchar>> added;
    for (auto& [font, glyphs] : fonts_) {
        for (const Queued& q : glyphs.queued) {
            glyphs.glyphs[q.code] = rasterise(glyphs, q, font);
            added.emplace_back(font, q.code);
        }
        glyphs.queued.clear();
    }
    for (size_t i = 0; i < added.size() && !mustRebuild; ++i) mustRebuild = !place(fonts_[added[i].first].glyphs[added[i].second]);
    if (mustRebuild) {
        rebuild();
    } else {
        for (auto& [font, code] : added) publish(font, code, fonts_[font].glyphs[code]);
        for (auto& [font, glyphs] : fonts_) font->BuildLookupTable();
    }
    ++updates_;
    changed = true;
    return freed;
}

size_t GlyphAtlas::glyphCount(ImFont* font) const {
    auto it = fonts_.find(font);
    return it == fonts_.end() ? 0 : it->second.codes.size();
}

const GlyphKey* GlyphAtlas::keyOf(ImFont* font, ImWchar code) const {
    auto it = fonts_.find(font);
    if (it == fonts_.end()) return nullptr;
    for (const auto& [key, given] : it->second.codes)
        if (given == code) return &key;
    return nullptr;
}

}  // namespace ui::text
