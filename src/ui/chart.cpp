#include "ui/chart.h"

#include <algorithm>
#include <cmath>

#include "ui/text/text.h"
#include "ui/text_drawing.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

double roundedTop(double largest) {
    if (!(largest > 0)) return 1;
    double magnitude = std::pow(10.0, std::floor(std::log10(largest)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (largest <= step * magnitude) return step * magnitude;
    return 10 * magnitude;
}

void chart(const char* id, const ChartSpec& spec, float lines) {
    ImGui::PushID(id);
    const Palette& p = palette();
    const size_t n = spec.periods ? spec.periods->size() : 0;
    const float fontSize = ImGui::GetFontSize();
    const float small = fontSize * 0.8f;
    const bool rtl = text::uiIsRtl();
    const bool legend = spec.series.size() > 1;

    double top = spec.top;
    if (top <= 0) {
        double largest = 0;
        for (const ChartSeries& s : spec.series)
            for (const auto& v : *s.values)
                if (v) largest = std::max(largest, *v);
        top = roundedTop(largest / spec.unit) * spec.unit;
    }
    auto label = [&](double v) { return spec.valueLabel ? spec.valueLabel(v) : std::to_string(static_cast<long long>(std::lround(v))); };
    const std::string topLabel = label(top), midLabel = label(top / 2), zeroLabel = label(0);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = fontSize * lines;
    const float axisWidth = std::max({textSize(topLabel, 0, nullptr, small).x, textSize(midLabel, 0, nullptr, small).x,
                                      textSize(zeroLabel, 0, nullptr, small).x}) + fontSize * 0.4f;
    const float legendHeight = legend ? fontSize * 1.3f : 0;
    const float plotTop = origin.y + small * 0.6f;
    const float plotBottom = origin.y + height - small * 1.6f - legendHeight;
    // The value axis sits where lines of text start: on the left, or on the right in right to left.
    const float plotLeft = rtl ? origin.x : origin.x + axisWidth;
    const float plotRight = rtl ? origin.x + width - axisWidth : origin.x + width;
    ImGui::Dummy(ImVec2(width, height));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImVec4(p.muted.x, p.muted.y, p.muted.z, 0.35f));
    const ImU32 mutedColour = ImGui::GetColorU32(p.muted);
    auto yOf = [&](double v) { return plotBottom - static_cast<float>(std::clamp(v / top, 0.0, 1.0)) * (plotBottom - plotTop); };
    for (auto [v, words] : {std::pair{0.0, &zeroLabel}, std::pair{top / 2, &midLabel}, std::pair{top, &topLabel}}) {
        float y = yOf(v);
        dl->AddLine(ImVec2(plotLeft, y), ImVec2(plotRight, y), grid, v == 0 ? 1.5f : 1.0f);
        ImVec2 size = textSize(*words, 0, nullptr, small);
        float x = rtl ? plotRight + fontSize * 0.3f : plotLeft - fontSize * 0.3f - size.x;
        drawText(dl, ImVec2(x, y - size.y / 2), mutedColour, *words, 0, nullptr, small);
    }
    if (n == 0) {
        ImGui::PopID();
        return;
    }

    // Period i's column: oldest at the start of the line (left, or right in right to left).
    const float column = (plotRight - plotLeft) / static_cast<float>(n);
    auto centreOf = [&](size_t i) {
        float fromStart = (static_cast<float>(i) + 0.5f) * column;
        return rtl ? plotRight - fromStart : plotLeft + fromStart;
    };

    // Period names, from the newest, each one that does not touch the last one drawn.
    const float gap = fontSize * 0.6f;
    std::optional<std::pair<float, float>> drawn;  // the last name's extent
    for (size_t i = n; i-- > 0;) {
        const std::string& name = (*spec.periods)[i];
        ImVec2 size = textSize(name, 0, nullptr, small);
        float x = std::clamp(centreOf(i) - size.x / 2, origin.x, origin.x + width - size.x);
        if (drawn && x < drawn->second + gap && x + size.x + gap > drawn->first) continue;
        drawText(dl, ImVec2(x, plotBottom + small * 0.3f), mutedColour, name, 0, nullptr, small);
        drawn = std::pair{x, x + size.x};
    }

    size_t barSeries = 0;
    for (const ChartSeries& s : spec.series) barSeries += s.bars ? 1 : 0;
    const float barWidth = column * 0.7f / static_cast<float>(std::max<size_t>(1, barSeries));
    size_t barIndex = 0;
    for (const ChartSeries& s : spec.series) {
        const ImU32 colour = ImGui::GetColorU32(s.colour);
        std::optional<ImVec2> previous;
        for (size_t i = 0; i < n && i < s.values->size(); ++i) {
            const auto& v = (*s.values)[i];
            if (!v) {
                previous.reset();  // a gap is not bridged: nothing was measured then
                continue;
            }
            float y = yOf(*v);
            if (s.bars) {
                float start = centreOf(i) - column * 0.35f + barWidth * static_cast<float>(barIndex);
                float x0 = rtl ? 2 * centreOf(i) - start - barWidth : start;
                dl->AddRectFilled(ImVec2(x0 + 1, std::min(y, plotBottom - 2)), ImVec2(x0 + barWidth - 1, plotBottom), colour, fontSize * 0.12f,
                                  ImDrawFlags_RoundCornersTop);
            } else {
                ImVec2 point(centreOf(i), y);
                if (previous) dl->AddLine(*previous, point, colour, std::max(2.0f, fontSize * 0.12f));
                dl->AddCircleFilled(point, std::max(3.0f, fontSize * 0.2f), colour);
                previous = point;
            }
        }
        if (s.bars) ++barIndex;
    }

    if (legend) {
        // Each series: a swatch and its name, in reading order.
        float y = origin.y + height - legendHeight + fontSize * 0.15f;
        float x = rtl ? origin.x + width : origin.x;
        for (const ChartSeries& s : spec.series) {
            ImVec2 size = textSize(s.name, 0, nullptr, small);
            float swatch = small * 0.8f;
            float blockWidth = swatch + fontSize * 0.3f + size.x;
            float x0 = rtl ? x - blockWidth : x;
            float swatchX = rtl ? x0 + blockWidth - swatch : x0;
            float textX = rtl ? x0 : x0 + swatch + fontSize * 0.3f;
            dl->AddRectFilled(ImVec2(swatchX, y + (size.y - swatch) / 2), ImVec2(swatchX + swatch, y + (size.y + swatch) / 2),
                              ImGui::GetColorU32(s.colour), s.bars ? 0 : swatch / 2);
            drawText(dl, ImVec2(textX, y), ImGui::GetColorU32(p.text), s.name, 0, nullptr, small);
            x += (rtl ? -1 : 1) * (blockWidth + fontSize);
        }
    }
    ImGui::PopID();
}

}  // namespace ui
