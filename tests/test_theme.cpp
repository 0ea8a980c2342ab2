// Every text colour on every background it is drawn on reaches WCAG 2.1 AA contrast, in both
// themes: 4.5:1 for text, 3:1 for the focus ring.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "ui/theme.h"

namespace {
// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const ImVec4& c) {
    auto channel = [](float v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}
double contrast(const ImVec4& a, const ImVec4& b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
}  // namespace

TEST_CASE("the contrast formula matches WCAG's reference values") {
    CHECK(contrast(ImVec4(1, 1, 1, 1), ImVec4(0, 0, 0, 1)) == doctest::Approx(21.0));
    CHECK(contrast(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(1.0));
    // #767676 on white is the lightest grey that passes AA: 4.54:1.
    float g = 118.0f / 255.0f;
    CHECK(contrast(ImVec4(g, g, g, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every text and background pair of both themes reaches WCAG AA contrast") {
    for (core::Theme theme : {core::Theme::Light, core::Theme::Dark}) {
        std::vector<ui::ColourPair> pairs = ui::colourPairs(ui::paletteFor(theme));
        CHECK(pairs.size() > 40);
        for (const ui::ColourPair& pair : pairs) {
            INFO(core::themeName(theme) << ": " << pair.what << " is " << contrast(pair.foreground, pair.background) << ":1");
            CHECK(contrast(pair.foreground, pair.background) >= pair.minimumContrast);
        }
    }
}
