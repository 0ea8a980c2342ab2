#pragma once
// Shaped glyphs in ImGui's font atlas. Each distinct glyph, as placed on the pixel grid, gets a
// code point of the Private Use Area (U+E000–U+EFFF) in the ImFont it is drawn with. FreeType
// rasterises it into a region of the atlas texture reserved for these glyphs (one custom rect),
// and ImFont::AddGlyph maps the code to it. New glyphs go into the free part of that region
// without rebuilding anything; only when it is full is the atlas rebuilt with a larger one. All of
// this happens between frames, in update().
#include <cstdint>
#include <imgui.h>
#include <map>
#include <unordered_map>
#include <vector>

#include "ui/text/font_set.h"

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;

namespace ui::text {

// A glyph as ImGui draws it: ImGui's pen moves by whole pixels, and the glyph's bitmap carries
// where it sits between them (a quarter-pixel phase), so joined Arabic letters meet exactly.
struct GlyphKey {
    Face* face;
    uint32_t id;
    int16_t originQuarters;  // the glyph's origin from ImGui's pen, in quarter pixels
    int16_t dy;              // whole pixels, up
    int16_t advance;         // whole pixels ImGui's pen moves on by
    bool operator==(const GlyphKey&) const = default;
};

struct GlyphKeyHash {
    size_t operator()(const GlyphKey& k) const {
        // In 64 bits also where size_t has 32 (WebAssembly), then folded.
        uint64_t h = std::hash<const void*>()(k.face) ^ (static_cast<uint64_t>(k.id) * 0x9E3779B97F4A7C15ull);
        h ^= (static_cast<uint64_t>(static_cast<uint16_t>(k.originQuarters)) << 1) ^
             (static_cast<uint64_t>(static_cast<uint16_t>(k.dy)) << 17) ^ (static_cast<uint64_t>(static_cast<uint16_t>(k.advance)) << 33);
        return static_cast<size_t>(h ^ (h >> 32));
    }
};

class GlyphAtlas {
public:
    static constexpr ImWchar kFirstCode = 0xE000, kLastCode = 0xEFFF;  // Font Awesome lives at U+F000 and up
    static constexpr int kFirstRegionWidth = 480;  // fits the narrowest texture ImGui makes (512)

    // Reserves the region for shaped glyphs in `atlas`, which is about to be built: ImGui packs it
    // into the texture's free space, so it costs nothing until glyphs arrive.
    GlyphAtlas(ImFontAtlas& atlas, int regionHeight);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // Makes `font` ready for glyphs drawn at an em size of emPx.
    void addFont(ImFont* font, int emPx);
    // The code for this glyph in `font`, queued for the next update() when new; 0 when the font's
    // codes are all taken (they are freed at the next update(), and the frame drawn again).
    ImWchar code(ImFont* font, const GlyphKey& key);

    // The glyph `code` stands for in `font`; null for a code not given out.
    const GlyphKey* keyOf(ImFont* font, ImWchar code) const;
    bool pending() const { return pending_; }
    // Rasterises what was queued and puts it in the texture. Returns the fonts whose codes ran out
    // and were freed (strings made for them are stale); `changed` says the texture must be uploaded.
    std::vector<ImFont*> update(bool& changed);

    size_t glyphCount(ImFont* font) const;
    int rebuilds() const { return rebuilds_; }  // of the whole atlas, since this object was made
    int updates() const { return updates_; }    // texture changes, rebuilds included

private:
    struct Queued {
        ImWchar code;
        Face* face;
        uint32_t glyph;
        int originQuarters, dy;
        float advance;
    };
    struct Glyph {
        int width = 0, height = 0;  // with a transparent pixel all round
        std::vector<unsigned char> alpha;
        ImVec2 offset;  // of the bitmap's top left from ImGui's pen at the top of the line
        float advance = 0;
        int x = -1, y = -1;  // where it is in the reserved region; -1: not placed yet
    };
    struct FontGlyphs {
        int emPx = 0;
        std::unordered_map<GlyphKey, ImWchar, GlyphKeyHash> codes;
        std::map<ImWchar, Glyph> glyphs;
        std::vector<Queued> queued;
        ImWchar next = kFirstCode;
        bool full = false;
    };

    FT_Face ftFace(Face& face);
    Glyph rasterise(const FontGlyphs& glyphs, const Queued& q, const ImFont* font);
    bool place(Glyph& g);       // in the free part of the region; false when it does not fit
    void rebuild();             // the atlas, with a region large enough for every glyph
    void publish(ImFont* font, ImWchar code, const Glyph& g);  // pixels into the texture, code into the font

    ImFontAtlas& atlas_;
    FT_Library library_ = nullptr;
    std::unordered_map<Face*, FT_Face> ftFaces_;
    std::map<ImFont*, FontGlyphs> fonts_;
    int region_ = -1;                  // the custom rect reserved for shaped glyphs
    int regionWidth_ = 0, regionHeight_ = 0;
    int shelfX_ = 0, shelfY_ = 0, shelfHeight_ = 0;  // where the next glyph goes
    bool pending_ = false;
    int rebuilds_ = 0, updates_ = 0;
};

}  // namespace ui::text
