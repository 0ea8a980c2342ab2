#pragma once
// Translations of the content: content/<language>/ mirrors the English tree file for file and
// holds only the words, under the same keys as the English file.
#include <filesystem>
#include <string>
#include <vector>

#include "content/loader.h"
#include "core/content.h"

namespace content {

// Replaces the words of the loaded English content with those of dir/<language>/. englishFiles
// are the English files that exist, relative to dir ("guides/burns.toml"), loaded or not: each
// must have its counterpart, and each counterpart an English file. A word that is missing, or
// that states other numbers than the English, stays English; every problem is reported.
void overlayTranslation(const std::filesystem::path& dir, const std::string& language,
                        const std::vector<std::string>& englishFiles, core::Content& content,
                        std::vector<Problem>& problems);

}  // namespace content
