#include "ui/screens/answer_choices.h"

#include <imgui.h>

#include "ui/widgets.h"

namespace ui {

int answerChoices(const std::vector<std::string>& choices, int right, std::optional<int> chosen, const char* idPrefix) {
    int tapped = -1;
    for (int i = 0; i < static_cast<int>(choices.size()); ++i) {
        Tone tone = Tone::Normal;
        if (chosen) {
            if (i == right) tone = Tone::Success;
            else if (i == *chosen) tone = Tone::Emergency;
        }
        // Long choices wrap inside a taller button.
        std::string label = choices[static_cast<size_t>(i)] + "##" + idPrefix + "-" + std::to_string(i);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        if (tapButton(label.c_str(), -1, tone) && !chosen) tapped = i;
        ImGui::PopStyleVar();
    }
    return tapped;
}

}  // namespace ui
