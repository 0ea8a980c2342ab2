#include "ui/text/font_set.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ui::text {

Face::Face(FontFile file) : file_(std::move(file)) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file_.path.c_str());
    face_ = hb_face_create(blob ? blob : hb_blob_get_empty(), static_cast<unsigned>(file_.index));
    if (blob) hb_blob_destroy(blob);
    font_ = hb_font_create(face_);  // HarfBuzz's own OpenType functions, at font units
    upem_ = hb_face_get_upem(face_);
    // Read from 'hhea' itself, as stb_truetype (ImGui's rasteriser) does to size a font.
    hb_blob_t* hhea = hb_face_reference_table(face_, HB_TAG('h', 'h', 'e', 'a'));
    unsigned length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(hb_blob_get_data(hhea, &length));
    auto int16At = [&](unsigned at) { return static_cast<int16_t>(bytes[at] << 8 | bytes[at + 1]); };
    int height = length >= 8 ? int16At(4) - int16At(6) : 0;  // ascender - descender
    lineHeight_ = height > 0 ? height : static_cast<int>(upem_);
    hb_blob_destroy(hhea);
}

Face::~Face() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
}

int Face::pixelEm(float emPx) const { return std::max(1, static_cast<int>(std::lround(emPx * file_.sizeScale))); }

bool Face::covers(char32_t codepoint) const {
    hb_codepoint_t glyph;
    return hb_font_get_nominal_glyph(font_, codepoint, &glyph);
}

FontSet::FontSet(FontSource& source, const FontFile& primary, bool bold) : source_(source), bold_(bold) {
    faces_.push_back(std::make_unique<Face>(primary));
}

Face& FontSet::open(const FontFile& file) {
    for (auto& face : faces_)
        if (face->file() == file) return *face;
    faces_.push_back(std::make_unique<Face>(file));
    return *faces_.back();
}

const std::vector<Face*>& FontSet::scriptFaces(hb_script_t script) {
    auto it = scriptFaces_.find(script);
    if (it != scriptFaces_.end()) return it->second;
    char tag[5] = {};
    hb_tag_to_string(hb_script_to_iso15924_tag(script), tag);
    std::vector<Face*> faces;
    for (const FontFile& file : source_.forScript(tag, bold_)) faces.push_back(&open(file));
    return scriptFaces_.emplace(script, std::move(faces)).first->second;
}

Face& FontSet::faceFor(hb_script_t script, char32_t codepoint) {
    for (Face* face : scriptFaces(script))
        if (face->covers(codepoint)) return *face;
    if (primary().covers(codepoint)) return primary();
    for (Face* face : fallbacks_)
        if (face->covers(codepoint)) return *face;
    if (uncovered_.count(codepoint)) return primary();
    if (auto file = source_.forCodepoint(codepoint, bold_)) {
        Face& face = open(*file);
        if (face.covers(codepoint)) {
            fallbacks_.push_back(&face);
            return face;
        }
    }
    uncovered_.insert(codepoint);  // no font has it: the primary draws its "missing" box
    return primary();
}

}  // namespace ui::text
