#include "ui/text/font_source.h"

#include <hb.h>

namespace ui::text {

namespace {

class Bundled final : public FontSource {
public:
    explicit Bundled(std::vector<BundledFont> fonts) : fonts_(std::move(fonts)) {}

    std::vector<FontFile> forScript(std::string_view script, bool bold) override {
        std::vector<FontFile> files;
        for (const BundledFont& f : preferring(bold))
            for (const std::string& s : f.scripts)
                if (s == script) files.push_back(f.file);
        return files;
    }

    std::optional<FontFile> forCodepoint(char32_t codepoint, bool bold) override {
        for (const BundledFont& f : preferring(bold)) {
            hb_blob_t* blob = hb_blob_create_from_file_or_fail(f.file.path.c_str());
            if (!blob) continue;
            hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(f.file.index));
            hb_set_t* cmap = hb_set_create();
            hb_face_collect_unicodes(face, cmap);
            bool has = hb_set_has(cmap, codepoint);
            hb_set_destroy(cmap);
            hb_face_destroy(face);
            hb_blob_destroy(blob);
            if (has) return f.file;
        }
        return std::nullopt;
    }

private:
    // The fonts of the asked weight first, then the others.
    std::vector<BundledFont> preferring(bool bold) const {
        std::vector<BundledFont> ordered;
        for (int pass = 0; pass < 2; ++pass)
            for (const BundledFont& f : fonts_)
                if ((f.bold == bold) == (pass == 0)) ordered.push_back(f);
        return ordered;
    }

    std::vector<BundledFont> fonts_;
};

}  // namespace

std::unique_ptr<FontSource> bundledSource(std::vector<BundledFont> fonts) { return std::make_unique<Bundled>(std::move(fonts)); }

}  // namespace ui::text
