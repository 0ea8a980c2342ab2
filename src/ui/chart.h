#pragma once
// A small chart for values over time, drawn with ImGui's draw list: bars or lines over a row of
// periods, a few labelled grid lines, the periods named underneath. Colours come from the theme,
// sizes from the font, words and numbers go through the text path (so Arabic and its numbers
// render), and in a right-to-left language time runs from right to left: the newest period is
// on the left.
#include <imgui.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ui {

struct ChartSeries {
    std::string name;  // in the legend (shown when there is more than one series)
    const std::vector<std::optional<double>>* values = nullptr;  // one per period; nullopt: nothing measured
    ImVec4 colour;
    bool bars = true;  // else a line through the values, with a dot at each
};

struct ChartSpec {
    const std::vector<std::string>* periods = nullptr;  // a short name per period, oldest first
    std::vector<ChartSeries> series;
    double top = 0;                                      // the value at the top (0: the largest value, rounded up)
    std::function<std::string(double)> valueLabel;      // "80%", "1:30"
    double unit = 1;                                     // with top 0: a round number of these (60: whole minutes)
};

// Draws the chart at the cursor, the full width and `lines` text lines tall (axis included).
void chart(const char* id, const ChartSpec& spec, float lines = 7);

// A nice round top for values up to `largest` (1, 2, 5 × 10^n).
double roundedTop(double largest);

}  // namespace ui
