#pragma once
// Shaped glyphs in ImGui's font atlas. Each distinct glyph, as placed on the pixel grid, gets a
// code point of the Private Use Area (U+E000–U+EFFF) in the ImFont it is drawn with, registered as
// a custom rect glyph; FreeType rasterises it and the bitmap is copied into the texture after every
// Build(). The atlas is only rebuilt between frames, when update() is called.
#include <cstdint>
#include <imgui.h>
#include <map>
#include <memory>
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
        size_t h = std::hash<const void*>()(k.face) ^ (static_cast<size_t>(k.id) * 0x9E3779B97F4A7C15ull);
        return h ^ (static_cast<size_t>(static_cast<uint16_t>(k.originQuarters)) << 1) ^
               (static_cast<size_t>(static_cast<uint16_t>(k.dy)) << 17) ^ (static_cast<size_t>(static_cast<uint16_t>(k.advance)) << 33);
    }
};

class GlyphAtlas {
public:
    static constexpr ImWchar kFirstCode = 0xE000, kLastCode = 0xEFFF;  // Font Awesome lives at U+F000 and up

    explicit GlyphAtlas(ImFontAtlas& atlas);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // Makes `font` (already built in the atlas) ready for glyphs drawn at an em size of emPx.
    void addFont(ImFont* font, int emPx);
    // The code for this glyph in `font`, registered for the next update() when new; 0 when the
    // font's codes are all taken (they are freed at the next update(), and the frame drawn again).
    ImWchar code(ImFont* font, const GlyphKey& key);
    // Gives `font` a glyph for `codepoint` itself, drawn by `face` unshaped, so an input field can
    // show what was typed. Only for the Basic Multilingual Plane (ImWchar is 16 bits).
    void addCodepoint(ImFont* font, Face& face, char32_t codepoint);

    bool pending() const { return pending_; }
    // Rasterises what was asked for since the last update, rebuilds the atlas and copies every
    // glyph bitmap in. Returns the fonts whose codes ran out and were freed (their cached strings
    // are stale), and sets `rebuilt` when the texture changed.
    std::vector<ImFont*> update(bool& rebuilt);

    size_t glyphCount(ImFont* font) const;
    int rebuilds() const { return rebuilds_; }

private:
    struct Bitmap {
        int width = 0, height = 0;
        std::vector<unsigned char> alpha;
    };
    struct Pending {
        ImWchar code;
        Face* face;
        uint32_t glyph;
        int originQuarters, dy;
        float advance;
    };
    struct FontGlyphs {
        int emPx = 0;
        std::unordered_map<GlyphKey, ImWchar, GlyphKeyHash> codes;
        std::unordered_map<char32_t, bool> codepoints;  // typed characters given a glyph of their own
        std::map<ImWchar, Bitmap> bitmaps;
        std::vector<Pending> pending;
        ImWchar next = kFirstCode;
        bool full = false;
    };

    FT_Face ftFace(Face& face);
    Bitmap rasterise(FontGlyphs& glyphs, const Pending& p, ImFont* font);
    void forget(ImFont* font, FontGlyphs& glyphs);
    void copyBitmaps();

    ImFontAtlas& atlas_;
    FT_Library library_ = nullptr;
    std::unordered_map<Face*, FT_Face> ftFaces_;
    std::map<ImFont*, FontGlyphs> fonts_;
    bool pending_ = false;
    int rebuilds_ = 0;
};

}  // namespace ui::text
