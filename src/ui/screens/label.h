#pragma once
// A button's label: the words a user reads, in the UI language, and the "##id" that stays the
// same in every language (ImGui, the keyboard order and the tests know the button by it alone).
#include <string>
#include <string_view>

namespace ui {

// "words##id", or "<icon>  words##id". `words` are already translated; `id` starts with "##".
inline std::string labelWithId(std::string_view words, std::string_view id) {
    std::string label(words);
    label += id;
    return label;
}
inline std::string labelWithId(const char* icon, std::string_view words, std::string_view id) {
    return std::string(icon) + "  " + labelWithId(words, id);
}

}  // namespace ui
