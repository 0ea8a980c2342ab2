#pragma once
// The answers of a practice question as full-width buttons: once answered, the right one shows
// green and a wrong pick red. Shared by the quiz and the alert signal practice.
#include <optional>
#include <string>
#include <vector>

namespace ui {

// Returns the index tapped while unanswered, else -1. Ids are "##<idPrefix>-<index>".
int answerChoices(const std::vector<std::string>& choices, int right, std::optional<int> chosen, const char* idPrefix);

}  // namespace ui
