#pragma once
// The whole plan as JSON, for backup and for moving it to another device. Writing then reading
// gives back exactly the same plan; reading checks everything before anything is used, and
// names the first problem by its place in the file ("members[1].age_group: …").
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/plan.h"

namespace exporting {

constexpr const char* kPlanFormat = "steadfast-plan";
constexpr int kPlanFormatVersion = 1;

// What an import reads at most, beyond what any household's plan needs (the counts and text
// lengths are core's, the same as in the editors): a bigger or deeper file is refused before it
// costs time or memory.
constexpr std::uintmax_t kMaxPlanJsonBytes = 8 * 1024 * 1024;
constexpr int kMaxJsonDepth = 8;          // a plan nests 4 deep
constexpr size_t kMaxJsonValues = 200'000;  // every field of a plan at the core limits is ~40,000

// Pretty-printed, keys in a fixed order, ending in a newline.
std::string planToJson(const core::Plan& plan);

class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ImportError saying what is wrong and where. Records get no ids (0): the store gives them.
core::Plan planFromJson(const std::string& text);

// The same, with the file: written as a private file (see store/atomic_file.h; throws
// std::runtime_error naming the file, and saying when the disk is full); reading throws
// ImportError for a file that cannot be read, is too large to be a plan, or is not a valid plan.
void writePlanJson(const std::filesystem::path& file, const core::Plan& plan);
core::Plan readPlanJson(const std::filesystem::path& file);

}  // namespace exporting
