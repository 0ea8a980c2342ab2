#pragma once
// Small text helpers shared by the lower layers.
#include <string>
#include <string_view>
#include <vector>

namespace core {

std::string toLower(std::string_view s);
std::vector<std::string> splitWords(std::string_view s);
// "1:05", "12:30", "1:02:03" for a duration in whole seconds.
std::string formatDuration(long long seconds);

}  // namespace core
